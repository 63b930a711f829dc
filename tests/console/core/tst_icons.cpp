// The console's icons: every one the panes ask for is in the resource and renders at every size.
#include "console/core/resources.h"

#include <QtCore/QDir>
#include <QtCore/QRegularExpression>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtGui/QPixmap>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

using namespace Qt::StringLiterals;

class tst_Icons : public QObject
{
    Q_OBJECT
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
};

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
