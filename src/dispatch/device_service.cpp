#include "dispatch/device_service.h"

#include "dispatch/device_token.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

DeviceService::DeviceService(DispatchContext context) : m_context(std::move(context)) {}

bool DeviceService::isAcceptableIdentifier(const QString& identifier)
{
    if (identifier.isEmpty() || identifier.size() > 128)
        return false;
    for (const QChar c : identifier) {
        if (c.isSpace() || !c.isPrint() || c == QLatin1Char('/'))
            return false;
    }
    return true;
}

Device DeviceService::existing(const storage::StoreReader& reader, Id deviceId) const
{
    auto device = reader.device(deviceId);
    if (!device)
        throw DispatchError(tr("Device %1 does not exist.").arg(deviceId));
    return *device;
}

void DeviceService::requireResponder(const storage::StoreReader& reader, Id responderId) const
{
    if (!reader.responder(responderId))
        throw DispatchError(tr("Responder %1 does not exist.").arg(responderId));
}

DeviceService::Registration DeviceService::registerDevice(const Actor& actor, const QString& identifier,
                                                          Id responderId, const QString& token)
{
    requirePermission(m_context, actor, Permission::ManageAccounts);
    if (!isAcceptableIdentifier(identifier))
        throw DispatchError(tr("A device id is 1 to 128 characters without spaces or '/'."));
    Registration result;
    result.token = token.isEmpty() ? DeviceToken::generate() : token;
    if (!DeviceToken::isAcceptable(result.token))
        throw DispatchError(tr("A device token is 16 to 128 letters, digits or signs, without spaces or "
                               "/ ? # & %."));
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        if (writer.read().deviceByIdentifier(identifier))
            throw DispatchError(tr("A device with the id \"%1\" is already registered.").arg(identifier));
        requireResponder(writer.read(), responderId);
        Device device;
        device.identifier = identifier;
        device.responderId = responderId;
        device.tokenHash = DeviceToken::hash(result.token);
        device.registeredAt = m_context.now();
        device.id = writer.insertDevice(device);
        writer.audit(
            {QStringLiteral("device.register"), QStringLiteral("device"), device.id, {}, toJson(device)});
        result.device = device;
    });
    emit m_context.notifier.respondersChanged({responderId});
    return result;
}

Device DeviceService::bind(const Actor& actor, Id deviceId, Id responderId)
{
    requirePermission(m_context, actor, Permission::ManageAccounts);
    Device after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const Device before = existing(writer.read(), deviceId);
        requireResponder(writer.read(), responderId);
        if (before.responderId == responderId)
            throw DispatchError(tr("The device is already bound to this responder."));
        after = before;
        after.responderId = responderId;
        writer.updateDevice(after);
        writer.audit({QStringLiteral("device.bind"), QStringLiteral("device"), deviceId, toJson(before),
                      toJson(after)});
    });
    emit m_context.notifier.respondersChanged({after.responderId});
    return after;
}

Device DeviceService::withdraw(const Actor& actor, Id deviceId)
{
    // A supervisor on shift may withdraw a lost phone at once; otherwise this is the administrator's.
    if (!isPermitted(m_context.store.read(), actor, Permission::OpenCloseShift))
        requirePermission(m_context, actor, Permission::ManageAccounts);
    Device after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const Device before = existing(writer.read(), deviceId);
        if (!before.isActive())
            throw DispatchError(tr("The device \"%1\" is already withdrawn.").arg(before.identifier));
        after = before;
        after.withdrawnAt = m_context.now();
        writer.updateDevice(after);
        writer.audit({QStringLiteral("device.withdraw"), QStringLiteral("device"), deviceId, toJson(before),
                      toJson(after)});
    });
    emit m_context.notifier.respondersChanged({after.responderId});
    return after;
}

QString DeviceService::renewToken(const Actor& actor, Id deviceId)
{
    requirePermission(m_context, actor, Permission::ManageAccounts);
    const QString token = DeviceToken::generate();
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const Device before = existing(writer.read(), deviceId);
        if (!before.isActive())
            throw DispatchError(tr("The device \"%1\" is withdrawn.").arg(before.identifier));
        Device after = before;
        after.tokenHash = DeviceToken::hash(token);
        writer.updateDevice(after);
        // The image leaves the hash out; the record says that the token changed, and by whom.
        writer.audit({QStringLiteral("device.renew_token"), QStringLiteral("device"), deviceId,
                      toJson(before), toJson(after)});
    });
    return token;
}

} // namespace xiuhua::dispatch
