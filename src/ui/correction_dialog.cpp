#include "ui/correction_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

CorrectionDialog::CorrectionDialog(ConsoleSession& session, const Incident& incident, QWidget* parent)
    : QDialog(parent), m_incident(incident), m_address(new QLineEdit(incident.addressText, this)),
      m_callerName(new QLineEdit(incident.callerName, this)),
      m_callerPhone(new QLineEdit(incident.callerPhone, this)), m_category(new QComboBox(this)),
      m_priority(new QComboBox(this)), m_description(new QPlainTextEdit(incident.description, this)),
      m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct incident %1").arg(incident.number));
    for (const Category& category : session.taxonomy.categories())
        m_category->addItem(category.displayName(session.language), category.code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(incident.category)));
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i)
        m_priority->addItem(displayName(static_cast<Priority>(i)), static_cast<int>(i));
    m_priority->setCurrentIndex(static_cast<int>(incident.priority));
    m_description->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why (required), e.g. the caller corrected the house number"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("Caller &name"), m_callerName);
    form->addRow(tr("Caller &phone"), m_callerPhone);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("P&riority"), m_priority);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty());
    };
    connect(m_reason, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

void CorrectionDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

dispatch::IncidentCorrection CorrectionDialog::correction() const
{
    dispatch::IncidentCorrection correction;
    correction.reason = m_reason->text();
    if (m_address->text() != m_incident.addressText)
        correction.addressText = m_address->text();
    if (m_callerName->text() != m_incident.callerName)
        correction.callerName = m_callerName->text();
    if (m_callerPhone->text() != m_incident.callerPhone)
        correction.callerPhone = m_callerPhone->text();
    if (m_category->currentData().toString() != m_incident.category)
        correction.category = m_category->currentData().toString();
    const auto priority = static_cast<Priority>(m_priority->currentData().toInt());
    if (priority != m_incident.priority)
        correction.priority = priority;
    if (m_description->toPlainText() != m_incident.description)
        correction.description = m_description->toPlainText();
    return correction;
}

} // namespace xiuhua::ui
