#include "ui/admin/register_device_dialog.h"

#include "dispatch/device_service.h"
#include "ui/admin/account_form.h"
#include "ui/common/display_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

RegisterDeviceDialog::RegisterDeviceDialog(const storage::StoreReader& reader, QWidget* parent)
    : QDialog(parent), m_identifier(new QLineEdit(this)), m_responder(new QComboBox(this)),
      m_token(new QLineEdit(this)), m_problem(account_form::problemLabel(this))
{
    setObjectName(QStringLiteral("registerDeviceDialog"));
    setWindowTitle(tr("Register a field device"));
    m_identifier->setObjectName(QStringLiteral("deviceIdentifierEdit"));
    m_identifier->setPlaceholderText(tr("As the app shows it, e.g. Traccar Client's device identifier"));
    m_responder->setObjectName(QStringLiteral("deviceResponderCombo"));
    m_responder->setEditable(true); // type a name or badge to find the officer among hundreds
    m_responder->setInsertPolicy(QComboBox::NoInsert);
    for (const Responder& responder : reader.responders()) {
        m_responder->addItem(QStringLiteral("%1 · %2 · %3")
                                 .arg(responder.name, responder.badgeNo, displayName(responder.kind)),
                             responder.id);
    }
    m_token->setObjectName(QStringLiteral("deviceTokenEdit"));
    m_token->setPlaceholderText(tr("Leave empty: a strong token is made and shown once"));

    auto* form = new QFormLayout;
    form->addRow(tr("Device &id"), m_identifier);
    form->addRow(tr("&Officer"), m_responder);
    form->addRow(tr("&Token"), m_token);
    auto* hint = new QLabel(tr("The token is the device's password: it is shown once, after registering, and "
                               "only its hash is kept."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterDeviceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

QString RegisterDeviceDialog::identifier() const
{
    return m_identifier->text().trimmed();
}

Id RegisterDeviceDialog::responderId() const
{
    // The typed text must name an offered officer: an edited line that matches none picks nobody.
    const int index = m_responder->findText(m_responder->currentText());
    return index < 0 ? 0 : m_responder->itemData(index).toLongLong();
}

QString RegisterDeviceDialog::token() const
{
    return m_token->text().trimmed();
}

void RegisterDeviceDialog::setIdentifier(const QString& identifier)
{
    m_identifier->setText(identifier);
}

bool RegisterDeviceDialog::selectResponder(Id responderId)
{
    const int index = m_responder->findData(responderId);
    if (index < 0)
        return false;
    m_responder->setCurrentIndex(index);
    return true;
}

void RegisterDeviceDialog::setToken(const QString& token)
{
    m_token->setText(token);
}

QString RegisterDeviceDialog::problem() const
{
    if (!dispatch::DeviceService::isAcceptableIdentifier(identifier()))
        return tr("Enter the device id: 1 to 128 characters without spaces or '/'.");
    if (responderId() == 0)
        return tr("Choose the officer the device reports for.");
    return {};
}

void RegisterDeviceDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace xiuhua::ui
