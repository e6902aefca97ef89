#pragma once

#include "storage/sql_connection.h"
#include "storage/store.h"

namespace xiuhua::storage {

class SqlReader;

// Lives for one transaction of Store::recordPositions (both engines).
class SqlPositionWriter final : public PositionWriter
{
public:
    SqlPositionWriter(SqlConnection& db, const SqlReader& reader, QDateTime now);

    const StoreReader& read() const override;
    QDateTime now() const override { return m_now; }
    std::optional<Id> insertPosition(const core::PositionFix& fix) override;
    void moveResponder(Id responderId, const core::GeoPoint& location, const QDateTime& fixAt) override;
    void countRefusal(core::PositionVerdict verdict, int count) override;

    // Before the commit: announces the newest position id on "xiuhua_position" when positions were
    // stored (SqlConnection::announceOnCommit: delivered once durable, as the audit channel's).
    void announce();

    static constexpr char positionChannel[] = "xiuhua_position";

private:
    SqlConnection& m_db;
    const SqlReader& m_reader;
    QDateTime m_now;
    Id m_newestId = 0;
};

// The body of both engines' recordPositions: one write transaction (the writers' turn), `work`, the
// announcement and the commit.
// `now` is asked once the turn is taken (PostgreSQL: the server's clock then).
void recordPositionsIn(SqlConnection& db, const SqlReader& reader, const std::function<QDateTime()>& now,
                       const std::function<void(PositionWriter&)>& work);

} // namespace xiuhua::storage
