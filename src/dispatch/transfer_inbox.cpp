#include "dispatch/transfer_inbox.h"

#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace xiuhua::dispatch {

namespace {

constexpr char kDone[] = "done";
constexpr char kRejected[] = "rejected";

bool makeOwnerOnlyFolder(const QDir& parent, const QString& name)
{
    if (!parent.exists(name) && !parent.mkdir(name))
        return false;
    return QFile::setPermissions(parent.filePath(name),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

TransferInbox::TransferInbox(TransferService& service, QString folder, QString workstation, QObject* parent)
    : QObject(parent), m_service(service), m_folder(std::move(folder)), m_workstation(std::move(workstation))
{}

void TransferInbox::start(int intervalMs)
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_watcher->addPath(m_folder.path());
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { scan(); });
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { scan(); });
    }
    m_timer->start(intervalMs);
    QTimer::singleShot(0, this, [this] { scan(); });
}

int TransferInbox::scan()
{
    if (m_scanning) // moving files out of the folder changes it again
        return 0;
    m_scanning = true;
    int taken = 0;
    // Oldest first; by name among files of the same time, so a sender's numbering decides.
    QFileInfoList waiting =
        m_folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::NoDotAndDotDot);
    std::stable_sort(waiting.begin(), waiting.end(), [](const QFileInfo& a, const QFileInfo& b) {
        const QDateTime at = a.lastModified();
        const QDateTime bt = b.lastModified();
        return at != bt ? at < bt : a.fileName() < b.fileName();
    });
    for (const QFileInfo& file : waiting) {
        if (file.fileName().startsWith(QLatin1Char('.')))
            continue;
        if (take(file.fileName()))
            ++taken;
    }
    m_scanning = false;
    return taken;
}

bool TransferInbox::take(const QString& fileName)
{
    QFile file(m_folder.filePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        emit problem(fileName, tr("cannot read the file: %1").arg(file.errorString()));
        return false;
    }
    // One byte over the limit is enough for the parser to refuse it as too large.
    const QByteArray document = file.read(core::kMaxTransferDocumentBytes + 1);
    file.close();
    const QString origin = QStringLiteral("folder:%1").arg(fileName);
    TransferResult result;
    try {
        result = m_service.receive(TransferService::centreActor(QStringLiteral("folder"), m_workstation),
                                   document, origin);
    } catch (const storage::StorageError& error) {
        emit problem(fileName, tr("not stored, tried again later: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    const bool refused = result.outcome == TransferResult::Outcome::Rejected;
    QString movedTo;
    if (!moveInto(QLatin1String(refused ? kRejected : kDone), fileName, movedTo)) {
        // Stored, but the file stays: the next look answers it as a duplicate (or refuses it again).
        emit problem(fileName, tr("stored, but the file could not be moved"));
        return true;
    }
    if (refused) {
        QFile reason(QFileInfo(movedTo).path() + QLatin1Char('/') + QFileInfo(movedTo).completeBaseName() +
                     QStringLiteral(".reason"));
        if (reason.open(QIODevice::WriteOnly | QIODevice::Truncate))
            reason.write(result.reason.toUtf8() + '\n');
    }
    emit taken(fileName, result);
    return true;
}

bool TransferInbox::moveInto(const QString& subfolder, const QString& fileName, QString& movedTo)
{
    if (!makeOwnerOnlyFolder(m_folder, subfolder))
        return false;
    const QDir target(m_folder.filePath(subfolder));
    movedTo = target.filePath(fileName);
    if (QFileInfo::exists(movedTo)) { // a sender reusing a name: keep both
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        movedTo = target.filePath(QFileInfo(fileName).completeBaseName() + QLatin1Char('-') + stamp +
                                  QStringLiteral(".json"));
    }
    return QFile::rename(m_folder.filePath(fileName), movedTo);
}

} // namespace xiuhua::dispatch
