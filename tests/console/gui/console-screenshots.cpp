// Takes a screenshot of every pane of the console against a fresh in-process sandbox, with fresh data in a
// temporary folder: nothing of the user's, and no secret on screen. Run under Xvfb by
// `tools/xident-dev screenshots`; writes PNGs to the folder given as the first argument.
#include "console/aboutdialog.h"
#include "console/blacklist/blacklistpane.h"
#include "console/core/blacklistbook.h"
#include "console/core/face2fabook.h"
#include "console/core/models/blacklistmodel.h"
#include "console/face2fa/face2fapane.h"
#include "console/common/verdictview.h"
#include "console/application.h"
#include "console/core/demosession.h"
#include "console/core/history/historystore.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sessiontracker.h"
#include "console/core/workspace.h"
#include "console/create/createsessionpane.h"
#include "console/mainwindow.h"
#include "console/presenter/presenter.h"
#include "console/presenter/stagewindow.h"
#include "console/profiles/profiledialog.h"
#include "console/sessions/inspectorpane.h"
#include "console/sessions/pastetokensdialog.h"
#include "console/sessions/watchlistpane.h"
#include "console/webhooks/webhookinboxpane.h"
#include "console/sandbox/sandboxpane.h"
#include "console/scenarios/scenariospane.h"
#include "scenarios/scenariorunner.h"
#include "console/core/models/deliverymodel.h"
#include "console/webhooks/webhookvalidatorpane.h"
#include "console/sessions/evidencedialog.h"
#include "headlessbrowser.h"
#include "phone.h"
#include "sandbox/sandbox.h"

#include <XidentQt/client.h>
#include <XidentQt/job.h>

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtGui/QPalette>
#include <QtGui/QScreen>
#include <QtTest/QSignalSpy>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void save(QWidget *w, const QString &dir, const QString &name)
{
    settle(150);
    const QString path = dir + u'/' + name + qApp->property("screenshotSuffix").toString() + u".png"_s;
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

QString create(MainWindow &window, const QString &userId)
{
    CreateSessionPane *pane = window.createPane();
    pane->findChild<QLineEdit *>(u"userId"_s)->setText(userId);
    QString token;
    const QMetaObject::Connection c =
        QObject::connect(pane, &CreateSessionPane::sessionCreated, pane, [&token](const QString &t) { token = t; });
    pane->create();
    waitFor([&] { return !token.isEmpty(); }, 5000);
    QObject::disconnect(c);
    return token;
}

// The face panes: the blacklist with a session's face, a picture and one still processing; face 2FA with an
// enrolment and two verifications; and the inspector's "Copy as code" menu open over the window.
void facePanes(MainWindow &window, Workspace &workspace, const QString &out, const QString &passed)
{
    const auto picture = [](Qt::GlobalColor colour) {
        QImage image(96, 96, QImage::Format_RGB32);
        image.fill(colour);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return buffer.data();
    };
    auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
    BlacklistBook *blacklist = workspace.blacklist();
    if (const auto session = workspace.sessions()->session(passed))
        blacklist->addSession(BlacklistBook::resultTokenOf(*session), u"Chargeback ring, case 4471"_s);
    blacklist->addImage(picture(Qt::darkCyan), u"Fake documents, reported by the bank"_s, u"reported-face.png"_s);
    tabs->setCurrentWidget(window.blacklistPane());
    waitFor([&] { return blacklist->model()->entries().size() >= 2; }, 8000);
    blacklist->addImage(picture(Qt::darkMagenta), u"Second account of the same person"_s, u"second-account.jpg"_s);
    waitFor([&] { return blacklist->model()->pending().size() == 1; }, 5000);
    save(&window, out, u"console-blacklist"_s);

    Face2faBook *faces = workspace.face2fa();
    faces->setPollInterval(100);
    tabs->setCurrentWidget(window.face2faPane());
    window.face2faPane()->findChild<QLineEdit *>(u"userId"_s)->setText(u"customer-1042"_s);
    QSignalSpy settled(faces, &Face2faBook::challengeSettled);
    faces->start(u"customer-1042"_s, picture(Qt::darkYellow), u"enrol-selfie.png"_s, false);
    settled.wait(5000);
    faces->start(u"customer-1042"_s, picture(Qt::darkYellow), u"login-selfie.png"_s, true);
    settled.wait(5000);
    faces->start(u"customer-1042"_s, picture(Qt::darkGreen), u"someone-else.png"_s, true);
    settled.wait(5000);
    faces->lookUp(u"customer-1042"_s);
    settle(300);
    save(&window, out, u"console-face2fa"_s);

    // The menu is a window of its own: the screen under the main window is grabbed with it open.
    tabs->setCurrentIndex(0);
    window.watchlist()->showSession(passed);
    auto *copyAs = window.inspector()->findChild<QPushButton *>(u"copyAs"_s);
    settle(200);
    if (copyAs && copyAs->menu()) {
        QTimer::singleShot(400, copyAs->menu(), [&window, copyAs, out] {
            copyAs->menu()->setActiveAction(copyAs->menu()->actions().value(1));
            settle(150);
            const QString path = out + u"/console-copy-as"_s + qApp->property("screenshotSuffix").toString() + u".png"_s;
            QScreen *screen = window.screen();
            const QRect area = window.frameGeometry();
            if (screen->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(path))
                std::printf("%s\n", qPrintable(path));
            copyAs->menu()->close();
        });
        copyAs->showMenu();
    }
}

// A support ticket's session from another server: found on its own profile, annotated, and its evidence.
void supportTicket(MainWindow &window, Workspace &workspace, const QString &out, const QString &language)
{
    Xident::Sandbox::Options o;
    o.port = 0;
    o.magicDelayMs = 100;
    Xident::Sandbox::Server staging(o);
    staging.start();
    Profile p;
    p.id = Profile::newId();
    p.name = u"Staging EU"_s;
    p.baseUrl = staging.baseUrl();
    p.apiKey = u"sk_test_screenshot_staging_000"_s;
    workspace.profileService()->save(p);
    Xident::Config config(p.apiKey);
    config.setBaseUrl(p.baseUrl);
    Xident::Client client(config);
    Xident::InitParams params;
    params.callbackUrl = u"https://shop.example/done"_s;
    params.userId = u"sandbox:fail:face_mismatch"_s;
    Xident::InitJob *init = client.init(params);
    QString token;
    QObject::connect(init, &Xident::Job::finished, init, [&token, init] { token = init->result().token; });
    init->start();
    waitFor([&] { return !token.isEmpty(); }, 5000);
    window.openReferences({u"https://shop.example/done?status=failed&token="_s + token});
    SessionModel *model = workspace.sessions();
    waitFor([&] { return model->session(token) && model->session(token)->status == "failed"_L1; }, 10000);
    workspace.tracker()->annotate(token, u"ZD-48213"_s, u"Customer says the photo is of her; asked for a new attempt."_s);
    window.watchlist()->showSession(token);
    window.inspector()->showSession(token);
    save(&window, out, u"console-support-routing"_s);

    EvidenceDialog dialog(&workspace, {token}, &window);
    if (!language.isEmpty()) {
        auto *choice = dialog.findChild<QComboBox *>();
        choice->setCurrentIndex(choice->findData(language));
    }
    dialog.resize(760, 720);
    dialog.show();
    QSignalSpy previewed(&dialog, &EvidenceDialog::previewed);
    waitFor([&] { return !dialog.fileBytes().isEmpty(); }, 5000);
    save(&dialog, out, u"console-evidence-preview"_s);
    // The file as a browser shows it.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"evidence.html"_s);
    dialog.saveTo(file);
    dialog.hide();
    HeadlessBrowser browser;
    if (browser.start() && browser.navigate(QUrl::fromLocalFile(file).toString())
        && browser.waitFor(u"document.readyState === 'complete'"_s)) {
        const QString path = QDir(out).filePath(u"evidence-file%1.png"_s.arg(qApp->property("screenshotSuffix").toString()));
        QFile png(path);
        if (png.open(QIODevice::WriteOnly) && png.write(browser.screenshot()) > 0)
            std::printf("%s\n", qPrintable(path));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
    initResources();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    // A second pass in a dark scheme: Fusion with a dark palette, as a dark desktop gives the window.
    // And in another language: --lang de (the file names get -de).
    bool dark = false;
    QString language;
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--dark") == 0)
            dark = true;
        else if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[++i]);
    }
    QString suffix = dark ? u"-dark"_s : QString();
    // English by default, whatever the machine's locale: its catalog holds the plural forms ("3 requests").
    installTranslations(language.isEmpty() ? u"en"_s : language);
    if (!language.isEmpty())
        suffix += u'-' + language;
    if (dark) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
        p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
        p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        QApplication::setPalette(p);
    }
    QDir().mkpath(out);
    app.setProperty("screenshotSuffix", suffix);
    QTemporaryDir dir;
    QSettings settings(dir.path() + u"/console.ini"_s, QSettings::IniFormat);
    Workspace::Options o;
    o.settings = &settings;
    o.dataDir = dir.path();
    o.sandboxPort = 0;
    o.sandboxMagicDelayMs = 300;
    o.inboxPort = 0;
    Workspace workspace(o);
    workspace.start();
    MainWindow window(&workspace);
    window.resize(1280, 800);   // the size the console opens at
    window.show();
    waitFor([&] { return workspace.tracker()->isReady(); }, 5000);

    const QString passed = create(window, u"sandbox:pass:ocr"_s);
    const QString failed = create(window, u"sandbox:fail:face_mismatch"_s);
    create(window, u"sandbox:cancel"_s);
    create(window, u"customer-1042"_s);
    const QString last = create(window, u"customer-1043"_s);
    SessionModel *model = workspace.sessions();
    waitFor([&] {
        return model->index(model->rowOf(passed), 0).data(SessionModel::StatusRole).toInt() == int(WatchStatus::Success)
               && model->index(model->rowOf(failed), 0).data(SessionModel::StatusRole).toInt() == int(WatchStatus::Failed);
    }, 8000);
    window.createPane()->findChild<QLineEdit *>(u"userId"_s)->clear();
    window.showCreatePane();
    save(&window, out, u"console-new-session"_s);
    Q_UNUSED(last)

    auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
    tabs->setCurrentIndex(0);
    window.watchlist()->showSession(passed);
    save(&window, out, u"console-watchlist-passed"_s);
    window.watchlist()->showSession(failed);
    save(&window, out, u"console-inspector-failed"_s);
    auto *inspectorTabs = window.inspector()->findChild<QTabWidget *>(u"tabs"_s);
    supportTicket(window, workspace, out, language);
    window.watchlist()->showSession(failed);
    window.watchlist()->showSession(passed);
    inspectorTabs->setCurrentIndex(1);
    save(&window, out, u"console-inspector-json"_s);
    inspectorTabs->setCurrentIndex(2);
    save(&window, out, u"console-inspector-timeline"_s);
    inspectorTabs->setCurrentIndex(0);

    tabs->setCurrentIndex(2);
    save(&window, out, u"console-request-log"_s);

    // The inbox with the sandbox's deliveries, and the first one in the validator: valid, then one byte changed.
    InboxModel *inbox = workspace.inboxModel();
    waitFor([&] { return inbox->rowCount() >= 3; }, 5000);
    tabs->setCurrentWidget(window.inbox());
    window.inbox()->selectRow(0);
    save(&window, out, u"console-webhook-inbox"_s);
    // The scenarios: the example smoke set run, one of them selected.
    tabs->setCurrentWidget(window.scenariosPane());
    window.scenariosPane()->openFiles({QStringLiteral(XIDENT_EXAMPLES_DIR "/smoke.yaml")});
    window.scenariosPane()->runAll();
    waitFor([&] { return !window.scenariosPane()->runner()->isRunning(); }, 30000);
    if (auto *table = window.scenariosPane()->findChild<QTableView *>(u"table"_s))
        table->selectRow(1);
    save(&window, out, u"console-scenarios"_s);
    // The sandbox behind the profile: a script of faults applied, and its deliveries with their attempts.
    tabs->setCurrentWidget(window.sandboxPane());
    window.sandboxPane()->findChild<QLineEdit *>(u"script"_s)->setText(u"503, 503, 200"_s);
    window.sandboxPane()->findChild<QSpinBox *>(u"latency"_s)->setValue(300);
    window.sandboxPane()->findChild<QPushButton *>(u"applyFaults"_s)->click();
    waitFor([&] { return window.sandboxPane()->deliveryModel()->deliveryCount() >= 3; }, 5000);
    if (auto *tree = window.sandboxPane()->findChild<QTreeView *>(u"deliveries"_s))
        tree->expandAll();
    waitFor([&] { return window.sandboxPane()->findChild<QLabel *>(u"activeFaults"_s)->text().contains(u"300"_s); }, 5000);
    save(&window, out, u"console-sandbox"_s);
    window.sandboxPane()->findChild<QPushButton *>(u"clearFaults"_s)->click();
    facePanes(window, workspace, out, passed);
    WebhookValidatorPane *validator = window.validator();
    const auto shown = [validator] {
        QSignalSpy checked(validator, &WebhookValidatorPane::checked);
        validator->checkNow();
        checked.wait(5000);
    };
    validator->loadWebhook(inbox->at(0), inbox->at(0).profileId);
    tabs->setCurrentWidget(validator);
    validator->findChild<QTabWidget *>(u"detailTabs"_s)->setCurrentIndex(1);
    shown();
    save(&window, out, u"console-validator-valid"_s);
    validator->setPayloadBytes(inbox->at(0).body + "\n");
    shown();
    save(&window, out, u"console-validator-mismatch"_s);
    validator->findChild<QTabWidget *>(u"detailTabs"_s)->setCurrentIndex(2);
    validator->findChild<QPushButton *>(u"makeSignature"_s)->click();
    save(&window, out, u"console-validator-sign"_s);
    tabs->setCurrentIndex(0);

    PasteTokensDialog paste(workspace.tracker(), workspace.profileService(), &window);
    paste.setText(u"Hello support, my verification failed twice this morning and I do not know why.\n"
                  "The page gave me xit_fromaticket00001 and sent me to\n"
                  "https://shop.example/done?status=failed\n"
                  "Can you have a look? Thanks, Jane\n"_s);
    paste.show();
    QSignalSpy pasteRead(&paste, &PasteTokensDialog::submitted);
    paste.submit();
    pasteRead.wait(10000);
    save(&paste, out, u"console-paste-tokens"_s);
    paste.hide();

    Profile staging;
    staging.id = Profile::newId();
    staging.name = u"Staging"_s;
    staging.baseUrl = u"https://staging-api.example.com"_s;
    staging.apiKey = u"sk_test_screenshot_not_real_0000"_s;
    workspace.profileStore()->save(staging);
    ProfileDialog profiles(workspace.profileService(), &window);
    profiles.selectProfile(staging.id);
    profiles.show();
    save(&profiles, out, u"console-profiles"_s);
    profiles.hide();

    AboutDialog about(&window);
    about.show();
    save(&about, out, u"console-about"_s);
    about.hide();

    // The live look: a live key marks the whole window (the key itself stays masked and out of the title).
    Profile live = staging;
    live.id = Profile::newId();
    live.name = u"Production"_s;
    live.baseUrl = u"https://127.0.0.1:9443"_s;   // loopback: the screenshots send nothing off this machine
    live.apiKey = u"sk_live_screenshot_not_real_000"_s;
    workspace.profileStore()->save(live);
    workspace.profileStore()->setCurrent(live.id);
    tabs->setCurrentIndex(0);
    save(&window, out, u"console-live-banner"_s);
    workspace.profileStore()->setCurrent(QString::fromLatin1(Profile::SandboxId));

    // A created session that finished: its verdict where the code was.
    const QString verified = create(window, u"sandbox:pass"_s);
    waitFor([&] {
        return model->index(model->rowOf(verified), 0).data(SessionModel::StatusRole).toInt() == int(WatchStatus::Success);
    }, 8000);
    window.showCreatePane();
    save(&window, out, u"console-new-session-verified"_s);

    // The presenter's stage: the code waiting for a phone, then the verdict once the phone passed.
    window.enterPresenter();
    DemoSession *demo = window.presenter()->session();
    waitFor([&] { return demo->state() == DemoSession::State::Waiting; }, 5000);
    StageWindow *stage = window.presenter()->stage();
    save(stage, out, u"console-stage-waiting"_s);
    QNetworkAccessManager phone;
    completeOnPhone(phone, demo->phoneUrl(), "outcome=pass&method=full");
    waitFor([&] { return demo->state() == DemoSession::State::Finished; }, 5000);
    waitFor([&] { return stage->verdictView()->shownChecks() == int(demo->verdict().checks.size()); }, 5000);
    save(stage, out, u"console-stage-verified"_s);
    window.leavePresenter();
    window.close();
    return 0;
}
