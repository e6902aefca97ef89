#pragma once

#include "dispatch/shift_service.h"
#include "ui/console/console_session.h"

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;

namespace xiuhua::ui {

// Hand-over between supervisors. Closing: the outgoing supervisor sees what carries over (open
// incidents, due follow-ups, open hazards), writes notes and closes the shift. Acknowledging: the
// incoming supervisor reads exactly what was recorded at the close and acknowledges it.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Close,
        Acknowledge
    };

    HandoverDialog(ConsoleSession& session, core::Shift shift, Mode mode, QWidget* parent = nullptr);

    void setNotes(const QString& notes);
    // Closes or acknowledges through ShiftService; false (message emitted) when refused.
    bool apply();
    // The hand-over as shown, for tests and for the record.
    QString handoverText() const;

signals:
    void message(const QString& text);

private:
    QString describe(const dispatch::Handover& handover) const;

    ConsoleSession& m_session;
    core::Shift m_shift;
    Mode m_mode;
    QTextBrowser* m_list;
    QPlainTextEdit* m_notes;
};

} // namespace xiuhua::ui
