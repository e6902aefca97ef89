#pragma once

#include "core/device.h"
#include "dispatch/dispatch_context.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

// Registers, binds and withdraws field devices: one audited transaction each. A device is a
// credential, so registering and binding are the administrator's (as accounts are); withdrawing a
// lost phone is also open to a supervisor on shift, because it must be possible at once, at night.
class DeviceService
{
    Q_DECLARE_TR_FUNCTIONS(DeviceService)

public:
    explicit DeviceService(DispatchContext context);

    struct Registration
    {
        core::Device device;
        QString token; // the only time the clear token exists: show it once
    };

    // A new device for a responder. `token` empty = generate one. Throws DispatchError for an
    // identifier already registered, an unknown responder or an unacceptable identifier or token.
    Registration registerDevice(const core::Actor& actor, const QString& identifier, core::Id responderId,
                                const QString& token = {});
    core::Device bind(const core::Actor& actor, core::Id deviceId, core::Id responderId);
    // Takes effect for the next report: the service reads the device for every request.
    core::Device withdraw(const core::Actor& actor, core::Id deviceId);
    // A new token for a device (the old one stops working); returns the clear token once.
    QString renewToken(const core::Actor& actor, core::Id deviceId);

    // 1..128 printable characters without spaces or '/', as the apps let a user type them.
    static bool isAcceptableIdentifier(const QString& identifier);

private:
    core::Device existing(const storage::StoreReader& reader, core::Id deviceId) const;
    void requireResponder(const storage::StoreReader& reader, core::Id responderId) const;

    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
