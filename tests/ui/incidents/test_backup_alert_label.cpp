// An officer's call for backup from the duty page: marked in the queue and shown in the status
// line until someone else is sent.
#include "dispatch/assignment_service.h"
#include "dispatch/duty_service.h"
#include "dispatch/incident_service.h"
#include "test_support.h"
#include "ui/incidents/backup_alert_label.h"
#include "ui/incidents/incident_table_model.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;
using namespace xiuhua::ui;

class TestBackupAlertLabel : public QObject
{
    Q_OBJECT

private slots:
    void requestIsMarkedUntilSomeoneIsSent()
    {
        QTemporaryDir dir;
        testing::DemoFixture demo(dir.filePath(QStringLiteral("demo.sqlite")), testing::recentMorning());
        DispatchContext context{*demo.store, demo.taxonomy, demo.notifier};
        const Actor dispatcher = testing::demoOperator(demo, QStringLiteral("031601"));
        const Actor admin = testing::demoOperator(demo, QStringLiteral("admin"));
        std::vector<Responder> available;
        for (const Responder& responder : demo.store->read().responders()) {
            if (isFieldResponder(responder.kind) && responder.status == ResponderStatus::Available)
                available.push_back(responder);
        }
        QVERIFY(available.size() >= 2);
        const Responder officer = available[0];
        AccountService(context, PasswordHasher(PasswordHasher::minimum()))
            .create(admin, {officer.id, QStringLiteral("duty01"), Role::Monitor},
                    QStringLiteral("duty-pass-2026"));
        IncidentDraft draft;
        draft.category = QStringLiteral("fight");
        draft.location = GeoPoint{121.4760, 31.2330};
        draft.addressText = QStringLiteral("南京东路 200 号");
        const Incident incident = IncidentService(context).create(dispatcher, draft);
        const Assignment assignment = AssignmentService(context).assign(dispatcher, incident.id, officer.id);

        IncidentTableModel model(demo.store->read(), demo.taxonomy, QStringLiteral("en"));
        model.setNow(QDateTime::currentDateTimeUtc());
        QObject::connect(&demo.notifier, &ChangeNotifier::incidentsChanged, &model,
                         &IncidentTableModel::updateIncidents);
        BackupAlertLabel label(model, demo.store->read());
        QVERIFY(label.isHidden());

        DutyService duty(context, PasswordHasher(PasswordHasher::minimum()));
        const Actor officerActor =
            duty.login(QStringLiteral("duty01"), QStringLiteral("duty-pass-2026"), QStringLiteral("duty x"))
                .actor;
        duty.requestBackup(officerActor, assignment.id, QStringLiteral("对方人多"));

        QVERIFY(model.backupRequests().count(incident.id));
        const QModelIndex status = model.indexOfIncident(incident.id, IncidentTableModel::Status);
        QVERIFY(status.data().toString().contains(QStringLiteral("BACKUP")));
        QVERIFY(status.data(Qt::BackgroundRole).isValid());
        QVERIFY(!label.isHidden());
        QVERIFY(label.text().contains(officer.name));
        QVERIFY(label.text().contains(incident.number));
        QVERIFY(label.text().contains(QStringLiteral("对方人多")));

        AssignmentService(context).assign(dispatcher, incident.id, available[1].id);
        QVERIFY(!model.backupRequests().count(incident.id));
        QVERIFY(!model.indexOfIncident(incident.id, IncidentTableModel::Status)
                     .data()
                     .toString()
                     .contains(QStringLiteral("BACKUP")));
        QVERIFY(label.isHidden());
    }
};

QTEST_MAIN(TestBackupAlertLabel)
#include "test_backup_alert_label.moc"
