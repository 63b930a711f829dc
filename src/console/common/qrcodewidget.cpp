#include "console/common/qrcodewidget.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// Images wider than this are refused rather than allocated: nothing sensible needs more.
constexpr qint64 MaximumImageSide = 16384;

struct QrcodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

// Copies one row of the source (already in place) into the rows below it.
void repeatRow(QImage &image, int row, int count)
{
    const uchar *source = image.constScanLine(row);
    const auto bytes = size_t(image.bytesPerLine());
    for (int i = 1; i < count; ++i)
        std::memcpy(image.scanLine(row + i), source, bytes);
}

} // namespace

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode code;
    if (data.isEmpty() || data.size() > QrCodeWidget::MaximumBytes)
        return code;
    // Byte mode keeps the bytes exact (NULs included); version 0 lets libqrencode pick the smallest.
    const std::unique_ptr<QRcode, QrcodeDeleter> encoded(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M));
    if (!encoded || encoded->width <= 0)
        return code;
    const int width = encoded->width;
    code.m_width = width;
    code.m_version = encoded->version;
    code.m_dark.resize(qsizetype(width) * width);
    for (qsizetype i = 0; i < code.m_dark.size(); ++i)
        code.m_dark[i] = char(encoded->data[i] & 1); // bit 0 is the module's colour; the rest is metadata
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_dark.at(qsizetype(y) * m_width + x) != 0;
}

QImage QrCode::toImage(int moduleSize, int quietZoneModules) const
{
    if (isNull() || moduleSize < 1 || quietZoneModules < 0)
        return {};
    const qint64 side = qint64(m_width + 2 * quietZoneModules) * moduleSize;
    if (side > MaximumImageSide)
        return {};
    QImage image(static_cast<int>(side), static_cast<int>(side), QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(255);
    for (int y = 0; y < m_width; ++y) {
        const int row = (quietZoneModules + y) * moduleSize;
        uchar *line = image.scanLine(row);
        for (int x = 0; x < m_width; ++x) {
            if (isDark(x, y))
                std::memset(line + (quietZoneModules + x) * moduleSize, 0, size_t(moduleSize));
        }
        repeatRow(image, row, moduleSize);
    }
    return image;
}

QImage renderQrCode(const QByteArray &text, int moduleSize, int quietZoneModules)
{
    return QrCode::encode(text).toImage(moduleSize, quietZoneModules);
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    updateAccessibility();
}

QrCodeWidget::~QrCodeWidget() = default;

void QrCodeWidget::setText(const QByteArray &text)
{
    if (text == m_text && !m_text.isEmpty())
        return;
    m_text = text;
    m_code = QrCode::encode(text);
    m_cache = QImage();
    updateAccessibility();
    updateGeometry();
    update();
    Q_EMIT textChanged(m_text);
}

QString QrCodeWidget::errorString() const
{
    if (m_text.isEmpty() || !m_code.isNull())
        return {};
    if (m_text.size() > MaximumBytes)
        return tr("Too long for a QR code: %1 bytes, at most %2 fit.").arg(m_text.size()).arg(MaximumBytes);
    return tr("The QR code could not be made.");
}

void QrCodeWidget::setPlaceholderText(const QString &text)
{
    if (text == m_placeholderText)
        return;
    m_placeholderText = text;
    updateAccessibility();
    if (m_code.isNull())
        update();
}

QImage QrCodeWidget::image(int pixelSize) const
{
    if (m_code.isNull())
        return {};
    const int total = totalModules();
    const QImage code = m_code.toImage(std::max(1, pixelSize / total), QuietZoneModules);
    if (code.isNull() || code.width() >= pixelSize)
        return code;
    // Pad to the exact size asked for: the extra white only widens the quiet zone.
    QImage padded(pixelSize, pixelSize, QImage::Format_Grayscale8);
    padded.fill(255);
    const int offset = (pixelSize - code.width()) / 2;
    for (int y = 0; y < code.height(); ++y)
        std::memcpy(padded.scanLine(offset + y) + offset, code.constScanLine(y), size_t(code.width()));
    return padded;
}

int QrCodeWidget::totalModules() const
{
    return m_code.isNull() ? 0 : m_code.width() + 2 * QuietZoneModules;
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int total = totalModules();
    if (total == 0)
        return {MinimumSide, MinimumSide};
    // A whole number of pixels per module, never fewer than three, and at least MinimumSide in all.
    const int module = std::max(3, (MinimumSide + total - 1) / total);
    return {total * module, total * module};
}

QSize QrCodeWidget::sizeHint() const
{
    const QSize minimum = minimumSizeHint();
    const int total = totalModules();
    const int side = std::max(minimum.width(), total * 6);
    return {side, side};
}

QString QrCodeWidget::messageText() const
{
    const QString error = errorString();
    if (!error.isEmpty())
        return error;
    return m_placeholderText.isEmpty() ? tr("No QR code to show.") : m_placeholderText;
}

void QrCodeWidget::updateAccessibility()
{
    setAccessibleName(tr("QR code"));
    if (m_code.isNull()) {
        setAccessibleDescription(messageText());
        return;
    }
    QString content = QString::fromUtf8(m_text);
    if (content.size() > 200)
        content = content.left(199) + QChar(0x2026);
    setAccessibleDescription(tr("QR code of %1").arg(content));
}

void QrCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibility();
    QWidget::changeEvent(event);
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_code.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const int margin = fontMetrics().height() / 2;
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                         messageText());
        return;
    }

    // Work in device pixels so every module covers a whole number of them, whatever the scale
    // (a high-DPI screen, or render() into a pixmap with its own device pixel ratio).
    const QTransform toDevice = painter.deviceTransform();
    const QRectF device = toDevice.mapRect(QRectF(rect()));
    if (width() <= 0 || device.isEmpty())
        return;
    const int total = totalModules();
    const int side = int(std::floor(std::min(device.width(), device.height()) + 1e-6));
    const int module = std::max(1, side / total);
    const qreal scale = device.width() / width();
    if (m_cache.isNull() || m_cache.width() != total * module) {
        m_cache = m_code.toImage(module, QuietZoneModules);
        if (m_cache.isNull())
            return;
    }
    m_cache.setDevicePixelRatio(scale);

    const QPointF deviceOrigin(std::floor(device.left() + (device.width() - m_cache.width()) / 2.0 + 1e-6),
                               std::floor(device.top() + (device.height() - m_cache.height()) / 2.0 + 1e-6));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(toDevice.inverted().map(deviceOrigin), m_cache);
}

} // namespace Xident::Console
