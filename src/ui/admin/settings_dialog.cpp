#include "ui/admin/settings_dialog.h"

#include "dispatch/dispatch_error.h"
#include "dispatch/settings_service.h"
#include "storage/storage_error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xiuhua::ui {

namespace {

QSpinBox* spinBox(QWidget* parent, int max, const QString& suffix, int value, const QString& zeroText = {})
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setValue(value);
    if (!zeroText.isEmpty())
        box->setSpecialValueText(zeroText);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(ConsoleSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Warnings and response targets"));
    const auto thresholds = dispatch::StatusThresholds::load(session.store.read());
    const auto targets = dispatch::ResponseTargets::load(session.store.read());
    const QString minutes = tr(" min");
    const QString seconds = tr(" s");
    const QString never = tr("never");
    m_busy = spinBox(this, 24 * 60, minutes, thresholds.busySeconds / 60, never);
    m_mealBreak = spinBox(this, 24 * 60, minutes, thresholds.mealBreakSeconds / 60, never);
    m_onScene = spinBox(this, 24 * 60, minutes, thresholds.onSceneSeconds / 60, never);
    m_dispatch = spinBox(this, 3600, seconds, targets.dispatchSeconds);
    m_onScenePolice = spinBox(this, 3600, seconds, targets.onScenePoliceSeconds);
    m_onSceneFire = spinBox(this, 3600, seconds, targets.onSceneFireSeconds);
    m_nearPercent = spinBox(this, 100, QStringLiteral(" %"), targets.nearPercent);

    auto* board = new QGroupBox(tr("Responder board: warn after"), this);
    auto* boardForm = new QFormLayout(board);
    boardForm->addRow(tr("Busy"), m_busy);
    boardForm->addRow(tr("Meal break"), m_mealBreak);
    boardForm->addRow(tr("On scene without an update"), m_onScene);
    auto* queue = new QGroupBox(tr("Incident queue: response targets"), this);
    auto* queueForm = new QFormLayout(queue);
    queueForm->addRow(tr("Received to dispatched"), m_dispatch);
    queueForm->addRow(tr("Dispatched to on scene (police)"), m_onScenePolice);
    queueForm->addRow(tr("Dispatched to on scene (fire crews)"), m_onSceneFire);
    queueForm->addRow(tr("Amber from"), m_nearPercent);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(board);
    layout->addWidget(queue);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

dispatch::StatusThresholds SettingsDialog::thresholds() const
{
    dispatch::StatusThresholds thresholds = dispatch::StatusThresholds::load(m_session.store.read());
    thresholds.busySeconds = m_busy->value() * 60;
    thresholds.mealBreakSeconds = m_mealBreak->value() * 60;
    thresholds.onSceneSeconds = m_onScene->value() * 60;
    return thresholds;
}

dispatch::ResponseTargets SettingsDialog::targets() const
{
    dispatch::ResponseTargets targets = dispatch::ResponseTargets::load(m_session.store.read());
    targets.dispatchSeconds = m_dispatch->value();
    targets.onScenePoliceSeconds = m_onScenePolice->value();
    targets.onSceneFireSeconds = m_onSceneFire->value();
    targets.nearPercent = m_nearPercent->value();
    return targets;
}

void SettingsDialog::setDispatchTargetSeconds(int seconds)
{
    m_dispatch->setValue(seconds);
}

bool SettingsDialog::save()
{
    try {
        dispatch::SettingsService service({m_session.store, m_session.taxonomy, m_session.notifier});
        const bool changedThresholds = service.setStatusThresholds(m_session.operatorActor, thresholds());
        const bool changedTargets = service.setResponseTargets(m_session.operatorActor, targets());
        emit message(changedThresholds || changedTargets ? tr("Settings saved.") : tr("Nothing changed."));
        return true;
    } catch (const dispatch::DispatchError& error) {
        QMessageBox::warning(this, tr("Not saved"), error.message());
    } catch (const storage::StorageError& error) {
        QMessageBox::warning(this, tr("Not saved"), QString::fromStdString(error.what()));
    }
    return false;
}

} // namespace xiuhua::ui
