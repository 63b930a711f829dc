#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtWebSockets/QWebSocket>

#include <optional>

//! Debian's Chromium, headless, driven over the DevTools protocol: open a page, run script, take a screenshot.
class HeadlessBrowser : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessBrowser(QObject *parent = nullptr);
    ~HeadlessBrowser() override;

    //! The chromium binary, or empty when none is installed.
    static QString executable();

    //! Starts the browser and opens a blank tab; false with errorString() on failure.
    bool start();
    QString errorString() const { return m_error; }

    bool navigate(const QString &url);
    //! Evaluates \a expression in the page and returns its value (by value), nullopt on error or timeout.
    std::optional<QJsonValue> evaluate(const QString &expression, int timeoutMs = 10000);
    //! Waits until \a expression evaluates to true.
    bool waitFor(const QString &expression, int timeoutMs = 10000);
    //! PNG bytes of the visible page.
    QByteArray screenshot();

private:
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params = {}, bool inPage = true,
                                    int timeoutMs = 10000);

    QProcess m_process;
    QTemporaryDir m_profile;
    QWebSocket m_socket;
    QString m_sessionId;
    QString m_error;
    int m_nextId = 0;
    QHash<int, QJsonObject> m_replies;
};
