#pragma once

#include <QHash>
#include <QString>

namespace xiuhua::app {

// Reads the settings file of `xiuhua serve --config FILE` (/etc/xiuhua/serve.conf in the station
// package): `KEY = VALUE` lines whose keys are the command's long options (db, listen, cert, key,
// plain-http, retention-days), `#` comments and blank lines. Fills `values` and returns an empty
// string, or returns an error naming the file and line. An unknown key is an error so that a
// misspelt setting is not silently ignored by the service.
QString readServeConfig(const QString& path, QHash<QString, QString>& values);

} // namespace xiuhua::app
