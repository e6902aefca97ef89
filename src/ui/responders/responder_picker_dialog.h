#pragma once

#include "core/entities.h"
#include "dispatch/recommender.h"

#include <QDialog>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class ResponderPickerDialog;
}

namespace xiuhua::ui {

// A small picker of available responders, best first (as the Recommender ranks them), with an
// optional reason (reassigning cancels the current assignment, which needs one). OK stays disabled
// until a responder is chosen and, when required, a reason typed.
class ResponderPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResponderPickerDialog(QWidget* parent = nullptr);
    ~ResponderPickerDialog() override;

    void setPrompt(const QString& text);
    void setCandidates(const std::vector<dispatch::Recommendation>& candidates);
    int candidateCount() const;
    bool selectResponder(core::Id id);
    std::optional<core::Id> selectedResponder() const;

    void setReasonRequired(bool required); // hidden when not required
    void setReason(const QString& reason);
    QString reason() const;
    bool isComplete() const;

private:
    void updateOk();

    std::unique_ptr<Ui::ResponderPickerDialog> m_ui;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_reasonRequired = false;
};

} // namespace xiuhua::ui
