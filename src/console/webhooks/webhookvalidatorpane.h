#pragma once

#include "console/core/webhookcheck.h"

#include <QtCore/QDateTime>
#include <QtCore/QFuture>
#include <QtCore/QThreadPool>
#include <QtWidgets/QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class WebhookValidatorPane;
}

namespace Xident::Console {

class JsonTreeModel;
class ProfileStore;
class SecretChooser;
class SessionTracker;
struct ReceivedWebhook;

//! Judges a webhook as support staff paste it from a customer's logs: the payload is kept as bytes (the editor
//! is only a view of them), the verdict follows every change after a short pause, computed on a worker thread,
//! and a mismatch is explained by the library's forensics. Also signs a payload and sends it to a receiver.
class WebhookValidatorPane : public QWidget
{
    Q_OBJECT
public:
    enum class LineEnding { LF, CRLF };
    //! Larger payloads (or bytes the editor would change) get a read-only view of their start.
    static constexpr qsizetype EditableLimit = 256 * 1024;
    static constexpr qsizetype ViewBytes = 16 * 1024;
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr int DebounceMs = 200;

    WebhookValidatorPane(ProfileStore *profiles, SessionTracker *tracker, QWidget *parent = nullptr);
    ~WebhookValidatorPane() override;

    //! The bytes being judged.
    QByteArray payload() const { return m_payload; }
    //! Takes \a bytes as they are; the editor shows them when it can do so without changing a byte.
    void setPayloadBytes(const QByteArray &bytes);
    //! Reads a file byte for byte; an error text, or empty.
    QString loadFile(const QString &path);
    //! A received webhook: its body, its signature header, the secret that judged it, evaluated when it arrived.
    //! Judges \a webhook as of its arrival, with the secret of \a profileId (when not empty).
    void loadWebhook(const ReceivedWebhook &webhook, const QString &profileId);
    void setHeaderText(const QString &text);
    void setTypedSecret(const QString &secret);
    //! Judges by the webhook secret of profile \a profileId.
    void useProfileSecret(const QString &profileId);
    void setTolerance(int seconds);
    //! Evaluates at \a time, or now when empty.
    void setEvaluateAt(const std::optional<QDateTime> &time);
    void setLineEnding(LineEnding ending);
    LineEnding lineEnding() const;
    //! Whether the payload is shown in the editor (true) or in the bounded read-only view.
    bool isEditable() const;
    //! Starts a check at once instead of after the pause.
    void checkNow();
    bool isChecking() const { return m_running > 0; }
    const WebhookCheckResult &lastResult() const { return m_last; }
    //! How many checks were started and how many were dropped before they ran (a newer input came).
    int startedChecks() const { return m_started; }
    //! The header the signer made, empty before.
    QString signedHeader() const;
    //! Signs and sends the payload to \a url; sendFinished() reports the answer's text.
    void sendTo(const QString &url);
    void focusPayload();

Q_SIGNALS:
    //! A result was shown.
    void checked();
    void openSessionRequested(const QString &token);
    void sendFinished(const QString &answer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    //! The payload editor: typing, pasting, files and line endings.
    void connectPayload();
    //! The signature header, the secret and the evaluation time; the findings and the signer.
    void connectInputs();
    void onEdited();
    void schedule();
    void showBytes();
    void showResult(const WebhookCheckResult &result);
    void setupEventTree();
    void fillEvent(const WebhookCheckResult &result);
    void scheduleClockRecheck(const WebhookCheckResult &result);
    std::optional<qint64> evaluationTime() const;
    QByteArray encode(const QString &text) const;
    void editAsText();
    void openFile();

    std::unique_ptr<Ui::WebhookValidatorPane> m_ui;
    JsonTreeModel *m_event = nullptr;
    SecretChooser *m_secret = nullptr;
    ProfileStore *m_profiles;
    SessionTracker *m_tracker;
    QByteArray m_payload;
    QTimer *m_debounce;
    QTimer *m_clockTimer;
    QThreadPool m_pool;
    QFuture<WebhookCheckResult> m_pending;
    quint64 m_generation = 0;
    //! m_generation as the worker sees it: a running check whose generation is no longer wanted stops early.
    std::shared_ptr<std::atomic<quint64>> m_wanted = std::make_shared<std::atomic<quint64>>(0);
    int m_running = 0;
    int m_started = 0;
    WebhookCheckResult m_last;
};

} // namespace Xident::Console
