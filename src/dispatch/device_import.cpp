#include "dispatch/device_import.h"

#include "dispatch/device_service.h"
#include "dispatch/device_token.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

DeviceImport::DeviceImport(QDateTime now) : m_now(std::move(now)) {}

std::vector<CsvColumn> DeviceImport::columns() const
{
    return {{QStringLiteral("device_id"),
             {QStringLiteral("设备号"), QStringLiteral("终端编号"), QStringLiteral("device_id"),
              QStringLiteral("device")},
             true},
            {QStringLiteral("badge_no"),
             {QStringLiteral("警号"), QStringLiteral("badge_no"), QStringLiteral("badge")},
             true},
            {QStringLiteral("token"), {QStringLiteral("令牌"), QStringLiteral("token")}, true}};
}

std::optional<CsvRowProblem> DeviceImport::accept(const CsvImportRow& row, const storage::StoreReader& reader)
{
    const QString identifier = row.value(QStringLiteral("device_id"));
    if (!DeviceService::isAcceptableIdentifier(identifier))
        return CsvRowProblem{QStringLiteral("device_id"),
                             QCoreApplication::translate(
                                 "CsvImport", "A device id is 1 to 128 characters without spaces or '/'.")};
    if (m_idsInFile.contains(identifier))
        return CsvRowProblem{
            QStringLiteral("device_id"),
            QCoreApplication::translate("CsvImport", "This device id appears earlier in the file.")};
    if (reader.deviceByIdentifier(identifier))
        return CsvRowProblem{
            QStringLiteral("device_id"),
            QCoreApplication::translate("CsvImport", "A device with this id is already registered.")};
    const QString badge = row.value(QStringLiteral("badge_no"));
    std::optional<Id> responderId;
    for (const Responder& responder : reader.responders()) {
        if (responder.badgeNo == badge)
            responderId = responder.id;
    }
    if (!responderId)
        return CsvRowProblem{QStringLiteral("badge_no"),
                             QCoreApplication::translate("CsvImport", "No responder has this badge number.")};
    const QString token = row.value(QStringLiteral("token"));
    if (!DeviceToken::isAcceptable(token))
        return CsvRowProblem{
            QStringLiteral("token"),
            QCoreApplication::translate("CsvImport", "A token is 16 to 128 letters, digits or signs, without "
                                                     "spaces or / ? # & %.")};
    if (m_tokensInFile.contains(token))
        return CsvRowProblem{
            QStringLiteral("token"),
            QCoreApplication::translate("CsvImport", "This token is used by an earlier row.")};
    Device device;
    device.identifier = identifier;
    device.responderId = *responderId;
    device.tokenHash = DeviceToken::hash(token);
    device.registeredAt = m_now;
    m_idsInFile.insert(identifier);
    m_tokensInFile.insert(token);
    m_accepted.push_back(std::move(device));
    return std::nullopt;
}

QList<Id> DeviceImport::write(storage::StoreWriter& writer)
{
    QList<Id> ids;
    for (Device& device : m_accepted) {
        device.id = writer.insertDevice(device);
        writer.audit(
            {QStringLiteral("device.import"), QStringLiteral("device"), device.id, {}, toJson(device)});
        ids << device.id;
    }
    return ids;
}

} // namespace xiuhua::dispatch
