#pragma once

#include "dispatch/transfer_service.h"
#include "service/route_table.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace xiuhua::service {

// A 110 centre allowed to transfer calls: its name (the actor's and the incident's origin) and key.
struct TransferKey
{
    QString name;
    QByteArray key;
};

// Reads a key file: one centre a line, "NAME KEY" (KEY at least 16 characters), '#' starts a comment.
// Returns an error text for stderr, empty when the file was read.
QString readTransferKeys(const QString& path, std::vector<TransferKey>& keys);

// POST /api/110/transfers (docs/FIELD_LINK.md): the body is a transfer document, the centre's key
// comes as "Authorization: Bearer KEY". 201 filed, 200 a number filed before, 422 malformed (kept),
// 401 no or wrong key, 413 over the document limit, 503 the database could not be written.
void addTransferRoutes(RouteTable& routes, dispatch::TransferService& transfers,
                       std::vector<TransferKey> keys);

} // namespace xiuhua::service
