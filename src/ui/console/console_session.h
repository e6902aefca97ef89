#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "storage/store.h"

#include <QString>

#include <memory>

namespace xiuhua::geo {
class CommunityLocator;
class Gazetteer;
class RoutePlanner;
} // namespace xiuhua::geo

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

    // Built from the jurisdiction map at start; any may be null (a map without roads, say),
    // and the features that need them then say so instead of guessing.
    std::shared_ptr<const geo::RoutePlanner> planner = {};
    std::shared_ptr<const geo::Gazetteer> gazetteer = {};
    std::shared_ptr<const geo::CommunityLocator> locator = {};
    // Where the app keeps this database's backups (the Backups dialog lists them); empty = none.
    QString backupFolder = {};
};

// Builds the planner, gazetteer and community locator from the jurisdiction map. Problems are
// returned as messages (and the affected member stays null); nothing throws.
QStringList loadJurisdictionServices(ConsoleSession& session);

} // namespace xiuhua::ui
