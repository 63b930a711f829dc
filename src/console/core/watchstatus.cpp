#include "console/core/watchstatus.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
// The translation context of these functions (lupdate reads it from the macro).
struct WatchStatusText
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::WatchStatus)
};
} // namespace

WatchStatus watchStatusFromText(const QString &status)
{
    if (status == "pending"_L1)
        return WatchStatus::Pending;
    if (status == "in_progress"_L1)
        return WatchStatus::InProgress;
    if (status == "success"_L1 || status == "completed"_L1)
        return WatchStatus::Success;
    if (status == "failed"_L1)
        return WatchStatus::Failed;
    if (status == "canceled"_L1 || status == "cancelled"_L1)
        return WatchStatus::Canceled;
    if (status == "claimed"_L1)
        return WatchStatus::Claimed;
    if (status == "expired"_L1)
        return WatchStatus::Expired;
    if (status == "gone"_L1)
        return WatchStatus::Gone;
    return WatchStatus::Unknown;
}

QString watchStatusLabel(WatchStatus status, const QString &text)
{
    switch (status) {
    case WatchStatus::Pending:
        return WatchStatusText::tr("Pending");
    case WatchStatus::InProgress:
        return WatchStatusText::tr("In progress");
    case WatchStatus::Success:
        return WatchStatusText::tr("Passed");
    case WatchStatus::Failed:
        return WatchStatusText::tr("Failed");
    case WatchStatus::Canceled:
        return WatchStatusText::tr("Canceled");
    case WatchStatus::Claimed:
        return WatchStatusText::tr("Claimed");
    case WatchStatus::Expired:
        return WatchStatusText::tr("Expired");
    case WatchStatus::Gone:
        return WatchStatusText::tr("Gone with the sandbox");
    case WatchStatus::Unknown:
        break;
    }
    return text.isEmpty() ? WatchStatusText::tr("Not polled yet") : text;
}

bool isTerminal(WatchStatus status)
{
    switch (status) {
    case WatchStatus::Success:
    case WatchStatus::Failed:
    case WatchStatus::Canceled:
    case WatchStatus::Claimed:
    case WatchStatus::Expired:
    case WatchStatus::Gone:
        return true;
    default:
        return false;
    }
}

QColor watchStatusColor(WatchStatus status)
{
    QColor c;
    switch (status) {
    case WatchStatus::Success:
        c = QColor(0x13, 0x73, 0x33);
        break;
    case WatchStatus::Failed:
        c = QColor(0xc5, 0x22, 0x1f);
        break;
    case WatchStatus::Pending:
    case WatchStatus::InProgress:
        c = QColor(0x8f, 0x5b, 0x00);
        break;
    case WatchStatus::Claimed:
        c = QColor(0x1a, 0x5f, 0xb4);
        break;
    default:
        c = QColor(0x6b, 0x6b, 0x6b);
        break;
    }
    // Dark enough for 4.5:1 on a light window; on a dark scheme the same hues, lighter, for the same contrast there.
    if (QGuiApplication::palette().color(QPalette::Base).lightness() < 128)
        c = c.lighter(170);
    return c;
}

QString statusTextStyle(WatchStatus status)
{
    return u"color: %1;"_s.arg(watchStatusColor(status).name());
}

QString watchStatusIcon(WatchStatus status)
{
    switch (status) {
    case WatchStatus::Success:
    case WatchStatus::Claimed:
        return u":/icons/status-ok.svg"_s;
    case WatchStatus::Failed:
        return u":/icons/status-failed.svg"_s;
    case WatchStatus::Pending:
    case WatchStatus::InProgress:
    case WatchStatus::Unknown:
        return u":/icons/status-pending.svg"_s;
    case WatchStatus::Canceled:
        return u":/icons/status-canceled.svg"_s;
    case WatchStatus::Expired:
    case WatchStatus::Gone:
        return u":/icons/status-expired.svg"_s;
    }
    return {};
}

QString normalisedWebhookStatus(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == "session.success"_L1 || v == "verification.completed"_L1 || v == "completed"_L1 || v == "success"_L1)
        return u"success"_s;
    if (v == "verification.failed"_L1 || v == "session.failed"_L1 || v == "failed"_L1)
        return u"failed"_s;
    if (v == "session.expired"_L1 || v == "verification.expired"_L1 || v == "expired"_L1)
        return u"expired"_s;
    if (v == "session.canceled"_L1 || v == "session.cancelled"_L1 || v == "verification.canceled"_L1
        || v == "canceled"_L1 || v == "cancelled"_L1)
        return u"canceled"_s;
    if (v == "pending"_L1 || v == "in_progress"_L1)
        return v;
    return {};
}

} // namespace Xident::Console
