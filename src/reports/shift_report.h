#pragma once

#include "core/entities.h"
#include "dispatch/status_thresholds.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace xiuhua::reports {

// Everything a shift or period report shows, as plain data: the builder fills it from the store,
// the document lays it out, sign-off hashes it. Codes (category, status...) are kept beside the
// translated labels so the content hash does not depend on the language the report is printed in.

struct CountRow
{
    QString code;  // stable key: category code, enum code, community id
    QString label; // translated, for printing
    int count = 0;
};

// Median and 90th percentile of one response interval over the report's incidents.
struct DurationStats
{
    int samples = 0;
    std::optional<qint64> medianSeconds;
    std::optional<qint64> p90Seconds;
};

struct SlowIncident
{
    core::Id incidentId = 0;
    QString number;
    QString categoryLabel;
    QDateTime receivedAt;
    qint64 receivedToOnSceneSeconds = 0; // the first responder on scene
    QStringList reasons;                 // notes logged before the first arrival; cancellations
};

struct ResponseTimes
{
    DurationStats receivedToDispatched; // first dispatch
    DurationStats dispatchedToOnScene;  // first dispatch -> first responder on scene
    DurationStats onSceneToCleared;     // first on scene -> last responder cleared
    DurationStats receivedToClosed;

    dispatch::ResponseTargets targets; // the targets in force, measured against below
    int dispatchMeasured = 0;          // incidents with a dispatch
    int dispatchBreaches = 0;
    int onSceneMeasured = 0;           // assignments that reached the scene
    int onSceneBreaches = 0;           // ... later than the target for the responder's kind
    std::vector<SlowIncident> slowest; // at most five, slowest first
};

struct ResponderWorkload
{
    core::Id responderId = 0;
    QString name;
    QString badgeNo;
    core::ResponderKind kind = core::ResponderKind::PatrolOfficer;
    int incidents = 0;         // distinct incidents assigned in the period
    qint64 onSceneSeconds = 0; // on scene -> cleared (or the period's end), within the period
    bool communityOfficer = false;
    QString communityName;         // the officer's own community (一居一警)
    qint64 inCommunitySeconds = 0; // over the norm window, see CommunityTime
    int inCommunityHalfDays = 0;   // ... half-days that count
    int normHalfDays = 0;          // the norm for the window (5 a week)
};

struct HourBucket
{
    QString label; // "08" for one hour of a shift, or the hour of day in a period report
    int count = 0;
};

// A category's count now and in the two comparison periods.
struct ComparisonRow
{
    QString code;
    QString label;
    int current = 0;
    int lastWeek = 0;
    int lastYear = 0;
};

struct HandoverIncident
{
    core::Id incidentId = 0;
    QString number;
    QDateTime receivedAt;
    QString categoryLabel;
    core::Priority priority = core::Priority::P3;
    core::IncidentStatus status = core::IncidentStatus::New;
    QDateTime lastChangeAt;
    QString lastChange; // the last incident event, as logged
    QString address;
    QStringList responders;
};

struct HandoverFollowUp
{
    core::Id followUpId = 0;
    QString incidentNumber;
    QString categoryLabel;
    QDateTime due;
    QString officer;
    bool overdue = false; // due before the period's end
};

struct HandoverHazard
{
    core::Id hazardId = 0;
    QString kind;
    QString description;
    QDateTime foundAt;
    QString foundBy;
};

// A change to an incident of an earlier, signed shift, made after that shift was signed.
struct Amendment
{
    core::Id shiftId = 0;
    QString shiftName;
    core::Id incidentId = 0;
    QString incidentNumber;
    QDateTime at;
    QString actor;
    QString change;
};

struct ReportHeader
{
    QString station;
    bool isShift = false;
    std::optional<core::Id> shiftId;
    QString title;  // the shift's name, or the period as dates
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    QString supervisor;
    QStringList dispatchers;
    QDateTime printedAt; // not part of the content hash
    bool demoData = false;
    bool signedOff = false;
    QString signedOffBy;
    QDateTime signedOffAt;
    QString handoverNotes;
    // The newest audit record when the report was made: printed so that the paper anchors the
    // hash chain (`xiuhua verify-audit --expect SEQ:HASH`). Not part of the content hash.
    core::Id auditSeq = 0;
    QString auditHash;
};

struct ShiftReport
{
    ReportHeader header;
    int incidentCount = 0;
    std::vector<CountRow> byCategory;
    std::vector<CountRow> byPriority;
    std::vector<CountRow> bySource;
    std::vector<CountRow> byStatus;
    std::vector<CountRow> byCommunity;
    ResponseTimes response;
    std::vector<ResponderWorkload> workload;
    std::vector<HourBucket> perHour;
    bool hourOfDay = false; // perHour is by hour of day (periods over two days), not consecutive hours
    std::vector<ComparisonRow> comparison;
    QDateTime lastWeekFrom;
    QDateTime lastYearFrom;
    std::vector<HandoverIncident> openIncidents;
    std::vector<HandoverFollowUp> dueFollowUps;
    std::vector<HandoverHazard> openHazards;
    std::vector<Amendment> amendments;
    // The period's incidents, oldest first, for the map and the incident list.
    std::vector<core::Incident> incidents;
    std::vector<core::Assignment> assignments;

    // SHA-256 (hex) over a canonical encoding of everything above except printedAt and labels;
    // the same data gives the same hash whatever the language, time or machine.
    QByteArray contentHash() const;
    QByteArray canonicalEncoding() const;
};

} // namespace xiuhua::reports
