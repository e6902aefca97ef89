#pragma once

#include "storage/store.h"

namespace xiuhua::fuzz {

// A Store that runs every transaction to its end and then rolls it back, so a fuzzer can drive
// the whole write path (SQL constraints included) while the database stays the same for every
// input: a crash then reproduces from its input alone.
class RollbackStore final : public storage::Store
{
public:
    explicit RollbackStore(storage::Store& inner) : m_inner(inner) {}

    QString location() const override { return m_inner.location(); }
    int schemaVersion() const override { return m_inner.schemaVersion(); }
    const storage::StoreReader& read() const override { return m_inner.read(); }
    void transact(const core::Actor& actor, const std::function<void(storage::StoreWriter&)>& work) override
    {
        struct RolledBack
        {
        };
        try {
            m_inner.transact(actor, [&](storage::StoreWriter& writer) {
                work(writer);
                throw RolledBack{};
            });
        } catch (const RolledBack&) {
            ++m_rolledBack;
        }
    }
    void recordPositions(const std::function<void(storage::PositionWriter&)>& work) override
    {
        struct RolledBack
        {
        };
        try {
            m_inner.recordPositions([&](storage::PositionWriter& writer) {
                work(writer);
                throw RolledBack{};
            });
        } catch (const RolledBack&) {
            ++m_rolledBack;
        }
    }
    storage::AuditChainReport verifyAuditChain() override { return m_inner.verifyAuditChain(); }
    int rolledBack() const { return m_rolledBack; }

private:
    storage::Store& m_inner;
    int m_rolledBack = 0;
};

} // namespace xiuhua::fuzz
