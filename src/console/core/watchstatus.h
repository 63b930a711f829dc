#pragma once

#include <QtCore/QString>
#include <QtGui/QColor>

namespace Xident::Console {

//! What the watchlist says of a session: the wire statuses plus the console's own "expired" and "gone".
enum class WatchStatus { Pending, InProgress, Success, Failed, Canceled, Claimed, Expired, Gone, Unknown };

//! Maps a stored status text ("completed" is the legacy word for success) to a WatchStatus.
WatchStatus watchStatusFromText(const QString &status);
//! A short translated label ("Passed", "Failed", "Expired", ...); an unknown wire status is shown verbatim.
QString watchStatusLabel(WatchStatus status, const QString &text = {});
//! Terminal: nothing more will change, polling stops.
bool isTerminal(WatchStatus status);
//! The badge colour; always shown with its label, never alone. Lighter on a dark palette, so text in it keeps
//! its contrast (at least 4.5:1 on the window and base colours of light and dark palettes).
QColor watchStatusColor(WatchStatus status);
//! A style sheet colouring a label's text in watchStatusColor(): problems next to a field are Failed's colour.
QString statusTextStyle(WatchStatus status);
//! The icon resource (":/icons/status-….svg").
QString watchStatusIcon(WatchStatus status);

//! The status a webhook event type reports ("session.success" and "verification.completed" are "success"),
//! or a wire status normalised the same way ("completed" is "success"); empty for types that say nothing.
QString normalisedWebhookStatus(const QString &eventTypeOrStatus);

} // namespace Xident::Console
