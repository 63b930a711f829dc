#pragma once

#include <QtGui/QIcon>

namespace Xident::Console {

//! A one-colour line icon for item views: as drawn, and in the selection's text colour on a selected row,
//! where a blue or grey line would vanish into the highlight. Made once per resource.
QIcon lineIcon(const QString &resource);

} // namespace Xident::Console
