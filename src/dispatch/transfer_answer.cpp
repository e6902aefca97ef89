#include "dispatch/transfer_answer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xiuhua::dispatch {

TransferAnswer transferAnswer(const TransferResult& result)
{
    QJsonObject body{{QStringLiteral("transfer_number"), result.transferNumber}};
    TransferAnswer answer;
    switch (result.outcome) {
    case TransferResult::Outcome::Created:
        answer.status = 201;
        body.insert(QStringLiteral("outcome"), QStringLiteral("created"));
        body.insert(QStringLiteral("incident"), result.incidentNumber);
        body.insert(QStringLiteral("location_confirmed"), result.locationConfirmed);
        body.insert(QStringLiteral("checks"), QJsonArray::fromStringList(result.checks));
        break;
    case TransferResult::Outcome::Duplicate:
        answer.status = 200;
        body.insert(QStringLiteral("outcome"), QStringLiteral("duplicate"));
        body.insert(QStringLiteral("incident"), result.incidentNumber);
        break;
    case TransferResult::Outcome::Rejected:
        answer.status = 422;
        body.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
        body.insert(QStringLiteral("reason"), result.reason);
        break;
    }
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer;
}

bool sameKey(const QByteArray& presented, const QByteArray& configured)
{
    if (configured.isEmpty())
        return false;
    // Every byte is compared whatever came before, so the time says nothing about the key.
    unsigned char difference = presented.size() == configured.size() ? 0 : 1;
    for (qsizetype i = 0; i < configured.size(); ++i) {
        const char p = i < presented.size() ? presented.at(i) : '\0';
        difference |= static_cast<unsigned char>(p ^ configured.at(i));
    }
    return difference == 0;
}

} // namespace xiuhua::dispatch
