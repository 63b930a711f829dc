#include "phone.h"

#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QTest>

#include <memory>

int phoneRequest(QNetworkAccessManager &nam, const QByteArray &method, const QString &url, const QByteArray &body)
{
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool completeOnPhone(QNetworkAccessManager &nam, const QString &pageUrl, const QByteArray &form)
{
    QUrl choose(pageUrl);
    choose.setQuery(QString());
    choose.setPath(choose.path() + QStringLiteral("/choose"));
    return phoneRequest(nam, "GET", pageUrl) == 200 && phoneRequest(nam, "POST", choose.toString(), form) == 303;
}
