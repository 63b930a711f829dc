#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace Xident::Console {

//! A moment as support reads it and pastes it into a ticket: the local date in the locale's short form, the local
//! time to the second, and its UTC offset ("05/12/2026 11:15:02 UTC+01:00"), so that it means the same to a
//! reader in another zone. Empty for an invalid time.
QString timeWithOffset(const QDateTime &time);

//! The UTC offset of a local time: "UTC", "UTC+01:00", "UTC-05:30".
QString utcOffsetText(const QDateTime &local);

} // namespace Xident::Console
