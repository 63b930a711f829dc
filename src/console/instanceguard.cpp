#include "instanceguard.h"

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

QString socketDirectory()
{
#ifdef Q_OS_UNIX
    // The per-user runtime directory is private to the user; the temp dir is the fallback.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        const QFileInfo info(runtime);
        if (info.isDir() && info.isWritable() && info.ownerId() == ::getuid())
            return info.absoluteFilePath();
    }
    return QDir::tempPath();
#else
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
    , m_serverName(serverNameFor(key))
{
}

InstanceGuard::~InstanceGuard() = default;

QString InstanceGuard::serverNameFor(const QString &key)
{
    QString name = sanitised(key);
    // Socket paths are short (108 bytes on Linux): a long key becomes a digest of itself.
    if (name.isEmpty() || name.size() > 40)
        name = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    name += u'-' + userPart();
    const QString directory = socketDirectory();
    return directory.isEmpty() ? name : directory + u'/' + name;
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
