#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

// The fields the account dialogs share (new account, new password, the manager's role filter).
namespace xiuhua::ui::account_form {

// A password field, echo hidden, named for tests.
QLineEdit* passwordEdit(QWidget* parent, const char* name);
// The red line under a form saying why OK does nothing yet.
QLabel* problemLabel(QWidget* parent);
// Empty when the two entries match and the service would accept the password.
QString passwordPairProblem(const QString& password, const QString& repeated, const QString& login);
// Roles as the combo boxes offer them, translated.
void fillRoles(QComboBox& combo);

} // namespace xiuhua::ui::account_form
