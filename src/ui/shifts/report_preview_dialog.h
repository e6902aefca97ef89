#pragma once

#include "reports/report_period.h"
#include "reports/shift_report.h"
#include "ui/console/console_session.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace xiuhua::ui {

// A shift or period report on screen as it will print (A4, through Qt's print system, so CUPS
// printers work), with print, PDF, CSV and, for a closed shift, the supervisor's sign-off.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReportPreviewDialog(ConsoleSession& session, reports::ReportPeriod period, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    const reports::ShiftReport& report() const { return m_report; }
    bool savePdf(const QString& path);
    bool saveCsv(const QString& path);
    // Signs the report as the operator; returns false with the message shown when refused.
    bool sign();

signals:
    void message(const QString& text);

private:
    void rebuild();
    void updateSignState();
    void printInteractively();
    void savePdfInteractively();
    void saveCsvInteractively();
    void saveSignedPdfInteractively();
    void signInteractively();
    void paint(QPrinter* printer);
    void showError(const QString& text);

    ConsoleSession& m_session;
    reports::ReportPeriod m_period;
    reports::ShiftReport m_report;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview;
    QLabel* m_signState;
    QPushButton* m_signButton;
    QPushButton* m_signedPdfButton;
};

} // namespace xiuhua::ui
