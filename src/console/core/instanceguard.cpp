#include "console/core/instanceguard.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStringDecoder>
#include <QtCore/QTimer>
#include <QtCore/QtEndian>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Xident::Console {

Q_LOGGING_CATEGORY(lcInstance, "xident.console.instance", QtWarningMsg)

namespace {

// A message: "XIG1", the payload size (u32, big-endian), then the payload: the argument count (u32)
// and each argument as its UTF-8 size (u32) and bytes. The primary answers with one Ack byte.
constexpr QByteArrayView Magic("XIG1");
constexpr qsizetype HeaderSize = 8;
constexpr char Ack = '\x06';
constexpr auto HandledProperty = "xidentHandled";

int remaining(const QDeadlineTimer &deadline)
{
    const qint64 ms = deadline.remainingTime(); // -1 when it never expires: wait forever
    return int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
}

void appendU32(QByteArray &out, quint32 value)
{
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
}

bool takeU32(QByteArrayView &in, quint32 *value)
{
    if (in.size() < 4)
        return false;
    *value = qFromBigEndian<quint32>(in.data());
    in = in.sliced(4);
    return true;
}

// The arguments in a payload; false for anything malformed.
bool decodePayload(QByteArrayView in, QStringList *arguments)
{
    quint32 count = 0;
    if (!takeU32(in, &count) || count > quint32(in.size() / 4))
        return false;
    QStringList result;
    result.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        quint32 size = 0;
        if (!takeU32(in, &size) || size > quint32(in.size()))
            return false;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString argument = utf8(in.first(qsizetype(size)));
        if (utf8.hasError())
            return false;
        result.append(std::move(argument));
        in = in.sliced(qsizetype(size));
    }
    if (!in.isEmpty())
        return false;
    *arguments = std::move(result);
    return true;
}

QString sanitised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                           || c == u'-' || c == u'_' || c == u'.';
        out.append(plain ? c : u'_');
    }
    return out;
}

QString userPart()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    const QString user = sanitised(qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"user"_s : user;
#endif
}

#ifdef Q_OS_UNIX
// Whether \a path is a real folder (not a link) of this user that nobody else may enter; with \a mayClose, a
// folder of ours that others could enter is closed to them first. Anything else is refused, with the reason.
bool isPrivateFolder(const QString &path, bool mayClose, QString *problem)
{
    struct stat info = {};
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &info) != 0) {
        *problem = InstanceGuard::tr("%1 cannot be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!S_ISDIR(info.st_mode)) {
        *problem = InstanceGuard::tr("%1 is not a folder.").arg(path);
        return false;
    }
    if (info.st_uid != ::getuid()) {
        *problem = InstanceGuard::tr("%1 belongs to another user.").arg(path);
        return false;
    }
    if ((info.st_mode & 077) != 0 && (!mayClose || ::chmod(native.constData(), 0700) != 0)) {
        *problem = InstanceGuard::tr("%1 is open to other users.").arg(path);
        return false;
    }
    return true;
}

// The uid of the process at the other end of a connected local socket; false when it cannot be told.
bool peerUid(qintptr descriptor, uid_t *uid)
{
#ifdef SO_PEERCRED
    struct ucred credentials = {};
    socklen_t size = sizeof credentials;
    if (descriptor < 0 || ::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return false;
    *uid = credentials.uid;
    return true;
#else
    uid_t euid = 0;
    gid_t egid = 0;
    if (descriptor < 0 || ::getpeereid(int(descriptor), &euid, &egid) != 0)
        return false;
    *uid = euid;
    return true;
#endif
}
#endif

// The folder for the socket: one that only this user can enter, or empty (with the reason) when there is none.
QString socketDirectory(QString *problem)
{
#ifdef Q_OS_UNIX
    // The per-user runtime folder is private to the user (the XDG spec says 0700 and owned by the user).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString ignored;
    if (!runtime.isEmpty() && QFileInfo(runtime).isAbsolute() && isPrivateFolder(runtime, false, &ignored)
        && QFileInfo(runtime).isWritable())
        return QFileInfo(runtime).absoluteFilePath();
    // Else a folder of our own in the shared temporary folder: whoever makes it first owns it, so a folder
    // there that someone else made is refused rather than trusted.
    const QString fallback = InstanceGuard::fallbackDirectory();
    if (::mkdir(QFile::encodeName(fallback).constData(), 0700) != 0 && errno != EEXIST) {
        *problem = InstanceGuard::tr("%1 cannot be created: %2").arg(fallback, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    if (!isPrivateFolder(fallback, true, problem))
        return {};
    return fallback;
#else
    Q_UNUSED(problem);
    return {};
#endif
}

QString lockPathFor(const QString &serverName)
{
#ifdef Q_OS_UNIX
    return serverName + u".lock"_s;
#else
    return QDir::tempPath() + u'/' + serverName + u".lock"_s;
#endif
}

} // namespace

InstanceGuard::InstanceGuard(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(key, &m_unguardedReason))
{
}

InstanceGuard::~InstanceGuard() = default;

QString InstanceGuard::serverNameFor(const QString &key, QString *problem)
{
    QString name = sanitised(key);
    // Socket paths are short (108 bytes on Linux): a long key becomes a digest of itself.
    if (name.isEmpty() || name.size() > 40)
        name = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    name += u'-' + userPart();
#ifdef Q_OS_UNIX
    QString why;
    const QString directory = socketDirectory(&why);
    if (problem)
        *problem = why;
    return directory.isEmpty() ? QString() : directory + u'/' + name;
#else
    if (problem)
        problem->clear();
    return name;
#endif
}

QString InstanceGuard::fallbackDirectory()
{
    return QDir::tempPath() + u"/xident-"_s + userPart();
}

QByteArray InstanceGuard::encodeMessage(const QStringList &arguments)
{
    QByteArray payload;
    appendU32(payload, quint32(arguments.size()));
    for (const QString &argument : arguments) {
        const QByteArray bytes = argument.toUtf8();
        if (payload.size() + 4 + bytes.size() > MaximumMessageSize)
            return {};
        appendU32(payload, quint32(bytes.size()));
        payload.append(bytes);
    }
    QByteArray message;
    message.reserve(HeaderSize + payload.size());
    message.append(Magic);
    appendU32(message, quint32(payload.size()));
    message.append(payload);
    return message;
}

bool InstanceGuard::isPrimary() const
{
    return m_server && m_server->isListening();
}

bool InstanceGuard::claimOrForward(const QStringList &arguments, int timeoutMs)
{
    m_errorString.clear();
    if (isPrimary())
        return true;
    if (m_serverName.isEmpty()) {
        // No folder only this user can enter: a socket elsewhere could be taken by another user, who would then
        // receive this launch's tokens. Starting on its own is safer than handing anything over.
        qCWarning(lcInstance).noquote() << "Starting without the single-instance guard:" << m_unguardedReason;
        return true;
    }

    QByteArray message = encodeMessage(arguments);
    const bool tooLong = message.isEmpty();
    if (tooLong)
        message = encodeMessage({}); // still raise the running window

    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    // Claims take turns: without the lock, one launch could take another's socket between its bind()
    // and listen() for a stale one, and both would be primary.
    QLockFile lock(lockPathFor(m_serverName));
    lock.setStaleLockTime(std::max(30000, timeoutMs * 2));
    if (!lock.tryLock(remaining(deadline))) {
        qCWarning(lcInstance) << "Could not take the instance lock" << lock.fileName() << lock.error();
        if (forward(message, remaining(deadline)) == Forward::Delivered) {
            if (tooLong)
                m_errorString = tr("The arguments were too long to hand to the running console.");
            return false;
        }
        m_errorString = tr("Another launch of the console is starting and did not finish in time.");
        return false;
    }

    switch (forward(message, remaining(deadline))) {
    case Forward::Delivered:
        if (tooLong)
            m_errorString = tr("The arguments were too long to hand to the running console.");
        return false;
    case Forward::Failed:
        m_errorString = tr("A console is already running but did not answer.");
        return false;
    case Forward::NotOurs:
        qCWarning(lcInstance) << "The socket" << m_serverName << "belongs to another user; it is replaced";
        break;
    case Forward::NobodyListens:
        break;
    }

    // Whatever socket is left is stale (nobody answered and the lock is ours): replace it.
    QLocalServer::removeServer(m_serverName);
    if (!listen()) {
        // Running without the guard beats not running at all.
        qCWarning(lcInstance) << "Cannot listen on" << m_serverName << m_errorString;
        return true;
    }
    return true;
}

InstanceGuard::Forward InstanceGuard::forward(const QByteArray &message, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(remaining(deadline))) {
        // Refused or missing: nobody listens. A timeout means someone does but is stuck.
        return socket.error() == QLocalSocket::SocketTimeoutError ? Forward::Failed : Forward::NobodyListens;
    }
#ifdef Q_OS_UNIX
    // Only a console of this user hears this launch's arguments (tokens, links).
    uid_t uid = 0;
    if (!peerUid(socket.socketDescriptor(), &uid) || uid != ::getuid()) {
        socket.abort();
        return Forward::NotOurs;
    }
#endif
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remaining(deadline)))
            return Forward::Failed;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(remaining(deadline)))
            return Forward::Failed;
    }
    char answer = 0;
    if (!socket.getChar(&answer) || answer != Ack)
        return Forward::Failed;
    socket.disconnectFromServer();
    return Forward::Delivered;
}

bool InstanceGuard::listen()
{
    auto server = std::make_unique<QLocalServer>();
    server->setSocketOptions(QLocalServer::UserAccessOption);
    server->setMaxPendingConnections(MaximumPendingClients);
    if (!server->listen(m_serverName)) {
        m_errorString = tr("Later launches cannot reach this console: %1").arg(server->errorString());
        return false;
    }
    connect(server.get(), &QLocalServer::newConnection, this, &InstanceGuard::acceptClients);
    m_server = std::move(server);
    return true;
}

void InstanceGuard::acceptClients()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        const auto open = m_server->findChildren<QLocalSocket *>(Qt::FindDirectChildrenOnly);
        if (open.size() > MaximumPendingClients) {
            qCDebug(lcInstance) << "Too many launches at once; one turned away";
            socket->abort();
            socket->deleteLater();
            continue;
        }
#ifdef Q_OS_UNIX
        // The socket's folder and mode keep other users out; the peer's uid is checked all the same.
        uid_t uid = 0;
        if (!peerUid(socket->socketDescriptor(), &uid) || uid != ::getuid()) {
            qCWarning(lcInstance) << "A launch by another user was refused";
            socket->abort();
            socket->deleteLater();
            continue;
        }
#endif
        socket->setReadBufferSize(HeaderSize + MaximumMessageSize + 1);
        // A client that connects and says nothing is dropped instead of holding the primary up.
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [socket] {
            qCDebug(lcInstance) << "A launch took too long to send its arguments";
            socket->abort();
            socket->deleteLater();
        });
        timer->start(m_readTimeoutMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readClient(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        readClient(socket);
    }
}

void InstanceGuard::readClient(QLocalSocket *socket)
{
    if (socket->property(HandledProperty).toBool())
        return;
    const auto refuse = [socket](const char *why) {
        qCDebug(lcInstance) << "Refused a launch's message:" << why;
        socket->setProperty(HandledProperty, true);
        socket->abort();
        socket->deleteLater();
    };

    const qint64 available = socket->bytesAvailable();
    const QByteArray head = socket->peek(HeaderSize);
    if (!Magic.startsWith(QByteArrayView(head).first(std::min(head.size(), Magic.size()))))
        return refuse("not a launch message");
    if (head.size() < HeaderSize)
        return;
    const quint32 size = qFromBigEndian<quint32>(head.constData() + Magic.size());
    if (size > quint32(MaximumMessageSize))
        return refuse("too large");
    if (available < HeaderSize + qint64(size))
        return;
    if (available > HeaderSize + qint64(size))
        return refuse("trailing bytes");

    socket->skip(HeaderSize);
    QStringList arguments;
    if (!decodePayload(socket->read(size), &arguments))
        return refuse("malformed payload");

    socket->setProperty(HandledProperty, true);
    if (auto *timer = socket->findChild<QTimer *>())
        timer->stop();
    socket->write(&Ack, 1);
    socket->disconnectFromServer(); // after the answer is written
    Q_EMIT argumentsReceived(arguments);
}

} // namespace Xident::Console
