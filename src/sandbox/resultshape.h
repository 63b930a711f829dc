#pragma once

#include "sandbox/sessionstore.h"

#include <QtCore/QJsonObject>

namespace Xident::Sandbox {

//! A session as GET /result answers it, in the v1 contract's shape or the legacy one: the checks and their
//! details follow from the outcome and its method or reason.
QJsonObject resultJson(const Session &session, bool legacyShape);

} // namespace Xident::Sandbox
