#pragma once

#include "core/entities.h"
#include "dispatch/incident_service.h"
#include "ui/console/console_session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTextBrowser;

namespace xiuhua::ui {

// The new-incident form, keyboard first: every field is reachable with Tab, the address search
// lists places as you type (Chinese or pinyin initials; Down/Enter picks one), the point can also
// be set on the map, and what the console knows about the place and the caller is shown as you go
// (earlier incidents here, the same phone, hazards nearby, a possible duplicate with one key to
// link the call to it instead). Saving goes through IncidentService in one audited transaction.
class IncidentIntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentIntakeDialog(ConsoleSession& session, QWidget* parent = nullptr);
    ~IncidentIntakeDialog() override;

    // Starts a fresh form; with a point, that is the incident's location.
    void startNew(std::optional<QPointF> lonLat = std::nullopt);
    void setLocation(QPointF lonLat, const QString& matchedPlace = {});

    // For tests and scripts: the fields, as the operator would fill them.
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QComboBox* categoryBox() const { return m_category; }
    QListView* placeList() const { return m_places; }
    dispatch::IncidentDraft draft() const;
    QString adviceText() const;
    std::optional<core::Id> possibleDuplicate() const { return m_duplicate; }

public slots:
    bool save();
    bool linkToDuplicate();

signals:
    void incidentCreated(core::Id id);
    void mapPickRequested();
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildForm();
    void searchPlaces(const QString& text);
    void pickPlace(int row);
    void onCategoryChanged();
    void refreshAdvice();
    void showProblems(const QStringList& problems);

    ConsoleSession& m_session;
    dispatch::IncidentService m_service;
    QComboBox* m_source = nullptr;
    QLineEdit* m_callerName = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QListView* m_places = nullptr;
    QStandardItemModel* m_placeModel = nullptr;
    QLabel* m_locationLabel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_subcategory = nullptr;
    QComboBox* m_priority = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QTextBrowser* m_advice = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_linkButton = nullptr;

    std::optional<core::GeoPoint> m_location;
    std::optional<core::Id> m_communityId;
    QString m_matchedPlace;
    bool m_priorityTouched = false;
    std::optional<core::Id> m_duplicate;
};

} // namespace xiuhua::ui
