#include "ui/admin/import_dialog.h"

#include "dispatch/csv_importer.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/jurisdiction_import.h"
#include "geo/geo_error.h"
#include "storage/storage_error.h"
#include "ui/admin/import_reject_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

ImportDialog::ImportDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_rejects(new ImportRejectModel(this))
{
    setWindowTitle(tr("Import"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Responders (CSV)"), static_cast<int>(Kind::Responders));
    m_kind->addItem(tr("Roster (CSV)"), static_cast<int>(Kind::Roster));
    m_kind->addItem(tr("Hazards (CSV)"), static_cast<int>(Kind::Hazards));
    m_kind->addItem(tr("Field devices (CSV)"), static_cast<int>(Kind::Devices));
    m_kind->addItem(tr("Communities, posts, fire stations and cameras (GIS file)"),
                    static_cast<int>(Kind::Jurisdiction));
    m_path = new QLineEdit(this);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GB18030 (Chinese office software)"), QStringLiteral("gb18030"));

    auto* form = new QFormLayout;
    form->addRow(tr("What:"), m_kind);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Encoding:"), m_encoding);

    m_summary = new QLabel(tr("Choose a file and check it. Nothing is written until you import."), this);
    m_summary->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setModel(m_rejects);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_checkButton = m_buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(760, 480);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importChecked())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::sourceChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::sourceChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::sourceChanged);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setSource(Kind kind, const QString& path)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_path->setText(path);
}

void ImportDialog::browse()
{
    const bool gis = m_kind->currentData().toInt() == static_cast<int>(Kind::Jurisdiction);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), m_path->text(),
        gis ? tr("GIS files (*.gpkg *.shp *.geojson *.json *.kml *.gml);;All files (*)")
            : tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::sourceChanged()
{
    // A check is only good for the file and settings it was made with.
    m_report.reset();
    m_rejects->setRejects({});
    m_importButton->setEnabled(false);
    m_importButton->setText(tr("Import"));
}

dispatch::ImportReport ImportDialog::run(bool dryRun)
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const QString path = m_path->text().trimmed();
    if (kind == Kind::Jurisdiction) {
        dispatch::JurisdictionImportOptions options;
        options.dryRun = dryRun;
        options.acceptRejects = !dryRun;
        auto report = dispatch::importJurisdiction(m_session.store, m_session.operatorActor, path, options);
        if (report.written > 0)
            emit m_session.notifier.jurisdictionChanged();
        return report;
    }
    dispatch::ImportReport unreadable;
    QFile file(path);
    if (file.size() > dispatch::CsvImporter::maxBytes || !file.open(QIODevice::ReadOnly)) {
        unreadable.fatal = tr("Cannot read %1 (missing, unreadable or larger than 32 MB).").arg(path);
        return unreadable;
    }
    dispatch::CsvImportOptions options;
    options.encoding = core::CsvDecoder::encodingFromName(m_encoding->currentData().toString())
                           .value_or(core::CsvEncoding::Auto);
    options.dryRun = dryRun;
    options.acceptRejects = !dryRun;
    if (!dryRun && m_report)
        options.expectedValid = m_report->valid;
    options.sourceName = QFileInfo(path).fileName();
    const auto csvKind = kind == Kind::Responders ? dispatch::CsvImportKind::Responders
                         : kind == Kind::Roster   ? dispatch::CsvImportKind::Roster
                         : kind == Kind::Devices  ? dispatch::CsvImportKind::Devices
                                                  : dispatch::CsvImportKind::Hazards;
    dispatch::CsvImporter importer({m_session.store, m_session.taxonomy, m_session.notifier});
    return importer.run(m_session.operatorActor, csvKind, file.readAll(), options);
}

void ImportDialog::check()
{
    try {
        m_report = run(true);
    } catch (const std::exception& error) {
        // geo::GeoError (an unreadable GIS file) or storage::StorageError.
        m_report = dispatch::ImportReport{};
        m_report->fatal = QString::fromStdString(error.what());
    }
    showReport();
}

void ImportDialog::showReport()
{
    m_rejects->setRejects(m_report->rejects);
    m_table->resizeColumnsToContents();
    if (!m_report->fatal.isEmpty()) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_report->fatal));
        m_importButton->setEnabled(false);
        return;
    }
    const int rejected = static_cast<int>(m_report->rejects.size());
    m_summary->setText(
        rejected == 0
            ? tr("%n row(s) checked, all valid. Nothing has been written yet.", nullptr, m_report->rows)
            : tr("%1 of %2 rows are valid; %3 rejected (listed below). Fix the file and check "
                 "again, or import only the valid rows.")
                  .arg(m_report->valid)
                  .arg(m_report->rows)
                  .arg(rejected));
    m_importButton->setEnabled(m_report->valid > 0);
    m_importButton->setText(rejected == 0 ? tr("Import") : tr("Import valid rows"));
}

bool ImportDialog::importChecked()
{
    if (!m_report || m_report->valid == 0)
        return false;
    try {
        const dispatch::ImportReport done = run(false);
        if (done.written == 0) {
            m_report = done;
            showReport();
            return false;
        }
        emit message(tr("Imported %n row(s).", nullptr, done.written));
        m_report = done;
        return true;
    } catch (const dispatch::DispatchError& error) {
        m_summary->setText(error.message());
    } catch (const std::exception& error) {
        m_summary->setText(tr("Nothing was imported: %1").arg(QString::fromStdString(error.what())));
    }
    m_importButton->setEnabled(false);
    return false;
}

} // namespace xiuhua::ui
