#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "dispatch/incident_service.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OutcomeDialog;
}

namespace xiuhua::ui {

// How an incident ended, entered when it is resolved: a coded disposition from the taxonomy, a
// summary, the narrative, who and which vehicles were involved, and whether a follow-up visit is
// needed (defaulted from the category). OK stays disabled until a disposition is chosen.
class OutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    OutcomeDialog(const core::Taxonomy& taxonomy, const QString& language, QWidget* parent = nullptr);
    ~OutcomeDialog() override;

    // Shows the incident and defaults the follow-up box from its category.
    void setIncident(const core::Incident& incident);
    void setOutcome(const dispatch::IncidentOutcome& outcome);
    // followUpRequired is always set: what the box shows.
    dispatch::IncidentOutcome outcome() const;
    // Selects a disposition by code; false if the taxonomy has no such code.
    bool setDispositionCode(const QString& code);
    QString dispositionCode() const;
    bool isComplete() const;

private:
    void updateOk();

    std::unique_ptr<Ui::OutcomeDialog> m_ui;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
};

} // namespace xiuhua::ui
