#include "dispatch/stale_check.h"

#include "core/entity_json.h"
#include "dispatch/dispatch_error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace xiuhua::dispatch {

namespace {

QString fieldName(const QString& key)
{
    static const std::pair<const char*, const char*> names[] = {
        {"status", QT_TRANSLATE_NOOP("Dispatch", "status")},
        {"priority", QT_TRANSLATE_NOOP("Dispatch", "priority")},
        {"category", QT_TRANSLATE_NOOP("Dispatch", "category")},
        {"subcategory", QT_TRANSLATE_NOOP("Dispatch", "subcategory")},
        {"address_text", QT_TRANSLATE_NOOP("Dispatch", "address")},
        {"matched_address", QT_TRANSLATE_NOOP("Dispatch", "matched address")},
        {"location", QT_TRANSLATE_NOOP("Dispatch", "location")},
        {"community_id", QT_TRANSLATE_NOOP("Dispatch", "community")},
        {"caller_name", QT_TRANSLATE_NOOP("Dispatch", "caller's name")},
        {"caller_phone", QT_TRANSLATE_NOOP("Dispatch", "caller's phone")},
        {"description", QT_TRANSLATE_NOOP("Dispatch", "description")},
        {"disposition", QT_TRANSLATE_NOOP("Dispatch", "outcome")},
        {"disposition_code", QT_TRANSLATE_NOOP("Dispatch", "outcome")},
        {"narrative", QT_TRANSLATE_NOOP("Dispatch", "narrative")},
        {"follow_up_required", QT_TRANSLATE_NOOP("Dispatch", "follow-up")},
    };
    for (const auto& [code, name] : names) {
        if (key == QLatin1String(code))
            return QCoreApplication::translate("Dispatch", name);
    }
    return key;
}

} // namespace

void refuseIfChangedSince(const storage::StoreReader& read, const core::Incident& loaded,
                          const core::Incident& current)
{
    const QJsonObject before = core::toJson(loaded);
    const QJsonObject now = core::toJson(current);
    if (before == now && loaded.updatedAt == current.updatedAt)
        return;
    QStringList changed;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QString name = fieldName(it.key());
        if (before.value(it.key()) != it.value() && !changed.contains(name))
            changed << name;
    }
    if (changed.isEmpty()) // same fields: its assignments or timeline moved on
        changed << QCoreApplication::translate("Dispatch", "assignments");
    QString who = QCoreApplication::translate("Dispatch", "another seat");
    QString when;
    const auto newest = read.auditEvents(QStringLiteral("incident"), current.id, 1);
    if (!newest.empty()) {
        who = QCoreApplication::translate("Dispatch", "%1 (workstation %2)")
                  .arg(newest.front().actorName, newest.front().workstation);
        when = newest.front().at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    }
    throw DispatchError(
        QCoreApplication::translate("Dispatch", "Incident %1 was changed by %2 at %3 while you had it "
                                                "open: %4. Nothing was saved; look at it again and "
                                                "repeat your change if it still applies.")
            .arg(current.number, who, when, changed.join(QCoreApplication::translate("Dispatch", ", "))));
}

} // namespace xiuhua::dispatch
