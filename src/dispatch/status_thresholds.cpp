#include "dispatch/status_thresholds.h"

#include <QJsonDocument>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

constexpr int maxSeconds = 7 * 24 * 3600;

// Reads a non-negative number of seconds, keeping `fallback` for anything else.
int readSeconds(const QJsonObject& json, const QString& key, int fallback, int minimum = 0)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    if (!(number >= minimum && number <= maxSeconds)) // also false for NaN
        return fallback;
    return static_cast<int>(number);
}

const QString statusKey = QStringLiteral("responder_status_seconds");

} // namespace

QJsonObject parseJsonObject(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

int StatusThresholds::forStatus(ResponderStatus status) const
{
    switch (status) {
    case ResponderStatus::Available:
        return availableSeconds;
    case ResponderStatus::Busy:
        return busySeconds;
    case ResponderStatus::MealBreak:
        return mealBreakSeconds;
    case ResponderStatus::OffDuty:
        return offDutySeconds;
    }
    return 0;
}

void StatusThresholds::setForStatus(ResponderStatus status, int seconds)
{
    switch (status) {
    case ResponderStatus::Available:
        availableSeconds = seconds;
        break;
    case ResponderStatus::Busy:
        busySeconds = seconds;
        break;
    case ResponderStatus::MealBreak:
        mealBreakSeconds = seconds;
        break;
    case ResponderStatus::OffDuty:
        offDutySeconds = seconds;
        break;
    }
}

QJsonObject StatusThresholds::toJson() const
{
    QJsonObject statuses;
    for (std::size_t i = 0; i < enumCount<ResponderStatus>(); ++i) {
        const auto status = static_cast<ResponderStatus>(i);
        statuses.insert(toCode(status), forStatus(status));
    }
    return {{statusKey, statuses}, {QStringLiteral("on_scene_seconds"), onSceneSeconds}};
}

StatusThresholds StatusThresholds::fromJson(const QJsonObject& json)
{
    StatusThresholds thresholds;
    const QJsonObject statuses = json.value(statusKey).toObject();
    for (std::size_t i = 0; i < enumCount<ResponderStatus>(); ++i) {
        const auto status = static_cast<ResponderStatus>(i);
        thresholds.setForStatus(status, readSeconds(statuses, toCode(status), thresholds.forStatus(status)));
    }
    thresholds.onSceneSeconds =
        readSeconds(json, QStringLiteral("on_scene_seconds"), thresholds.onSceneSeconds);
    return thresholds;
}

StatusThresholds StatusThresholds::load(const storage::StoreReader& reader)
{
    const auto stored = reader.meta(metaKey());
    return stored ? fromJson(parseJsonObject(*stored)) : StatusThresholds();
}

int ResponseTargets::onSceneSecondsFor(ResponderKind kind) const
{
    return kind == ResponderKind::FireCrew ? onSceneFireSeconds : onScenePoliceSeconds;
}

TargetGrade ResponseTargets::grade(qint64 elapsedSeconds, int targetSeconds) const
{
    if (targetSeconds <= 0)
        return TargetGrade::Within;
    if (elapsedSeconds > targetSeconds)
        return TargetGrade::Breached;
    if (elapsedSeconds * 100 >= qint64(targetSeconds) * nearPercent)
        return TargetGrade::Near;
    return TargetGrade::Within;
}

QJsonObject ResponseTargets::toJson() const
{
    return {{QStringLiteral("dispatch_seconds"), dispatchSeconds},
            {QStringLiteral("on_scene_police_seconds"), onScenePoliceSeconds},
            {QStringLiteral("on_scene_fire_seconds"), onSceneFireSeconds},
            {QStringLiteral("near_percent"), nearPercent}};
}

ResponseTargets ResponseTargets::fromJson(const QJsonObject& json)
{
    ResponseTargets targets;
    targets.dispatchSeconds =
        readSeconds(json, QStringLiteral("dispatch_seconds"), targets.dispatchSeconds, 1);
    targets.onScenePoliceSeconds =
        readSeconds(json, QStringLiteral("on_scene_police_seconds"), targets.onScenePoliceSeconds, 1);
    targets.onSceneFireSeconds =
        readSeconds(json, QStringLiteral("on_scene_fire_seconds"), targets.onSceneFireSeconds, 1);
    const int near = readSeconds(json, QStringLiteral("near_percent"), targets.nearPercent, 1);
    targets.nearPercent = near <= 100 ? near : targets.nearPercent;
    return targets;
}

ResponseTargets ResponseTargets::load(const storage::StoreReader& reader)
{
    const auto stored = reader.meta(metaKey());
    return stored ? fromJson(parseJsonObject(*stored)) : ResponseTargets();
}

} // namespace xiuhua::dispatch
