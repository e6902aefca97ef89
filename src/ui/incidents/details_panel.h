#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "dispatch/personal_data_service.h"
#include "storage/store.h"

#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
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
    // Re-reads what is shown only if it is among these (no ids = any may have changed).
    void refreshIncidents(const QList<qint64>& ids);
    void refreshResponders(const QList<qint64>& ids);
    QString plainText() const;

    // Callers' names and phones are shown masked. With a revealer installed, "Show caller details"
    // asks it for the clear values (it checks the permission and audits the view); they stay shown
    // until another object is selected or another revealer (operator) is installed. Without a
    // revealer (a role that may not see them) there is no button.
    using CallerRevealer = std::function<std::optional<dispatch::CallerDetails>(core::Id incidentId)>;
    void setCallerRevealer(CallerRevealer revealer);
    void revealCaller();
    // Whether the operator may replay tracks: then an incident shows "Replay this incident's period".
    void setReplayAllowed(bool allowed);

signals:
    void replayRequested(qint64 incidentId);

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
    CallerRevealer m_revealer;
    QPushButton* m_reveal;
    QPushButton* m_replay;
    bool m_replayAllowed = false;
    std::optional<std::pair<core::Id, dispatch::CallerDetails>> m_revealed;
};

} // namespace xiuhua::ui
