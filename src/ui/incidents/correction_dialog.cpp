#include "ui/incidents/correction_dialog.h"

#include "core/personal_data.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/personal_data_service.h"
#include "dispatch/transfer_geocoder.h"
#include "geo/gazetteer.h"
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
      m_description(new QPlainTextEdit(incident.description, this)), m_reason(new QLineEdit(this)),
      m_place(new QComboBox(this))
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

    m_place->setObjectName(QStringLiteral("placeBox"));
    fillPlaces();
    connect(m_address, &QLineEdit::editingFinished, this, &CorrectionDialog::fillPlaces);
    if (incident.locationUnconfirmed)
        m_reason->setText(tr("Location checked"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Location"), m_place);
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

namespace {

enum PlaceChoice
{
    KeepPlace = -1,
    ConfirmPlace = -2
};

} // namespace

// What the location can become. An unconfirmed one (a 110 transfer the gazetteer could not place
// exactly) starts on the best match for the address, or on "confirm as placed", so Enter confirms.
void CorrectionDialog::fillPlaces()
{
    const QVariant chosen = m_place->currentData();
    m_place->clear();
    m_placeMatches.clear();
    const QString placed =
        m_incident.matchedAddress.isEmpty() ? m_incident.addressText : m_incident.matchedAddress;
    if (!m_incident.location)
        m_place->addItem(tr("Not placed"), int(KeepPlace));
    else if (m_incident.locationUnconfirmed)
        m_place->addItem(tr("As placed, unconfirmed: %1").arg(placed), int(KeepPlace));
    else
        m_place->addItem(tr("As it is: %1").arg(placed), int(KeepPlace));
    if (m_incident.location && m_incident.locationUnconfirmed)
        m_place->addItem(tr("The location is right: confirm it"), int(ConfirmPlace));
    if (m_session.gazetteer) {
        for (const QString& text : dispatch::TransferGeocoder::candidates(m_address->text())) {
            for (const geo::GazetteerMatch& match : m_session.gazetteer->search(text, 5)) {
                if (m_placeMatches.size() >= 8)
                    break;
                m_place->addItem(tr("Move to %1").arg(match.text), int(m_placeMatches.size()));
                m_placeMatches.push_back(match);
            }
        }
    }
    int select = std::max(0, m_place->findData(chosen));
    if (chosen.isValid() && chosen.toInt() >= 0) // a match for the old address: the new best one
        select = std::max(0, m_place->findData(0));
    else if (!chosen.isValid() && m_incident.locationUnconfirmed && m_place->count() > 1)
        select = 1;
    m_place->setCurrentIndex(select);
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
    const int place = m_place->currentData().toInt();
    if (place == ConfirmPlace && m_incident.location) {
        correction.location = m_incident.location;
    } else if (place >= 0 && place < static_cast<int>(m_placeMatches.size())) {
        const geo::GazetteerMatch& match = m_placeMatches[static_cast<std::size_t>(place)];
        correction.location = GeoPoint{match.lon, match.lat};
        correction.matchedAddress = match.text;
    }
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
