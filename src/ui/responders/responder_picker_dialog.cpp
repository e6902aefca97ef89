#include "ui/responders/responder_picker_dialog.h"

#include "ui_responder_picker_dialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <cmath>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {
constexpr int responderIdRole = Qt::UserRole + 1;
}

ResponderPickerDialog::ResponderPickerDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResponderPickerDialog>()),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("responderPickerDialog"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Badge"), tr("Kind"), tr("Travel"), tr("Why")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->responderView->setModel(m_proxy);
    m_ui->responderView->header()->setStretchLastSection(true);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->responderView, &QTreeView::doubleClicked, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_ui->responderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResponderPickerDialog::updateOk);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ResponderPickerDialog::updateOk);
    setReasonRequired(false);
}

ResponderPickerDialog::~ResponderPickerDialog() = default;

void ResponderPickerDialog::setPrompt(const QString& text)
{
    m_ui->promptLabel->setText(text);
}

void ResponderPickerDialog::setCandidates(const std::vector<dispatch::Recommendation>& candidates)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const dispatch::Recommendation& candidate : candidates) {
        const Responder& responder = candidate.responder;
        const QString travel = tr("%1 min, %2 km%3")
                                   .arg(std::ceil(candidate.route.seconds / 60.0))
                                   .arg(candidate.route.meters / 1000.0, 0, 'f', 1)
                                   .arg(candidate.route.byRoad ? QString() : tr(" (straight line)"));
        QList<QStandardItem*> row{new QStandardItem(responder.name), new QStandardItem(responder.badgeNo),
                                  new QStandardItem(displayName(responder.kind)), new QStandardItem(travel),
                                  new QStandardItem(candidate.reasons.join(QStringLiteral("; ")))};
        row.front()->setData(QVariant::fromValue<qint64>(responder.id), responderIdRole);
        m_model->appendRow(row);
    }
    for (int column = 0; column < 4; ++column)
        m_ui->responderView->resizeColumnToContents(column);
    if (m_proxy->rowCount() > 0)
        m_ui->responderView->setCurrentIndex(m_proxy->index(0, 0));
    updateOk();
}

int ResponderPickerDialog::candidateCount() const
{
    return m_model->rowCount();
}

bool ResponderPickerDialog::selectResponder(Id id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(responderIdRole).toLongLong() == id) {
            m_ui->filterEdit->clear();
            m_ui->responderView->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            return true;
        }
    }
    return false;
}

std::optional<Id> ResponderPickerDialog::selectedResponder() const
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->responderView->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->item(current.row())->data(responderIdRole).toLongLong();
}

void ResponderPickerDialog::setReasonRequired(bool required)
{
    m_reasonRequired = required;
    m_ui->reasonLabel->setVisible(required);
    m_ui->reasonEdit->setVisible(required);
    updateOk();
}

void ResponderPickerDialog::setReason(const QString& reason)
{
    m_ui->reasonEdit->setText(reason);
}

QString ResponderPickerDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

bool ResponderPickerDialog::isComplete() const
{
    return selectedResponder().has_value() && (!m_reasonRequired || !reason().isEmpty());
}

void ResponderPickerDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

} // namespace xiuhua::ui
