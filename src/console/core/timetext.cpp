#include "console/core/timetext.h"

#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace Xident::Console {

QString utcOffsetText(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    if (offset == 0)
        return u"UTC"_s;
    const int minutes = std::abs(offset) / 60;
    return u"UTC%1%2:%3"_s.arg(offset < 0 ? u'-' : u'+')
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString timeWithOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + local.time().toString(Qt::ISODate) + u' '
        + utcOffsetText(local);
}

} // namespace Xident::Console
