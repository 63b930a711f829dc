// The console's icons: every one the panes ask for is in the resource and renders at every size.
#include "console/core/resources.h"
#include "console/core/watchstatus.h"

#include <QtCore/QDir>
#include <QtCore/QRegularExpression>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtGui/QPixmap>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

class tst_Icons : public QObject
{
    Q_OBJECT

    // WCAG's contrast ratio of two colours.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
private Q_SLOTS:
    void initTestCase()
    {
        Xident::Console::initCoreResources();
        QTest::failOnWarning(QRegularExpression(u".*"_s)); // QtSvg complains about anything it cannot draw
    }

    void everyIconIsThere()
    {
        const QStringList expected{
            u"xident-console"_s, u"new-session"_s,    u"paste-tokens"_s,   u"poll-now"_s,        u"pause"_s,
            u"resume"_s,         u"remove"_s,         u"archive"_s,        u"export"_s,          u"copy"_s,
            u"open-browser"_s,   u"qr"_s,             u"find"_s,           u"profile"_s,         u"settings"_s,
            u"reveal"_s,         u"hide"_s,           u"live-warning"_s,   u"status-ok"_s,       u"status-failed"_s,
            u"status-pending"_s, u"status-canceled"_s, u"status-expired"_s, u"sandbox"_s,         u"share-lan"_s,
            u"about"_s,          u"webhook"_s,        u"inbox"_s,          u"validate"_s,        u"send"_s,
            u"open-file"_s};
        QStringList present = QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files);
        for (QString &name : present)
            name.chop(4);
        for (const QString &name : expected)
            QVERIFY2(present.contains(name), qPrintable(name));
        QCOMPARE(present.size(), expected.size());
    }

    void renders_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList names = QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << u":/icons/"_s + name;
    }

    void renders()
    {
        QFETCH(QString, path);
        const QIcon icon(path);
        QVERIFY(!icon.isNull());
        for (const int size : {16, 24, 48}) {
            for (const qreal ratio : {1.0, 2.0}) {
                const QImage image = icon.pixmap(QSize(size, size), ratio).toImage();
                QCOMPARE(image.size(), QSize(size, size) * ratio);
                // Something is drawn, and the corners are left clear.
                int opaque = 0;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x)
                        opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
                }
                QVERIFY2(opaque > image.width(), qPrintable(u"%1 at %2 px, x%3"_s.arg(path).arg(size).arg(ratio)));
                if (!path.endsWith(u"xident-console.svg"_s))
                    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            }
        }
    }
    void statusTextIsReadableInLightAndDarkPalettes()
    {
        // Status words and problems next to fields are drawn in these colours on the window and on the base
        // colour, in light and dark palettes: at least 4.5:1 (WCAG AA for text) everywhere.
        using namespace Xident::Console;
        QPalette dark;
        for (auto [role, color] : {std::pair{QPalette::Window, QColor(0x35, 0x35, 0x35)}, {QPalette::Base, QColor(0x23, 0x23, 0x23)},
                                   {QPalette::WindowText, QColor(Qt::white)}, {QPalette::Text, QColor(Qt::white)}})
            dark.setColor(role, color);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const QPalette light = fusion->standardPalette();
        const QPalette before = QGuiApplication::palette();
        for (const QPalette &palette : {light, dark}) {
            QGuiApplication::setPalette(palette);
            for (int s = 0; s <= int(WatchStatus::Unknown); ++s) {
                const QColor text = watchStatusColor(WatchStatus(s));
                for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
                    const double ratio = contrast(text, palette.color(role));
                    QVERIFY2(ratio >= 4.5, qPrintable(u"status %1, %2 on %3: %4"_s.arg(s).arg(text.name(), palette.color(role).name())
                                                          .arg(ratio, 0, 'f', 2)));
                }
            }
        }
        QGuiApplication::setPalette(before);
    }
};

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
