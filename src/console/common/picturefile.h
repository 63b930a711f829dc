#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtGui/QImage>

#include <optional>

class QLabel;
class QMimeData;

namespace Xident::Console {

//! A picture of a face read from a file, for the blacklist and face 2FA: at most 10 MB, and a picture.
struct PictureFile
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::PictureFile)

public:
    QByteArray bytes;
    QString name;    //!< the file's name, without its folder
    QImage image;

    //! Reads \a path; nothing, with \a problem naming the file and the reason, when it cannot be sent.
    static std::optional<PictureFile> read(const QString &path, QString *problem);
    //! The local file a drag carries, if any.
    static QString droppedPath(const QMimeData *mime);
    //! Shows the picture scaled into \a label, with its name and size in the tooltip.
    void showIn(QLabel *label) const;
    //! The filter of a file dialog that picks pictures.
    static QString dialogFilter();
};

} // namespace Xident::Console
