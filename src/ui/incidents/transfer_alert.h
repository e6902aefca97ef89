#pragma once

#include "core/entities.h"

#include <QObject>

#include <functional>

class QTimer;

namespace xiuhua::ui {

class DispatchDesk;
class IncidentQueuePanel;
class IncidentTableModel;

// A call transferred by the 110 centre arriving while the console is open: a sound, a flashing
// queue row (with its "110" mark, drawn by the model), a message, and the row selected when the
// dispatcher is not in the middle of another new incident. In the queue, Enter takes up the selected
// incident: the flash stops, an unconfirmed location opens the correction form to check it, and
// the focus goes to "Who goes", where 1 sends the first suggestion — a transfer dispatched in two
// keystrokes (docs/KEYBOARD.md).
class TransferAlert : public QObject
{
    Q_OBJECT

public:
    TransferAlert(IncidentTableModel& model, IncidentQueuePanel& queue, DispatchDesk& desk,
                  QObject* parent = nullptr);

    // What makes the sound; the desktop's bell (QApplication::beep) unless replaced (tests count).
    void setSound(std::function<void()> sound) { m_sound = std::move(sound); }
    // The interval of the flash; 0 stops the timer (tests drive IncidentTableModel::flashTick).
    void setFlashInterval(int milliseconds);

    // Enter on the queue: see the class comment. False when no open incident is selected.
    bool takeUpSelected();

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onArrived(qint64 id);

    IncidentTableModel& m_model;
    IncidentQueuePanel& m_queue;
    // The queue's view as installed: compared by address, because the filter still sees events while
    // the panel is being destroyed, when calling into it is undefined.
    const QObject* m_queueView = nullptr;
    DispatchDesk& m_desk;
    std::function<void()> m_sound;
    QTimer* m_flashTimer;
};

} // namespace xiuhua::ui
