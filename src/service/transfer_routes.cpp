#include "service/transfer_routes.h"

#include "dispatch/transfer_answer.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QFile>

#include <spdlog/spdlog.h>

namespace xiuhua::service {

namespace {

constexpr qsizetype kMinimumKeyLength = 16;

// The centre whose key this is; empty when none matches. Every key is compared in full.
QString centreOf(const std::vector<TransferKey>& keys, const QByteArray& authorization)
{
    const QByteArray prefix("Bearer ");
    if (!authorization.startsWith(prefix))
        return {};
    const QByteArray presented = authorization.mid(prefix.size()).trimmed();
    QString found;
    for (const TransferKey& key : keys) {
        if (dispatch::sameKey(presented, key.key) && found.isEmpty())
            found = key.name;
    }
    return found;
}

} // namespace

QString readTransferKeys(const QString& path, std::vector<TransferKey>& keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Serve", "Cannot read %1: %2").arg(path, file.errorString());
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() != 2 || parts[1].size() < kMinimumKeyLength)
            return QCoreApplication::translate("Serve",
                                               "%1, line %2: expected \"NAME KEY\" with a key of at least %3 "
                                               "characters.")
                .arg(path)
                .arg(lineNumber)
                .arg(kMinimumKeyLength);
        keys.push_back({QString::fromUtf8(parts[0]), parts[1]});
    }
    return {};
}

void addTransferRoutes(RouteTable& routes, dispatch::TransferService& transfers,
                       std::vector<TransferKey> keys)
{
    routes.add(
        "POST", "/api/110/transfers", [&transfers, keys = std::move(keys)](const HttpRequest& request) {
            const QString centre = centreOf(keys, request.header("authorization"));
            if (centre.isEmpty()) {
                HttpResponse refused = HttpResponse::json(401, R"({"outcome": "unauthorized"})");
                refused.headers.emplace_back("WWW-Authenticate", "Bearer");
                return refused;
            }
            if (request.body.size() > core::kMaxTransferDocumentBytes)
                return HttpResponse::json(413, R"({"outcome": "too_large"})");
            try {
                const dispatch::TransferResult result = transfers.receive(
                    dispatch::TransferService::centreActor(centre, QStringLiteral("xiuhua serve")),
                    request.body, QStringLiteral("key:%1").arg(centre));
                const dispatch::TransferAnswer answer = dispatch::transferAnswer(result);
                return HttpResponse::json(answer.status, answer.body);
            } catch (const storage::StorageError& error) {
                spdlog::error("110 transfer from {} not stored: {}", centre.toStdString(), error.what());
                return HttpResponse::json(503, R"({"outcome": "unavailable"})");
            }
        });
}

} // namespace xiuhua::service
