#include "ui/admin/new_account_dialog.h"

#include "ui/admin/account_form.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;
using namespace account_form;

NewAccountDialog::NewAccountDialog(const storage::StoreReader& reader, QWidget* parent)
    : QDialog(parent), m_staff(new QComboBox(this)), m_login(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(passwordEdit(this, "newPassword")),
      m_repeated(passwordEdit(this, "repeatedPassword")), m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New operator account"));
    m_staff->setObjectName(QStringLiteral("staffCombo"));
    // Dispatchers and supervisors first; then field officers, who use their account on the duty page.
    for (const bool staff : {true, false}) {
        for (const Responder& responder : reader.responders()) {
            if (isStaff(responder.kind) == staff && !reader.operatorAccountOfResponder(responder.id)) {
                m_staff->addItem(QStringLiteral("%1 · %2 · %3")
                                     .arg(responder.name, responder.badgeNo, displayName(responder.kind)),
                                 responder.id);
            }
        }
    }
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("Usually the badge number"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    fillRoles(*m_role);
    auto suggestLogin = [this, &reader] {
        if (const auto responder = reader.responder(m_staff->currentData().toLongLong()))
            m_login->setText(responder->badgeNo);
    };
    connect(m_staff, &QComboBox::currentIndexChanged, this, suggestLogin);
    suggestLogin();

    auto* form = new QFormLayout;
    form->addRow(tr("&Member of staff"), m_staff);
    form->addRow(tr("&Login name"), m_login);
    form->addRow(tr("R&ole"), m_role);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat password"), m_repeated);
    auto* hint = new QLabel(tr("Only dispatchers and supervisors on file without an account are listed; add "
                               "new staff through File ▸ Import… (responders) first."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

dispatch::NewAccount NewAccountDialog::request() const
{
    return {m_staff->currentData().toLongLong(), m_login->text().trimmed(),
            static_cast<Role>(m_role->currentData().toInt())};
}

QString NewAccountDialog::password() const
{
    return m_password->text();
}

bool NewAccountDialog::selectStaff(Id responderId)
{
    const int index = m_staff->findData(responderId);
    if (index < 0)
        return false;
    m_staff->setCurrentIndex(index);
    return true;
}

void NewAccountDialog::setLogin(const QString& login)
{
    m_login->setText(login);
}

void NewAccountDialog::setRole(Role role)
{
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

void NewAccountDialog::setPasswords(const QString& password, const QString& repeated)
{
    m_password->setText(password);
    m_repeated->setText(repeated);
}

int NewAccountDialog::staffCount() const
{
    return m_staff->count();
}

QString NewAccountDialog::problem() const
{
    if (m_staff->currentIndex() < 0)
        return tr("Choose a member of staff.");
    if (m_login->text().trimmed().isEmpty())
        return tr("Enter a login name.");
    return passwordPairProblem(m_password->text(), m_repeated->text(), m_login->text().trimmed());
}

void NewAccountDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace xiuhua::ui
