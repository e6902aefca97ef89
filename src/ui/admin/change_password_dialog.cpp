#include "ui/admin/change_password_dialog.h"

#include "dispatch/account_service.h"
#include "dispatch/dispatch_error.h"
#include "storage/storage_error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xiuhua::ui {

ChangePasswordDialog::ChangePasswordDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_current(new QLineEdit(this)), m_next(new QLineEdit(this)),
      m_repeated(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    for (QLineEdit* edit : {m_current, m_next, m_repeated})
        edit->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_next->setObjectName(QStringLiteral("newPassword"));
    m_repeated->setObjectName(QStringLiteral("repeatedPassword"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Operator"), new QLabel(session.operatorActor.name, this));
    form->addRow(tr("&Current password"), m_current);
    form->addRow(tr("&New password"), m_next);
    form->addRow(tr("&Repeat new password"), m_repeated);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePasswordDialog::setPasswords(const QString& current, const QString& next, const QString& repeated)
{
    m_current->setText(current);
    m_next->setText(next);
    m_repeated->setText(repeated);
}

QString ChangePasswordDialog::problem() const
{
    return m_problem->text();
}

bool ChangePasswordDialog::change()
{
    if (m_next->text() != m_repeated->text()) {
        m_problem->setText(tr("The two new passwords differ."));
        return false;
    }
    try {
        dispatch::AccountService({m_session.store, m_session.taxonomy, m_session.notifier})
            .changeOwnPassword(m_session.operatorActor, m_current->text(), m_next->text());
        m_problem->clear();
        emit message(tr("Your password was changed."));
        return true;
    } catch (const dispatch::DispatchError& error) {
        m_problem->setText(error.message());
    } catch (const storage::StorageError& error) {
        m_problem->setText(QString::fromUtf8(error.what()));
    }
    return false;
}

void ChangePasswordDialog::accept()
{
    if (change())
        QDialog::accept();
}

} // namespace xiuhua::ui
