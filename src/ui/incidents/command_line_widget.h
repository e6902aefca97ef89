#pragma once

#include "ui/console/console_session.h"

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace xiuhua::ui {

class CommandExecutor;

// The command line: type a command (see dispatch/command_parser.h) and press Enter. Tab or the
// popup completes the word being typed: command words, open incident numbers, responder names,
// steps and statuses. Up/Down walk the history; Escape clears; Ctrl+L focuses it from anywhere in
// its window. Results and refusals come out of message() for the status bar.
class CommandLineWidget : public QLineEdit
{
    Q_OBJECT

public:
    explicit CommandLineWidget(ConsoleSession& session, QWidget* parent = nullptr);
    ~CommandLineWidget() override;

    // Connect its newIncidentRequested / outcomeRequested / incidentTouched signals.
    CommandExecutor* executor() const { return m_executor; }
    QCompleter* wordCompleter() const { return m_completer; }
    // The words offered for the word before the cursor.
    QStringList completionsHere() const;
    const QStringList& history() const { return m_history; }
    static QKeySequence focusShortcut();

signals:
    void message(const QString& text);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void runLine();
    void updateCompletion();
    void insertCompletion(const QString& completion);
    bool completeFirst();
    void walkHistory(int step);

    CommandExecutor* m_executor;
    QCompleter* m_completer;
    QStringListModel* m_words;
    qsizetype m_prefixStart = 0;
    QStringList m_history;
    int m_historyIndex = 0;
};

} // namespace xiuhua::ui
