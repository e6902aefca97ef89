#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace xiuhua::testing {

// Hands the next modal widget of type D to `act` as soon as it opens (act closes it); closes any
// other modal widget after two seconds so that a wrong turn fails the test instead of hanging it.
template <typename D> void whenModalOpens(std::function<void(D*)> act)
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, act, attempts = 0]() mutable {
        QWidget* modal = QApplication::activeModalWidget();
        auto* widget = qobject_cast<D*>(modal);
        if (!widget && ++attempts < 100)
            return;
        timer->stop();
        timer->deleteLater();
        if (widget)
            act(widget);
        else if (modal)
            modal->close();
    });
    timer->start(20);
}

} // namespace xiuhua::testing
