#pragma once

#include "ui/console/console_session.h"
#include "ui/replay/replay_model.h"

#include <QWidget>

class OGRSpatialReference;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace xiuhua::map {
class LayerStack;
class PointLayer;
} // namespace xiuhua::map

namespace xiuhua::ui {

class TrailLayer;

// Track replay (轨迹回放) for supervisors: a period, one officer or all, and a time slider with
// play, pause and speed; the map shows where everyone was at the slider's time (their newest fix
// at or before it, faded and grey by its age at that moment, as the live map does) and, for one
// officer, the way they came. The incident details open it on an incident's period in one click.
class ReplayPanel : public QWidget
{
    Q_OBJECT

public:
    static inline const QString pointLayerId = QStringLiteral("replay");
    static inline const QString trailLayerId = QStringLiteral("replayTrail");
    static constexpr int kTickMs = 200;

    ReplayPanel(ConsoleSession& session, map::LayerStack& stack, const OGRSpatialReference& displayCrs,
                QWidget* parent = nullptr);

    void setPeriod(const ReplayPeriod& period);
    ReplayPeriod period() const;
    // Empty = all officers.
    void setResponder(std::optional<core::Id> responderId);
    std::optional<core::Id> responder() const;
    // Reads the period's positions (refused for a role without kReplayPermission: says so, shows nothing).
    bool load();
    // The incident's period (ReplayModel margins), all officers, loaded, at its start.
    bool showIncident(core::Id incidentId);

    void setTime(const QDateTime& at);
    QDateTime time() const;
    void play();
    void pause();
    bool isPlaying() const;
    // Speed factor: 1, 10, 60, 300.
    void setSpeed(int factor);
    int speed() const;
    // Moves the time on by `elapsedMs` of wall time at the current speed (the play timer's step).
    void advance(int elapsedMs);
    // Empties the replay layers (the panel was closed).
    void clearMap();

    const ReplayModel& model() const { return m_model; }
    map::PointLayer* pointLayer() const { return m_points; }
    TrailLayer* trailLayer() const { return m_trail; }

signals:
    void message(const QString& text);

private:
    void buildControls();
    void fillResponders();
    void showAt(const QDateTime& at);
    void updateTimeLabel(const QDateTime& at, int officers);

    ConsoleSession& m_session;
    ReplayModel m_model;
    map::PointLayer* m_points = nullptr;
    TrailLayer* m_trail = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QComboBox* m_responder = nullptr;
    QPushButton* m_load = nullptr;
    QToolButton* m_play = nullptr;
    QComboBox* m_speed = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_timer = nullptr;
    double m_pendingSeconds = 0; // fractions of a second carried between ticks at low speed
    ReplayPeriod m_period;       // exact (the editors show minutes); follows the operator's edits
};

} // namespace xiuhua::ui
