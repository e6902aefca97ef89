#pragma once

#include "dispatch/import_report.h"
#include "ui/console/console_session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace xiuhua::ui {

class ImportRejectModel;

// File ▸ Import…: choose what and which file, check it (nothing is written), see every rejected
// row and why, then import — all rows, or only the valid ones when the operator accepts that —
// in one transaction, or cancel.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Responders,
        Roster,
        Hazards,
        Jurisdiction,
        Devices // phones that report positions: device id, badge number, token
    };

    explicit ImportDialog(ConsoleSession& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // For tests and for callers that already know the file; check() then runs the dry run.
    void setSource(Kind kind, const QString& path);
    void check();
    // Imports what the last check found valid; returns false (with the reason shown) when nothing
    // was written.
    bool importChecked();

    const std::optional<dispatch::ImportReport>& lastReport() const { return m_report; }
    const ImportRejectModel& rejectModel() const { return *m_rejects; }

signals:
    void message(const QString& text);

private:
    dispatch::ImportReport run(bool dryRun);
    void browse();
    void showReport();
    void sourceChanged();

    ConsoleSession& m_session;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    ImportRejectModel* m_rejects = nullptr;
    std::optional<dispatch::ImportReport> m_report;
};

} // namespace xiuhua::ui
