#pragma once

#include <QRectF>

#include <cstdint>
#include <limits>
#include <vector>

namespace xiuhua::geo {

// An axis-aligned box; min <= max on both axes. A point is a box of zero size.
struct Box
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    static Box fromRect(const QRectF& rect);
    static Box around(double x, double y, double halfWidth = 0);
    bool isEmpty() const { return minX > maxX || minY > maxY; }
    // Edges touching count as intersecting (so points are found).
    bool intersects(const Box& other) const
    {
        return minX <= other.maxX && maxX >= other.minX && minY <= other.maxY && maxY >= other.minY;
    }
    void expand(const Box& other);
};

// A packed, static R-tree bulk-loaded with Sort-Tile-Recursive (STR).
// Built once from a list of boxes; the ids it returns are the positions of
// the boxes in that list, so the owner keeps its items in its own arrays.
// Queries are read-only and may run from several threads at once.
class SpatialIndex
{
public:
    static constexpr int kDefaultNodeSize = 16;

    SpatialIndex() = default;
    explicit SpatialIndex(const std::vector<Box>& boxes, int nodeSize = kDefaultNodeSize);

    std::size_t size() const { return m_itemCount; }
    bool isEmpty() const { return m_itemCount == 0; }
    // Union of all boxes; empty when the index is.
    Box bounds() const;

    // Calls visitor(id) for every box intersecting query, in no particular
    // order. The visitor returns false to stop early.
    template <typename Visitor> void visit(const Box& query, Visitor&& visitor) const;
    // Ids of the boxes intersecting query, ascending.
    std::vector<std::uint32_t> query(const Box& query) const;
    std::vector<std::uint32_t> query(const QRectF& rect) const { return query(Box::fromRect(rect)); }

private:
    std::size_t childEnd(std::size_t firstChild) const;

    std::size_t m_itemCount = 0;
    std::size_t m_nodeSize = kDefaultNodeSize;
    // Level by level, leaves first; the root is the last entry.
    std::vector<Box> m_boxes;
    // Leaves: the item id; nodes: the position of the first child in m_boxes.
    std::vector<std::uint32_t> m_refs;
    // One past the last position of each level.
    std::vector<std::size_t> m_levelEnds;
};

template <typename Visitor> void SpatialIndex::visit(const Box& query, Visitor&& visitor) const
{
    if (m_boxes.empty() || !m_boxes.back().intersects(query))
        return;
    std::vector<std::size_t> stack;
    stack.reserve(64);
    stack.push_back(m_boxes.size() - 1);
    while (!stack.empty()) {
        const std::size_t node = stack.back();
        stack.pop_back();
        const std::size_t first = m_refs[node];
        const std::size_t end = childEnd(first);
        if (first < m_itemCount) { // children are leaves
            for (std::size_t i = first; i < end; ++i) {
                if (m_boxes[i].intersects(query) && !visitor(m_refs[i]))
                    return;
            }
        } else {
            for (std::size_t i = first; i < end; ++i) {
                if (m_boxes[i].intersects(query))
                    stack.push_back(i);
            }
        }
    }
}

} // namespace xiuhua::geo
