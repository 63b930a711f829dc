#pragma once

#include "sandbox/sessionstore.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace Xident::Sandbox {

//! A POST /init body, checked field by field: the session it asks for, or the error code and the message that
//! name the first field that is wrong.
struct InitRequest
{
    std::optional<Session> session;
    QString code;      //!< INVALID_JSON or INVALID_REQUEST when refused
    QString message;

    static InitRequest read(const QByteArray &json);
    static InitRequest refused(const QString &code, const QString &message);
};

} // namespace Xident::Sandbox
