#pragma once

#include "console/core/apicall.h"
#include "console/core/callcode.h"

#include <QtWidgets/QMenu>

#include <functional>
#include <optional>

class QAbstractButton;

namespace Xident::Console {

//! "Copy as": the call a pane would make (or made), as curl, Python, PHP or C++ on the clipboard. The call is asked
//! for when the menu opens, so it always has the pane's current values; without one, the entries are disabled.
class CopyAsMenu : public QMenu
{
    Q_OBJECT
public:
    using Describe = std::function<std::optional<ApiCall>()>;
    explicit CopyAsMenu(Describe describe, QWidget *parent = nullptr);

    //! Gives \a button this menu, opened by a click or Space.
    static CopyAsMenu *attach(QAbstractButton *button, Describe describe);
    //! The action of \a language (for tests and shortcuts).
    QAction *action(CallCode::Language language) const;

Q_SIGNALS:
    //! A snippet went to the clipboard.
    void copied(Xident::Console::CallCode::Language language, const QString &snippet);

private:
    Describe m_describe;
    QList<QAction *> m_actions;
};

} // namespace Xident::Console
