#include "app/logging.h"

#include <QDir>

#include <cstdio>
#include <iostream>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

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
            // The log names operators and incidents: owner-only, also each file a rotation opens.
            spdlog::file_event_handlers privateFiles;
            privateFiles.after_open = [](const spdlog::filename_t&, std::FILE* stream) {
                ::fchmod(::fileno(stream), S_IRUSR | S_IWUSR);
            };
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFile.toStdString(), 5 * 1024 * 1024, 5, false, privateFiles);
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
