#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

namespace Xident {

//! What a payload's bytes look like: what a text editor hides, and what most often breaks a signature.
struct XIDENTQT_EXPORT PayloadInfo
{
    enum class LineEndings { None, LF, CRLF, CR, Mixed };
    qsizetype bytes = 0;
    LineEndings lineEndings = LineEndings::None;
    bool endsWithNewline = false;
    bool hasBom = false;
    bool validUtf8 = true;

    static PayloadInfo of(QByteArrayView bytes);
};

//! The value of a signature header as someone pasted it: the value alone, or the whole header line
//! ("X-Xident-Signature: t=...,v1=...", the name in any case), with the white space around it dropped.
XIDENTQT_EXPORT QByteArray signatureHeaderValue(QByteArrayView pasted);

} // namespace Xident
