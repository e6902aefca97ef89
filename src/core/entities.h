#pragma once

#include "core/enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace xiuhua::core {

using Id = qint64;

// WGS 84 / CGCS2000 longitude and latitude in degrees.
struct GeoPoint
{
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

struct Community
{
    Id id = 0;
    QString name;
    QString nameEn;
    QString boundaryWkt; // EPSG:4326
    int population = 0;
    int households = 0;
    std::optional<Id> responsibleOfficerId; // 一居一警
};

struct Post
{
    Id id = 0;
    QString name;
    QString nameEn;
    PostKind kind = PostKind::CommunityPost;
    GeoPoint location;
    std::optional<Id> communityId;
    QString phone;
    QString openingHours;
};

struct FireStation
{
    Id id = 0;
    QString name;
    QString nameEn;
    GeoPoint location;
    std::optional<Id> communityId;
    int crewSize = 0;
    QString equipment;
    QString status = QStringLiteral("ready");
};

struct Camera
{
    Id id = 0;
    QString name;
    GeoPoint location;
    std::optional<Id> communityId;
    QString roadName;
};

struct Responder
{
    Id id = 0;
    ResponderKind kind = ResponderKind::PatrolOfficer;
    QString badgeNo;
    QString name;
    QString phone;
    std::optional<Id> homePostId;
    std::optional<Id> fireStationId;
    ResponderStatus status = ResponderStatus::Available;
    QDateTime statusSince;
    std::optional<GeoPoint> lastPosition;
    QDateTime positionAt;
};

struct RosterEntry
{
    Id shiftId = 0;
    Id responderId = 0;
    QDateTime from; // a responder's own hours: staggered and flexible hours need not match the shift's
    QDateTime to;
    bool inCommunity = false; // community work (下社区) rather than at the post or on patrol
    QString note;
    Id id = 0;
};

struct Shift
{
    Id id = 0;
    QString name;
    QDateTime startsAt;
    QDateTime endsAt;
    std::optional<Id> supervisorId;
    std::vector<Id> dispatcherIds;
    QString handoverNotes;
    QDateTime openedAt;
    QDateTime closedAt;
    std::optional<Id> signedOffBy;
    QDateTime signedOffAt;
    std::optional<Id> closedBy;
    std::optional<Id> handoverAcknowledgedBy; // the incoming supervisor
    QDateTime handoverAcknowledgedAt;

    bool isOpen() const { return openedAt.isValid() && !closedAt.isValid(); }
    bool isSigned() const { return signedOffAt.isValid(); }
};

// The final, signed shift report: the content hash and the PDF the supervisor signed. Append-only.
struct SignedShiftReport
{
    Id id = 0;
    Id shiftId = 0;
    Id signedBy = 0;
    QDateTime signedAt;
    QString contentSha256; // hex
    QByteArray pdf;
};

// What the city's 110 centre said when it transferred the call (转警) to the station.
struct TransferMark
{
    QString number;       // the centre's transfer number; unique among the station's incidents
    QDateTime receivedAt; // when the 110 centre took the call (the incident's receivedAt is the station's)
    QString origin;       // who sent it: the centre's key name, or the drop folder
    QString callTaker;    // the 110 call-taker's id
    QString notes;        // the call-taker's notes, as written
    friend bool operator==(const TransferMark&, const TransferMark&) = default;
};

struct Incident
{
    Id id = 0;
    QString number; // YYYYMMDD-NNNN
    QDateTime receivedAt;
    IncidentSource source = IncidentSource::Phone;
    QString callerName;
    QString callerPhone;
    QString addressText;    // exactly as typed
    QString matchedAddress; // the gazetteer's match, if any
    std::optional<GeoPoint> location;
    std::optional<Id> communityId;
    QString category;
    QString subcategory;
    Priority priority = Priority::P3;
    IncidentStatus status = IncidentStatus::New;
    QString description;
    QString dispositionCode; // from the taxonomy's dispositions
    QString disposition;     // the outcome in words
    QString narrative;
    QString peopleInvolved;
    QString vehiclesInvolved;
    bool followUpRequired = false;
    std::optional<Id> shiftId;
    std::optional<Id> linkedIncidentId; // the incident this one duplicates
    QDateTime updatedAt;
    std::optional<TransferMark> transfer; // set for a call transferred by the 110 centre
    // The point (if any) is a guess the dispatcher has not checked: a transferred address the
    // gazetteer could not place exactly. Cleared by a correction of the location.
    bool locationUnconfirmed = false;
};

struct Assignment
{
    Id id = 0;
    Id incidentId = 0;
    Id responderId = 0;
    AssignmentStatus status = AssignmentStatus::Dispatched;
    QDateTime dispatchedAt;
    QDateTime acknowledgedAt;
    QDateTime enRouteAt;
    QDateTime onSceneAt;
    QDateTime clearedAt;
    QDateTime cancelledAt;
    QString cancelReason;
};

struct IncidentEvent
{
    Id id = 0;
    Id incidentId = 0;
    QDateTime at;
    std::optional<Id> actorId;
    IncidentEventKind kind = IncidentEventKind::Note;
    QString text;
    QString beforeJson;
    QString afterJson;
};

struct FollowUp
{
    Id id = 0;
    Id incidentId = 0;
    QDateTime due;
    std::optional<Id> officerId;
    QDateTime doneAt;
    QString result;
    std::optional<int> satisfaction; // 1..5
};

struct Hazard
{
    Id id = 0;
    GeoPoint location;
    QString kind;
    QString description;
    QDateTime foundAt;
    std::optional<Id> foundBy;
    QDateTime rectifiedAt;
    QString note;
};

// A transfer document the station refused, kept as it arrived for inspection.
struct RejectedTransfer
{
    Id id = 0;
    QDateTime receivedAt;
    QString origin;         // the centre's key name, or the drop folder's file
    QString reason;         // why it was refused, in words
    QString transferNumber; // when the document named one; else empty
    QByteArray document;    // the bytes as received
};

// Who performs a change, and from where; every audit record carries it.
struct Actor
{
    std::optional<Id> responderId; // empty for the system itself (migrations, demo seeding)
    QString name;
    QString workstation;
};

struct AuditEvent
{
    Id seq = 0;
    QDateTime at;
    std::optional<Id> actorId;
    QString actorName;
    QString workstation;
    QString action;
    QString entity;
    std::optional<Id> entityId;
    QString beforeJson;
    QString afterJson;
    QString hash; // its link in the audit hash chain (storage::AuditChain), lowercase hex
};

} // namespace xiuhua::core
