#pragma once

#include "error.h"
#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Xident {

//! One HTTP attempt as the request log shows it; secrets are already redacted.
struct XIDENTQT_EXPORT Exchange
{
    quint64 jobId = 0;
    int attempt = 1;
    QByteArray method;
    QUrl url;
    int httpStatus = 0;          //!< 0 when no HTTP answer came
    qint64 durationMs = 0;
    QString requestId;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;     //!< at most BodyLogLimit bytes
    Error error;                 //!< NoError for a successful attempt

    static constexpr qsizetype BodyLogLimit = 64 * 1024;
};

} // namespace Xident

Q_DECLARE_METATYPE(Xident::Exchange)
