#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "storage/store.h"

#include <QWidget>

class QTextBrowser;

namespace xiuhua::ui {

// Shows the selected object: an incident with its assignments and timeline, or a responder.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    DetailsPanel(const storage::StoreReader& reader, const core::Taxonomy& taxonomy, QString language,
                 QWidget* parent = nullptr);

    void showIncident(core::Id id);
    void showResponder(core::Id id);
    void clear();
    // Re-reads what is shown, after a committed change.
    void refresh();
    QString plainText() const;

private:
    QString incidentHtml(const core::Incident& incident) const;
    QString responderHtml(const core::Responder& responder) const;
    QString communityName(std::optional<core::Id> id) const;
    QString responderName(std::optional<core::Id> id) const;

    enum class Shown
    {
        Nothing,
        Incident,
        Responder
    };
    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
    QTextBrowser* m_browser;
    Shown m_shown = Shown::Nothing;
    core::Id m_shownId = 0;
};

} // namespace xiuhua::ui
