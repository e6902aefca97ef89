#include "dispatch/command_parser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

namespace {

template <typename T> T parsedAs(const QString& line)
{
    const ParsedCommand parsed = parseCommand(line);
    if (!parsed.command || !std::holds_alternative<T>(*parsed.command)) {
        qWarning() << "parse of" << line << "gave" << parsed.error;
        return T{};
    }
    return std::get<T>(*parsed.command);
}

bool refused(const QString& line)
{
    const ParsedCommand parsed = parseCommand(line);
    return !parsed.command && !parsed.error.isEmpty();
}

Incident incident(Id id, const QString& number, IncidentStatus status)
{
    Incident incident;
    incident.id = id;
    incident.number = number;
    incident.status = status;
    return incident;
}

Responder responder(Id id, const QString& name, const QString& badge)
{
    Responder responder;
    responder.id = id;
    responder.name = name;
    responder.badgeNo = badge;
    return responder;
}

} // namespace

class TestCommandParser : public QObject
{
    Q_OBJECT

private slots:
    void newAndHelp()
    {
        QVERIFY(std::holds_alternative<NewIncidentCommand>(*parseCommand(QStringLiteral("n")).command));
        QVERIFY(std::holds_alternative<NewIncidentCommand>(*parseCommand(QStringLiteral("  NEW  ")).command));
        QVERIFY(std::holds_alternative<HelpCommand>(*parseCommand(QStringLiteral("h")).command));
        QVERIFY(std::holds_alternative<HelpCommand>(*parseCommand(QStringLiteral("?")).command));
        QVERIFY(refused(QStringLiteral("n something")));
        QVERIFY(!commandHelp().isEmpty());
    }

    void assign()
    {
        QCOMPARE(parsedAs<AssignCommand>(QStringLiteral("a 1203 张伟")),
                 (AssignCommand{QStringLiteral("1203"), QStringLiteral("张伟")}));
        QCOMPARE(parsedAs<AssignCommand>(QStringLiteral("assign 20261126-0012 Zhang Wei")),
                 (AssignCommand{QStringLiteral("20261126-0012"), QStringLiteral("Zhang Wei")}));
        // Full-width digits and the ideographic space from a Chinese input method.
        QCOMPARE(parsedAs<AssignCommand>(QStringLiteral("a\u3000１２０３\u3000张伟")),
                 (AssignCommand{QStringLiteral("1203"), QStringLiteral("张伟")}));
        QVERIFY(refused(QStringLiteral("a 1203")));
        QVERIFY(refused(QStringLiteral("a")));
        QVERIFY(refused(QStringLiteral("a 张伟 1203")));
        QVERIFY(refused(QStringLiteral("a --- 张伟")));
    }

    void step()
    {
        QCOMPARE(parsedAs<AdvanceCommand>(QStringLiteral("s 张伟 onscene")),
                 (AdvanceCommand{QStringLiteral("张伟"), AssignmentStatus::OnScene, {}}));
        QCOMPARE(parsedAs<AdvanceCommand>(QStringLiteral("s PC0001 ack")).to, AssignmentStatus::Acknowledged);
        QCOMPARE(parsedAs<AdvanceCommand>(QStringLiteral("s 张伟 enroute")).to, AssignmentStatus::EnRoute);
        QCOMPARE(parsedAs<AdvanceCommand>(QStringLiteral("s 张伟 clear")).to, AssignmentStatus::Cleared);
        QCOMPARE(parsedAs<AdvanceCommand>(QStringLiteral("s 张伟 到场")).to, AssignmentStatus::OnScene);
        QCOMPARE(parsedAs<AdvanceCommand>(QStringLiteral("s Zhang Wei OnScene")),
                 (AdvanceCommand{QStringLiteral("Zhang Wei"), AssignmentStatus::OnScene, {}}));
        QCOMPARE(parsedAs<AdvanceCommand>(QStringLiteral("s 张伟 cancel 车辆故障 改派")),
                 (AdvanceCommand{QStringLiteral("张伟"), AssignmentStatus::Cancelled,
                                 QStringLiteral("车辆故障 改派")}));
        QVERIFY(refused(QStringLiteral("s 张伟 cancel")));
        QVERIFY(refused(QStringLiteral("s 张伟")));
        QVERIFY(refused(QStringLiteral("s onscene")));
        QVERIFY(refused(QStringLiteral("s 张伟 fly")));
    }

    void incidentStatus()
    {
        QCOMPARE(parsedAs<IncidentStatusCommand>(QStringLiteral("c 1203 resolved")),
                 (IncidentStatusCommand{QStringLiteral("1203"), IncidentStatus::Resolved, {}}));
        QCOMPARE(parsedAs<IncidentStatusCommand>(QStringLiteral("c 1203 resolved mediated 双方和解")),
                 (IncidentStatusCommand{QStringLiteral("1203"), IncidentStatus::Resolved,
                                        QStringLiteral("mediated 双方和解")}));
        QCOMPARE(parsedAs<IncidentStatusCommand>(QStringLiteral("c 1203 closed")).to, IncidentStatus::Closed);
        QCOMPARE(parsedAs<IncidentStatusCommand>(QStringLiteral("c 1203 cancelled 重复报警")),
                 (IncidentStatusCommand{QStringLiteral("1203"), IncidentStatus::Cancelled,
                                        QStringLiteral("重复报警")}));
        QCOMPARE(parsedAs<IncidentStatusCommand>(QStringLiteral("c 12 reopen 群众再次来电")).to,
                 IncidentStatus::Dispatched);
        QVERIFY(refused(QStringLiteral("c 1203 cancelled")));
        QVERIFY(refused(QStringLiteral("c 1203 reopen  ")));
        QVERIFY(refused(QStringLiteral("c 1203 onscene")));
        QVERIFY(refused(QStringLiteral("c abc closed")));
        QVERIFY(refused(QStringLiteral("c 1203")));
    }

    void noteAndResponderStatus()
    {
        QCOMPARE(parsedAs<NoteCommand>(QStringLiteral("note 1203 报警人  已离开")),
                 (NoteCommand{QStringLiteral("1203"), QStringLiteral("报警人  已离开")}));
        QVERIFY(refused(QStringLiteral("note 1203")));
        QVERIFY(refused(QStringLiteral("note 张伟 text")));
        QCOMPARE(parsedAs<ResponderStatusCommand>(QStringLiteral("r 张伟 meal")),
                 (ResponderStatusCommand{QStringLiteral("张伟"), ResponderStatus::MealBreak}));
        QCOMPARE(parsedAs<ResponderStatusCommand>(QStringLiteral("r Li Na off")),
                 (ResponderStatusCommand{QStringLiteral("Li Na"), ResponderStatus::OffDuty}));
        QCOMPARE(parsedAs<ResponderStatusCommand>(QStringLiteral("r 张伟 available")).status,
                 ResponderStatus::Available);
        QCOMPARE(parsedAs<ResponderStatusCommand>(QStringLiteral("r 张伟 busy")).status,
                 ResponderStatus::Busy);
        QVERIFY(refused(QStringLiteral("r 张伟")));
        QVERIFY(refused(QStringLiteral("r meal")));
        QVERIFY(refused(QStringLiteral("r 张伟 sleeping")));
    }

    void unknownAndEmpty()
    {
        QVERIFY(refused(QString()));
        QVERIFY(refused(QStringLiteral("   \t ")));
        QVERIFY(refused(QStringLiteral("x 1 2")));
        QVERIFY(refused(QStringLiteral("分配 1203 张伟")));
    }

    void completionContexts()
    {
        QCOMPARE(completionContext(QString()).kind, CompletionKind::CommandWord);
        QCOMPARE(completionContext(QStringLiteral("no")).kind, CompletionKind::CommandWord);
        QCOMPARE(completionContext(QStringLiteral("no")).prefix, QStringLiteral("no"));
        QCOMPARE(completionContext(QStringLiteral("a ")).kind, CompletionKind::Incident);
        QCOMPARE(completionContext(QStringLiteral("a 12")).prefix, QStringLiteral("12"));
        QCOMPARE(completionContext(QStringLiteral("a 12")).prefixStart, 2);
        QCOMPARE(completionContext(QStringLiteral("a 12 张")).kind, CompletionKind::Responder);
        QCOMPARE(completionContext(QStringLiteral("s 张伟 on")).kind, CompletionKind::AssignmentStep);
        QCOMPARE(completionContext(QStringLiteral("c 12 ")).kind, CompletionKind::IncidentStatus);
        QCOMPARE(completionContext(QStringLiteral("r ")).kind, CompletionKind::Responder);
        QCOMPARE(completionContext(QStringLiteral("r 张伟 m")).kind, CompletionKind::ResponderStatus);
        QCOMPARE(completionContext(QStringLiteral("note 12 text")).kind, CompletionKind::None);
        QCOMPARE(completionContext(QStringLiteral("zz ")).kind, CompletionKind::None);
        QVERIFY(completionWords(CompletionKind::AssignmentStep).contains(QStringLiteral("onscene")));
        QVERIFY(completionWords(CompletionKind::ResponderStatus).contains(QStringLiteral("meal")));
        QVERIFY(completionWords(CompletionKind::CommandWord).contains(QStringLiteral("note")));
    }

    void findsIncidents()
    {
        const std::vector<Incident> incidents{
            incident(1, QStringLiteral("20261125-0012"), IncidentStatus::Closed),
            incident(2, QStringLiteral("20261126-0012"), IncidentStatus::Dispatched),
            incident(3, QStringLiteral("20261126-1203"), IncidentStatus::New),
            incident(4, QStringLiteral("20261125-0007"), IncidentStatus::Resolved),
            incident(5, QStringLiteral("20261126-0007"), IncidentStatus::Closed)};
        QCOMPARE(findIncident(incidents, QStringLiteral("1203")).id, std::optional<Id>(3));
        QCOMPARE(findIncident(incidents, QStringLiteral("12")).id, std::optional<Id>(2)); // the open one
        QCOMPARE(findIncident(incidents, QStringLiteral("0012")).id, std::optional<Id>(2));
        QCOMPARE(findIncident(incidents, QStringLiteral("20261125-0012")).id, std::optional<Id>(1));
        QCOMPARE(findIncident(incidents, QStringLiteral("202611250012")).id, std::optional<Id>(1));
        const Reference ambiguous = findIncident(incidents, QStringLiteral("7"));
        QVERIFY(!ambiguous.id);
        QVERIFY(ambiguous.error.contains(QStringLiteral("20261125-0007")));
        QVERIFY(!findIncident(incidents, QStringLiteral("9999")).id);
        QVERIFY(!findIncident(incidents, QStringLiteral("abc")).error.isEmpty());
        QVERIFY(!findIncident({}, QStringLiteral("1")).id);
        QCOMPARE(incidentShortNumber(QStringLiteral("20261126-0012")), QStringLiteral("0012"));
    }

    void findsResponders()
    {
        const std::vector<Responder> responders{
            responder(1, QStringLiteral("张伟"), QStringLiteral("PC0001")),
            responder(2, QStringLiteral("张伟"), QStringLiteral("PC0002")),
            responder(3, QStringLiteral("李娜"), QStringLiteral("AX0003")),
            responder(4, QStringLiteral("李娜娜"), QStringLiteral("AX0004")),
            responder(5, QStringLiteral("Wang Fang"), QStringLiteral("FC0005"))};
        QCOMPARE(findResponder(responders, QStringLiteral("pc0002")).id, std::optional<Id>(2));
        QCOMPARE(findResponder(responders, QStringLiteral("李娜")).id, std::optional<Id>(3)); // exact wins
        QCOMPARE(findResponder(responders, QStringLiteral("李娜娜")).id, std::optional<Id>(4));
        QCOMPARE(findResponder(responders, QStringLiteral("wang")).id, std::optional<Id>(5));
        const Reference twoZhang = findResponder(responders, QStringLiteral("张伟"));
        QVERIFY(!twoZhang.id);
        QVERIFY(twoZhang.error.contains(QStringLiteral("PC0001")));
        QVERIFY(!findResponder(responders, QStringLiteral("李")).id); // prefix of two
        QVERIFY(!findResponder(responders, QStringLiteral("赵")).id);
        QVERIFY(!findResponder(responders, QStringLiteral("  ")).id);
    }

    void neverCrashesOnRandomInput()
    {
        QRandomGenerator random(20261126);
        const QString alphabet = QStringLiteral(
            "ascnoterh ?？0123456789-－１２ \t\u3000张伟李娜到场取消resolvedclosedmealoff\n\r\\\"'");
        const std::vector<Incident> incidents{
            incident(1, QStringLiteral("20261126-0001"), IncidentStatus::New)};
        const std::vector<Responder> responders{responder(1, QStringLiteral("张伟"), QStringLiteral("PC1"))};
        for (int round = 0; round < 20000; ++round) {
            QString line;
            const int length = random.bounded(0, 40);
            for (int i = 0; i < length; ++i) {
                if (random.bounded(10) == 0)
                    line +=
                        QChar(char16_t(random.bounded(1, 0xFFFF))); // any UTF-16 unit, lone surrogates too
                else
                    line += alphabet.at(random.bounded(alphabet.size()));
            }
            const ParsedCommand parsed = parseCommand(line);
            QVERIFY(parsed.command.has_value() == parsed.error.isEmpty());
            const CompletionContext context = completionContext(line);
            QVERIFY(context.prefixStart >= 0 && context.prefixStart <= line.size());
            // Only the kinds that are not data offer fixed words.
            const bool data = context.kind == CompletionKind::None ||
                              context.kind == CompletionKind::Incident ||
                              context.kind == CompletionKind::Responder;
            QCOMPARE(completionWords(context.kind).isEmpty(), data);
            if (line.isEmpty() || line.back().isSpace())
                QVERIFY(context.prefix.isEmpty());
            // A reference resolves to the one record or says why not, never both or neither.
            const Reference incidentRef = findIncident(incidents, line);
            QCOMPARE(incidentRef.id.has_value(), incidentRef.error.isEmpty());
            if (incidentRef.id)
                QCOMPARE(*incidentRef.id, Id(1));
            const Reference responderRef = findResponder(responders, line);
            QCOMPARE(responderRef.id.has_value(), responderRef.error.isEmpty());
            if (responderRef.id) {
                QCOMPARE(*responderRef.id, Id(1));
                const QString ref = line.trimmed();
                QVERIFY2(ref.compare(QStringLiteral("PC1"), Qt::CaseInsensitive) == 0 ||
                             QStringLiteral("张伟").startsWith(ref, Qt::CaseInsensitive),
                         qPrintable(line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandParser)
#include "test_command_parser.moc"
