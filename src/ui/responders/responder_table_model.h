#pragma once

#include "core/entities.h"
#include "core/position_fix.h"
#include "dispatch/status_thresholds.h"
#include "storage/store.h"

#include <QAbstractTableModel>

#include <map>

namespace xiuhua::ui {

// The responder board: every field responder, their status, time in status, current incident
// and how old their last known position is. Rows whose time in status passes the station's
// threshold (dispatch::StatusThresholds) are overdue: coloured, with a tooltip saying why.
class ResponderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Badge,
        Kind,
        Status,
        TimeInStatus,
        CurrentIncident,
        PositionAge,
        Battery,
        ColumnCount
    };
    enum Role
    {
        ResponderIdRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole,  // bool
        FreshnessRole // core::FixFreshness as int
    };

    // Why a responder is overdue: how long, against which limit.
    struct Overdue
    {
        qint64 seconds = 0;
        int limitSeconds = 0;
        bool onScene = false; // on scene without an update, rather than a responder status
    };

    explicit ResponderTableModel(const storage::StoreReader& reader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the responders, their active assignments and the stored thresholds.
    void reload();
    // Re-reads these responders only (row updated, inserted or removed in place, so selection and
    // scroll position stay). No ids = everything changed: reload().
    void updateResponders(const QList<qint64>& ids);
    // Moves responders to the accepted fixes newer than the ones they have, without reading the
    // store again (the fixes are what the store took as their current positions): one
    // dataChanged per moved row.
    void applyPositions(const std::vector<core::PositionFix>& fixes);
    // The battery the responder's newest accepted fix reported, if any.
    std::optional<int> batteryOf(core::Id responderId) const;
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }
    // Overrides the stored thresholds until the next reload().
    void setThresholds(const dispatch::StatusThresholds& thresholds);
    const dispatch::StatusThresholds& thresholds() const { return m_thresholds; }

    const core::Responder* responderAt(const QModelIndex& index) const;
    QModelIndex indexOfResponder(core::Id id, int column = 0) const;
    const std::vector<core::Responder>& responders() const { return m_responders; }
    // The incident number each busy responder is assigned to.
    QString currentIncidentOf(core::Id responderId) const;
    // The responder's active assignment, if any.
    const core::Assignment* activeAssignmentOf(core::Id responderId) const;
    std::optional<Overdue> overdue(const core::Responder& responder) const;
    std::map<core::ResponderStatus, int> countsByStatus() const;
    int overdueCount() const;

private:
    QVariant displayData(const core::Responder& responder, int column) const;
    QString overdueText(const core::Responder& responder, const Overdue& overdue) const;
    void emitAllChanged();
    void holdAssignment(const core::Assignment& assignment, std::map<core::Id, QString>& numbers);
    void readBattery(core::Id responderId);
    QVariant foreground(const core::Responder& responder, int column) const;
    QVariant toolTip(const core::Responder& responder, int column) const;

    const storage::StoreReader& m_reader;
    QDateTime m_now;
    std::vector<core::Responder> m_responders;
    std::map<core::Id, QString> m_currentIncident;
    std::map<core::Id, core::Assignment> m_activeAssignment;
    dispatch::StatusThresholds m_thresholds;
    std::map<core::Id, int> m_battery; // percent, from the newest accepted fix
};

} // namespace xiuhua::ui
