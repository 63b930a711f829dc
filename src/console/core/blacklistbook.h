#pragma once

#include "console/core/apicall.h"
#include "console/core/trackedsession.h"

#include <QtCore/QObject>
#include <QtGui/QImage>

#include <functional>

class QTimer;

namespace Xident {
class Error;
class Job;
} // namespace Xident

namespace Xident::Console {

class BlacklistModel;
class ClientPool;
class ProfileStore;

//! The face blacklist of the profile in use: its pages, and adding and removing entries. Each call is made from an
//! ApiCall (so "Copy as code" copies what is sent) through the profile's client (so it is in the request log).
//! After an add the list is asked for again every second until the API lists the entry, for at most a minute.
class BlacklistBook : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxImageBytes = 10 * 1024 * 1024;
    static constexpr int MaxReasonLength = 500;
    static constexpr int FollowMs = 1000;
    static constexpr int MaxFollows = 60;

    BlacklistBook(ClientPool *clients, ProfileStore *profiles, QObject *parent = nullptr);
    ~BlacklistBook() override;

    BlacklistModel *model() const { return m_model; }
    int page() const { return m_page; }
    int perPage() const { return m_perPage; }
    bool isBusy() const { return m_busy > 0; }

    //! A call of \a operation for the profile in use (for "Copy as code" and for the requests); nothing while the
    //! profile has no usable client.
    std::optional<ApiCall> call(ApiCall::Operation operation) const;

    //! Why \a reason cannot be sent; empty when it can.
    static QString reasonProblem(const QString &reason);
    //! Characters as the API counts them (code points, so an emoji is one).
    static int characters(const QString &text) { return int(text.toUcs4().size()); }
    //! The picture decoded; null when it cannot be (damaged, or too large in pixels).
    static QImage decoded(const QByteArray &image);
    //! Why \a image cannot be sent (empty, larger than 10 MB, not a picture); empty when it can.
    static QString imageProblem(const QByteArray &image);
    //! The session's result token (xtk_…), which the API takes to blacklist its face; empty until a result that
    //! names it has been read (v1 results do; legacy ones do not).
    static QString resultTokenOf(const TrackedSession &session);
    //! Why a session cannot be blacklisted yet (no result token known); empty when it can.
    static QString whyNotBlacklistable(const TrackedSession &session);
    //! The sentence for a failed call: the API's answers a person must understand, else the error's caption.
    static QString sentence(const Xident::Error &error);

public Q_SLOTS:
    void refresh();
    void setPage(int page);
    //! 1 to 100; back to the first page.
    void setPerPage(int perPage);
    //! Blacklists the face of a finished session; \a resultToken is its xtk_ result token.
    void addSession(const QString &resultToken, const QString &reason);
    void addImage(const QByteArray &image, const QString &reason, const QString &fileName);
    void remove(qint64 id);

Q_SIGNALS:
    void busyChanged(bool busy);
    //! A page arrived (or failed to).
    void loaded();
    //! What the last action or load came to, in a sentence; \a problem when it failed.
    void said(const QString &text, bool problem);
    //! An add was accepted (\a ok) or refused, with the sentence.
    void addFinished(bool ok, const QString &text);

private:
    void start(const ApiCall &call, std::function<void(Xident::Job *)> done);
    void profileChanged();

    ClientPool *m_clients;
    ProfileStore *m_profiles;
    BlacklistModel *m_model;
    QTimer *m_follow;
    int m_follows = 0;
    int m_page = 1;
    int m_perPage = 20;
    int m_busy = 0;
    quint64 m_lists = 0;        // the latest list request: only its answer fills the model
    quint64 m_generation = 0;   // bumped when the profile changes: older answers are dropped
};

} // namespace Xident::Console
