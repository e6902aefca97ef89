#include "ui/incidents/correction_dialog.h"

#include "core/personal_data.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/personal_data_service.h"
#include "ui/console/permission_gate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

CorrectionDialog::CorrectionDialog(ConsoleSession& session, const Incident& incident, QWidget* parent)
    : QDialog(parent), m_session(session), m_incident(incident),
      m_address(new QLineEdit(incident.addressText, this)), m_callerName(new QLineEdit(this)),
      m_callerPhone(new QLineEdit(this)), m_category(new QComboBox(this)), m_priority(new QComboBox(this)),
      m_description(new QPlainTextEdit(incident.description, this)), m_reason(new QLineEdit(this))
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

    m_callerName->setObjectName(QStringLiteral("callerNameEdit"));
    m_callerPhone->setObjectName(QStringLiteral("callerPhoneEdit"));
    const bool hasCaller = !incident.callerName.isEmpty() || !incident.callerPhone.isEmpty();
    m_callerName->setPlaceholderText(hasCaller ? maskName(incident.callerName) : QString());
    m_callerPhone->setPlaceholderText(hasCaller ? maskPhone(incident.callerPhone) : QString());
    const QString keepTip =
        tr("Shown masked; type the corrected value to replace it, or leave empty to keep it.");
    m_callerName->setToolTip(keepTip);
    m_callerPhone->setToolTip(keepTip);

    auto* form = new QFormLayout;
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("Caller &name"), m_callerName);
    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_callerPhone, 1);
    if (hasCaller && operatorMay(session, Permission::ViewPersonalData)) {
        m_revealCaller = new QPushButton(tr("Show caller details"), this);
        m_revealCaller->setObjectName(QStringLiteral("showCallerButton"));
        m_revealCaller->setToolTip(
            tr("Shows the caller's name and phone number in full; each view is recorded."));
        m_revealCaller->setAutoDefault(false);
        connect(m_revealCaller, &QPushButton::clicked, this, &CorrectionDialog::revealCaller);
        phoneRow->addWidget(m_revealCaller);
    }
    form->addRow(tr("Caller &phone"), phoneRow);
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

bool CorrectionDialog::revealCaller()
{
    try {
        const dispatch::CallerDetails details =
            dispatch::PersonalDataService({m_session.store, m_session.taxonomy, m_session.notifier})
                .revealCaller(m_session.operatorActor, m_incident.id, QStringLiteral("correction"));
        // What the operator already typed stays; the rest is filled with the stored values.
        if (m_callerName->text().isEmpty())
            m_callerName->setText(details.name);
        if (m_callerPhone->text().isEmpty())
            m_callerPhone->setText(details.phone);
        m_callerRevealed = true;
        if (m_revealCaller)
            m_revealCaller->setEnabled(false);
        return true;
    } catch (const dispatch::DispatchError& error) {
        QMessageBox::warning(this, tr("Not shown"), error.message());
        return false;
    }
}

void CorrectionDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

dispatch::IncidentCorrection CorrectionDialog::correction() const
{
    dispatch::IncidentCorrection correction;
    correction.reason = m_reason->text();
    correction.loaded = m_incident; // refused if another seat changed the incident meanwhile
    if (m_address->text() != m_incident.addressText)
        correction.addressText = m_address->text();
    // Masked fields are empty until revealed: then empty means "keep", not "erase".
    auto callerField = [this](const QLineEdit* edit, const QString& stored) -> std::optional<QString> {
        const QString text = edit->text();
        if (text == stored || (!m_callerRevealed && text.isEmpty()))
            return std::nullopt;
        return text;
    };
    correction.callerName = callerField(m_callerName, m_incident.callerName);
    correction.callerPhone = callerField(m_callerPhone, m_incident.callerPhone);
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
