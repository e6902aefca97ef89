#include "ui/incidents/incident_intake_dialog.h"

#include "dispatch/dispatch_error.h"
#include "dispatch/intake_advisor.h"
#include "geo/community_locator.h"
#include "geo/gazetteer.h"
#include "storage/storage_error.h"
#include "ui/common/display_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

constexpr int lonRole = Qt::UserRole + 1;
constexpr int latRole = Qt::UserRole + 2;

bool isChinese(const QString& language)
{
    return language.startsWith(QLatin1String("zh"));
}

} // namespace

IncidentIntakeDialog::IncidentIntakeDialog(ConsoleSession& session, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_service({session.store, session.taxonomy, session.notifier},
                [locator = session.locator](const GeoPoint& point) -> std::optional<Id> {
                    return locator ? locator->communityAt(point.lon, point.lat) : std::nullopt;
                })
{
    setObjectName(QStringLiteral("incidentIntakeDialog"));
    setWindowTitle(tr("New incident"));
    setModal(false); // the dispatcher may need the map to place the point
    buildForm();
    startNew();
}

IncidentIntakeDialog::~IncidentIntakeDialog() = default;

// The form's rows top to bottom, in the order the call-taker meets them (and tabs through them):
// over 60 lines because the layout reads as the screen does.
void IncidentIntakeDialog::buildForm()
{
    m_source = new QComboBox(this);
    for (std::size_t i = 0; i < enumCount<IncidentSource>(); ++i)
        m_source->addItem(displayName(static_cast<IncidentSource>(i)),
                          QVariant::fromValue<int>(static_cast<int>(i)));
    m_callerName = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("e.g. 13812345678 or 021-63221234"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(
        tr("Address as the caller gives it; type a road, crossing, community or post to search"));
    m_address->installEventFilter(this);
    m_placeModel = new QStandardItemModel(this);
    m_places = new QListView(this);
    m_places->setObjectName(QStringLiteral("placeList"));
    m_places->setModel(m_placeModel);
    m_places->setMaximumHeight(110);
    m_places->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_places->installEventFilter(this);
    m_locationLabel = new QLabel(this);
    m_locationLabel->setWordWrap(true);
    auto* pickOnMap = new QPushButton(tr("Pick on map"), this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryBox"));
    m_category->addItem(tr("— choose —"), QString());
    for (const Category& category : m_session.taxonomy.categories())
        m_category->addItem(category.displayName(m_session.language), category.code);
    m_subcategory = new QComboBox(this);
    m_priority = new QComboBox(this);
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i)
        m_priority->addItem(displayName(static_cast<Priority>(i)),
                            QVariant::fromValue<int>(static_cast<int>(i)));
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_advice = new QTextBrowser(this);
    m_advice->setObjectName(QStringLiteral("intakeAdvice"));
    m_advice->setMaximumHeight(130);
    m_problems = new QLabel(this);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_problems->setWordWrap(true);

    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_locationLabel, 1);
    locationRow->addWidget(pickOnMap);
    auto* form = new QFormLayout;
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("Caller &name"), m_callerName);
    form->addRow(tr("Caller &phone"), m_phone);
    form->addRow(tr("&Address"), m_address);
    form->addRow(QString(), m_places);
    form->addRow(tr("Location"), locationRow);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("Sub-category"), m_subcategory);
    form->addRow(tr("P&riority"), m_priority);
    form->addRow(tr("&Description"), m_description);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_linkButton = buttons->addButton(tr("Link to existing (Ctrl+L)"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_saveButton->setDefault(false);
    m_saveButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What the console knows here:"), this));
    layout->addWidget(m_advice);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(620, 720);

    connect(m_address, &QLineEdit::textEdited, this, &IncidentIntakeDialog::searchPlaces);
    connect(m_places, &QListView::activated, this,
            [this](const QModelIndex& index) { pickPlace(index.row()); });
    connect(m_places, &QListView::clicked, this,
            [this](const QModelIndex& index) { pickPlace(index.row()); });
    connect(pickOnMap, &QPushButton::clicked, this, &IncidentIntakeDialog::mapPickRequested);
    connect(m_category, &QComboBox::currentIndexChanged, this, &IncidentIntakeDialog::onCategoryChanged);
    connect(m_priority, &QComboBox::activated, this, [this] { m_priorityTouched = true; });
    connect(m_phone, &QLineEdit::editingFinished, this, &IncidentIntakeDialog::refreshAdvice);
    connect(m_saveButton, &QPushButton::clicked, this, &IncidentIntakeDialog::save);
    connect(m_linkButton, &QPushButton::clicked, this, &IncidentIntakeDialog::linkToDuplicate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &IncidentIntakeDialog::save);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this), &QShortcut::activated, this,
            &IncidentIntakeDialog::linkToDuplicate);
}

void IncidentIntakeDialog::startNew(std::optional<QPointF> lonLat)
{
    m_source->setCurrentIndex(0);
    m_callerName->clear();
    m_phone->clear();
    m_address->clear();
    m_placeModel->clear();
    m_category->setCurrentIndex(0);
    m_description->clear();
    m_problems->clear();
    m_location.reset();
    m_communityId.reset();
    m_matchedPlace.clear();
    m_priorityTouched = false;
    m_priority->setCurrentIndex(static_cast<int>(Priority::P3));
    if (lonLat)
        setLocation(*lonLat);
    else
        m_locationLabel->setText(tr("not set — pick an address or a point on the map"));
    refreshAdvice();
    m_source->setFocus();
}

void IncidentIntakeDialog::setLocation(QPointF lonLat, const QString& matchedPlace)
{
    m_location = GeoPoint{lonLat.x(), lonLat.y()};
    m_matchedPlace = matchedPlace;
    m_communityId = m_session.locator ? m_session.locator->communityAt(lonLat.x(), lonLat.y()) : std::nullopt;
    QString community = tr("outside the jurisdiction");
    QString officer;
    for (const Community& c : m_session.store.read().communities()) {
        if (c.id != m_communityId)
            continue;
        community = c.name;
        if (c.responsibleOfficerId) {
            if (const auto responder = m_session.store.read().responder(*c.responsibleOfficerId))
                officer = tr(" · community officer %1 (%2)").arg(responder->name, responder->badgeNo);
        }
    }
    QString text = QStringLiteral("%1, %2 · %3%4")
                       .arg(lonLat.x(), 0, 'f', 6)
                       .arg(lonLat.y(), 0, 'f', 6)
                       .arg(community, officer);
    if (!matchedPlace.isEmpty())
        text.prepend(matchedPlace + QStringLiteral(" · "));
    m_locationLabel->setText(text);
    refreshAdvice();
}

void IncidentIntakeDialog::searchPlaces(const QString& text)
{
    m_placeModel->clear();
    if (!m_session.gazetteer || text.trimmed().isEmpty())
        return;
    for (const geo::GazetteerMatch& match : m_session.gazetteer->search(text.trimmed(), 8)) {
        auto* item = new QStandardItem(match.text);
        item->setData(match.lon, lonRole);
        item->setData(match.lat, latRole);
        m_placeModel->appendRow(item);
    }
}

void IncidentIntakeDialog::pickPlace(int row)
{
    const QStandardItem* item = m_placeModel->item(row);
    if (!item)
        return;
    // The typed address stays as typed; the match and its point are kept beside it.
    setLocation(QPointF(item->data(lonRole).toDouble(), item->data(latRole).toDouble()), item->text());
}

bool IncidentIntakeDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_address && key->key() == Qt::Key_Down && m_placeModel->rowCount() > 0) {
            m_places->setFocus();
            m_places->setCurrentIndex(m_placeModel->index(0, 0));
            return true;
        }
        if (watched == m_address && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ControlModifier)) {
            if (m_placeModel->rowCount() > 0)
                pickPlace(0);       // Enter takes the best match
            m_category->setFocus(); // the next thing a dispatcher needs
            return true;
        }
        if (watched == m_places && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            pickPlace(m_places->currentIndex().row());
            m_category->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void IncidentIntakeDialog::onCategoryChanged()
{
    const Category* category = m_session.taxonomy.find(m_category->currentData().toString());
    m_subcategory->clear();
    m_subcategory->addItem(QString(), QString());
    if (category) {
        for (const Subcategory& sub : category->subcategories)
            m_subcategory->addItem(isChinese(m_session.language) ? sub.nameZh : sub.nameEn, sub.code);
        if (!m_priorityTouched)
            m_priority->setCurrentIndex(static_cast<int>(category->defaultPriority));
    }
    refreshAdvice();
}

dispatch::IncidentDraft IncidentIntakeDialog::draft() const
{
    dispatch::IncidentDraft draft;
    draft.source = static_cast<IncidentSource>(m_source->currentData().toInt());
    draft.callerName = m_callerName->text();
    draft.callerPhone = m_phone->text();
    draft.addressText = m_address->text();
    draft.matchedAddress = m_matchedPlace;
    draft.location = m_location;
    draft.communityId = m_communityId;
    draft.category = m_category->currentData().toString();
    draft.subcategory = m_subcategory->currentData().toString();
    draft.priority = static_cast<Priority>(m_priority->currentData().toInt());
    draft.description = m_description->toPlainText();
    return draft;
}

QString IncidentIntakeDialog::adviceText() const
{
    return m_advice->toPlainText();
}

void IncidentIntakeDialog::refreshAdvice()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const dispatch::IntakeAdvice advice =
        dispatch::IntakeAdvisor(m_session.store.read())
            .advise(m_location, m_phone->text(), m_category->currentData().toString(), now);
    m_duplicate = advice.possibleDuplicate ? std::optional<Id>(advice.possibleDuplicate->id) : std::nullopt;
    m_linkButton->setEnabled(m_duplicate.has_value());
    auto incidentLine = [this](const Incident& incident) {
        return QStringLiteral("<li>%1 · %2 · %3 · %4</li>")
            .arg(incident.number, localTimeText(incident.receivedAt),
                 m_session.taxonomy.displayName(incident.category, m_session.language).toHtmlEscaped(),
                 displayName(incident.status).toHtmlEscaped());
    };
    QString html;
    if (advice.possibleDuplicate) {
        html += QStringLiteral("<p style='color:#c62828'><b>%1</b></p>")
                    .arg(tr("Possible duplicate: %1 — press Ctrl+L to link this call to it")
                             .arg(advice.possibleDuplicate->number)
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<b>%1</b><ul>")
                .arg(tr("Earlier incidents here (90 days): %n", nullptr,
                        static_cast<int>(advice.earlierHere.size())));
    for (std::size_t i = 0; i < std::min<std::size_t>(advice.earlierHere.size(), 5); ++i)
        html += incidentLine(advice.earlierHere[i]);
    html +=
        QStringLiteral("</ul><b>%1</b><ul>")
            .arg(tr("Same phone number (90 days): %n", nullptr, static_cast<int>(advice.samePhone.size())));
    for (std::size_t i = 0; i < std::min<std::size_t>(advice.samePhone.size(), 5); ++i)
        html += incidentLine(advice.samePhone[i]);
    html += QStringLiteral("</ul><b>%1</b><ul>")
                .arg(tr("Open hazards nearby: %n", nullptr, static_cast<int>(advice.hazardsNearby.size())));
    for (const Hazard& hazard : advice.hazardsNearby)
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(hazard.kind.toHtmlEscaped(), hazard.description.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_advice->setHtml(html);
}

void IncidentIntakeDialog::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    emit message(problems.join(QStringLiteral(" ")));
}

bool IncidentIntakeDialog::save()
{
    const dispatch::IncidentDraft current = draft();
    const QStringList problems = m_service.validate(current);
    if (!problems.isEmpty()) {
        showProblems(problems);
        if (current.category.isEmpty())
            m_category->setFocus();
        else if (!current.location)
            m_address->setFocus();
        else
            m_phone->setFocus();
        return false;
    }
    try {
        const Incident incident = m_service.create(m_session.operatorActor, current);
        emit message(tr("Incident %1 saved.").arg(incident.number));
        emit incidentCreated(incident.id);
        accept();
        return true;
    } catch (const dispatch::DispatchError& error) {
        showProblems({error.message()});
    } catch (const storage::StorageError& error) {
        showProblems({tr("Not saved: %1").arg(QString::fromStdString(error.what()))});
    }
    return false;
}

bool IncidentIntakeDialog::linkToDuplicate()
{
    if (!m_duplicate)
        return false;
    try {
        m_service.linkDuplicateCall(m_session.operatorActor, *m_duplicate, draft());
        const auto existing = m_session.store.read().incident(*m_duplicate);
        emit message(tr("The call was added to incident %1.").arg(existing ? existing->number : QString()));
        emit incidentCreated(*m_duplicate);
        accept();
        return true;
    } catch (const dispatch::DispatchError& error) {
        showProblems({error.message()});
    } catch (const storage::StorageError& error) {
        showProblems({tr("Not saved: %1").arg(QString::fromStdString(error.what()))});
    }
    return false;
}

} // namespace xiuhua::ui
