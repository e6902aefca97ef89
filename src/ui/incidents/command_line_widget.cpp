#include "ui/incidents/command_line_widget.h"

#include "dispatch/command_parser.h"
#include "ui/incidents/command_executor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace xiuhua::ui {

using dispatch::CompletionKind;

CommandLineWidget::CommandLineWidget(ConsoleSession& session, QWidget* parent)
    : QLineEdit(parent), m_executor(new CommandExecutor(session, this)), m_completer(new QCompleter(this)),
      m_words(new QStringListModel(this))
{
    setObjectName(QStringLiteral("commandLine"));
    setPlaceholderText(
        tr("Command (Ctrl+L): a 12 张伟 · s 张伟 onscene · c 12 closed · note 12 … · h for help"));
    setToolTip(dispatch::commandHelp().join(QLatin1Char('\n')));
    setClearButtonEnabled(true);
    m_completer->setModel(m_words);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &CommandLineWidget::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &CommandLineWidget::updateCompletion);
    connect(this, &QLineEdit::returnPressed, this, &CommandLineWidget::runLine);
    connect(m_executor, &CommandExecutor::message, this, &CommandLineWidget::message);

    // An action rather than a bare QShortcut, so Help ▸ Keyboard shortcuts lists it.
    auto* focus = new QAction(tr("Go to the command line"), this);
    focus->setObjectName(QStringLiteral("focusCommandLine"));
    focus->setShortcut(focusShortcut());
    focus->setShortcutContext(Qt::WindowShortcut);
    addAction(focus);
    connect(focus, &QAction::triggered, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
}

CommandLineWidget::~CommandLineWidget() = default;

QKeySequence CommandLineWidget::focusShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_L);
}

QStringList CommandLineWidget::completionsHere() const
{
    const dispatch::CompletionContext context = dispatch::completionContext(text().left(cursorPosition()));
    switch (context.kind) {
    case CompletionKind::Incident:
        return m_executor->incidentCompletions();
    case CompletionKind::Responder:
        return m_executor->responderCompletions();
    default:
        return dispatch::completionWords(context.kind);
    }
}

void CommandLineWidget::updateCompletion()
{
    const dispatch::CompletionContext context = dispatch::completionContext(text().left(cursorPosition()));
    const bool offer = context.kind != CompletionKind::None &&
                       !(context.kind == CompletionKind::CommandWord && context.prefix.isEmpty());
    if (!offer) {
        m_completer->popup()->hide();
        return;
    }
    m_prefixStart = context.prefixStart;
    m_words->setStringList(completionsHere());
    m_completer->setCompletionPrefix(context.prefix);
    const int count = m_completer->completionCount();
    const bool onlyWhatIsTyped =
        count == 1 && m_completer->currentCompletion().compare(context.prefix, Qt::CaseInsensitive) == 0;
    if (count == 0 || onlyWhatIsTyped) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex({});
    m_completer->complete();
}

void CommandLineWidget::insertCompletion(const QString& completion)
{
    const qsizetype end = cursorPosition();
    const qsizetype start = std::clamp<qsizetype>(m_prefixStart, 0, end);
    QString line = text();
    line.replace(start, end - start, completion + QLatin1Char(' '));
    setText(line);
    setCursorPosition(int(start + completion.size() + 1));
}

bool CommandLineWidget::completeFirst()
{
    updateCompletion();
    if (m_completer->completionCount() == 0)
        return false;
    m_completer->setCurrentRow(0);
    const QString completion = m_completer->currentCompletion();
    m_completer->popup()->hide();
    insertCompletion(completion);
    return true;
}

bool CommandLineWidget::event(QEvent* event)
{
    // Tab completes instead of moving the focus.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Tab &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        const QModelIndex current = m_completer->popup()->currentIndex();
        if (m_completer->popup()->isVisible() && current.isValid()) {
            m_completer->popup()->hide();
            insertCompletion(current.data().toString());
        } else {
            completeFirst();
        }
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void CommandLineWidget::keyPressEvent(QKeyEvent* event)
{
    const bool popupVisible = m_completer->popup()->isVisible();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (popupVisible && m_completer->popup()->currentIndex().isValid()) {
            event->ignore(); // the completer inserts the chosen word
            return;
        }
        m_completer->popup()->hide();
        break;
    case Qt::Key_Escape:
        if (popupVisible) {
            event->ignore();
            return;
        }
        clear();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!popupVisible) {
            walkHistory(event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void CommandLineWidget::runLine()
{
    const QString line = text().trimmed();
    if (line.isEmpty())
        return;
    if (m_history.isEmpty() || m_history.back() != line)
        m_history << line;
    m_historyIndex = int(m_history.size());
    if (m_executor->execute(line))
        clear();
    else
        selectAll(); // keep it to fix
}

void CommandLineWidget::walkHistory(int step)
{
    if (m_history.isEmpty())
        return;
    m_historyIndex = std::clamp(m_historyIndex + step, 0, int(m_history.size()));
    setText(m_historyIndex < m_history.size() ? m_history.at(m_historyIndex) : QString());
}

} // namespace xiuhua::ui
