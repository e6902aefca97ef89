#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class OperatorDialog;
}

namespace xiuhua::ui {

// Start-up choice of who is working the console, from the dispatchers and supervisors on file.
// (Full login with passwords comes with the accounts work.)
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorDialog(const storage::StoreReader& reader, std::optional<core::Id> preselected,
                   QWidget* parent = nullptr);
    ~OperatorDialog() override;

    std::optional<core::Id> selectedOperator() const;
    int operatorCount() const;

private:
    std::unique_ptr<Ui::OperatorDialog> m_ui;
    QStandardItemModel* m_model;
};

// The dispatchers and supervisors who may operate the console.
std::vector<core::Responder> consoleOperators(const storage::StoreReader& reader);

} // namespace xiuhua::ui
