#pragma once

#include "dispatch/transfer_service.h"

#include <QDir>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace xiuhua::dispatch {

// A drop folder for 110 systems that can only write files (docs/FIELD_LINK.md, "The drop folder").
// The sender writes each document under a name that does not end in ".json" (e.g. "X.json.tmp" or
// ".X.json") and renames it to "X.json" when it is whole; the inbox takes only "*.json" files that
// do not start with '.', so it never reads half a file. Each file is given to the TransferService:
// a filed or duplicate transfer moves to done/, a refused one to rejected/ with "X.reason" beside it
// (the reason in words, UTF-8). When the database cannot be written the file stays where it is and
// is tried again at the next look. done/ and rejected/ are made owner-only: the documents hold
// callers' personal data.
class TransferInbox : public QObject
{
    Q_OBJECT

public:
    TransferInbox(TransferService& service, QString folder, QString workstation, QObject* parent = nullptr);

    // One look at the folder: every waiting file, oldest first. Returns how many were taken
    // (filed, duplicate or refused); files left for a retry are not counted.
    int scan();

    // Looks when the folder changes, and every `intervalMs` as well (a watcher can miss changes,
    // e.g. on a network share); the first look is at once.
    void start(int intervalMs = 2000);

    QString folder() const { return m_folder.path(); }

signals:
    // One per file taken, after it was moved.
    void taken(const QString& fileName, const xiuhua::dispatch::TransferResult& result);
    // A file that could not be read, moved or stored; it stays (or is left) for the next look.
    void problem(const QString& fileName, const QString& message);

private:
    bool take(const QString& fileName);
    bool moveInto(const QString& subfolder, const QString& fileName, QString& movedTo);

    TransferService& m_service;
    QDir m_folder;
    QString m_workstation;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_timer = nullptr;
    bool m_scanning = false;
};

} // namespace xiuhua::dispatch
