#include "ui/incidents/outcome_dialog.h"

#include "ui_outcome_dialog.h"

#include <QPushButton>

namespace xiuhua::ui {

using namespace xiuhua::core;

OutcomeDialog::OutcomeDialog(const Taxonomy& taxonomy, const QString& language, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OutcomeDialog>()), m_taxonomy(taxonomy), m_language(language)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("outcomeDialog"));
    m_ui->dispositionCombo->addItem(tr("Choose how it ended…"));
    for (const Disposition& disposition : m_taxonomy.dispositions())
        m_ui->dispositionCombo->addItem(disposition.displayName(m_language), disposition.code);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->dispositionCombo, &QComboBox::currentIndexChanged, this, &OutcomeDialog::updateOk);
    updateOk();
}

OutcomeDialog::~OutcomeDialog() = default;

void OutcomeDialog::setIncident(const Incident& incident)
{
    const QString category = m_taxonomy.displayName(incident.category, m_language);
    setWindowTitle(tr("Resolve %1").arg(incident.number));
    m_ui->incidentLabel->setText(
        tr("<b>%1</b> · %2 · %3")
            .arg(incident.number, category.toHtmlEscaped(), incident.addressText.toHtmlEscaped()));
    const Category* entry = m_taxonomy.find(incident.category);
    m_ui->followUpCheck->setChecked(incident.followUpRequired || (entry && entry->followUpRequired));
    if (!incident.dispositionCode.isEmpty())
        setDispositionCode(incident.dispositionCode);
}

void OutcomeDialog::setOutcome(const dispatch::IncidentOutcome& outcome)
{
    setDispositionCode(outcome.dispositionCode);
    m_ui->summaryEdit->setText(outcome.summary);
    m_ui->narrativeEdit->setPlainText(outcome.narrative);
    m_ui->peopleEdit->setText(outcome.peopleInvolved);
    m_ui->vehiclesEdit->setText(outcome.vehiclesInvolved);
    if (outcome.followUpRequired)
        m_ui->followUpCheck->setChecked(*outcome.followUpRequired);
}

dispatch::IncidentOutcome OutcomeDialog::outcome() const
{
    dispatch::IncidentOutcome outcome;
    outcome.dispositionCode = dispositionCode();
    outcome.summary = m_ui->summaryEdit->text().trimmed();
    outcome.narrative = m_ui->narrativeEdit->toPlainText().trimmed();
    outcome.peopleInvolved = m_ui->peopleEdit->text().trimmed();
    outcome.vehiclesInvolved = m_ui->vehiclesEdit->text().trimmed();
    outcome.followUpRequired = m_ui->followUpCheck->isChecked();
    return outcome;
}

bool OutcomeDialog::setDispositionCode(const QString& code)
{
    const int index = code.isEmpty() ? -1 : m_ui->dispositionCombo->findData(code);
    m_ui->dispositionCombo->setCurrentIndex(index > 0 ? index : 0);
    return index > 0;
}

QString OutcomeDialog::dispositionCode() const
{
    return m_ui->dispositionCombo->currentData().toString();
}

bool OutcomeDialog::isComplete() const
{
    return !dispositionCode().isEmpty();
}

void OutcomeDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

} // namespace xiuhua::ui
