#include "console/common/qrcodewidget.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

namespace {

const QByteArray VerifyUrl = "http://127.0.0.2:9000/widget/xit_abcdefgh12345678"_ba;

// The bounding box of the dark pixels: the code without its quiet zone.
QRect darkBounds(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int left = grey.width(), top = grey.height(), right = -1, bottom = -1;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (line[x] == 0) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

// Colours inside rect other than pure black and white: any means smoothing blurred the modules.
int blurredPixels(const QImage &image, const QRect &rect)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb c = rgb.pixel(x, y);
            if (c != qRgb(0, 0, 0) && c != qRgb(255, 255, 255))
                ++count;
        }
    }
    return count;
}

} // namespace

// Decoding needs a real reader; without one only the decoding test functions are skipped.
#define REQUIRE_ZBARIMG()                                                                                              \
    if (m_zbarimg.isEmpty())                                                                                           \
    QSKIP("zbarimg is not installed (Debian: zbar-tools)")

class tst_QrCodeWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    }

    void decodesBack_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("moduleSize");
        QTest::newRow("verify URL, 4 px") << VerifyUrl << 4;
        QTest::newRow("verify URL, 2 px") << VerifyUrl << 2;
        QTest::newRow("verify URL, 9 px") << VerifyUrl << 9;
        QTest::newRow("bare token") << "xtk_Ab-cd_EF0123456789"_ba << 4;
        QTest::newRow("callback URL")
            << "https://shop.example/done?status=success&token=xtk_abcdefgh12345678&user_id=u1"_ba << 3;
        QTest::newRow("long URL") << ("https://verify.example/widget/xit_"_ba + QByteArray(400, 'a')) << 3;
    }

    void decodesBack()
    {
        REQUIRE_ZBARIMG();
        QFETCH(QByteArray, text);
        QFETCH(int, moduleSize);
        const QImage image = renderQrCode(text, moduleSize);
        QVERIFY(!image.isNull());
        const QrCode code = QrCode::encode(text);
        QCOMPARE(image.size(), QSize(code.width() + 8, code.width() + 8) * moduleSize);
        QCOMPARE(blurredPixels(image, image.rect()), 0);
        // Four modules of white all round.
        const QRect dark = darkBounds(image);
        QCOMPARE(dark.topLeft(), QPoint(4 * moduleSize, 4 * moduleSize));
        QCOMPARE(dark.width(), code.width() * moduleSize);
        QCOMPARE(decode(image), text);
    }

    void codeShape()
    {
        const QrCode code = QrCode::encode(VerifyUrl);
        QVERIFY(!code.isNull());
        QCOMPARE(code.width(), 17 + 4 * code.version());
        // The finder pattern's corner modules.
        QVERIFY(code.isDark(0, 0));
        QVERIFY(code.isDark(code.width() - 1, 0));
        QVERIFY(code.isDark(0, code.width() - 1));
        QVERIFY(!code.isDark(7, 7));
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(0, code.width()));
        // Bytes stay bytes, NULs included.
        QVERIFY(!QrCode::encode(QByteArray("a\0b", 3)).isNull());
    }

    void encodeFailures()
    {
        QVERIFY(QrCode::encode({}).isNull());
        QVERIFY(renderQrCode({}, 4).isNull());
        QVERIFY(renderQrCode(QByteArray(3000, 'x'), 4).isNull());
        QVERIFY(renderQrCode(VerifyUrl, 0).isNull());
        QVERIFY(renderQrCode(VerifyUrl, 4, -1).isNull());
        QVERIFY(!renderQrCode(QByteArray(QrCodeWidget::MaximumBytes, 'x'), 1).isNull());
        QVERIFY(renderQrCode(QByteArray(QrCodeWidget::MaximumBytes + 1, 'x'), 1).isNull());
        QCOMPARE(QrCode::encode({}).width(), 0);
    }

    void minimumSize()
    {
        QrCodeWidget widget;
        QVERIFY(widget.minimumSizeHint().width() >= QrCodeWidget::MinimumSide);
        widget.setText(VerifyUrl);
        const int total = widget.code().width() + 2 * QrCodeWidget::QuietZoneModules;
        const QSize minimum = widget.minimumSizeHint();
        QVERIFY2(minimum.width() >= 232, qPrintable(QString::number(minimum.width())));
        QCOMPARE(minimum.width(), minimum.height());
        QCOMPARE(minimum.width() % total, 0);
        QVERIFY(widget.sizeHint().width() >= minimum.width());
    }

    void widgetGrabbed()
    {
        REQUIRE_ZBARIMG();
        QrCodeWidget widget;
        widget.setText(VerifyUrl);
        widget.resize(300, 310);
        const QPixmap grabbed = widget.grab();
        // 1 here; run with QT_SCALE_FACTOR=2 and the same checks hold for a 200 % screen.
        const qreal ratio = grabbed.devicePixelRatio();
        const QImage shot = grabbed.toImage();
        const QSize device = QSize(300, 310) * ratio;
        QCOMPARE(shot.size(), device);
        const int total = widget.code().width() + 2 * QrCodeWidget::QuietZoneModules;
        const int module = device.width() / total;
        const QRect dark = darkBounds(shot);
        QCOMPARE(dark.width(), widget.code().width() * module);
        QCOMPARE(dark.height(), widget.code().width() * module);
        // Centred, and crisp: only black and white over the code and its quiet zone.
        const QRect quiet = dark.adjusted(-4 * module, -4 * module, 4 * module, 4 * module);
        QVERIFY(qAbs(quiet.left() - (device.width() - quiet.right() - 1)) <= 1);
        QVERIFY(qAbs(quiet.top() - (device.height() - quiet.bottom() - 1)) <= 1);
        QCOMPARE(blurredPixels(shot, quiet), 0);
        QCOMPARE(decode(shot), VerifyUrl);
    }

    void widgetAtTwoX()
    {
        REQUIRE_ZBARIMG();
        QrCodeWidget widget;
        widget.setText(VerifyUrl);
        widget.resize(300, 300);
        QPixmap pixmap(widget.size() * 2);
        pixmap.setDevicePixelRatio(2);
        pixmap.fill(Qt::darkGray);
        widget.render(&pixmap);
        const QImage shot = pixmap.toImage();
        QCOMPARE(shot.size(), QSize(600, 600));
        // Modules a whole number of device pixels, chosen for 600 device pixels, not 300 logical ones.
        const int total = widget.code().width() + 2 * QrCodeWidget::QuietZoneModules;
        const int module = 600 / total;
        const QRect dark = darkBounds(shot);
        QCOMPARE(dark.width(), widget.code().width() * module);
        const QRect quiet = dark.adjusted(-4 * module, -4 * module, 4 * module, 4 * module);
        QCOMPARE(blurredPixels(shot, quiet), 0);
        QCOMPARE(decode(shot), VerifyUrl);
    }

    void darkThemeKeepsWhiteQuietZone()
    {
        REQUIRE_ZBARIMG();
        QrCodeWidget widget;
        QPalette dark = widget.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        widget.setPalette(dark);
        widget.setText(VerifyUrl);
        widget.resize(320, 300);
        const QPixmap grabbed = widget.grab();
        const QImage shot = grabbed.toImage();
        const int total = widget.code().width() + 2 * QrCodeWidget::QuietZoneModules;
        const int module = int(300 * grabbed.devicePixelRatio()) / total;
        const QRect quiet = darkBounds(shot).adjusted(-4 * module, -4 * module, 4 * module, 4 * module);
        QCOMPARE(shot.pixel(quiet.topLeft()), qRgb(255, 255, 255));
        QCOMPARE(shot.pixel(quiet.bottomRight()), qRgb(255, 255, 255));
        QCOMPARE(blurredPixels(shot, quiet), 0);
        QCOMPARE(decode(shot), VerifyUrl);
    }

    void emptyPaintsPlaceholder()
    {
        QrCodeWidget widget;
        widget.resize(240, 240);
        QVERIFY(!widget.hasCode());
        QVERIFY(widget.errorString().isEmpty());
        QVERIFY(!widget.accessibleDescription().isEmpty());
        widget.setPlaceholderText(u"Nothing to scan yet"_s);
        QCOMPARE(widget.accessibleDescription(), u"Nothing to scan yet"_s);
        QVERIFY(!widget.accessibleName().isEmpty());
        QVERIFY(widget.image(300).isNull());

        const QImage withText = widget.grab().toImage();
        QVERIFY(!hasOnlyColour(withText, withText.pixel(0, 0)));
        QVERIFY(!darkBounds(withText).isValid() || darkBounds(withText).width() < 200);
        widget.setPlaceholderText(u" "_s);
        const QImage blank = widget.grab().toImage();
        QVERIFY(hasOnlyColour(blank, blank.pixel(0, 0)));
    }

    void tooLongFailsGracefully()
    {
        QrCodeWidget widget;
        widget.setText(VerifyUrl);
        QVERIFY(widget.hasCode());
        const QByteArray huge(3000, 'q');
        widget.setText(huge);
        QCOMPARE(widget.text(), huge);
        QVERIFY(!widget.hasCode());
        QVERIFY(widget.code().isNull());
        QVERIFY(widget.errorString().contains(u"3000"_s));
        QCOMPARE(widget.accessibleDescription(), widget.errorString());
        QVERIFY(widget.image(300).isNull());
        QCOMPARE(widget.minimumSizeHint(), QSize(QrCodeWidget::MinimumSide, QrCodeWidget::MinimumSide));
        widget.resize(300, 300);
        const QImage shot = widget.grab().toImage();
        QVERIFY(!hasOnlyColour(shot, shot.pixel(0, 0))); // the message is painted
        if (!m_zbarimg.isEmpty())
            QVERIFY(decode(shot).isEmpty());

        widget.setText(VerifyUrl);
        QVERIFY(widget.hasCode());
        QVERIFY(widget.errorString().isEmpty());
    }

    void imageForCopying()
    {
        REQUIRE_ZBARIMG();
        QrCodeWidget widget;
        widget.setText(VerifyUrl);
        const QImage exact = widget.image(512);
        QCOMPARE(exact.size(), QSize(512, 512));
        QCOMPARE(blurredPixels(exact, exact.rect()), 0);
        QCOMPARE(decode(exact), VerifyUrl);
        // Below one pixel per module it is as small as it can be, not smaller.
        const int total = widget.code().width() + 2 * QrCodeWidget::QuietZoneModules;
        QCOMPARE(widget.image(10).size(), QSize(total, total));
    }

    void textSignalsAndAccessibility()
    {
        QrCodeWidget widget;
        int changes = 0;
        connect(&widget, &QrCodeWidget::textChanged, this, [&changes] { ++changes; });
        widget.setText(VerifyUrl);
        widget.setText(VerifyUrl);
        QCOMPARE(changes, 1);
        QCOMPARE(widget.text(), VerifyUrl);
        QVERIFY(widget.accessibleDescription().contains(QString::fromLatin1(VerifyUrl)));
        widget.setText({});
        QCOMPARE(changes, 2);
        QVERIFY(!widget.hasCode());
        QVERIFY(widget.errorString().isEmpty());
    }

private:
    static bool hasOnlyColour(const QImage &image, QRgb colour)
    {
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            for (int x = 0; x < rgb.width(); ++x) {
                if (rgb.pixel(x, y) != colour)
                    return false;
            }
        }
        return true;
    }

    // What zbarimg reads from the image; empty when it finds no code.
    QByteArray decode(const QImage &image)
    {
        const QString file = m_dir.filePath(u"code-%1.png"_s.arg(++m_files));
        if (!image.save(file))
            return "<could not save>"_ba;
        QProcess zbar;
        zbar.start(m_zbarimg, {u"--raw"_s, u"-q"_s, file});
        if (!zbar.waitForFinished(30000))
            return "<zbarimg hung>"_ba;
        QByteArray out = zbar.readAllStandardOutput();
        if (out.endsWith('\n'))
            out.chop(1);
        return out;
    }

    QTemporaryDir m_dir;
    QString m_zbarimg;
    int m_files = 0;
};

QTEST_MAIN(tst_QrCodeWidget)
#include "tst_qrcodewidget.moc"
