#include "headlessbrowser.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

HeadlessBrowser::HeadlessBrowser(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
        if (o.contains("id"_L1))
            m_replies.insert(o.value("id"_L1).toInt(), o);
    });
}

HeadlessBrowser::~HeadlessBrowser()
{
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString HeadlessBrowser::executable()
{
    for (const char *name : {"chromium", "chromium-browser"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool HeadlessBrowser::start()
{
    const QString exe = executable();
    if (exe.isEmpty()) {
        m_error = u"chromium is not installed"_s;
        return false;
    }
    // The flags keep Chromium off the network: only the pages we open are loaded.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(exe, {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-quic"_s, u"--no-first-run"_s,
                          u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
                          u"--disable-extensions"_s, u"--window-size=900,900"_s, u"--remote-debugging-port=0"_s,
                          u"--remote-allow-origins=*"_s, u"--user-data-dir="_s + m_profile.path(), u"about:blank"_s});
    if (!m_process.waitForStarted(10000)) {
        m_error = u"chromium did not start: "_s + m_process.errorString();
        return false;
    }
    // Chromium writes its DevTools port and browser path into the profile once it listens.
    QString wsUrl;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QFile port(m_profile.filePath(u"DevToolsActivePort"_s));
        if (port.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = port.readAll().split('\n');
            if (lines.size() >= 2 && !lines[1].isEmpty()) {
                wsUrl = u"ws://127.0.0.1:%1%2"_s.arg(QString::fromLatin1(lines[0].trimmed()), QString::fromLatin1(lines[1].trimmed()));
                break;
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        QTest::qWait(50);
    }
    if (wsUrl.isEmpty()) {
        m_error = u"chromium did not open its DevTools port: "_s + QString::fromLocal8Bit(m_process.readAll()).left(2000);
        return false;
    }
    m_socket.open(QUrl(wsUrl));
    if (!QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        m_error = u"cannot connect to DevTools: "_s + m_socket.errorString();
        return false;
    }
    const auto target = call(u"Target.createTarget"_s, QJsonObject{{"url"_L1, u"about:blank"_s}}, false);
    if (!target)
        return false;
    const auto attached = call(u"Target.attachToTarget"_s,
                               QJsonObject{{"targetId"_L1, target->value("targetId"_L1)}, {"flatten"_L1, true}}, false);
    if (!attached)
        return false;
    m_sessionId = attached->value("sessionId"_L1).toString();
    return call(u"Page.enable"_s).has_value();
}

std::optional<QJsonObject> HeadlessBrowser::call(const QString &method, const QJsonObject &params, bool inPage, int timeoutMs)
{
    const int id = ++m_nextId;
    QJsonObject message{{"id"_L1, id}, {"method"_L1, method}, {"params"_L1, params}};
    if (inPage)
        message.insert("sessionId"_L1, m_sessionId);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return m_replies.contains(id); }, timeoutMs)) {
        m_error = u"%1 timed out"_s.arg(method);
        return std::nullopt;
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains("error"_L1)) {
        m_error = u"%1 failed: %2"_s.arg(method, QString::fromUtf8(QJsonDocument(reply.value("error"_L1).toObject()).toJson()));
        return std::nullopt;
    }
    return reply.value("result"_L1).toObject();
}

bool HeadlessBrowser::navigate(const QString &url)
{
    return call(u"Page.navigate"_s, QJsonObject{{"url"_L1, url}}).has_value();
}

std::optional<QJsonValue> HeadlessBrowser::evaluate(const QString &expression, int timeoutMs)
{
    const auto result = call(u"Runtime.evaluate"_s, QJsonObject{{"expression"_L1, expression}, {"returnByValue"_L1, true}},
                             true, timeoutMs);
    if (!result)
        return std::nullopt;
    if (result->contains("exceptionDetails"_L1)) {
        m_error = u"script threw: "_s + QString::fromUtf8(QJsonDocument(result->value("exceptionDetails"_L1).toObject()).toJson());
        return std::nullopt;
    }
    return result->value("result"_L1).toObject().value("value"_L1);
}

bool HeadlessBrowser::waitFor(const QString &expression, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto v = evaluate(expression, 2000);
        if (v && v->toBool())
            return true;
        QTest::qWait(50);
    }
    m_error = u"timed out waiting for: "_s + expression;
    return false;
}

QByteArray HeadlessBrowser::screenshot()
{
    const auto shot = call(u"Page.captureScreenshot"_s, QJsonObject{{"format"_L1, u"png"_s}});
    return shot ? QByteArray::fromBase64(shot->value("data"_L1).toString().toLatin1()) : QByteArray();
}

bool HeadlessBrowser::emulatePhone(int width, int height, double scale)
{
    return call(u"Emulation.setDeviceMetricsOverride"_s,
                QJsonObject{{"width"_L1, width}, {"height"_L1, height}, {"deviceScaleFactor"_L1, scale}, {"mobile"_L1, true}})
               .has_value()
        && call(u"Emulation.setTouchEmulationEnabled"_s, QJsonObject{{"enabled"_L1, true}, {"maxTouchPoints"_L1, 5}})
               .has_value();
}

bool HeadlessBrowser::stopEmulation()
{
    return call(u"Emulation.clearDeviceMetricsOverride"_s).has_value()
        && call(u"Emulation.setTouchEmulationEnabled"_s, QJsonObject{{"enabled"_L1, false}}).has_value();
}

bool HeadlessBrowser::setInputFiles(const QString &selector, const QStringList &files)
{
    // Node ids belong to one document: ask for the current one each time.
    const auto document = call(u"DOM.getDocument"_s, QJsonObject{{"depth"_L1, 0}});
    if (!document)
        return false;
    const auto node = call(u"DOM.querySelector"_s,
                           QJsonObject{{"nodeId"_L1, document->value("root"_L1).toObject().value("nodeId"_L1)},
                                       {"selector"_L1, selector}});
    if (!node)
        return false;
    if (node->value("nodeId"_L1).toInt() == 0) {
        m_error = u"no element matches "_s + selector;
        return false;
    }
    return call(u"DOM.setFileInputFiles"_s,
                QJsonObject{{"files"_L1, QJsonArray::fromStringList(files)}, {"nodeId"_L1, node->value("nodeId"_L1)}})
        .has_value();
}
