#pragma once

#include "dispatch/device_service.h"
#include "ui/console/console_session.h"

#include <QDialog>

#include <optional>
#include <utility>

class QPushButton;
class QTableView;

namespace xiuhua::ui {

class DeviceTableModel;
class RecordTable;

// The field devices screen: every phone or tracker registered to report positions, who it reports
// for, whether it is in use and when it last reported. The administrator registers, binds and
// renews tokens; a lost phone can be withdrawn at once by the administrator or by a supervisor on
// shift. Each goes through DeviceService (one audited transaction); a refusal is shown and changes
// nothing.
class DeviceManagerDialog : public QDialog
{
    Q_OBJECT

public:
    DeviceManagerDialog(ConsoleSession& session, QWidget* parent = nullptr);

    DeviceTableModel* model() const { return m_model; }
    QTableView* view() const;
    std::optional<core::Device> selectedDevice() const;
    void selectDevice(core::Id deviceId);

    // What the buttons end in, for tests and scripts; false when refused (see lastError()).
    bool registerDevice(const QString& identifier, core::Id responderId, const QString& token = {});
    bool bind(core::Id deviceId, core::Id responderId);
    bool withdraw(core::Id deviceId);
    bool renewToken(core::Id deviceId);
    QString lastError() const { return m_lastError; }
    // The clear token of the last registration or renewal: it exists only until the dialog closes.
    QString lastToken() const { return m_lastToken; }

    void registerInteractively();
    void bindInteractively();
    void withdrawInteractively();
    void renewTokenInteractively();

signals:
    void message(const QString& text);

private:
    // One audited change; `work` names the device it changed and what to say. A refusal is shown.
    bool perform(const std::function<std::pair<core::Id, QString>(dispatch::DeviceService&)>& work);
    void showTokenOnce(const QString& identifier, const QString& token);
    void updateButtons();

    ConsoleSession& m_session;
    DeviceTableModel* m_model;
    RecordTable* m_table;
    QPushButton* m_register;
    QPushButton* m_bind;
    QPushButton* m_renew;
    QPushButton* m_withdraw;
    QString m_lastError;
    QString m_lastToken;
};

} // namespace xiuhua::ui
