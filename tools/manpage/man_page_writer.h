#pragma once

#include "app/command_line.h"

#include <QString>
#include <QTextStream>

#include <vector>

namespace xiuhua::tools {

// The headings and fixed paragraphs of the page in one language; the rest comes from the commands.
struct ManPageText
{
    QString name, synopsis, description, commonOptions, commands, files, environment, seeAlso;
    QString filesBody, environmentBody;
    bool cjk = false; // Chinese: troff gets a break point after every character and left alignment
    static ManPageText english();
    static ManPageText chinese();
};

// Writes roff (man(7) macros) for xiuhua(1): NAME and DESCRIPTION from the console's summary, one
// sub-section per command with its usage, summary and options, then the common options.
class ManPageWriter
{
public:
    ManPageWriter(ManPageText text, QString version, QString date);
    void write(QTextStream& stream, const std::vector<app::CommandLineCommand>& commands,
               const QList<QCommandLineOption>& common) const;

    static QString escaped(const QString& text); // roff-safe text line(s)
    // groff breaks lines only at spaces, and Chinese has none: a zero-width break point (\:) after
    // each CJK character lets it wrap a sentence instead of warning "can't break line".
    static QString withCjkBreakPoints(const QString& roff);

private:
    void writeHeader(QTextStream& out, const app::CommandLineCommand& console) const;
    void writeCommand(QTextStream& out, const app::CommandLineCommand& command) const;
    static void writeOption(QTextStream& out, const QCommandLineOption& option);

    ManPageText m_text;
    QString m_version;
    QString m_date;
};

} // namespace xiuhua::tools
