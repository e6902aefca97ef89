#include "ui/admin/password_pair_dialog.h"

#include "ui/admin/account_form.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace account_form;

PasswordPairDialog::PasswordPairDialog(const QString& title, const QString& login, QWidget* parent)
    : QDialog(parent), m_login(login), m_password(passwordEdit(this, "newPassword")),
      m_repeated(passwordEdit(this, "repeatedPassword")), m_problem(problemLabel(this))
{
    setWindowTitle(title);
    auto* form = new QFormLayout;
    form->addRow(tr("Login"), new QLabel(login, this));
    form->addRow(tr("&New password"), m_password);
    form->addRow(tr("&Repeat"), m_repeated);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordPairDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordPairDialog::password() const
{
    return m_password->text();
}

void PasswordPairDialog::setPasswords(const QString& password, const QString& repeated)
{
    m_password->setText(password);
    m_repeated->setText(repeated);
}

QString PasswordPairDialog::problem() const
{
    return passwordPairProblem(m_password->text(), m_repeated->text(), m_login);
}

void PasswordPairDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace xiuhua::ui
