#pragma once

#include "core/enums.h"
#include "storage/store.h"

#include <QJsonObject>
#include <QString>

namespace xiuhua::dispatch {

// When the responder board warns that someone has been in a status too long. Seconds; 0 = never.
// Stored in the meta table under metaKey() as JSON and changed through SettingsService.
struct StatusThresholds
{
    int availableSeconds = 0;
    int busySeconds = 90 * 60;
    int mealBreakSeconds = 45 * 60;
    int offDutySeconds = 0;
    // On scene without a further update (measured from the assignment's on-scene time).
    int onSceneSeconds = 30 * 60;

    int forStatus(core::ResponderStatus status) const;
    void setForStatus(core::ResponderStatus status, int seconds);

    static QString metaKey() { return QStringLiteral("status_thresholds"); }
    QJsonObject toJson() const;
    // Missing, negative or out-of-range values keep their defaults; never throws.
    static StatusThresholds fromJson(const QJsonObject& json);
    // The stored thresholds, or the defaults when none are stored or they do not parse.
    static StatusThresholds load(const storage::StoreReader& reader);

    friend bool operator==(const StatusThresholds&, const StatusThresholds&) = default;
};

// How an elapsed time compares to its target on the queue's timers.
enum class TargetGrade
{
    Within,  // green
    Near,    // amber: past nearPercent of the target
    Breached // red
};

// Response-time targets for the incident queue's timers, in seconds.
// Stored in the meta table under metaKey() as JSON and changed through SettingsService.
struct ResponseTargets
{
    int dispatchSeconds = 60;          // received -> first responder dispatched
    int onScenePoliceSeconds = 5 * 60; // dispatched -> on scene, police and auxiliaries
    int onSceneFireSeconds = 3 * 60;   // dispatched -> on scene, micro fire station crews
    int nearPercent = 75;              // amber from this share of the target

    int onSceneSecondsFor(core::ResponderKind kind) const;
    TargetGrade grade(qint64 elapsedSeconds, int targetSeconds) const;

    static QString metaKey() { return QStringLiteral("response_targets"); }
    QJsonObject toJson() const;
    static ResponseTargets fromJson(const QJsonObject& json);
    static ResponseTargets load(const storage::StoreReader& reader);

    friend bool operator==(const ResponseTargets&, const ResponseTargets&) = default;
};

// Parses a stored meta value into a JSON object; empty when it is not one.
QJsonObject parseJsonObject(const QString& text);

} // namespace xiuhua::dispatch
