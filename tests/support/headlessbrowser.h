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
    //! Lays pages out as a phone with a \a width × \a height CSS px screen, touch and \a scale device pixels per
    //! CSS px (the page's viewport meta then counts, as on a phone); until stopEmulation().
    bool emulatePhone(int width, int height, double scale = 2);
    //! Back to the desktop window the browser started with.
    bool stopEmulation();
    //! Puts \a files into the file input that \a selector finds, as if they had been picked by hand.
    bool setInputFiles(const QString &selector, const QStringList &files);

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
