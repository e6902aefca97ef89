#include "core/taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xiuhua::core {

QString Category::displayName(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) ? nameZh : nameEn;
}

QString Disposition::displayName(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) ? nameZh : nameEn;
}

Taxonomy Taxonomy::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        throw TaxonomyError("incident taxonomy is not valid JSON: " + parseError.errorString().toStdString());
    const QJsonArray list = document.object().value(QLatin1String("categories")).toArray();
    if (list.isEmpty())
        throw TaxonomyError("incident taxonomy has no \"categories\"");

    Taxonomy taxonomy;
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        Category category;
        category.code = object.value(QLatin1String("code")).toString();
        category.nameZh = object.value(QLatin1String("zh")).toString();
        category.nameEn = object.value(QLatin1String("en")).toString();
        const auto priority = fromCode<Priority>(object.value(QLatin1String("priority")).toString());
        if (category.code.isEmpty() || category.nameZh.isEmpty() || !priority)
            throw TaxonomyError("incident taxonomy: category needs code, zh and priority (P1-P4): " +
                                QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
        if (taxonomy.find(category.code))
            throw TaxonomyError("incident taxonomy: duplicate category " + category.code.toStdString());
        category.defaultPriority = *priority;
        category.followUpRequired = object.value(QLatin1String("follow_up")).toBool();
        for (const QJsonValue& need : object.value(QLatin1String("needs")).toArray()) {
            const auto kind = fromCode<ResponderKind>(need.toString());
            if (!kind)
                throw TaxonomyError("incident taxonomy: unknown responder kind " +
                                    need.toString().toStdString());
            category.needs.push_back(*kind);
        }
        for (const QJsonValue& sub : object.value(QLatin1String("sub")).toArray()) {
            const QJsonObject subObject = sub.toObject();
            category.subcategories.push_back({subObject.value(QLatin1String("code")).toString(),
                                              subObject.value(QLatin1String("zh")).toString(),
                                              subObject.value(QLatin1String("en")).toString()});
        }
        taxonomy.m_categories.push_back(std::move(category));
    }
    for (const QJsonValue& value : document.object().value(QLatin1String("dispositions")).toArray()) {
        const QJsonObject object = value.toObject();
        Disposition disposition{object.value(QLatin1String("code")).toString(),
                                object.value(QLatin1String("zh")).toString(),
                                object.value(QLatin1String("en")).toString()};
        if (disposition.code.isEmpty() || disposition.nameZh.isEmpty())
            throw TaxonomyError("incident taxonomy: a disposition needs code and zh");
        taxonomy.m_dispositions.push_back(std::move(disposition));
    }
    const int days = document.object().value(QLatin1String("follow_up_days")).toInt(3);
    if (days < 0 || days > 365)
        throw TaxonomyError("incident taxonomy: follow_up_days must be 0..365");
    taxonomy.m_followUpDays = days;
    return taxonomy;
}

Taxonomy Taxonomy::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TaxonomyError("cannot read incident taxonomy " + path.toStdString() + ": " +
                            file.errorString().toStdString());
    return fromJson(file.readAll());
}

const Category* Taxonomy::find(const QString& code) const
{
    for (const Category& category : m_categories) {
        if (category.code == code)
            return &category;
    }
    return nullptr;
}

const Disposition* Taxonomy::findDisposition(const QString& code) const
{
    for (const Disposition& disposition : m_dispositions) {
        if (disposition.code == code)
            return &disposition;
    }
    return nullptr;
}

QString Taxonomy::displayName(const QString& code, const QString& language) const
{
    const Category* category = find(code);
    return category ? category->displayName(language) : code;
}

} // namespace xiuhua::core
