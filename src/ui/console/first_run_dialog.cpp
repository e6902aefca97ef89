#include "ui/console/first_run_dialog.h"

#include "dispatch/dispatch_error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xiuhua::ui {

FirstRunDialog::FirstRunDialog(dispatch::DispatchContext context, QString workstation, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_workstation(std::move(workstation)),
      m_name(new QLineEdit(this)), m_badge(new QLineEdit(this)),
      m_login(new QLineEdit(QStringLiteral("admin"), this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Xiuhua — first start"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));
    auto* intro = new QLabel(tr("This database has no operator accounts yet. Create the administrator's "
                                "account; the administrator then creates the accounts of dispatchers and "
                                "supervisors."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Badge number"), m_badge);
    form->addRow(tr("&Login name"), m_login);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat password"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void FirstRunDialog::attempt()
{
    const QString password = m_password->text();
    const bool same = password == m_repeat->text();
    m_password->clear();
    m_repeat->clear();
    if (!same) {
        m_message->setText(tr("The two passwords differ."));
        return;
    }
    try {
        m_created = dispatch::AccountService(m_context).createFirstAdministrator(
            m_workstation, {m_name->text(), m_badge->text(), m_login->text()}, password);
        accept();
    } catch (const dispatch::DispatchError& error) {
        m_message->setText(error.message());
    }
}

bool FirstRunDialog::create(const dispatch::FirstAdministrator& admin, const QString& password,
                            const QString& repeated)
{
    m_name->setText(admin.name);
    m_badge->setText(admin.badgeNo);
    m_login->setText(admin.login);
    m_password->setText(password);
    m_repeat->setText(repeated);
    attempt();
    return m_created.has_value();
}

QString FirstRunDialog::message() const
{
    return m_message->text();
}

} // namespace xiuhua::ui
