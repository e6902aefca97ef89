#pragma once

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>
#include <QWidget>

// For looking at dialogs as users see them:
//   XIUHUA_GRAB_DIR=/tmp/grabs XIUHUA_GRAB_QM=build/dev/src/app/xiuhua_zh_CN.qm ./tests/ui/test_…
namespace xiuhua::testing {

// Loads XIUHUA_GRAB_QM, when set, for the rest of the test program.
inline void installReviewTranslation(QObject* owner)
{
    if (const QString qm = qEnvironmentVariable("XIUHUA_GRAB_QM"); !qm.isEmpty()) {
        auto* translator = new QTranslator(owner);
        if (translator->load(qm))
            QCoreApplication::installTranslator(translator);
    }
}

// Saves a picture of `widget` as XIUHUA_GRAB_DIR/name, when set.
inline void grabForReview(QWidget& widget, const char* name, QSize atLeast = QSize(900, 700))
{
    const QString folder = qEnvironmentVariable("XIUHUA_GRAB_DIR");
    if (folder.isEmpty())
        return;
    widget.resize(widget.sizeHint().expandedTo(atLeast));
    widget.show();
    QTest::qWait(300);
    widget.grab().save(folder + QLatin1Char('/') + QLatin1String(name));
    widget.hide();
}

} // namespace xiuhua::testing
