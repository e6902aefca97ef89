#pragma once

#include "ui/console/console_session.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace xiuhua::ui {

class BackupListModel;

// The administrator's view of this database's backups (hourly and at each shift close), newest
// first with the newest audit record each holds, and *Restore…*: after a confirmation the console
// closes, the app restores the backup with every check of `xiuhua restore`, keeps the replaced
// database beside it, records the restore, and starts again at the login.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(ConsoleSession& session, QWidget* parent = nullptr);

    BackupListModel* model() const { return m_model; }
    void selectRow(int row);
    // Emits restoreRequested for the selected backup without asking (for tests); false when there
    // is none or the operator may not restore.
    bool requestRestoreOfSelected();

signals:
    void restoreRequested(const QString& backupPath);

private:
    void restoreInteractively();

    ConsoleSession& m_session;
    BackupListModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
};

} // namespace xiuhua::ui
