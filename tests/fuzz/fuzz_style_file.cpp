// libFuzzer target: style-file JSON through StyleSheet::fromJson. A StyleError is the expected
// answer to a bad file; anything else (crash, sanitizer report, other exception) is a finding.
#include "map/style_file.h"

#include <QGuiApplication>

using namespace xiuhua;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Colours, fonts and SVG symbols need a GUI application, never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const map::StyleSheet sheet = map::StyleSheet::fromJson(json, QStringLiteral(XIUHUA_MAPS_DIR));
        for (const QString& name : sheet.layerNames())
            (void)sheet.layer(name);
    } catch (const map::StyleError&) {
    }
    return 0;
}
