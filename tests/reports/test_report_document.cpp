#include "pdf_tools.h"
#include "report_fixture.h"
#include "reports/open_incidents_sheet.h"
#include "reports/report_builder.h"
#include "reports/report_document.h"
#include "reports/report_translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace xiuhua;
using namespace xiuhua::reports;
using xiuhua::testing::ReportFixture;

// The printed report as a reader gets it: text (Chinese included) extracted from the PDF, fonts
// embedded, the map present as an image, pages numbered, long tables paginated with headers.
class TestReportDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReportFixture> m_fixture;
    std::optional<ShiftReport> m_report;
    QTranslator m_translator;

    QString writeReport(const ShiftReport& report, const QString& name, bool map = true)
    {
        ReportDocumentOptions options;
        options.jurisdictionPath = map ? testing::bundledMap() : QString();
        const QString path = m_dir.filePath(name);
        if (!ReportDocument(report, options).writePdf(path))
            return {};
        // XIUHUA_KEEP_REPORTS=DIR keeps the PDFs for looking at (pdftoppm -r 80 -png).
        if (const QString keep = qEnvironmentVariable("XIUHUA_KEEP_REPORTS"); !keep.isEmpty())
            QFile::copy(path, keep + QLatin1Char('/') + name);
        return path;
    }

private slots:
    void initTestCase()
    {
        if (!testing::havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfimages) are not installed: apt-get install poppler-utils");
        QVERIFY(loadReportTranslation(m_translator, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&m_translator);
        m_fixture = std::make_unique<ReportFixture>(m_dir.filePath(QStringLiteral("db.sqlite")));
        const auto script = m_fixture->playScriptedShift();
        const auto period = ReportPeriod::forShift(m_fixture->store->read(), script.shiftId);
        m_report = ReportBuilder(m_fixture->store->read(), m_fixture->taxonomy, QStringLiteral("zh_CN"))
                       .build(*period, ReportFixture::local(20, 5));
    }

    void pdfHasChineseTextAndPageNumbers()
    {
        const QString path = writeReport(*m_report, QStringLiteral("shift.pdf"));
        QVERIFY(!path.isEmpty());
        const QStringList pages = testing::pdfPages(path);
        const int count = testing::pdfPageCount(path);
        QCOMPARE(pages.size(), count);
        QVERIFY2(count >= 2 && count <= 4, qPrintable(QStringLiteral("%1 pages").arg(count)));
        const QString all = pages.join(QLatin1Char('\n'));
        for (const QString& expected :
             {QStringLiteral("班次报告"), QStringLiteral("人民广场派出所"), QStringLiteral("2026-11-26 白班"),
              QStringLiteral("演示数据"), QStringLiteral("响应时间"), QStringLiteral("盗窃"),
              QStringLiteral("火灾"), QStringLiteral("上周同班"), QStringLiteral("交班值班长"),
              QStringLiteral("接班值班长"), QStringLiteral("路口拥堵，绕行"), m_report->header.supervisor})
            QVERIFY2(all.contains(expected), qPrintable(expected));
        for (int page = 1; page <= count; ++page) {
            QString text = pages[page - 1];
            text.remove(QLatin1Char(' '));
            QVERIFY(text.contains(QStringLiteral("第%1页/共%2页").arg(page).arg(count)));
        }
        // The content hash printed for sign-off is the report's.
        QVERIFY(all.contains(QString::fromLatin1(m_report->contentHash())));
        // And the newest audit record's hash, which anchors the hash chain on paper.
        QVERIFY(m_report->header.auditSeq > 0);
        QCOMPARE(m_report->header.auditHash.size(), 64);
        QVERIFY(all.contains(m_report->header.auditHash));
    }

    void fontsEmbeddedAndMapIsAnImage()
    {
        const QString path = writeReport(*m_report, QStringLiteral("fonts.pdf"));
        const QString fonts = testing::runTool(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QStringLiteral("CJK")) || fonts.contains(QStringLiteral("WenQuanYi")),
                 qPrintable(fonts));
        for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // emb column
        }
        const QStringList images =
            testing::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                .split(QLatin1Char('\n'));
        // Two header lines, then one per image: the map.
        QVERIFY2(images.size() >= 3 && images[2].contains(QStringLiteral("image")),
                 qPrintable(images.join('\n')));
    }

    void longShiftPaginatesWithRepeatedHeaders()
    {
        ShiftReport big = *m_report;
        const core::Incident model = big.incidents.front();
        big.incidents.clear();
        for (int i = 0; i < 2000; ++i) {
            core::Incident incident = model;
            incident.id = 100000 + i;
            incident.number = QStringLiteral("20261126-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            incident.receivedAt = model.receivedAt.addSecs(i * 20);
            big.incidents.push_back(incident);
        }
        big.incidentCount = 2000;
        const QString path = writeReport(big, QStringLiteral("long.pdf"), false);
        const QStringList pages = testing::pdfPages(path);
        QVERIFY2(pages.size() > 20, qPrintable(QString::number(pages.size())));
        int appendixPages = 0;
        for (const QString& page : pages) {
            if (page.contains(QStringLiteral("20261126-")) && !page.contains(QStringLiteral("响应最慢"))) {
                ++appendixPages;
                // Every page of the list starts with the table's header row.
                QVERIFY2(page.contains(QStringLiteral("警情编号")) &&
                             page.contains(QStringLiteral("接警时间")),
                         qPrintable(page.left(400)));
            }
        }
        QVERIFY(appendixPages > 15);
        QVERIFY(pages.last().contains(QStringLiteral("20261126-2000")));
        QVERIFY(pages.join(QString()).contains(QStringLiteral("20261126-1000")));
    }

    void printsThroughQPrinter()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
        printer.setOutputFileName(path);
        ReportDocumentOptions options;
        options.jurisdictionPath = testing::bundledMap();
        const int pages = ReportDocument(*m_report, options).print(printer);
        QVERIFY(pages >= 2);
        QCOMPARE(testing::pdfPageCount(path), pages);
        QVERIFY(testing::pdfPages(path).join(QString()).contains(QStringLiteral("班次报告")));
    }

    void printsToCupsPdfQueue()
    {
        const QPrinterInfo cupsPdf = QPrinterInfo::printerInfo(QStringLiteral("PDF"));
        if (cupsPdf.isNull())
            QSKIP("No CUPS queue named PDF (scripts/setup may install cups and printer-driver-cups-pdf)");
        QPrinter printer(cupsPdf, QPrinter::HighResolution);
        // A unique job title so the file cups-pdf writes can be told from earlier runs.
        const QString title = QStringLiteral("xiuhua-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        printer.setDocName(title);
        const int pages = ReportDocument(*m_report, {}).print(printer);
        QVERIFY(pages >= 2);
        // cups-pdf writes to the printing user's ~/PDF (Out ${HOME}/PDF in /etc/cups/cups-pdf.conf).
        const QStringList folders{QDir::homePath() + QStringLiteral("/PDF"),
                                  QStringLiteral("/var/spool/cups-pdf/ANONYMOUS")};
        QString printed;
        for (int attempt = 0; attempt < 300 && printed.isEmpty(); ++attempt) {
            for (const QString& folder : folders) {
                const auto found = QDir(folder).entryList({title + QStringLiteral("*.pdf")}, QDir::Files);
                if (!found.isEmpty())
                    printed = folder + QLatin1Char('/') + found.front();
            }
            if (printed.isEmpty())
                QTest::qWait(100);
        }
        if (printed.isEmpty())
            QFAIL("The PDF queue accepted the job but cups-pdf wrote no file in ~/PDF within 30 s");
        QTRY_COMPARE_WITH_TIMEOUT(testing::pdfPageCount(printed), pages, 10000);
        // No text check here: cups-pdf rewrites the job through Ghostscript, which turns the embedded
        // CJK fonts into Type 3 glyphs without a text mapping. Page count and size say it printed.
        QVERIFY(QFileInfo(printed).size() > 10000);
        QFile::remove(printed);
    }

    void openIncidentsSheet()
    {
        const OpenIncidentsSheet sheet(m_fixture->store->read(), m_fixture->taxonomy, QStringLiteral("zh_CN"),
                                       ReportFixture::local(20, 5));
        const QString path = m_dir.filePath(QStringLiteral("open.pdf"));
        QVERIFY(sheet.writePdf(path));
        if (const QString keep = qEnvironmentVariable("XIUHUA_KEEP_REPORTS"); !keep.isEmpty())
            QFile::copy(path, keep + QStringLiteral("/open.pdf"));
        QCOMPARE(sheet.incidentCount(), 1);
        const QString text = testing::pdfPages(path).join(QString());
        QVERIFY(text.contains(QStringLiteral("未结警情纸质备用表")));
        QVERIFY(text.contains(QStringLiteral("手写记录")));
        QVERIFY(text.contains(m_report->openIncidents.front().number));
        QCOMPARE(testing::pdfPageCount(path), 1);
    }

    void pdfInMemoryForSignOff()
    {
        const QByteArray pdf = ReportDocument(*m_report, {}).toPdf();
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString path = m_dir.filePath(QStringLiteral("memory.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QVERIFY(testing::pdfPages(path).join(QString()).contains(QStringLiteral("班次报告")));
    }

    void unwritablePathFailsWithoutAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/report.pdf"));
        QVERIFY(!ReportDocument(*m_report, {}).writePdf(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportDocument)
#include "test_report_document.moc"
