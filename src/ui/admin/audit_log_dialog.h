#pragma once

#include "storage/store.h"
#include "ui/console/console_session.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace xiuhua::ui {

class AuditLogModel;

// Who did what and when: the audit log filtered by time, operator, object and text, each record
// with its recorded before and after (callers masked), a check of the whole hash chain with the
// newest hash to write down, and a CSV export (itself recorded). Needs Permission::ViewAudit.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(ConsoleSession& session, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    storage::AuditQuery currentQuery() const;
    void setPeriod(const QDateTime& fromUtc, const QDateTime& toUtc);
    void setText(const QString& text);
    // Reads the records for the filter; false (with the message shown) when refused.
    bool refresh();
    // Walks the chain; shows and returns whether it is whole.
    bool verifyChain();
    bool exportCsv(const QString& path);
    QString chainText() const;

signals:
    void message(const QString& text);

private:
    void showSelected();
    void exportInteractively();
    void showError(const QString& text);

    ConsoleSession& m_session;
    AuditLogModel* m_model;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QComboBox* m_operator;
    QComboBox* m_entity;
    QLineEdit* m_text;
    QTableView* m_view;
    QPlainTextEdit* m_detail;
    QLabel* m_count;
    QLabel* m_chain;
};

} // namespace xiuhua::ui
