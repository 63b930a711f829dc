#pragma once

#include <QtCore/QString>

class QImage;

namespace Xident::Console {

//! The text of the QR code in \a image, read as a phone's camera would (ZXing); empty when none reads.
QString readQrCode(const QImage &image);
//! Draws \a url's code as the stage draws it and reads it back: "Check the demo" compares the two.
QString drawAndReadQrCode(const QString &url);

} // namespace Xident::Console
