#include "console/common/picturefile.h"

#include "console/core/blacklistbook.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtGui/QPixmap>
#include <QtWidgets/QLabel>

namespace Xident::Console {

std::optional<PictureFile> PictureFile::read(const QString &path, QString *problem)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (file.size() > BlacklistBook::MaxImageBytes) {
        *problem = tr("%1 is %2 MB; the API takes at most 10 MB.").arg(name).arg(double(file.size()) / (1024 * 1024), 0, 'f', 1);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 could not be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    PictureFile picture{file.readAll(), name, {}};
    if (const QString why = BlacklistBook::imageProblem(picture.bytes); !why.isEmpty()) {
        *problem = tr("%1: %2").arg(name, why);
        return std::nullopt;
    }
    picture.image = QImage::fromData(picture.bytes);
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
    label->setPixmap(QPixmap::fromImage(image.scaled(label->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    label->setToolTip(tr("%1, %2 × %3").arg(name).arg(image.width()).arg(image.height()));
}

QString PictureFile::dialogFilter()
{
    return tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)");
}

} // namespace Xident::Console
