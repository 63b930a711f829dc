#pragma once

#include <QtCore/QLoggingCategory>

namespace Xident {
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
} // namespace Xident
