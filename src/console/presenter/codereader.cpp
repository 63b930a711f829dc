#include "console/presenter/codereader.h"

#include "console/common/qrcodewidget.h"

#include <QtGui/QImage>

// The text as UTF-8 (ZXing 1.4 still offers a wide string otherwise).
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace Xident::Console {

QString readQrCode(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

QString drawAndReadQrCode(const QString &url)
{
    // A few pixels a module, the quiet zone kept: what the stage paints, at a size a camera sees.
    return readQrCode(renderQrCode(url.toUtf8(), 6, QrCodeWidget::QuietZoneModules));
}

} // namespace Xident::Console
