#include "ui/admin/device_manager_dialog.h"

#include "dispatch/dispatch_error.h"
#include "storage/storage_error.h"
#include "ui/admin/device_table_model.h"
#include "ui/admin/record_table.h"
#include "ui/admin/register_device_dialog.h"
#include "ui/common/display_text.h"
#include "ui/console/permission_gate.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

DeviceManagerDialog::DeviceManagerDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new DeviceTableModel(session.store.read(), this)),
      m_table(new RecordTable(m_model, QStringLiteral("device"), tr("Filter: device id, officer, badge…"),
                              DeviceTableModel::IdentifierColumn, this)),
      m_register(new QPushButton(tr("&Register…"), this)),
      m_bind(new QPushButton(tr("&Bind to officer…"), this)),
      m_renew(new QPushButton(tr("New &token…"), this)), m_withdraw(new QPushButton(tr("&Withdraw…"), this))
{
    setObjectName(QStringLiteral("deviceManagerDialog"));
    setWindowTitle(tr("Field devices"));
    m_register->setObjectName(QStringLiteral("registerDeviceButton"));
    m_bind->setObjectName(QStringLiteral("bindDeviceButton"));
    m_renew->setObjectName(QStringLiteral("renewTokenButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawDeviceButton"));
    for (QPushButton* button : {m_register, m_bind, m_renew, m_withdraw})
        button->setAutoDefault(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_register);
    actions->addWidget(m_bind);
    actions->addWidget(m_renew);
    actions->addWidget(m_withdraw);
    actions->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_register, &QPushButton::clicked, this, &DeviceManagerDialog::registerInteractively);
    connect(m_bind, &QPushButton::clicked, this, &DeviceManagerDialog::bindInteractively);
    connect(m_renew, &QPushButton::clicked, this, &DeviceManagerDialog::renewTokenInteractively);
    connect(m_withdraw, &QPushButton::clicked, this, &DeviceManagerDialog::withdrawInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeviceManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeviceManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeviceManagerDialog::updateButtons);
    updateButtons();
    resize(960, 520);
}

QTableView* DeviceManagerDialog::view() const
{
    return m_table->view();
}

std::optional<Device> DeviceManagerDialog::selectedDevice() const
{
    if (const Device* device = m_model->deviceAt(m_table->currentSourceRow()))
        return *device;
    return std::nullopt;
}

void DeviceManagerDialog::selectDevice(Id deviceId)
{
    m_table->setCurrentSourceRow(m_model->rowOf(deviceId));
}

void DeviceManagerDialog::updateButtons()
{
    // The buttons an operator may not use are hidden, as the menus' are; the service still decides.
    const bool administrator = operatorMay(m_session, Permission::ManageAccounts);
    const bool mayWithdraw = administrator || operatorMay(m_session, Permission::OpenCloseShift);
    m_register->setVisible(administrator);
    m_bind->setVisible(administrator);
    m_renew->setVisible(administrator);
    m_withdraw->setVisible(mayWithdraw);
    const auto device = selectedDevice();
    const bool inUse = device && device->isActive();
    m_bind->setEnabled(inUse);
    m_renew->setEnabled(inUse);
    m_withdraw->setEnabled(inUse);
}

bool DeviceManagerDialog::perform(const std::function<std::pair<Id, QString>(dispatch::DeviceService&)>& work)
{
    try {
        dispatch::DeviceService service({m_session.store, m_session.taxonomy, m_session.notifier});
        const auto [changed, done] = work(service);
        m_lastError.clear();
        m_model->refreshDevice(changed);
        emit message(done);
        return true;
    } catch (const dispatch::DispatchError& error) {
        m_lastError = error.message();
    } catch (const storage::StorageError& error) {
        m_lastError = QString::fromUtf8(error.what());
    }
    emit message(m_lastError);
    if (isVisible())
        QMessageBox::warning(this, tr("Not changed"), m_lastError);
    return false;
}

bool DeviceManagerDialog::registerDevice(const QString& identifier, Id responderId, const QString& token)
{
    dispatch::DeviceService::Registration made;
    if (!perform([&](dispatch::DeviceService& service) {
            made = service.registerDevice(m_session.operatorActor, identifier, responderId, token);
            return std::pair{made.device.id, tr("Device %1 registered.").arg(made.device.identifier)};
        }))
        return false;
    m_lastToken = made.token;
    selectDevice(made.device.id);
    showTokenOnce(made.device.identifier, made.token);
    return true;
}

bool DeviceManagerDialog::bind(Id deviceId, Id responderId)
{
    return perform([&](dispatch::DeviceService& service) {
        const Device device = service.bind(m_session.operatorActor, deviceId, responderId);
        const auto responder = m_session.store.read().responder(responderId);
        return std::pair{deviceId, tr("Device %1 now reports for %2.")
                                       .arg(device.identifier, responder ? responder->name : QString())};
    });
}

bool DeviceManagerDialog::withdraw(Id deviceId)
{
    return perform([&](dispatch::DeviceService& service) {
        const Device device = service.withdraw(m_session.operatorActor, deviceId);
        return std::pair{deviceId,
                         tr("Device %1 withdrawn: its next report is refused.").arg(device.identifier)};
    });
}

bool DeviceManagerDialog::renewToken(Id deviceId)
{
    QString token;
    const bool done = perform([&](dispatch::DeviceService& service) {
        token = service.renewToken(m_session.operatorActor, deviceId);
        return std::pair{deviceId, tr("New token made; the old one no longer works.")};
    });
    if (done) {
        m_lastToken = token;
        if (const auto device = m_session.store.read().device(deviceId))
            showTokenOnce(device->identifier, token);
    }
    return done;
}

void DeviceManagerDialog::showTokenOnce(const QString& identifier, const QString& token)
{
    if (!isVisible())
        return;
    QMessageBox box(QMessageBox::Information, tr("Device token"),
                    tr("The token of device %1 is shown only now; type it into the app, then close this "
                       "window.")
                        .arg(identifier),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("deviceTokenBox"));
    box.setInformativeText(
        tr("<p><b><code>%1</code></b></p>"
           "<p>Traccar Client: device identifier <code>%2</code>, server URL "
           "<code>https://STATION:8443/osmand/%1</code>.<br>"
           "OwnTracks: mode HTTP, URL <code>https://STATION:8443/owntracks</code>, user ID <code>%2</code>, "
           "password the token.</p>")
            .arg(token.toHtmlEscaped(), identifier.toHtmlEscaped()));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* copy = box.addButton(tr("&Copy token"), QMessageBox::ActionRole);
    copy->disconnect(); // copying keeps the box open
    connect(copy, &QPushButton::clicked, &box, [token] { QApplication::clipboard()->setText(token); });
    box.exec();
}

void DeviceManagerDialog::registerInteractively()
{
    RegisterDeviceDialog dialog(m_session.store.read(), this);
    if (dialog.exec() == QDialog::Accepted)
        registerDevice(dialog.identifier(), dialog.responderId(), dialog.token());
}

void DeviceManagerDialog::bindInteractively()
{
    const auto device = selectedDevice();
    if (!device)
        return;
    QStringList names;
    QList<Id> ids;
    int current = 0;
    for (const Responder& responder : m_session.store.read().responders()) {
        if (responder.id == device->responderId)
            current = static_cast<int>(ids.size());
        names << QStringLiteral("%1 · %2 · %3")
                     .arg(responder.name, responder.badgeNo, displayName(responder.kind));
        ids << responder.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Bind device"),
                                                 tr("Officer device %1 reports for:").arg(device->identifier),
                                                 names, current, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0 || ids[index] == device->responderId)
        return;
    bind(device->id, ids[index]);
}

void DeviceManagerDialog::withdrawInteractively()
{
    const auto device = selectedDevice();
    if (!device)
        return;
    if (QMessageBox::question(this, tr("Withdraw device"),
                              tr("Withdraw device %1? Its reports are refused from now on (a lost or "
                                 "replaced phone); it stays in the record.")
                                  .arg(device->identifier)) != QMessageBox::Yes)
        return;
    withdraw(device->id);
}

void DeviceManagerDialog::renewTokenInteractively()
{
    const auto device = selectedDevice();
    if (!device)
        return;
    if (QMessageBox::question(this, tr("New token"),
                              tr("Make a new token for device %1? The app stops reporting until the new "
                                 "token is typed into it.")
                                  .arg(device->identifier)) != QMessageBox::Yes)
        return;
    renewToken(device->id);
}

} // namespace xiuhua::ui
