#include "ui/admin/backups_dialog.h"

#include "storage/database_backup.h"
#include "ui/admin/backup_list_model.h"
#include "ui/common/display_text.h"
#include "ui/console/permission_gate.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

BackupsDialog::BackupsDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new BackupListModel(this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    m_model->setBackups(m_session.backupFolder.isEmpty()
                            ? QStringList()
                            : storage::backupsOf(m_session.backupFolder, m_session.store.location()));
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("%n backup(s) of %1 in %2, taken every hour and at each shift close. Restoring one closes the "
           "console; the database as it is now is kept beside it, and the restore is recorded.",
           nullptr, m_model->rowCount())
            .arg(QFileInfo(m_session.store.location()).fileName(), m_session.backupFolder));
    m_view->setObjectName(QStringLiteral("backupTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setVisible(operatorMay(m_session, core::Permission::Backup));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(restore, &QPushButton::clicked, this, &BackupsDialog::restoreInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_model->rowCount() > 0)
        selectRow(0);
    resize(860, 460);
}

void BackupsDialog::selectRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

bool BackupsDialog::requestRestoreOfSelected()
{
    const storage::BackupEntry* entry = m_model->entryAt(m_view->currentIndex().row());
    if (!entry || !entry->readable || !operatorMay(m_session, core::Permission::Backup))
        return false;
    emit restoreRequested(entry->path);
    return true;
}

void BackupsDialog::restoreInteractively()
{
    const storage::BackupEntry* entry = m_model->entryAt(m_view->currentIndex().row());
    if (!entry)
        return;
    if (!entry->readable) {
        QMessageBox::warning(this, tr("Restore"), tr("This backup cannot be read; choose another."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Restore"),
                                              tr("Restore the backup taken %1 (newest record no. %2)? "
                                                 "Everything recorded after it is no longer in the "
                                                 "console's database; the database as it is now is kept "
                                                 "beside it. The console closes now and starts "
                                                 "again at the login.")
                                                  .arg(stationTimeText(entry->takenAt))
                                                  .arg(entry->newest.lastSeq));
    if (answer != QMessageBox::Yes)
        return;
    if (requestRestoreOfSelected())
        accept();
}

} // namespace xiuhua::ui
