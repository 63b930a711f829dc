#pragma once

#include "console/core/trackedsession.h"

#include <QtCore/QHash>

namespace Xident::Console {

enum class ExportFormat { Json, Csv };

//! The sessions as JSON or CSV for a report. Never a secret; user ids (and the result's
//! external_user_id) only when \a includePersonalData is set.
QByteArray exportSessions(const QList<TrackedSession> &sessions, ExportFormat format, bool includePersonalData,
                          const QHash<QString, QString> &profileNames = {});

} // namespace Xident::Console
