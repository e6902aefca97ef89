#include "app/logging.h"

#include <QDir>

#include <iostream>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace xiuhua::app {

QString setupLogging(const QString& level, const QString& logDirectory)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);

    QString logFile;
    if (QDir().mkpath(logDirectory)) {
        logFile = QDir(logDirectory).filePath(QStringLiteral("xiuhua.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile.toStdString(),
                                                                               5 * 1024 * 1024, 5);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& error) {
            std::cerr << "xiuhua: cannot write the log file " << logFile.toStdString() << ": " << error.what()
                      << '\n';
            logFile.clear();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("xiuhua", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::from_str(level.toStdString()));
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    if (level == QLatin1String("debug") || level == QLatin1String("trace"))
        console->set_level(spdlog::level::from_str(level.toStdString()));
    return logFile;
}

} // namespace xiuhua::app
