#include "console/common/picturefile.h"

#include "console/core/blacklistbook.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtGui/QPixmap>
#include <QtWidgets/QLabel>

namespace Xident::Console {

std::optional<PictureFile> PictureFile::read(const QString &path, QString *problem)
{
    const QString name = QFileInfo(path).fileName();
    // A pipe or a device would block the window or never end: regular files only, and never more read than allowed.
    const QFileInfo info(path);
    if (!info.isFile()) {
        *problem = tr("%1 is not a regular file.").arg(name);
        return std::nullopt;
    }
    QFile file(path);
    if (file.size() > BlacklistBook::MaxImageBytes) {
        *problem = tr("%1 is %2 MB; the API takes at most 10 MB.").arg(name, QLocale().toString(double(file.size()) / (1024 * 1024), 'f', 1));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 could not be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    PictureFile picture{file.read(BlacklistBook::MaxImageBytes + 1), name, {}};
    if (const QString why = BlacklistBook::imageProblem(picture.bytes); !why.isEmpty()) {
        *problem = tr("%1: %2").arg(name, why);
        return std::nullopt;
    }
    picture.image = BlacklistBook::decoded(picture.bytes);
    return picture;
}

QString PictureFile::droppedPath(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().isEmpty() || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

void PictureFile::showIn(QLabel *label) const
{
    // Scaled for the screen's pixels, so it stays sharp at 200 %.
    const qreal ratio = label->devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(label->size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    label->setPixmap(pixmap);
    label->setToolTip(tr("%1, %2 × %3").arg(name).arg(image.width()).arg(image.height()));
}

QString PictureFile::dialogFilter()
{
    return tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)");
}

} // namespace Xident::Console
