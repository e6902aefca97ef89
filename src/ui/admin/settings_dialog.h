#pragma once

#include "dispatch/status_thresholds.h"
#include "ui/console/console_session.h"

#include <QDialog>

class QSpinBox;

namespace xiuhua::ui {

// The supervisor's settings for the board's warnings and the queue's response targets, in minutes
// and seconds as a station writes them. Saving goes through SettingsService (audited).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ConsoleSession& session, QWidget* parent = nullptr);

    dispatch::StatusThresholds thresholds() const;
    dispatch::ResponseTargets targets() const;
    void setDispatchTargetSeconds(int seconds);
    // Saves both; returns false with the message shown when the service refuses.
    bool save();

signals:
    void message(const QString& text);

private:
    ConsoleSession& m_session;
    QSpinBox* m_busy;
    QSpinBox* m_mealBreak;
    QSpinBox* m_onScene;
    QSpinBox* m_dispatch;
    QSpinBox* m_onScenePolice;
    QSpinBox* m_onSceneFire;
    QSpinBox* m_nearPercent;
};

} // namespace xiuhua::ui
