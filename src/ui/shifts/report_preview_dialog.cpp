#include "ui/shifts/report_preview_dialog.h"

#include "dispatch/dispatch_error.h"
#include "dispatch/shift_service.h"
#include "reports/csv_export.h"
#include "reports/report_builder.h"
#include "reports/report_document.h"
#include "ui/common/display_text.h"
#include "ui/console/permission_gate.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace xiuhua::ui {

ReportPreviewDialog::ReportPreviewDialog(ConsoleSession& session, reports::ReportPeriod period,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_period(std::move(period)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Report: %1").arg(m_period.title()));
    m_printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    m_printer->setDocName(m_period.title());
    rebuild();

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreviewDialog::paint);

    m_signState = new QLabel(this);
    m_signState->setObjectName(QStringLiteral("signState"));
    m_signState->setWordWrap(true);
    auto* print = new QPushButton(tr("&Print…"), this);
    auto* pdf = new QPushButton(tr("Save &PDF…"), this);
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    m_signButton = new QPushButton(tr("&Sign report…"), this);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signedPdfButton = new QPushButton(tr("Save &signed PDF…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    connect(print, &QPushButton::clicked, this, &ReportPreviewDialog::printInteractively);
    connect(pdf, &QPushButton::clicked, this, &ReportPreviewDialog::savePdfInteractively);
    connect(csv, &QPushButton::clicked, this, &ReportPreviewDialog::saveCsvInteractively);
    connect(m_signButton, &QPushButton::clicked, this, &ReportPreviewDialog::signInteractively);
    connect(m_signedPdfButton, &QPushButton::clicked, this, &ReportPreviewDialog::saveSignedPdfInteractively);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {print, pdf, csv})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_signedPdfButton);
    buttons->addWidget(m_signButton);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_signState);
    layout->addLayout(buttons);
    updateSignState();
    resize(900, 1000);
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

void ReportPreviewDialog::rebuild()
{
    reports::ReportBuilder builder(m_session.store.read(), m_session.taxonomy, m_session.language);
    if (m_period.isShift()) {
        // The shift may have been closed or signed since the period was chosen.
        if (auto fresh = reports::ReportPeriod::forShift(m_session.store.read(), m_period.shift()->id))
            m_period = *fresh;
    }
    m_report = builder.build(m_period, QDateTime::currentDateTimeUtc());
}

void ReportPreviewDialog::paint(QPrinter* printer)
{
    reports::ReportDocument document(m_report, {m_session.mapPath, true, 200});
    if (document.print(*printer) == 0)
        showError(tr("The report could not be drawn."));
}

void ReportPreviewDialog::updateSignState()
{
    const auto& shift = m_period.shift();
    // Only those who may sign see the button; the shift service refuses everyone else anyway.
    m_signButton->setVisible(shift.has_value() && operatorMay(m_session, core::Permission::SignShiftReport));
    m_signedPdfButton->setVisible(false);
    if (!shift) {
        m_signState->setText(tr("Period report: for information, not signed."));
        return;
    }
    const auto signedReport = m_session.store.read().signedReport(shift->id);
    if (signedReport) {
        const auto supervisor = m_session.store.read().responder(signedReport->signedBy);
        m_signState->setText(
            tr("Signed by %1 at %2. Content hash %3. Later changes appear as amendments in the next report.")
                .arg(supervisor ? supervisor->name : QString::number(signedReport->signedBy),
                     stationTimeText(signedReport->signedAt), signedReport->contentSha256.left(16)));
        m_signButton->setEnabled(false);
        m_signedPdfButton->setVisible(true);
        return;
    }
    m_signButton->setEnabled(shift->closedAt.isValid());
    m_signState->setText(shift->closedAt.isValid()
                             ? tr("The shift is closed: a supervisor can sign this report.")
                             : tr("The shift is still open: close it and hand over before signing."));
}

bool ReportPreviewDialog::savePdf(const QString& path)
{
    reports::ReportDocument document(m_report, {m_session.mapPath, true, 200});
    if (!document.writePdf(path)) {
        showError(tr("Could not write %1.").arg(path));
        return false;
    }
    emit message(tr("Report saved to %1").arg(path));
    return true;
}

bool ReportPreviewDialog::saveCsv(const QString& path)
{
    reports::CsvExport exporter(m_session.store.read(), m_session.taxonomy, m_session.language);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exporter.incidents(m_period)) < 0 || !file.commit()) {
        showError(tr("Could not write %1.").arg(path));
        return false;
    }
    emit message(tr("Incidents exported to %1").arg(path));
    return true;
}

bool ReportPreviewDialog::sign()
{
    if (!m_period.shift())
        return false;
    rebuild(); // sign exactly what the data says now
    reports::ReportDocument document(m_report, {m_session.mapPath, true, 200});
    const QByteArray pdf = document.toPdf();
    try {
        dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
        service.sign(m_session.operatorActor, m_period.shift()->id,
                     QString::fromLatin1(m_report.contentHash()), pdf);
    } catch (const dispatch::DispatchError& error) {
        showError(error.message());
        return false;
    }
    rebuild();
    m_preview->updatePreview();
    updateSignState();
    emit message(tr("Shift report signed and stored."));
    return true;
}

void ReportPreviewDialog::printInteractively()
{
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        paint(m_printer.get());
}

void ReportPreviewDialog::savePdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report as PDF"), m_period.title() + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportPreviewDialog::saveCsvInteractively()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export incidents as CSV"),
                                     m_period.title() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

void ReportPreviewDialog::saveSignedPdfInteractively()
{
    const auto signedReport = m_session.store.read().signedReport(m_period.shift()->id);
    if (!signedReport)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the signed report"), m_period.title() + tr(" (signed).pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(signedReport->pdf) < 0 || !file.commit())
        showError(tr("Could not write %1.").arg(path));
}

void ReportPreviewDialog::signInteractively()
{
    const auto answer = QMessageBox::question(
        this, tr("Sign shift report"),
        tr("Sign the report of %1 as %2? The signed report becomes final: later changes to this shift "
           "appear as amendments, never as silent changes.")
            .arg(m_period.title(), m_session.operatorActor.name));
    if (answer == QMessageBox::Yes)
        sign();
}

void ReportPreviewDialog::showError(const QString& text)
{
    emit message(text);
    if (isVisible()) // headless callers (tests, scripts) read the message signal instead
        QMessageBox::warning(this, windowTitle(), text);
}

} // namespace xiuhua::ui
