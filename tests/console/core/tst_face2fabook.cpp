// Face 2FA without a window, against the embedded sandbox: a face enrolled, verified with the same picture (passed)
// and another (failed, with the reason in words), a user never enrolled refused, and the enrolment looked up and
// deleted; every challenge stays in this run's model with its id, kind and times.
#include "console/core/clientpool.h"
#include "console/core/face2fabook.h"
#include "console/core/models/challengemodel.h"
#include "console/core/workspace.h"
#include "sandbox/faceresources.h"
#include "text/facetext.h"

#include <QtCore/QBuffer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

QByteArray picture(Qt::GlobalColor colour)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

class tst_Face2faBook : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;

    Face2faBook *book() const { return m_workspace->face2fa(); }
    ChallengeModel *model() const { return book()->challenges(); }

    // Starts a challenge and waits for its verdict; returns its row.
    ChallengeModel::Row settle(const QString &userId, const QByteArray &image, bool verify)
    {
        QSignalSpy settled(book(), &Face2faBook::challengeSettled);
        book()->start(userId, image, u"face.png"_s, verify);
        if (!settled.wait(10000))
            return {};
        return model()->rowAt(settled.first().first().toInt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->path() + u"/console.ini"_s, QSettings::IniFormat);
        Workspace::Options o;
        o.settings = m_settings.get();
        o.dataDir = m_dir->path() + u"/data"_s;
        o.sandboxPort = 0;
        o.webhookInbox = false;
        o.keychainTimeout = std::chrono::milliseconds(1000);
        m_workspace = std::make_unique<Workspace>(o);
        m_workspace->start();
        QTRY_VERIFY(m_workspace->clients()->currentClient());
        book()->setPollInterval(100);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void enrolVerifyAndDelete()
    {
        QAbstractItemModelTester tester(model());
        const QByteArray face = picture(Qt::darkYellow);
        const ChallengeModel::Row enrolled = settle(u"user-42"_s, face, false);
        QCOMPARE(ChallengeModel::toneOf(enrolled), ChallengeModel::Tone::Passed);
        QCOMPARE(enrolled.kind, u"enroll"_s);
        QVERIFY(!enrolled.challengeId.isEmpty());
        QVERIFY(!enrolled.challenge.completedAt.isEmpty());
        QCOMPARE(ChallengeModel::verdictText(enrolled), u"Passed: The face is enrolled."_s);

        QSignalSpy read(book(), &Face2faBook::userRead);
        book()->lookUp(u"user-42"_s);
        QVERIFY(read.wait(5000));
        QVERIFY(read.last().at(1).value<Face2faUser>().enrolled);

        const ChallengeModel::Row same = settle(u"user-42"_s, face, true);
        QCOMPARE(ChallengeModel::toneOf(same), ChallengeModel::Tone::Passed);
        QCOMPARE(ChallengeModel::verdictText(same), u"Passed: The face matches the one enrolled."_s);
        const ChallengeModel::Row other = settle(u"user-42"_s, picture(Qt::magenta), true);
        QCOMPARE(ChallengeModel::toneOf(other), ChallengeModel::Tone::Failed);
        QCOMPARE(other.challenge.failureReason, u"face_mismatch"_s);
        QCOMPARE(ChallengeModel::verdictText(other), u"Failed: The face does not match the one enrolled for this user."_s);
        const ChallengeModel::Row stranger = settle(u"nobody-7"_s, face, true);
        QCOMPARE(ChallengeModel::verdictText(stranger), u"Failed: This user has no face enrolled: enrol one first."_s);
        // This run's challenges, newest first.
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(model()->index(0, ChallengeModel::UserColumn).data().toString(), u"nobody-7"_s);
        QCOMPARE(model()->index(3, ChallengeModel::KindColumn).data().toString(), u"enrolment"_s);

        // Deleted for good, and deleting again is no error.
        QSignalSpy said(book(), &Face2faBook::said);
        book()->deleteUser(u"user-42"_s);
        QVERIFY(read.wait(5000));
        QVERIFY(read.last().at(2).toBool());
        book()->lookUp(u"user-42"_s);
        QVERIFY(read.wait(5000));
        QVERIFY(!read.last().at(1).value<Face2faUser>().enrolled);
        book()->deleteUser(u"user-42"_s);
        QVERIFY(read.wait(5000));
        QVERIFY(read.last().at(2).toBool());
        QVERIFY(std::none_of(said.cbegin(), said.cend(), [](const QList<QVariant> &s) { return s.at(1).toBool(); }));
    }

    void everyFailureReasonIsExplained()
    {
        // Each reason the API documents (the sandbox produces them all) has its own words.
        const QString unknown = Text::challengeFailure(u"no_such_reason"_s);
        QVERIFY(unknown.contains(u"no_such_reason"_s));
        QSet<QString> said;
        for (const QString &reason : Sandbox::FaceResources::failureReasons()) {
            const QString words = Text::challengeFailure(reason);
            QVERIFY2(words != Text::challengeFailure(u"no_such_reason"_s).replace(u"no_such_reason"_s, reason), qPrintable(reason));
            said.insert(words);
        }
        QCOMPARE(said.size(), Sandbox::FaceResources::failureReasons().size());
    }

    void badInputIsSaidAndNothingIsSent()
    {
        QSignalSpy said(book(), &Face2faBook::said);
        book()->start(QString(), picture(Qt::red), u"face.png"_s, false);
        QVERIFY(said.last().at(0).toString().contains(u"user id"_s));
        book()->start(QString(256, u'u'), picture(Qt::red), u"face.png"_s, false);
        QVERIFY(said.last().at(0).toString().contains(u"256"_s));
        book()->start(u"user"_s, "not a picture", u"notes.txt"_s, true);
        QVERIFY(said.last().at(0).toString().contains(u"not a picture"_s));
        // A picture whose end is missing is not sent for a verdict on what is left.
        book()->start(u"user"_s, picture(Qt::red).left(60), u"cut.png"_s, true);
        QVERIFY2(said.last().at(0).toString().contains(u"could not be decoded"_s), qPrintable(said.last().at(0).toString()));
        // "." and ".." would name another address than the user's: an enrolment made so could never be deleted.
        for (const QString &dots : {u"."_s, u".."_s}) {
            book()->start(dots, picture(Qt::red), u"face.png"_s, false);
            QVERIFY(said.last().at(0).toString().contains(u"cannot be used"_s));
            book()->deleteUser(dots);
            QVERIFY(said.last().at(0).toString().contains(u"cannot be used"_s));
        }
        // 255 characters are 255 characters, even when each is an emoji (two UTF-16 units).
        QString emoji;
        for (int i = 0; i < 255; ++i)
            emoji += u"\U0001F642"_s;
        QVERIFY(Face2faBook::userIdProblem(emoji).isEmpty());
        QVERIFY(!Face2faBook::userIdProblem(emoji + u"x"_s).isEmpty());
        QCOMPARE(model()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_Face2faBook)
#include "tst_face2fabook.moc"
