#pragma once

#include <QtWidgets/QPlainTextEdit>

#include <functional>

namespace Xident::Console {

//! The validator's payload editor. Pasted or dropped text goes first to a handler, which may take it as bytes
//! instead (the editor turns CRLF into LF, and lays out megabytes slowly); what it leaves is inserted as usual.
class PayloadEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using TextHandler = std::function<bool(const QString &text, bool replacesAll)>;
    explicit PayloadEdit(QWidget *parent = nullptr);
    //! \a handler gets the text and whether it would replace everything; true when it took the text.
    void setPastedTextHandler(TextHandler handler) { m_handler = std::move(handler); }

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    TextHandler m_handler;
};

} // namespace Xident::Console
