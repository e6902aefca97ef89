#pragma once

#include "core/enums.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace xiuhua::core {

struct Subcategory
{
    QString code;
    QString nameZh;
    QString nameEn;
};

struct Category
{
    QString code;
    QString nameZh;
    QString nameEn;
    Priority defaultPriority = Priority::P3;
    bool followUpRequired = false;
    std::vector<ResponderKind> needs; // kinds of responder the category calls for
    std::vector<Subcategory> subcategories;

    QString displayName(const QString& language) const;
};

struct Disposition
{
    QString code;
    QString nameZh;
    QString nameEn;
    QString displayName(const QString& language) const;
};

class TaxonomyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The incident category taxonomy. It is data (resources/taxonomy/incident_categories.json),
// so a station can change it without a new build.
class Taxonomy
{
public:
    static Taxonomy fromJson(const QByteArray& json); // throws TaxonomyError
    static Taxonomy fromFile(const QString& path);    // throws TaxonomyError

    const std::vector<Category>& categories() const { return m_categories; }
    const Category* find(const QString& code) const;
    const std::vector<Disposition>& dispositions() const { return m_dispositions; }
    const Disposition* findDisposition(const QString& code) const;
    // Days after closing by which a required follow-up visit (回访) is due.
    int followUpDays() const { return m_followUpDays; }
    QString displayName(const QString& code, const QString& language) const;

private:
    std::vector<Category> m_categories;
    std::vector<Disposition> m_dispositions;
    int m_followUpDays = 3;
};

} // namespace xiuhua::core
