// The one verdict widget: its words and colour, and checks revealed one at a time on the stage.
#include "console/common/verdictview.h"
#include "console/core/watchstatus.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

class tst_VerdictView : public QObject
{
    Q_OBJECT

    static Verdict failedWithChecks()
    {
        Verdict v;
        v.tone = Verdict::Tone::Bad;
        v.headline = u"Not verified"_s;
        v.detail = u"The face does not match the document."_s;
        v.checks = {{u"liveness"_s, u"Liveness"_s, true}, {u"age"_s, u"Age"_s, true}, {u"face_match"_s, u"Face match"_s, false}};
        return v;
    }

private Q_SLOTS:
    void showsWordsColourAndChecks()
    {
        VerdictView view;
        view.setVerdict(failedWithChecks());
        view.show();
        auto *headline = view.findChild<QLabel *>(u"verdictHeadline"_s);
        QCOMPARE(headline->text(), u"Not verified"_s);
        QCOMPARE(headline->palette().color(QPalette::WindowText), watchStatusColor(WatchStatus::Failed));
        QCOMPARE(view.findChild<QLabel *>(u"verdictDetail"_s)->text(), u"The face does not match the document."_s);
        QCOMPARE(view.shownChecks(), 3);
        auto *face = view.findChild<QLabel *>(u"check_face_match"_s);
        QVERIFY(face->isVisible());
        QCOMPARE(face->accessibleName(), u"Face match: failed"_s);
        // A new verdict replaces the old checks.
        Verdict waiting;
        waiting.headline = u"Waiting for the person"_s;
        view.setVerdict(waiting);
        QCOMPARE(view.shownChecks(), 0);
        QVERIFY(!view.findChild<QLabel *>(u"check_face_match"_s));
    }

    void stageRevealsChecksOneByOne()
    {
        VerdictView view;
        view.setScale(2.5);
        view.setRevealInterval(50);
        QSignalSpy revealed(&view, &VerdictView::checkRevealed);
        view.setVerdict(failedWithChecks());
        view.show();
        QCOMPARE(view.shownChecks(), 0);
        QTRY_COMPARE(view.shownChecks(), 3);
        // One at a time, however busy the machine: each step shows one more than the one before.
        QCOMPARE(revealed.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(revealed.at(i).at(0).toInt(), i + 1);
        QVERIFY(view.findChild<QLabel *>(u"verdictHeadline"_s)->font().pointSizeF() > view.font().pointSizeF() * 3);
    }
};

QTEST_MAIN(tst_VerdictView)
#include "tst_verdictview.moc"
