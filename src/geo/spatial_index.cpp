#include "geo/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace xiuhua::geo {

Box Box::fromRect(const QRectF& rect)
{
    const QRectF r = rect.normalized();
    return {r.left(), r.top(), r.right(), r.bottom()};
}

Box Box::around(double x, double y, double halfWidth)
{
    return {x - halfWidth, y - halfWidth, x + halfWidth, y + halfWidth};
}

void Box::expand(const Box& other)
{
    minX = std::min(minX, other.minX);
    minY = std::min(minY, other.minY);
    maxX = std::max(maxX, other.maxX);
    maxY = std::max(maxY, other.maxY);
}

namespace {

struct Entry
{
    Box box;
    std::uint32_t ref = 0;
    double cx() const { return (box.minX + box.maxX) / 2; }
    double cy() const { return (box.minY + box.maxY) / 2; }
};

// Sort-Tile-Recursive order: vertical slices by x centre, each slice by y
// centre, so that consecutive runs of nodeSize entries are compact tiles.
void strSort(std::vector<Entry>& entries, std::size_t nodeSize)
{
    const std::size_t n = entries.size();
    const std::size_t nodes = (n + nodeSize - 1) / nodeSize;
    const auto slices = std::size_t(std::ceil(std::sqrt(double(nodes))));
    const std::size_t perSlice = slices * nodeSize;
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.cx() < b.cx(); });
    for (std::size_t start = 0; start < n; start += perSlice) {
        const auto end = entries.begin() + std::ptrdiff_t(std::min(n, start + perSlice));
        std::sort(entries.begin() + std::ptrdiff_t(start), end,
                  [](const Entry& a, const Entry& b) { return a.cy() < b.cy(); });
    }
}

} // namespace

SpatialIndex::SpatialIndex(const std::vector<Box>& boxes, int nodeSize)
    : m_itemCount(boxes.size()), m_nodeSize(std::size_t(std::max(2, nodeSize)))
{
    if (boxes.empty())
        return;
    std::vector<Entry> level(boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i)
        level[i] = {boxes[i], std::uint32_t(i)};
    for (;;) {
        if (level.size() > 1)
            strSort(level, m_nodeSize);
        const std::size_t levelStart = m_boxes.size();
        for (const Entry& entry : level) {
            m_boxes.push_back(entry.box);
            m_refs.push_back(entry.ref);
        }
        m_levelEnds.push_back(m_boxes.size());
        if (level.size() == 1 && levelStart > 0)
            break; // the root
        std::vector<Entry> parents;
        parents.reserve((level.size() + m_nodeSize - 1) / m_nodeSize);
        for (std::size_t first = 0; first < level.size(); first += m_nodeSize) {
            Entry parent;
            parent.ref = std::uint32_t(levelStart + first);
            for (std::size_t i = first; i < std::min(level.size(), first + m_nodeSize); ++i)
                parent.box.expand(level[i].box);
            parents.push_back(parent);
        }
        level = std::move(parents);
    }
}

Box SpatialIndex::bounds() const
{
    return m_boxes.empty() ? Box() : m_boxes.back();
}

std::size_t SpatialIndex::childEnd(std::size_t firstChild) const
{
    for (const std::size_t end : m_levelEnds) {
        if (firstChild < end)
            return std::min(end, firstChild + m_nodeSize);
    }
    return firstChild;
}

std::vector<std::uint32_t> SpatialIndex::query(const Box& query) const
{
    std::vector<std::uint32_t> ids;
    visit(query, [&ids](std::uint32_t id) {
        ids.push_back(id);
        return true;
    });
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace xiuhua::geo
