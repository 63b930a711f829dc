#pragma once

#include <QtCore/QString>

#include <functional>

class QMenu;
class QWidget;

namespace Xident::Console {

//! The sandbox's magic outcomes as a menu: picking one hands its value (sandbox:pass, sandbox:fail:<reason>, ...)
//! to \a pick. Any sandbox completes a session whose user id or metadata holds one, without a browser.
QMenu *magicOutcomeMenu(QWidget *parent, std::function<void(const QString &value)> pick);

} // namespace Xident::Console
