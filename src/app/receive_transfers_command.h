#pragma once

#include "app/app_options.h"
#include "dispatch/transfer_service.h"

#include <QString>
#include <QTextStream>

namespace xiuhua::app {

// The console's place search and community lookup from the jurisdiction map, for placing transfers;
// without a readable map every transfer is filed unplaced and says so (and a line goes to `err`).
dispatch::TransferGeocoder transferGeocoderFor(const QString& mapPath, QTextStream& err);

// One taken transfer as one line of JSON: file, outcome (created, duplicate, rejected), incident,
// transfer_number, location_confirmed, checks, reason. Never the caller's name or number.
QString transferLine(const QString& fileName, const dispatch::TransferResult& result);

// `xiuhua receive-transfers --db DB --folder DIR [--once] [--map FILE]`: the 110 drop folder
// (dispatch::TransferInbox) on its own, for a station without the station service. Prints a line
// per file taken; with --once takes what is waiting and exits (0 when every file was taken, 1 when
// some could not be read, stored or moved), else follows the folder until interrupted.
int runReceiveTransfers(const AppOptions& options, const QString& mapPath, QTextStream& out,
                        QTextStream& err);

} // namespace xiuhua::app
