#include "dispatch/settings_service.h"

#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

constexpr int maxSeconds = 7 * 24 * 3600;

void checkSeconds(int seconds, bool zeroAllowed)
{
    if (seconds < (zeroAllowed ? 0 : 1) || seconds > maxSeconds)
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "A time limit must be between %1 and %2 seconds.")
                .arg(zeroAllowed ? 0 : 1)
                .arg(maxSeconds));
}

} // namespace

SettingsService::SettingsService(DispatchContext context) : m_context(std::move(context)) {}

bool SettingsService::setStatusThresholds(const Actor& actor, const StatusThresholds& thresholds)
{
    requirePermission(m_context, actor, Permission::ChangeSettings);
    for (std::size_t i = 0; i < enumCount<ResponderStatus>(); ++i)
        checkSeconds(thresholds.forStatus(static_cast<ResponderStatus>(i)), true);
    checkSeconds(thresholds.onSceneSeconds, true);
    return store(actor, StatusThresholds::metaKey(), QStringLiteral("settings.status_thresholds"),
                 thresholds.toJson());
}

bool SettingsService::setResponseTargets(const Actor& actor, const ResponseTargets& targets)
{
    requirePermission(m_context, actor, Permission::ChangeSettings);
    checkSeconds(targets.dispatchSeconds, false);
    checkSeconds(targets.onScenePoliceSeconds, false);
    checkSeconds(targets.onSceneFireSeconds, false);
    if (targets.nearPercent < 1 || targets.nearPercent > 100)
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "The warning share must be between 1 and 100 percent."));
    return store(actor, ResponseTargets::metaKey(), QStringLiteral("settings.response_targets"),
                 targets.toJson());
}

bool SettingsService::store(const Actor& actor, const QString& key, const QString& action,
                            const QJsonObject& value)
{
    const QString text = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    const auto stored = m_context.store.read().meta(key);
    if (stored && parseJsonObject(*stored) == value)
        return false;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto before = writer.read().meta(key);
        writer.setMeta(key, text);
        writer.audit({action, QStringLiteral("meta"), std::nullopt,
                      before ? parseJsonObject(*before) : QJsonObject(), value});
    });
    emit m_context.notifier.respondersChanged({});
    emit m_context.notifier.incidentsChanged({});
    return true;
}

} // namespace xiuhua::dispatch
