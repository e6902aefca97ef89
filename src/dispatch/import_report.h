#pragma once

#include <QString>

#include <vector>

namespace xiuhua::dispatch {

// One row an import refused, and why (translated), for the operator to fix in the file.
struct ImportReject
{
    int row = 0;    // 1-based data row (the header is row 0) or feature number
    int line = 0;   // 1-based line in the file where the row starts; 0 = not a text file
    QString column; // as the file names it; empty = the whole row
    QString reason;
};

// What an import found and did. Nothing is written unless `written` > 0, and then in one
// transaction with the rows' audit records and one summary record.
struct ImportReport
{
    QString encoding; // "UTF-8", "GB18030"...; empty for GIS sources
    int rows = 0;     // data rows read
    int valid = 0;    // rows that passed every check
    int written = 0;  // rows stored (0 for a dry run or a refused import)
    std::vector<ImportReject> rejects;
    QString fatal;        // translated: the whole file was refused (unreadable, missing columns)
    bool refused = false; // rows were rejected and the caller did not accept importing the rest

    bool clean() const { return fatal.isEmpty() && rejects.empty(); }
};

} // namespace xiuhua::dispatch
