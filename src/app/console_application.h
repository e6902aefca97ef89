#pragma once

#include <QApplication>

namespace xiuhua::app {

// The console's QApplication. While the connection to a database server is lost, reading it fails
// anywhere a panel reads (selecting a row, opening a dialog): such a failure is logged and the event
// dropped instead of ending the console, whose views keep what they last showed until the line is
// back and everything is reloaded.
class ConsoleApplication final : public QApplication
{
    Q_OBJECT

public:
    ConsoleApplication(int& argc, char** argv) : QApplication(argc, argv) {}

    bool notify(QObject* receiver, QEvent* event) override;

signals:
    void storageFailed(const QString& message);
};

} // namespace xiuhua::app
