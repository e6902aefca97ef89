#include "ui/console/start_login.h"

#include "dispatch/account_service.h"
#include "dispatch/demo_data.h"
#include "ui/console/first_run_dialog.h"
#include "ui/console/login_dialog.h"

#include <spdlog/spdlog.h>

namespace xiuhua::ui {

std::optional<core::Actor> logInAtStart(const dispatch::DispatchContext& context, const QString& workstation,
                                        const QString& demoLogin)
{
    const bool interactive = !qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE");
    const storage::StoreReader& reader = context.store.read();
    if (!demoLogin.isEmpty() && dispatch::isDemoDatabase(reader)) {
        const dispatch::LoginResult result =
            dispatch::AccountService(context).loginDemoWithoutPassword(demoLogin, workstation);
        if (result.status == dispatch::LoginResult::Status::Success)
            return result.actor;
        spdlog::warn("--operator {}: no such demo account", demoLogin.toStdString());
    }
    if (!interactive) {
        spdlog::error("no operator logged in: --operator works without a password on the demo database only");
        return std::nullopt;
    }
    if (reader.operatorAccounts().empty() && !dispatch::isDemoDatabase(reader)) {
        FirstRunDialog wizard(context, workstation);
        if (wizard.exec() != QDialog::Accepted)
            return std::nullopt;
    }
    const auto created = reader.operatorAccounts();
    LoginDialog dialog(context, workstation, created.size() == 1 ? created.front().login : demoLogin);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result().actor;
}

} // namespace xiuhua::ui
