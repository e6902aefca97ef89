#include "ui/admin/audit_log_dialog.h"

#include "dispatch/audit_log_service.h"
#include "dispatch/dispatch_error.h"
#include "storage/storage_error.h"
#include "ui/admin/audit_log_model.h"
#include "ui/common/display_text.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

QString pretty(const QString& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isNull() ? json : QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

constexpr int recordLimit = 5000;

} // namespace

// Builds the filter row, the record table, the before/after pane and the buttons top to bottom, as
// the dialog reads: over 60 lines because the layout is one piece.
AuditLogDialog::AuditLogDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new AuditLogModel(this)), m_from(new QDateTimeEdit(this)),
      m_to(new QDateTimeEdit(this)), m_operator(new QComboBox(this)), m_entity(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_view(new QTableView(this)), m_detail(new QPlainTextEdit(this)),
      m_count(new QLabel(this)), m_chain(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(format);
        edit->setCalendarPopup(true);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setPeriod(now.addDays(-1), now.addSecs(60));

    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    m_operator->addItem(tr("All operators"));
    for (const OperatorAccount& account : m_session.store.read().operatorAccounts()) {
        const auto responder = m_session.store.read().responder(account.responderId);
        m_operator->addItem(
            QStringLiteral("%1 (%2)").arg(responder ? responder->name : QString(), account.login),
            account.responderId);
    }
    m_entity->setObjectName(QStringLiteral("entityFilter"));
    m_entity->addItem(tr("All objects"));
    for (const char* entity : {"incident", "assignment", "responder", "shift", "roster_entry", "follow_up",
                               "hazard", "operator_account", "audit_event"}) {
        AuditEvent probe;
        probe.entity = QString::fromLatin1(entity);
        m_entity->addItem(AuditLogModel::objectName(probe), probe.entity);
    }
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Action, operator or workstation contains…"));
    m_text->setClearButtonEnabled(true);

    auto* search = new QPushButton(tr("&Search"), this);
    search->setObjectName(QStringLiteral("searchButton"));
    search->setDefault(true);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_operator);
    filters->addWidget(m_entity);
    filters->addWidget(m_text, 1);
    filters->addWidget(search);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a record to see what it recorded."));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_count->setObjectName(QStringLiteral("auditCount"));
    m_chain->setObjectName(QStringLiteral("chainState"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* verify = buttons->addButton(tr("&Verify the whole record"), QDialogButtonBox::ActionRole);
    verify->setObjectName(QStringLiteral("verifyButton"));
    QPushButton* exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_chain);
    layout->addWidget(buttons);

    connect(search, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditLogDialog::refresh);
    connect(verify, &QPushButton::clicked, this, &AuditLogDialog::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogDialog::showSelected);
    resize(1200, 720);
    refresh();
    m_view->resizeColumnsToContents();
}

void AuditLogDialog::setPeriod(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    m_from->setDateTime(toStationWallTime(fromUtc));
    m_to->setDateTime(toStationWallTime(toUtc));
}

void AuditLogDialog::setText(const QString& text)
{
    m_text->setText(text);
}

storage::AuditQuery AuditLogDialog::currentQuery() const
{
    storage::AuditQuery query;
    query.from = fromStationWallTime(m_from->dateTime());
    query.to = fromStationWallTime(m_to->dateTime());
    if (m_operator->currentData().isValid())
        query.actorId = m_operator->currentData().toLongLong();
    query.entity = m_entity->currentData().toString();
    query.text = m_text->text().trimmed();
    query.limit = recordLimit;
    return query;
}

bool AuditLogDialog::refresh()
{
    try {
        auto events = dispatch::AuditLogService({m_session.store, m_session.taxonomy, m_session.notifier})
                          .query(m_session.operatorActor, currentQuery());
        const auto count = static_cast<int>(events.size());
        m_model->setEvents(std::move(events));
        m_count->setText(
            count >= recordLimit
                ? tr("The newest %1 records; narrow the filter to see older ones.").arg(recordLimit)
                : tr("%n record(s)", nullptr, count));
        m_detail->clear();
        return true;
    } catch (const dispatch::DispatchError& error) {
        m_model->setEvents({});
        showError(error.message());
    } catch (const storage::StorageError& error) {
        showError(QString::fromUtf8(error.what()));
    }
    return false;
}

void AuditLogDialog::showSelected()
{
    const AuditEvent* event = m_model->eventAt(m_view->currentIndex().row());
    if (!event) {
        m_detail->clear();
        return;
    }
    QString text = tr("Record %1 · %2 · %3 at %4")
                       .arg(event->seq)
                       .arg(stationTimeText(event->at), event->actorName, event->workstation);
    text += QLatin1Char('\n') + AuditLogModel::actionName(event->action) + QStringLiteral(" (") +
            event->action + QStringLiteral(") · ") + AuditLogModel::objectName(*event);
    if (!event->beforeJson.isEmpty())
        text += QLatin1Char('\n') + tr("Before:") + QLatin1Char('\n') + pretty(event->beforeJson);
    if (!event->afterJson.isEmpty())
        text += QLatin1Char('\n') + tr("After:") + QLatin1Char('\n') + pretty(event->afterJson);
    text += QLatin1Char('\n') + tr("Hash: %1").arg(event->hash);
    m_detail->setPlainText(text);
}

bool AuditLogDialog::verifyChain()
{
    try {
        const storage::AuditChainReport report =
            dispatch::AuditLogService({m_session.store, m_session.taxonomy, m_session.notifier})
                .verify(m_session.operatorActor);
        if (report.ok) {
            m_chain->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
            m_chain->setText(tr("The audit record is whole: %1 records checked. Newest: no. %2, hash %3 — "
                                "write it down to prove later that nothing before it was changed.")
                                 .arg(report.rowsChecked)
                                 .arg(report.newestSeq)
                                 .arg(report.newestHash));
        } else {
            m_chain->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
            m_chain->setText(
                tr("The audit record is NOT whole: the first broken link is record %1 (%2). Keep "
                   "this workstation as it is and call the administrator.")
                    .arg(report.firstBrokenSeq.value_or(0))
                    .arg(report.reason));
        }
        return report.ok;
    } catch (const dispatch::DispatchError& error) {
        showError(error.message());
    } catch (const storage::StorageError& error) {
        showError(QString::fromUtf8(error.what()));
    }
    return false;
}

QString AuditLogDialog::chainText() const
{
    return m_chain->text();
}

bool AuditLogDialog::exportCsv(const QString& path)
{
    try {
        const QByteArray csv =
            dispatch::AuditLogService({m_session.store, m_session.taxonomy, m_session.notifier})
                .exportCsv(m_session.operatorActor, currentQuery(), path);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            showError(tr("Could not write %1.").arg(path));
            return false;
        }
        emit message(tr("Audit log exported to %1").arg(path));
        return true;
    } catch (const dispatch::DispatchError& error) {
        showError(error.message());
    } catch (const storage::StorageError& error) {
        showError(QString::fromUtf8(error.what()));
    }
    return false;
}

void AuditLogDialog::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"),
                                                      QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void AuditLogDialog::showError(const QString& text)
{
    emit message(text);
    if (isVisible())
        QMessageBox::warning(this, tr("Audit log"), text);
}

} // namespace xiuhua::ui
