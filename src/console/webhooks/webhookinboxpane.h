#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>

class QSettings;

namespace Ui {
class WebhookInboxPane;
}

namespace Xident::Console {

class InboxFilterModel;
class InboxModel;
class ProfileStore;
class WebhookInbox;
class WebhookRouter;
struct DeliveryAnswer;
struct ReceivedWebhook;

//! What the console's webhook receiver got: each request with its verdict, its bytes, and one click to the
//! validator; replay to a URL, and forwarding of every delivery as it arrives.
class WebhookInboxPane : public QWidget
{
    Q_OBJECT
public:
    WebhookInboxPane(WebhookRouter *router, WebhookInbox *inbox, InboxModel *list, ProfileStore *profiles, QSettings *settings, QWidget *parent = nullptr);
    ~WebhookInboxPane() override;

    //! Replays the selected request to \a url (shown in the answers); false with the reason in the answers.
    bool replaySelected(const QString &url);
    //! Turns forwarding on to \a url, or off with an empty one; an error text or empty.
    QString setForwarding(const QString &url);
    //! The answers to replays and forwards, as shown.
    QString answersText() const;
    //! The selected request as the detail view shows it, once an update it waits for is made.
    QString detailText();
    //! Selects the inbox model's \a row, if the filter shows it.
    void selectRow(int row);
    InboxFilterModel *filterModel() const { return m_filter; }
    //! The detail view is laid out at most this often while deliveries stream in.
    static constexpr int DetailIntervalMs = 250;
    //! The most of a body the detail view lays out; the validator judges the whole.
    static constexpr qsizetype DetailBodyBytes = 16 * 1024;
    //! How often the detail view was laid out (tests, benchmarks).
    int detailRenders() const { return m_detailRenders; }

Q_SIGNALS:
    void openInValidator(const Xident::Console::ReceivedWebhook &webhook);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    //! The receiver's address and port, and forwarding.
    void connectReceiver();
    //! The list, its detail, and the buttons that act on the selected delivery.
    void connectList();
    void showReceiver();
    //! The bad answers' controls: what the inbox does now, and switching it.
    void connectBadAnswers();
    void showBadAnswers();
    //! Asks for the detail of the selected row: now, or after DetailIntervalMs since the last, and only while shown.
    void showDetail();
    void renderDetail();
    void appendAnswer(const QString &what, const DeliveryAnswer &answer);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    int selectedRow() const;

    std::unique_ptr<Ui::WebhookInboxPane> m_ui;
    WebhookRouter *m_router;
    WebhookInbox *m_inbox;
    InboxModel *m_list;
    ProfileStore *m_profiles;
    QSettings *m_settings;
    InboxFilterModel *m_filter;
    QTimer *m_detailTimer;
    QElapsedTimer m_lastDetail;
    bool m_detailDirty = false;
    bool m_following = false;    // the selection moves with new rows, not by the user
    QString m_shownKey;          // the row and state the detail shows, so an unchanged one is not laid out again
    int m_detailRenders = 0;
};

} // namespace Xident::Console
