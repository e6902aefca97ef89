#include "core/personal_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace xiuhua::core {

QString maskPhone(const QString& phone)
{
    const QString trimmed = phone.trimmed();
    const qsizetype n = trimmed.size();
    if (n == 0)
        return {};
    if (n <= 4)
        return QString(n, QLatin1Char('*'));
    if (n < 8)
        return QString(n - 2, QLatin1Char('*')) + trimmed.right(2);
    return trimmed.left(3) + QString(n - 7, QLatin1Char('*')) + trimmed.right(4);
}

QString maskName(const QString& name)
{
    const QList<uint> codePoints = name.trimmed().toUcs4();
    QString masked;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (i == 0 || QChar::isSpace(c))
            masked += QString::fromUcs4(&c, 1);
        else
            masked += QLatin1Char('*');
    }
    return masked;
}

} // namespace xiuhua::core

namespace xiuhua::core {

namespace {

QJsonValue maskedValue(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("caller_name") && it.value().isString())
                it.value() = maskName(it.value().toString());
            else if (it.key() == QLatin1String("caller_phone") && it.value().isString())
                it.value() = maskPhone(it.value().toString());
            else
                it.value() = maskedValue(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& element : value.toArray())
            array.append(maskedValue(element));
        return array;
    }
    return value;
}

} // namespace

QString maskPersonalDataInJson(const QString& json)
{
    if (json.isEmpty())
        return json;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return json;
    const QJsonValue masked =
        maskedValue(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    const QJsonDocument out =
        masked.isObject() ? QJsonDocument(masked.toObject()) : QJsonDocument(masked.toArray());
    return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
}

} // namespace xiuhua::core
