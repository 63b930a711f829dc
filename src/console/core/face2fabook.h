#pragma once

#include "console/core/apicall.h"

#include <XidentQt/face2fa.h>

#include <QtCore/QObject>

#include <functional>

namespace Xident {
class Job;
}

namespace Xident::Console {

class ChallengeModel;
class ClientPool;

//! Face 2FA for the profile in use: a user's enrolment looked up and deleted, and faces enrolled and verified, each
//! a challenge polled (ChallengePoller) to its verdict and kept in this run's ChallengeModel. Every call is made from
//! an ApiCall through the profile's client, so it can be copied as code and is in the request log.
class Face2faBook : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxUserIdLength = 255;

    explicit Face2faBook(ClientPool *clients, QObject *parent = nullptr);
    ~Face2faBook() override;

    ChallengeModel *challenges() const { return m_challenges; }
    //! How often a challenge is asked for (500 ms by default; tests go faster).
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }

    //! A call of \a operation for \a userId with the profile in use; nothing while it has no usable client.
    std::optional<ApiCall> call(ApiCall::Operation operation, const QString &userId) const;
    //! The same, only when \a userId can be sent (for "Copy as code").
    std::optional<ApiCall> callFor(ApiCall::Operation operation, const QString &userId) const
    {
        return userIdProblem(userId).isEmpty() ? call(operation, userId) : std::nullopt;
    }
    //! Why \a userId cannot be sent; empty when it can.
    static QString userIdProblem(const QString &userId);

public Q_SLOTS:
    void lookUp(const QString &userId);
    void deleteUser(const QString &userId);
    //! Starts an enrolment (or, with \a verify, a verification) of \a userId with a picture.
    void start(const QString &userId, const QByteArray &image, const QString &imageName, bool verify);

Q_SIGNALS:
    //! A look-up or deletion came back: \a user says whether \a userId is enrolled (not enrolled after a deletion,
    //! which is for good).
    void userRead(const QString &userId, const Xident::Face2faUser &user, bool deleted);
    //! What the last action came to, in a sentence; \a problem when it failed.
    void said(const QString &text, bool problem);
    //! A challenge reached its verdict (or could not be followed).
    void challengeSettled(int row);

private:
    bool run(const ApiCall &call, std::function<void(Xident::Job *)> done);
    void follow(int key, const QString &challengeId);

    ClientPool *m_clients;
    ChallengeModel *m_challenges;
    int m_pollMs = 500;
};

} // namespace Xident::Console
