#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "dispatch/backup_request.h"
#include "dispatch/status_thresholds.h"
#include "storage/store.h"

#include <QAbstractTableModel>
#include <QColor>

#include <map>
#include <set>

namespace xiuhua::ui {

// The incident queue: every open incident and those received in the last 24 hours. The two live
// timers (since received, since first dispatch) are graded against the station's response targets
// (dispatch::ResponseTargets): green within, amber near, red breached.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Received,
        Priority,
        Category,
        Status,
        Community,
        Address,
        SinceReceived,
        SinceDispatch,
        ColumnCount
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1,
        SortRole,
        StatusCodeRole,
        TimerGradeRole, // on the timer columns: a dispatch::TargetGrade as int, or invalid
        FlashRole       // true while the row is in the lit half of its flash (a new 110 transfer)
    };

    // A timer against its target: elapsed seconds (fixed once the step happened, else live).
    struct Timer
    {
        qint64 elapsedSeconds = 0;
        int targetSeconds = 0;
        bool done = false; // the step (dispatch, arrival) has happened
        dispatch::TargetGrade grade = dispatch::TargetGrade::Within;
    };

    IncidentTableModel(const storage::StoreReader& reader, const core::Taxonomy& taxonomy, QString language,
                       QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the incidents, their assignments and the stored response targets.
    void reload();
    // Re-reads these incidents only: a changed row is updated in place, a new one inserted, one
    // that no longer belongs in the queue removed, so the views keep selection and scroll
    // position. No ids = everything changed: reload().
    void updateIncidents(const QList<qint64>& ids);
    // Advances the live timers; only the timer columns change.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }
    // Overrides the stored targets until the next reload().
    void setTargets(const dispatch::ResponseTargets& targets);
    const dispatch::ResponseTargets& targets() const { return m_targets; }

    // Received -> first dispatch, against the dispatch target. Empty for an incident that was
    // closed without a dispatch.
    std::optional<Timer> dispatchTimer(const core::Incident& incident) const;
    // First dispatch -> first arrival, against the on-scene target of the kinds sent (fire crews
    // have the shorter one). Empty before a dispatch.
    std::optional<Timer> onSceneTimer(const core::Incident& incident) const;
    const std::map<core::Id, QString>& communityNames() const { return m_communityNames; }
    const core::Taxonomy& taxonomy() const { return m_taxonomy; }
    const QString& language() const { return m_language; }
    // Cell background for a timer grade: green, amber, red.
    static QColor gradeColour(dispatch::TargetGrade grade);

    // A 110 transfer that arrived while this console was open flashes until the dispatcher takes it
    // up (stopFlashing); flashTick() switches every flashing row between lit and plain.
    void flashTick();
    void stopFlashing(core::Id id);
    bool isFlashing(core::Id id) const { return m_flashing.count(id) > 0; }
    bool hasFlashing() const { return !m_flashing.empty(); }
    // The row's highlight while lit.
    static QColor flashColour();

    const core::Incident* incidentAt(const QModelIndex& index) const;
    QModelIndex indexOfIncident(core::Id id, int column = 0) const;
    const std::vector<core::Incident>& incidents() const { return m_incidents; }
    std::map<core::IncidentStatus, int> countsByStatus() const;
    // Officers' calls for backup (the duty page) not answered yet, by incident: marked in the
    // Status column; the status bar's BackupAlertLabel shows the newest.
    const std::map<core::Id, dispatch::BackupRequest>& backupRequests() const { return m_backupRequests; }

signals:
    // A new transfer from the 110 centre came in (not one loaded at start or on a full reload).
    void transferArrived(qint64 id);

private:
    QVariant decorationData(const core::Incident& incident, int column) const;
    QVariant toolTipData(const core::Incident& incident, int column) const;
    void emitRowChanged(core::Id id);
    QVariant displayData(const core::Incident& incident, int column) const;
    QVariant sortData(const core::Incident& incident, int column) const;
    std::optional<Timer> timerFor(const core::Incident& incident, int column) const;
    QString timerTip(const Timer& timer, int column) const;
    void loadTimings();
    void updateIncident(core::Id id);
    void updateBackupRequest(const core::Incident& incident,
                             const std::vector<core::Assignment>& assignments);
    void reloadCommunityNames();
    bool belongsInQueue(const core::Incident& incident) const;

    // What the timers need from an incident's assignments.
    struct Timing
    {
        QDateTime firstDispatchedAt; // any assignment, cancelled ones too
        QDateTime liveDispatchedAt;  // earliest not cancelled
        int onSceneTarget = 0;       // the shortest target among the kinds sent (not cancelled)
        QDateTime firstOnSceneAt;    // earliest arrival
        qint64 arrivalSeconds = -1;  // that arrival's dispatch -> on scene
        int arrivalTarget = 0;       // that arrival's target
    };
    Timing timingOf(const std::vector<core::Assignment>& assignments);
    core::ResponderKind kindOf(core::Id responderId);

    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
    QDateTime m_now;
    std::vector<core::Incident> m_incidents;
    std::map<core::Id, QString> m_communityNames;
    std::map<core::Id, Timing> m_timings;
    std::map<core::Id, core::ResponderKind> m_responderKinds; // for the on-scene targets
    std::map<core::Id, dispatch::BackupRequest> m_backupRequests;
    dispatch::ResponseTargets m_targets;
    std::set<core::Id> m_flashing;
    bool m_flashLit = true;
};

} // namespace xiuhua::ui
