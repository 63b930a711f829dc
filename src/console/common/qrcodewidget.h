#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtGui/QImage>
#include <QtWidgets/QWidget>

namespace Xident::Console {

//! The module matrix of one QR code (error correction M, byte mode), as libqrencode made it.
class QrCode
{
public:
    QrCode() = default;

    //! Encodes the bytes exactly as given; a null code when they do not fit (over 2331 bytes) or are empty.
    static QrCode encode(const QByteArray &data);

    bool isNull() const { return m_width == 0; }
    //! Modules per side, without the quiet zone.
    int width() const { return m_width; }
    //! The QR version (1 to 40), 0 for a null code.
    int version() const { return m_version; }
    bool isDark(int x, int y) const;

    //! Black modules on white, moduleSize pixels each, with a white border of quietZoneModules;
    //! a null image for a null code or a module size below 1.
    QImage toImage(int moduleSize, int quietZoneModules = 4) const;

private:
    int m_width = 0;
    int m_version = 0;
    QByteArray m_dark; // one byte per module, row by row: 1 dark, 0 light
};

//! The QR code of text as an image (see QrCode::toImage); a null image when the text cannot be encoded.
QImage renderQrCode(const QByteArray &text, int moduleSize, int quietZoneModules = 4);

//! Shows one QR code crisp at any size and scale, with a plain placeholder when there is none.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QByteArray text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QString placeholderText READ placeholderText WRITE setPlaceholderText)
public:
    //! The most bytes a code with error correction M holds (version 40).
    static constexpr int MaximumBytes = 2331;
    //! Modules of white border around the code; the standard asks for four.
    static constexpr int QuietZoneModules = 4;
    //! The smallest side, in logical pixels, that the widget asks for: big enough to scan from a phone.
    static constexpr int MinimumSide = 232;

    explicit QrCodeWidget(QWidget *parent = nullptr);
    ~QrCodeWidget() override;

    //! Encodes text; text that does not fit leaves no code and sets errorString().
    void setText(const QByteArray &text);
    QByteArray text() const { return m_text; }
    //! True when text() is encoded and painted.
    bool hasCode() const { return !m_code.isNull(); }
    //! Why the current text has no code; empty when it has one or the text is empty.
    QString errorString() const;
    const QrCode &code() const { return m_code; }

    QString placeholderText() const { return m_placeholderText; }
    void setPlaceholderText(const QString &text);

    //! The code for copying or saving: exactly pixelSize square (white padding centres it), or larger
    //! when pixelSize is below one pixel per module; a null image when there is no code.
    QImage image(int pixelSize) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void textChanged(const QByteArray &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int totalModules() const;
    QString messageText() const;
    void updateAccessibility();

    QByteArray m_text;
    QrCode m_code;
    QString m_placeholderText;
    QImage m_cache; // the code at the module size of the last paint
};

} // namespace Xident::Console
