// The face panes against the embedded sandbox. Blacklist (Ctrl+7), driven as support would: a finished session
// blacklisted from its watchlist row (the request carries its xtk_ token), "processing" and then listed; removed after
// a question that names it; a picture added and listed; a session still in progress refused with a sentence, the
// reason kept. Face 2FA (Ctrl+8), driven as QA would: a face enrolled, verified with the same picture and another,
// the verdicts in words, and the user deleted after a confirmation.
#include "console/application.h"
#include "console/blacklist/blacklistadddialog.h"
#include "console/blacklist/blacklistpane.h"
#include "console/core/blacklistbook.h"
#include "console/core/clientpool.h"
#include "console/core/models/blacklistmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/workspace.h"
#include "console/core/face2fabook.h"
#include "console/core/models/challengemodel.h"
#include "console/face2fa/face2fapane.h"
#include "console/mainwindow.h"
#include "console/sessions/inspectorpane.h"
#include "console/sessions/watchlistpane.h"

#include <XidentQt/client.h>
#include <XidentQt/job.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

struct TestConsole
{
    explicit TestConsole(const QString &root)
        : settings(root + u"/console.ini"_s, QSettings::IniFormat)
    {
        Workspace::Options o;
        o.settings = &settings;
        o.dataDir = root + u"/data"_s;
        o.sandboxPort = 0;
        o.webhookInbox = false;
        o.sandboxMagicDelayMs = 100;
        workspace = std::make_unique<Workspace>(o);
        workspace->start();
        window = std::make_unique<MainWindow>(workspace.get());
        window->show();
    }
    ~TestConsole()
    {
        window.reset();
        workspace.reset();
    }
    BlacklistPane *pane() const { return window->blacklistPane(); }
    BlacklistModel *model() const { return workspace->blacklist()->model(); }
    template<typename T>
    T *in(QWidget *w, const char *name) const
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    QSettings settings;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

// The dialog that is open now, filled with \a reason and submitted.
BlacklistAddDialog *submitDialog(const QString &reason)
{
    auto *dialog = qobject_cast<BlacklistAddDialog *>(QApplication::activeModalWidget());
    if (!dialog)
        return nullptr;
    dialog->findChild<QPlainTextEdit *>(u"reason"_s)->setPlainText(reason);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return dialog;
}

} // namespace

class tst_BlacklistPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    static QString create(TestConsole &c, const QString &userId)
    {
        if (!QTest::qWaitFor([&c] { return c.workspace->clients()->currentClient() != nullptr; }, 5000))
            return {};
        InitParams params;
        params.callbackUrl = u"https://shop.example/done"_s;
        params.userId = userId;
        std::unique_ptr<InitJob> job(c.workspace->clients()->currentClient()->init(params));
        job->setAutoDelete(false);
        QSignalSpy done(job.get(), &Job::finished);
        job->start();
        return done.wait(10000) && !job->error() ? job->result().token : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        initResources();
        installTranslations(u"en"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void aFinishedSessionFromItsRowThenRemoved()
    {
        TestConsole c(m_dir->path());
        const QString token = create(c, u"sandbox:pass"_s);
        QVERIFY(!token.isEmpty());
        c.window->openReferences({token});
        QTRY_COMPARE_WITH_TIMEOUT(c.workspace->sessions()->session(token)->status, u"success"_s, 10000);
        const QString resultToken = BlacklistBook::resultTokenOf(*c.workspace->sessions()->session(token));
        QVERIFY(resultToken.startsWith("xtk_"_L1));
        c.window->watchlist()->showSession(token);
        auto *action = c.window->watchlist()->findChild<QAction *>(u"blacklistAction"_s);
        QTRY_VERIFY(action->isEnabled());
        // The inspector offers it too.
        QTRY_VERIFY(c.in<QPushButton>(c.window->inspector(), "blacklist")->isEnabled());

        QSignalSpy exchanges(c.workspace->clients(), &ClientPool::exchangeFinished);
        QSignalSpy added(c.workspace->blacklist(), &BlacklistBook::addFinished);
        BlacklistAddDialog *dialog = nullptr;
        QTimer::singleShot(0, qApp, [&dialog] { dialog = submitDialog(u"Chargeback ring"_s); });
        action->trigger();
        QTRY_VERIFY(dialog);
        QVERIFY(added.wait(10000));
        QCOMPARE(c.window->findChild<QTabWidget *>()->currentWidget(), c.pane());
        bool sent = false;
        for (const QList<QVariant> &args : exchanges) {
            const Exchange x = args.at(1).value<Exchange>();
            if (x.url.path().endsWith(u"/blacklist/session"_s)) {
                QCOMPARE(QJsonDocument::fromJson(x.requestBody).object().value("session_token"_L1).toString(), resultToken);
                sent = true;
            }
        }
        QVERIFY(sent);
        auto *table = c.in<QTableView>(c.pane(), "table");
        QCOMPARE(table->model()->index(0, BlacklistModel::IdColumn).data().toString(), u"processing"_s);
        QTRY_VERIFY_WITH_TIMEOUT(c.model()->pending().isEmpty() && c.model()->entries().size() == 1, 10000);
        const qint64 id = c.model()->entries().first().id;
        QCOMPARE(table->model()->index(0, BlacklistModel::ReasonColumn).data().toString(), u"Chargeback ring"_s);
        QVERIFY(c.in<QLabel>(c.pane(), "pageText")->text().contains(u"1 entry"_s));

        // Removing asks first, naming the entry.
        table->selectRow(0);
        QString asked;
        QTimer::singleShot(0, qApp, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(c.in<QPushButton>(c.pane(), "remove"), Qt::LeftButton);
        QVERIFY2(asked.contains(u"entry %1"_s.arg(id)) && asked.contains(u"Chargeback ring"_s), qPrintable(asked));
        QTRY_VERIFY(c.model()->entries().isEmpty());
        QCOMPARE(c.in<QLabel>(c.pane(), "said")->text(), u"Entry %1 removed."_s.arg(id));
    }

    void aPictureIsAddedAndListed()
    {
        TestConsole c(m_dir->path());
        c.window->findChild<QAction *>(u"blacklistTabAction"_s)->trigger();
        QTRY_VERIFY(c.workspace->clients()->currentClient());
        QImage image(80, 80, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString path = m_dir->filePath(u"face.png"_s);
        QVERIFY(image.save(path));
        QSignalSpy added(c.workspace->blacklist(), &BlacklistBook::addFinished);
        c.pane()->addImage(path);
        auto *dialog = qobject_cast<BlacklistAddDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLabel *>(u"thumbnail"_s)->pixmap().isNull());
        // A reason is required; nothing is sent without one.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->problemText().contains(u"reason"_s));
        QVERIFY(added.isEmpty());
        // Something that is not a picture is refused with its name, and the loaded one stays.
        const QString text = m_dir->filePath(u"notes.txt"_s);
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a picture");
        notes.close();
        QVERIFY(!dialog->loadImage(text));
        QVERIFY(dialog->problemText().startsWith(u"notes.txt: "_s));
        // A pipe or a device named like a picture is refused at once, never read (it would block or never end).
        const QString fifo = m_dir->filePath(u"pipe.png"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!dialog->loadImage(fifo));
        QCOMPARE(dialog->problemText(), u"pipe.png is not a regular file."_s);
        const QString zero = m_dir->filePath(u"zero.png"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, zero));
        QVERIFY(!dialog->loadImage(zero));
        QCOMPARE(dialog->problemText(), u"zero.png is not a regular file."_s);
        QVERIFY(submitDialog(u"Known fraud"_s));
        QVERIFY(added.wait(10000));
        QVERIFY(added.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(c.model()->pending().isEmpty() && c.model()->entries().size() == 1, 10000);
        QCOMPARE(c.model()->entries().first().source, u"image"_s);
    }

    void aSessionInProgressIsRefusedWithASentence()
    {
        TestConsole c(m_dir->path());
        const QString token = create(c, u"someone"_s);
        QVERIFY(!token.isEmpty());
        c.window->openReferences({token});
        QTRY_VERIFY_WITH_TIMEOUT(!c.workspace->sessions()->session(token)->resultJson.isEmpty(), 10000);
        const QString resultToken = BlacklistBook::resultTokenOf(*c.workspace->sessions()->session(token));
        QVERIFY(!resultToken.isEmpty());
        QSignalSpy added(c.workspace->blacklist(), &BlacklistBook::addFinished);
        c.pane()->addSession(resultToken, token);
        BlacklistAddDialog *dialog = submitDialog(u"Too early"_s);
        QVERIFY(dialog);
        QVERIFY(added.wait(10000));
        // The dialog stays, with what was typed and why it was refused.
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemText().startsWith(u"This session has not finished yet"_s), qPrintable(dialog->problemText()));
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"reason"_s)->toPlainText(), u"Too early"_s);
        dialog->reject();
    }

    void face2faEnrolVerifyAndDelete()
    {
        TestConsole c(m_dir->path());
        c.workspace->face2fa()->setPollInterval(100);
        c.window->findChild<QAction *>(u"face2faTabAction"_s)->trigger();
        Face2faPane *pane = c.window->face2faPane();
        QCOMPARE(c.window->findChild<QTabWidget *>()->currentWidget(), pane);
        QTRY_VERIFY(c.workspace->clients()->currentClient());
        const auto save = [this](const QString &name, Qt::GlobalColor colour) {
            QImage image(80, 80, QImage::Format_RGB32);
            image.fill(colour);
            const QString path = m_dir->filePath(name);
            image.save(path);
            return path;
        };
        auto *enrol = c.in<QPushButton>(pane, "enrol");
        auto *verify = c.in<QPushButton>(pane, "verify");
        QVERIFY(!enrol->isEnabled());
        QTest::keyClicks(c.in<QLineEdit>(pane, "userId"), u"qa-user-1"_s);
        QVERIFY(pane->loadPicture(save(u"me.png"_s, Qt::darkBlue)));
        QVERIFY(enrol->isEnabled() && verify->isEnabled());
        QSignalSpy settled(c.workspace->face2fa(), &Face2faBook::challengeSettled);
        QTest::mouseClick(enrol, Qt::LeftButton);
        QVERIFY(settled.wait(10000));
        auto *detail = c.in<QLabel>(pane, "detail");
        QVERIFY2(detail->text().startsWith(u"Passed: The face is enrolled."_s), qPrintable(detail->text()));
        QVERIFY(detail->text().contains(u"Challenge "_s));
        QTRY_VERIFY(c.in<QLabel>(pane, "enrolment")->text().startsWith(u"qa-user-1 is enrolled since"_s));
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(settled.wait(10000));
        QVERIFY2(detail->text().startsWith(u"Passed: The face matches the one enrolled."_s), qPrintable(detail->text()));
        QVERIFY(pane->loadPicture(save(u"someone-else.png"_s, Qt::darkRed)));
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(settled.wait(10000));
        QVERIFY2(detail->text().startsWith(u"Failed: The face does not match the one enrolled for this user."_s), qPrintable(detail->text()));
        auto *table = c.in<QTableView>(pane, "challenges");
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, ChallengeModel::ImageColumn).data().toString(), u"someone-else.png"_s);

        QString asked;
        QTimer::singleShot(0, qApp, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(c.in<QPushButton>(pane, "deleteUser"), Qt::LeftButton);
        QVERIFY(asked.contains(u"qa-user-1"_s));
        QTRY_COMPARE(c.in<QLabel>(pane, "enrolment")->text(), u"qa-user-1 is not enrolled: the face was deleted for good."_s);
    }
};

QTEST_MAIN(tst_BlacklistPane)
#include "tst_blacklistpane.moc"
