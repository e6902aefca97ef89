#include "ui/console/operator_dialog.h"

#include "ui_operator_dialog.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace xiuhua::ui {

using namespace xiuhua::core;

std::vector<Responder> consoleOperators(const storage::StoreReader& reader)
{
    std::vector<Responder> operators;
    for (Responder& responder : reader.responders()) {
        if (isStaff(responder.kind))
            operators.push_back(std::move(responder));
    }
    return operators;
}

OperatorDialog::OperatorDialog(const storage::StoreReader& reader, std::optional<Id> preselected,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OperatorDialog>()), m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    for (const Responder& responder : consoleOperators(reader)) {
        auto* item =
            new QStandardItem(QStringLiteral("%1  ·  %2  ·  %3")
                                  .arg(responder.name, displayName(responder.kind), responder.badgeNo));
        item->setData(QVariant::fromValue<qint64>(responder.id), Qt::UserRole);
        m_model->appendRow(item);
        if (preselected == responder.id)
            m_ui->operatorList->setCurrentIndex(item->index());
    }
    m_ui->operatorList->setModel(m_model);
    if (!m_ui->operatorList->currentIndex().isValid() && m_model->rowCount() > 0)
        m_ui->operatorList->setCurrentIndex(m_model->index(0, 0));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->operatorList, &QListView::doubleClicked, this, &QDialog::accept);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_model->rowCount() > 0);
}

OperatorDialog::~OperatorDialog() = default;

std::optional<Id> OperatorDialog::selectedOperator() const
{
    const QModelIndex current = m_ui->operatorList->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(Qt::UserRole).toLongLong();
}

int OperatorDialog::operatorCount() const
{
    return m_model->rowCount();
}

} // namespace xiuhua::ui
