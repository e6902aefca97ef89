#include "ui/admin/account_form.h"

#include "dispatch/account_service.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace xiuhua::ui::account_form {

using namespace xiuhua::core;

QLineEdit* passwordEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    label->setWordWrap(true);
    return label;
}

// Empty when the two entries match and the service would accept the password.
QString passwordPairProblem(const QString& password, const QString& repeated, const QString& login)
{
    if (password != repeated)
        return QCoreApplication::translate("xiuhua::ui::PasswordPairDialog", "The two passwords differ.");
    return dispatch::AccountService::passwordProblem(password, login);
}

void fillRoles(QComboBox& combo)
{
    for (const Role role : {Role::Dispatcher, Role::Supervisor, Role::Administrator, Role::Monitor})
        combo.addItem(displayName(role), static_cast<int>(role));
}

} // namespace xiuhua::ui::account_form
