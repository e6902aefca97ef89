// xiuhua-manpage --lang en|zh_CN --version V --out FILE: writes xiuhua(1) from the command line's
// definitions. The date is SOURCE_DATE_EPOCH's (set by dpkg-buildpackage) so packages build the
// same bytes twice; without it, today.
#include "app/command_line.h"
#include "man_page_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("en or zh_CN"),
                                  QStringLiteral("LANG"));
    const QCommandLineOption version(QStringLiteral("program-version"), QStringLiteral("xiuhua's version"),
                                     QStringLiteral("V"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("file to write"),
                                 QStringLiteral("FILE"));
    parser.addOptions({lang, version, out});
    parser.process(application);

    const bool chinese = parser.value(lang) == QLatin1String("zh_CN");
    QTranslator translator;
    if (chinese) {
        if (!translator.load(QStringLiteral(":/i18n/xiuhua_zh_CN.qm"))) {
            std::fputs("xiuhua-manpage: the Chinese translation is not in the resources\n", stderr);
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
    }
    const QByteArray epoch = qgetenv("SOURCE_DATE_EPOCH");
    const QDateTime when = epoch.isEmpty() ? QDateTime::currentDateTimeUtc()
                                           : QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), Qt::UTC);
    QFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "xiuhua-manpage: cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    QTextStream stream(&file);
    const xiuhua::tools::ManPageWriter writer(chinese ? xiuhua::tools::ManPageText::chinese()
                                                      : xiuhua::tools::ManPageText::english(),
                                              parser.value(version), when.date().toString(Qt::ISODate));
    // The option texts are translated when made, so they are made after the translator is in.
    writer.write(stream, xiuhua::app::commandLineCommands(), xiuhua::app::commonCommandLineOptions());
    stream.flush();
    return file.error() == QFile::NoError ? 0 : 1;
}
