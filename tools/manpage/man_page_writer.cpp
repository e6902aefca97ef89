#include "man_page_writer.h"

#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace xiuhua::tools {

namespace {

// Paragraph breaks in --help texts are blank lines; roff wants .PP.
QStringList paragraphs(const QString& text)
{
    return text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
}

QString optionTerm(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("\\fB\\-%1\\fR") : QStringLiteral("\\fB\\-\\-%1\\fR"))
                     .arg(ManPageWriter::escaped(name).replace(QLatin1Char('-'), QLatin1String("\\-")));
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QStringLiteral(" \\fI%1\\fR").arg(ManPageWriter::escaped(option.valueName()));
    return term;
}

// The console's "Commands:" paragraph: a heading line, then "  word ARGS   what it does" lines.
void writeCommandList(QTextStream& out, const QString& paragraph)
{
    const QStringList lines = paragraph.split(QLatin1Char('\n'));
    out << ".PP\n" << ManPageWriter::escaped(lines.value(0)) << '\n';
    static const QRegularExpression columns(QStringLiteral("^\\s+(\\S.*?)\\s{2,}(\\S.*)$"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = columns.match(lines.at(i));
        if (!match.hasMatch()) {
            out << ManPageWriter::escaped(lines.at(i).trimmed()) << '\n';
            continue;
        }
        out << ".TP\n.B " << ManPageWriter::escaped(match.captured(1)) << '\n'
            << ManPageWriter::escaped(match.captured(2)) << '\n';
    }
}

} // namespace

ManPageText ManPageText::english()
{
    return {
        QStringLiteral("NAME"),
        QStringLiteral("SYNOPSIS"),
        QStringLiteral("DESCRIPTION"),
        QStringLiteral("OPTIONS OF EVERY COMMAND"),
        QStringLiteral("COMMANDS"),
        QStringLiteral("FILES"),
        QStringLiteral("ENVIRONMENT"),
        QStringLiteral("SEE ALSO"),
        QStringLiteral("~/.local/share/xiuhua/xiuhua/demo.sqlite\tthe demo database, made on first start\n"
                       "~/.local/share/xiuhua/xiuhua/\tlogs and backups\n"
                       "~/.config/xiuhua/xiuhua.conf\tsettings\n"
                       "/usr/share/xiuhua/maps/huangpu.gpkg\tthe bundled jurisdiction map and its style"),
        QStringLiteral("XIUHUA_MAPS_DIR\ta folder with huangpu.gpkg to use instead of the bundled map\n"
                       "XIUHUA_NONINTERACTIVE\tnever wait for a person: report problems and exit")};
}

ManPageText ManPageText::chinese()
{
    return {QStringLiteral("名称"),
            QStringLiteral("概要"),
            QStringLiteral("描述"),
            QStringLiteral("所有命令通用的选项"),
            QStringLiteral("命令"),
            QStringLiteral("文件"),
            QStringLiteral("环境变量"),
            QStringLiteral("参见"),
            QStringLiteral("~/.local/share/xiuhua/xiuhua/demo.sqlite\t演示数据库，首次启动时创建\n"
                           "~/.local/share/xiuhua/xiuhua/\t日志和备份\n"
                           "~/.config/xiuhua/xiuhua.conf\t设置\n"
                           "/usr/share/xiuhua/maps/huangpu.gpkg\t内置的辖区地图及其样式"),
            QStringLiteral("XIUHUA_MAPS_DIR\t含有 huangpu.gpkg 的文件夹，代替内置地图\n"
                           "XIUHUA_NONINTERACTIVE\t不等待人工操作：报告问题后退出"),
            true};
}

ManPageWriter::ManPageWriter(ManPageText text, QString version, QString date)
    : m_text(std::move(text)), m_version(std::move(version)), m_date(std::move(date))
{}

QString ManPageWriter::escaped(const QString& text)
{
    QString result = text;
    result.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    QStringList lines = result.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ManPageWriter::withCjkBreakPoints(const QString& roff)
{
    QString result;
    result.reserve(roff.size() * 2);
    for (const QChar c : roff) {
        result += c;
        const char16_t u = c.unicode();
        if ((u >= 0x3000 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef))
            result += QLatin1String("\\:");
    }
    return result;
}

void ManPageWriter::write(QTextStream& stream, const std::vector<app::CommandLineCommand>& commands,
                          const QList<QCommandLineOption>& common) const
{
    QString page;
    QTextStream out(&page);
    writeHeader(out, commands.front());
    out << ".SH \"" << m_text.commands << "\"\n";
    for (const app::CommandLineCommand& command : commands)
        writeCommand(out, command);
    out << ".SH \"" << m_text.commonOptions << "\"\n";
    for (const QCommandLineOption& option : common)
        writeOption(out, option);
    for (const auto& [heading, body] :
         {std::pair{m_text.files, m_text.filesBody}, std::pair{m_text.environment, m_text.environmentBody}}) {
        out << ".SH \"" << heading << "\"\n";
        for (const QString& line : body.split(QLatin1Char('\n')))
            out << ".TP\n.I " << escaped(line.section(QLatin1Char('\t'), 0, 0)) << '\n'
                << escaped(line.section(QLatin1Char('\t'), 1)) << '\n';
    }
    out << ".SH \"" << m_text.seeAlso << "\"\n.BR sqlite3 (1)\n";
    out.flush();
    stream << (m_text.cjk ? withCjkBreakPoints(page) : page);
}

void ManPageWriter::writeHeader(QTextStream& out, const app::CommandLineCommand& console) const
{
    const QStringList parts = paragraphs(console.summary);
    out << ".TH XIUHUA 1 \"" << m_date << "\" \"xiuhua " << m_version << "\"\n"
        << ".nh\n" // option names are not to be hyphenated
        << (m_text.cjk ? ".ad l\n" : "") << ".SH \"" << m_text.name << "\"\n"
        << "xiuhua \\- " << escaped(parts.value(0)) << '\n'
        << ".SH \"" << m_text.synopsis << "\"\n"
        << ".B xiuhua\n[\\fIOPTIONS\\fR]\n.br\n.B xiuhua\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
        << ".SH \"" << m_text.description << "\"\n"
        << escaped(parts.value(0)) << '\n';
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).contains(QLatin1Char('\n')))
            writeCommandList(out, parts.at(i));
        else
            out << ".PP\n" << escaped(parts.at(i)) << '\n';
    }
}

void ManPageWriter::writeCommand(QTextStream& out, const app::CommandLineCommand& command) const
{
    if (command.name.isEmpty()) {
        out << ".SS \"xiuhua [OPTIONS]\"\n";
    } else {
        out << ".SS \"xiuhua " << escaped(command.name)
            << (command.arguments.isEmpty() ? QString() : QLatin1Char(' ') + escaped(command.arguments))
            << " [OPTIONS]\"\n";
        out << escaped(command.summary) << '\n';
    }
    for (const QCommandLineOption& option : command.options)
        writeOption(out, option);
}

void ManPageWriter::writeOption(QTextStream& out, const QCommandLineOption& option)
{
    if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
        return;
    out << ".TP\n" << optionTerm(option) << '\n' << escaped(option.description()) << '\n';
}

} // namespace xiuhua::tools
