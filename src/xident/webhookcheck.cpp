#include "webhookcheck.h"

#include <QtCore/QStringDecoder>

namespace Xident {

PayloadInfo PayloadInfo::of(QByteArrayView bytes)
{
    PayloadInfo info;
    info.bytes = bytes.size();
    info.hasBom = bytes.startsWith("\xEF\xBB\xBF");
    info.endsWithNewline = bytes.endsWith('\n') || bytes.endsWith('\r');
    qsizetype lf = 0, crlf = 0, cr = 0;
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (p[i] == '\n') {
            ++lf;
        }
    }
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    if (kinds > 1)
        info.lineEndings = LineEndings::Mixed;
    else if (lf)
        info.lineEndings = LineEndings::LF;
    else if (crlf)
        info.lineEndings = LineEndings::CRLF;
    else if (cr)
        info.lineEndings = LineEndings::CR;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);   // the decoder works when its result is taken
    info.validUtf8 = !decoder.hasError();
    return info;
}

QByteArray signatureHeaderValue(QByteArrayView pasted)
{
    QByteArrayView value = pasted.trimmed();
    static constexpr QByteArrayView name("x-xident-signature");
    if (value.size() > name.size() && value.first(name.size()).compare(name, Qt::CaseInsensitive) == 0
        && value.at(name.size()) == ':')
        value = value.sliced(name.size() + 1).trimmed();
    return value.toByteArray();
}

} // namespace Xident
