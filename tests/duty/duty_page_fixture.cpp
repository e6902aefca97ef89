// Prepares a database for test_duty_page_chromium: the demo jurisdiction, an officer with an
// operator account (monitor role) and a registered phone, and an incident dispatched to them.
// Prints what the browser test needs as one JSON object.
#include "dispatch/assignment_service.h"
#include "dispatch/device_service.h"
#include "dispatch/incident_service.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: duty_page_fixture DATABASE\n");
        return 2;
    }
    testing::DemoFixture demo(QString::fromLocal8Bit(argv[1]), testing::recentMorning());
    DispatchContext context{*demo.store, demo.taxonomy, demo.notifier};
    const Actor dispatcher = testing::demoOperator(demo, QStringLiteral("031601"));
    const Actor admin = testing::demoOperator(demo, QStringLiteral("admin"));
    std::optional<Responder> officer;
    for (const Responder& responder : demo.store->read().responders()) {
        if (!officer && isFieldResponder(responder.kind) && responder.status == ResponderStatus::Available)
            officer = responder;
    }
    const QString password = QStringLiteral("duty-pass-2026");
    AccountService(context, PasswordHasher(PasswordHasher::minimum()))
        .create(admin, {officer->id, QStringLiteral("duty01"), Role::Monitor}, password);
    DeviceService(context).registerDevice(admin, QStringLiteral("phone-duty01"), officer->id);
    IncidentDraft draft;
    draft.category = QStringLiteral("dispute");
    draft.location = GeoPoint{121.4760, 31.2330};
    draft.addressText = QStringLiteral("福州路 100 号");
    draft.callerName = QStringLiteral("王女士");
    draft.callerPhone = QStringLiteral("13812345678");
    const Incident incident = IncidentService(context).create(dispatcher, draft);
    const Assignment assignment = AssignmentService(context).assign(dispatcher, incident.id, officer->id);
    const QJsonObject out{{QStringLiteral("login"), QStringLiteral("duty01")},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("officer_id"), officer->id},
                          {QStringLiteral("officer_name"), officer->name},
                          {QStringLiteral("incident_number"), incident.number},
                          {QStringLiteral("assignment_id"), assignment.id}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
