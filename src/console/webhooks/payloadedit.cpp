#include "console/webhooks/payloadedit.h"

#include <QtCore/QMimeData>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>

namespace Xident::Console {

PayloadEdit::PayloadEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
}

void PayloadEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_handler && source && source->hasText()) {
        const QTextCursor cursor = textCursor();
        const bool replacesAll = document()->isEmpty()
                                 || (cursor.hasSelection() && cursor.selectionStart() == 0
                                     && cursor.selectionEnd() >= document()->characterCount() - 1);
        if (m_handler(source->text(), replacesAll))
            return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace Xident::Console
