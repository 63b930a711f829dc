#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

class QNetworkAccessManager;

//! What a phone does with a sandbox's verification page, over plain HTTP: \a method on \a url (a form body for a
//! POST), without following redirects. The HTTP status, or -1 when nothing answered within 10 s.
int phoneRequest(QNetworkAccessManager &nam, const QByteArray &method, const QString &url, const QByteArray &body = {});

//! Opens the page at \a pageUrl (which starts the session) and posts its last step, \a form (such as
//! "outcome=pass&method=full"); true when the page answered 200 and the step 303.
bool completeOnPhone(QNetworkAccessManager &nam, const QString &pageUrl, const QByteArray &form);
