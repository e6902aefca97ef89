#include "ui/replay/replay_panel.h"

#include "core/position_freshness.h"
#include "core/status_rules.h"
#include "dispatch/dispatch_error.h"
#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "ui/common/display_text.h"
#include "ui/common/fix_age.h"
#include "ui/common/status_palette.h"
#include "ui/map/trail_layer.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

constexpr int kSpeeds[] = {1, 10, 60, 300};
const QColor kReplayColour(0x6a, 0x1b, 0x9a); // not a status colour: this is the past, not now

QColor colourForAge(qint64 ageSeconds)
{
    if (ageSeconds >= kFixOldAfterSeconds)
        return oldFixColour();
    if (ageSeconds >= kFixFadingAfterSeconds)
        return kReplayColour.lighter(160);
    return kReplayColour;
}

} // namespace

ReplayPanel::ReplayPanel(ConsoleSession& session, map::LayerStack& stack,
                         const OGRSpatialReference& displayCrs, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(session.store.read()), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("replayPanel"));
    const geo::CoordinateTransform toDisplay(geo::spatialReferenceFromEpsg(geo::kWgs84Epsg), displayCrs);
    auto points = std::make_unique<map::PointLayer>(pointLayerId, tr("Track replay"), toDisplay, 950);
    map::PointSymbol symbol;
    symbol.size = 14;
    symbol.outlineWidth = 2;
    points->setSymbol(symbol);
    points->setLabelsVisible(true);
    m_points = stack.add(std::move(points));
    m_trail = stack.add(std::make_unique<TrailLayer>(toDisplay, trailLayerId, tr("Replayed trail"), 940));
    m_trail->setColour(kReplayColour);
    buildControls();
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, [this] { advance(kTickMs); });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setPeriod({now.addSecs(-3600), now});
}

void ReplayPanel::buildControls()
{
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("replayFrom"));
    m_to->setObjectName(QStringLiteral("replayTo"));
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this,
            [this](const QDateTime& wall) { m_period.from = fromStationWallTime(wall); });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this,
            [this](const QDateTime& wall) { m_period.to = fromStationWallTime(wall); });
    m_responder = new QComboBox(this);
    m_responder->setObjectName(QStringLiteral("replayResponder"));
    fillResponders();
    m_load = new QPushButton(tr("Show"), this);
    m_load->setObjectName(QStringLiteral("replayLoad"));
    connect(m_load, &QPushButton::clicked, this, &ReplayPanel::load);

    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setCheckable(true);
    m_play->setText(tr("Play"));
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    for (const int factor : kSpeeds)
        m_speed->addItem(tr("%1×").arg(factor), factor);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int seconds) { showAt(m_model.period().from.addSecs(seconds)); });
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("replaySummary"));
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto* who = new QHBoxLayout;
    who->addWidget(m_responder, 1);
    who->addWidget(m_load);
    form->addRow(tr("Officer"), who);
    auto* transport = new QHBoxLayout;
    transport->addWidget(m_play);
    transport->addWidget(m_speed);
    transport->addWidget(m_time, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(transport);
    layout->addWidget(m_slider);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    setEnabled(true);
}

void ReplayPanel::fillResponders()
{
    m_responder->clear();
    m_responder->addItem(tr("All officers"), QVariant());
    for (const Responder& responder : m_session.store.read().responders()) {
        if (isFieldResponder(responder.kind))
            m_responder->addItem(QStringLiteral("%1 (%2)").arg(responder.name, responder.badgeNo),
                                 QVariant::fromValue<qint64>(responder.id));
    }
}

void ReplayPanel::setPeriod(const ReplayPeriod& period)
{
    m_from->setDateTime(toStationWallTime(period.from));
    m_to->setDateTime(toStationWallTime(period.to));
    m_period = period; // after the editors, which round it to their display
}

ReplayPeriod ReplayPanel::period() const
{
    return m_period;
}

void ReplayPanel::setResponder(std::optional<Id> responderId)
{
    const int row = responderId ? m_responder->findData(QVariant::fromValue<qint64>(*responderId)) : 0;
    m_responder->setCurrentIndex(std::max(row, 0));
}

std::optional<Id> ReplayPanel::responder() const
{
    const QVariant id = m_responder->currentData();
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

bool ReplayPanel::load()
{
    pause();
    const ReplayPeriod wanted = period();
    if (!wanted.from.isValid() || wanted.to <= wanted.from) {
        emit message(tr("The replay period must end after it starts."));
        return false;
    }
    try {
        m_model.load(m_session.operatorActor, wanted, responder());
    } catch (const dispatch::DispatchError& error) {
        clearMap();
        emit message(error.message());
        return false;
    }
    m_summary->setText(tr("%n officer(s), %1 positions, %2 – %3", nullptr, int(m_model.responders().size()))
                           .arg(m_model.fixCount())
                           .arg(stationTimeText(wanted.from), stationTimeText(wanted.to)));
    m_slider->blockSignals(true);
    m_slider->setRange(0, int(wanted.from.secsTo(wanted.to)));
    m_slider->setPageStep(300);
    m_slider->setValue(0);
    m_slider->blockSignals(false);
    showAt(wanted.from);
    return true;
}

bool ReplayPanel::showIncident(Id incidentId)
{
    const auto incidentPeriod =
        incidentReplayPeriod(m_session.store.read(), incidentId, QDateTime::currentDateTimeUtc());
    if (!incidentPeriod)
        return false;
    setPeriod(*incidentPeriod);
    setResponder(std::nullopt);
    return load();
}

void ReplayPanel::setTime(const QDateTime& at)
{
    m_slider->setValue(int(m_model.period().from.secsTo(at))); // showAt() through valueChanged
}

QDateTime ReplayPanel::time() const
{
    return m_model.period().from.addSecs(m_slider->value());
}

void ReplayPanel::play()
{
    if (m_slider->value() >= m_slider->maximum())
        m_slider->setValue(0); // played to the end: again from the start
    m_pendingSeconds = 0;
    m_timer->start();
    m_play->blockSignals(true);
    m_play->setChecked(true);
    m_play->setText(tr("Pause"));
    m_play->blockSignals(false);
}

void ReplayPanel::pause()
{
    m_timer->stop();
    m_play->blockSignals(true);
    m_play->setChecked(false);
    m_play->setText(tr("Play"));
    m_play->blockSignals(false);
}

bool ReplayPanel::isPlaying() const
{
    return m_timer->isActive();
}

void ReplayPanel::setSpeed(int factor)
{
    const int row = m_speed->findData(factor);
    if (row >= 0)
        m_speed->setCurrentIndex(row);
}

int ReplayPanel::speed() const
{
    return m_speed->currentData().toInt();
}

void ReplayPanel::advance(int elapsedMs)
{
    m_pendingSeconds += elapsedMs / 1000.0 * speed();
    const int whole = int(m_pendingSeconds);
    m_pendingSeconds -= whole;
    const int next = std::min(m_slider->value() + whole, m_slider->maximum());
    m_slider->setValue(next);
    if (next >= m_slider->maximum())
        pause();
}

void ReplayPanel::showAt(const QDateTime& at)
{
    std::vector<map::MapPoint> points;
    const auto positions = m_model.positionsAt(at);
    for (const ReplayModel::Position& position : positions) {
        const auto responder = m_session.store.read().responder(position.responderId);
        points.push_back({position.responderId, position.fix.location.lon, position.fix.location.lat,
                          responder ? responder->name : QString::number(position.responderId), QString(),
                          QString(), colourForAge(position.ageSeconds)});
    }
    m_points->setPoints(std::move(points));
    if (const auto one = m_model.responderId())
        m_trail->setTrail(*one, m_model.trailUntil(*one, at));
    else
        m_trail->clear();
    updateTimeLabel(at, int(positions.size()));
}

void ReplayPanel::updateTimeLabel(const QDateTime& at, int officers)
{
    m_time->setText(tr("%1 · %n officer(s) on the map", nullptr, officers).arg(localTimeText(at)));
}

void ReplayPanel::clearMap()
{
    pause();
    m_model.clear();
    m_points->setPoints({});
    m_trail->clear();
    m_time->clear();
    m_summary->clear();
}

} // namespace xiuhua::ui
