#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "storage/store.h"

#include <QString>

namespace xiuhua::ui {

// Everything the console works on, created by the app and lent to the main window and its panels.
struct ConsoleSession
{
    storage::Store& store;
    const core::Taxonomy& taxonomy;
    dispatch::ChangeNotifier& notifier;
    core::Actor operatorActor;
    QString mapPath;  // the jurisdiction GeoPackage
    QString language; // "zh_CN" or "en"
};

} // namespace xiuhua::ui
