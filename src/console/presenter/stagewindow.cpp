#include "console/presenter/stagewindow.h"

#include "console/common/qrcodewidget.h"
#include "console/common/verdictview.h"
#include "console/core/demosession.h"
#include "console/core/watchstatus.h"
#include "text/failuretext.h"

#include <QtGui/QActionGroup>
#include <QtGui/QKeySequence>
#include <QtGui/QPainter>
#include <QtGui/QScreen>
#include <QtGui/QShortcut>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// The failure reasons a presenter can preset, as the sandbox names them.
const char *const PresetReasons[] = {"face_mismatch", "age_below_threshold", "docverify_reject", "dob_unreadable",
                                     "face_not_detected", "blacklist_match"};

// The share of the window's shorter side that the code takes: at least 60 %, quiet zone included.
constexpr qreal CodeShare = 0.62;

QColor toneColour(const Verdict &verdict)
{
    switch (verdict.tone) {
    case Verdict::Tone::Good:
        return watchStatusColor(WatchStatus::Success);
    case Verdict::Tone::Bad:
        return watchStatusColor(WatchStatus::Failed);
    case Verdict::Tone::Working:
    case Verdict::Tone::Neutral:
        break;
    }
    return {};
}

} // namespace

StageWindow::StageWindow(DemoSession *demo, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_demo(demo)
    , m_logo(new QLabel(this))
    , m_qr(new QrCodeWidget(this))
    , m_verdict(new VerdictView(this))
    , m_state(new QLabel(this))
    , m_instruction(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_next(new QPushButton(this))
    , m_leave(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_options(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_body(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setObjectName(u"stage"_s);
    setAutoFillBackground(true);
    buildControls();
    buildShortcuts();
    buildOptions();
    retranslate();
    connect(m_demo, &DemoSession::changed, this, &StageWindow::refresh);
    refresh();
}

StageWindow::~StageWindow() = default;

void StageWindow::buildControls()
{
    m_logo->setObjectName(u"logo"_s);
    m_logo->hide();
    m_qr->setObjectName(u"stageCode"_s);
    m_verdict->setObjectName(u"stageVerdict"_s);
    m_verdict->setRevealInterval(450);
    m_verdict->setCentered(true);
    // Never wider than the screen: what does not fit is cut rather than the window made larger.
    m_verdict->setSizePolicy(QSizePolicy::Ignored, m_verdict->sizePolicy().verticalPolicy());
    for (QLabel *l : {m_state, m_instruction, m_problem, m_hint}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    // Words wrap within the stage rather than widen it, however large the presenter makes them.
    for (QLabel *l : {m_state, m_instruction, m_problem})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setObjectName(u"stageState"_s);
    m_instruction->setObjectName(u"stageInstruction"_s);
    m_problem->setObjectName(u"stageProblem"_s);
    m_hint->setObjectName(u"stageHint"_s);
    m_hint->setWordWrap(false);
    m_next->setObjectName(u"nextCustomer"_s);
    m_leave->setObjectName(u"leaveStage"_s);
    m_check->setObjectName(u"checkDemo"_s);
    m_options->setObjectName(u"stageOptions"_s);
    // The keys belong to the stage (Space is the next customer): no button keeps the focus.
    for (QWidget *w : std::initializer_list<QWidget *>{m_next, m_leave, m_check, m_options})
        w->setFocusPolicy(Qt::NoFocus);
    connect(m_next, &QPushButton::clicked, m_demo, &DemoSession::next);
    connect(m_leave, &QPushButton::clicked, this, &StageWindow::leaveRequested);
    connect(m_check, &QPushButton::clicked, this, &StageWindow::checkRequested);

    auto *words = new QVBoxLayout;
    words->addStretch(1);
    words->addWidget(m_state);
    words->addWidget(m_instruction);
    words->addWidget(m_problem);
    words->addStretch(1);
    auto *codePage = new QWidget(m_pages);
    codePage->setLayout(m_body);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->addStretch(1);
    m_body->addWidget(m_qr, 0, Qt::AlignCenter);
    m_body->addLayout(words, 3);
    m_body->addStretch(1);
    auto *verdictPage = new QWidget(m_pages);
    auto *centre = new QVBoxLayout(verdictPage);
    centre->addStretch(1);
    centre->addWidget(m_verdict);
    centre->addStretch(1);
    m_pages->addWidget(codePage);
    m_pages->addWidget(verdictPage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_logo, 0, Qt::AlignLeft | Qt::AlignTop);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint);
    bottom->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_options, m_check, m_next, m_leave})
        bottom->addWidget(w);
    auto *root = new QVBoxLayout(this);
    root->addLayout(top);
    root->addWidget(m_pages, 1);
    root->addLayout(bottom);
}

void StageWindow::buildShortcuts()
{
    // Space, Enter and PageDown (what a presentation clicker sends) bring the next customer.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
                                    QKeySequence(Qt::Key_PageDown)})
        connect(new QShortcut(key, this), &QShortcut::activated, m_demo, &DemoSession::next);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &StageWindow::leaveRequested);
    for (const QKeySequence &key : {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, [this] { setScale(m_scale * 1.15); });
    connect(new QShortcut(QKeySequence::ZoomOut, this), &QShortcut::activated, this, [this] { setScale(m_scale / 1.15); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this), &QShortcut::activated, this, [this] { setScale(1); });
}

void StageWindow::buildOptions()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"stageOptionsMenu"_s);
    QMenu *outcome = menu->addMenu(tr("Outcome"));
    outcome->setObjectName(u"outcomeMenu"_s);
    connect(outcome, &QMenu::aboutToShow, this, [this, outcome] { fillOutcomeMenu(outcome); });
    QMenu *language = menu->addMenu(tr("Language of the demo"));
    auto *languages = new QActionGroup(language);
    const QStringList names{tr("English"), tr("German"), tr("French")};
    for (int i = 0; i < DemoSession::languages().size(); ++i) {
        const QString code = DemoSession::languages().at(i);
        QAction *a = language->addAction(names.value(i, code));
        a->setCheckable(true);
        a->setData(code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { Q_EMIT languageChosen(code); });
    }
    connect(language, &QMenu::aboutToShow, this, [this, languages] {
        for (QAction *a : languages->actions())
            a->setChecked(a->data().toString() == m_demo->language());
    });
    m_screensMenu = menu->addMenu(tr("Screen"));
    menu->addSeparator();
    menu->addAction(tr("Logo…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo for the stage"), {},
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            Q_EMIT logoChosen(path);
    });
    menu->addAction(tr("No logo"), this, [this] { Q_EMIT logoChosen({}); });
    m_options->setMenu(menu);
    m_options->setPopupMode(QToolButton::InstantPopup);
}

void StageWindow::fillOutcomeMenu(QMenu *menu)
{
    menu->clear();
    const auto add = [this, menu](const QString &label, const QString &outcome, const QString &detail) {
        QAction *a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_demo->presetOutcome() == outcome && m_demo->presetDetail() == detail);
        a->setEnabled(m_demo->canPreset() || outcome.isEmpty());
        connect(a, &QAction::triggered, m_demo, [this, outcome, detail] { m_demo->setPreset(outcome, detail); });
    };
    add(tr("The phone decides"), {}, {});
    add(tr("Pass"), u"pass"_s, {});
    menu->addSeparator();
    for (const char *reason : PresetReasons) {
        const QString r = QLatin1StringView(reason);
        add(tr("Fail: %1").arg(Text::explainFailure(r).title), u"fail"_s, r);
    }
    if (!m_demo->canPreset()) {
        menu->addSeparator();
        menu->addAction(tr("Only a sandbox can set the outcome beforehand"))->setEnabled(false);
    }
}

void StageWindow::retranslate()
{
    setWindowTitle(tr("Xident demo"));
    m_next->setText(tr("Next customer"));
    m_next->setToolTip(tr("A new session and a fresh code (Space, Enter or Page Down)"));
    m_leave->setText(tr("Leave"));
    m_leave->setToolTip(tr("Back to the console (Esc or F11)"));
    m_check->setText(tr("Check the demo"));
    m_qr->setAccessibleDescription(tr("QR code of the verification page"));
    refresh();
}

void StageWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Closed by the window manager (Alt+F4) as by Esc: the presentation ends and the console comes back.
void StageWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT leaveRequested();
    QWidget::closeEvent(event);
}

QString StageWindow::badge() const
{
    return m_demo->canPreset() ? tr("SANDBOX") : tr("TEST");
}

void StageWindow::setLogo(const QString &path)
{
    m_logoPixmap = path.isEmpty() ? QPixmap() : QPixmap(path);
    m_logo->setVisible(!m_logoPixmap.isNull());
    relayout();
}

bool StageWindow::hasLogo() const
{
    return !m_logoPixmap.isNull();
}

void StageWindow::setScale(qreal scale)
{
    m_scale = std::clamp(scale, MinimumScale, MaximumScale);
    relayout();
}

void StageWindow::setScreens(const QList<QScreen *> &screens, QScreen *current)
{
    m_screensMenu->clear();
    for (QScreen *s : screens) {
        const QString label = tr("%1 (%2×%3)").arg(s->name()).arg(s->geometry().width()).arg(s->geometry().height());
        QAction *a = m_screensMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(s == current);
        connect(a, &QAction::triggered, this, [this, screen = QPointer<QScreen>(s)] {
            if (screen)
                Q_EMIT screenChosen(screen);
        });
    }
    m_screensMenu->setEnabled(screens.size() > 1);
}

void StageWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

void StageWindow::refresh()
{
    const DemoSession::State state = m_demo->state();
    const bool finished = state == DemoSession::State::Finished;
    const QByteArray code = finished ? QByteArray() : m_demo->phoneUrl().toUtf8();
    if (m_qr->text() != code)
        m_qr->setText(code);
    m_qr->setAccessibleDescription(tr("QR code of the verification page"));
    m_pages->setCurrentIndex(finished ? 1 : 0);
    if (finished && !m_wasFinished) {
        m_verdict->setVerdict(m_demo->verdict());
        relayout();
    }
    m_wasFinished = finished;
    // The code is there only while it can be scanned: not before it exists, not once the phone has it, not while
    // the server is away.
    const bool scannable = state == DemoSession::State::Waiting && !m_demo->hasLostContact() && !code.isEmpty();
    m_qr->setVisible(scannable);
    m_state->setVisible(!finished);
    m_state->setText(m_demo->stateText());
    m_instruction->setText(m_demo->instructionText());
    m_instruction->setVisible(scannable);
    // Never the server's own words or address on stage: a plain sentence.
    m_problem->setText(m_demo->stageProblem());
    m_problem->setVisible(!m_problem->text().isEmpty());
    QStringList hint;
    // The end of the token is enough to tell sessions apart (its start is the same for all).
    if (const QString token = m_demo->tokenHint(); !token.isEmpty())
        hint << tr("Session …%1").arg(token.right(4));
    m_hint->setText(hint.join(u"  ·  "_s));
    // A preset outcome is for the presenter only: a dot on the Options button, its words in the tooltip.
    const bool preset = !m_demo->presetOutcome().isEmpty();
    m_options->setText(preset ? tr("Options ●") : tr("Options"));
    m_options->setToolTip(m_demo->presetOutcome() == "pass"_L1 ? tr("Outcome set beforehand: pass")
                          : preset ? tr("Outcome set beforehand: %1").arg(Text::explainFailure(m_demo->presetDetail()).title)
                                   : tr("Outcome, language, screen and logo"));
    update();
}

void StageWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

// Sizes follow the window: the code takes CodeShare of the shorter side; the words are set from it, times the
// presenter's scale.
void StageWindow::relayout()
{
    const int shorter = std::max(1, std::min(width(), height()));
    const int side = int(shorter * CodeShare);
    m_qr->setFixedSize(side, side);
    const bool wide = width() >= height() * 1.25;
    m_body->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_body->setSpacing(shorter / 20);
    // The presenter's scale is for the words the audience reads; the controls keep their size, so that the stage
    // never grows past its screen.
    const auto sized = [this](QWidget *w, qreal pixels, bool bold) {
        QFont f = font();
        f.setPixelSize(std::max(8, int(pixels)));
        f.setBold(bold);
        w->setFont(f);
    };
    sized(m_state, shorter / 13.0 * m_scale, true);
    sized(m_instruction, shorter / 26.0 * m_scale, false);
    sized(m_problem, shorter / 40.0 * m_scale, false);
    sized(m_hint, std::max(12.0, shorter / 60.0), false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_next, m_leave, m_check, m_options})
        sized(w, std::max(13.0, shorter / 50.0), false);
    const QFontInfo base(font());
    // The checks stay on one line: the words shrink until it fits (German names are long).
    qreal scale = std::max(1.0, shorter / 22.0 / std::max(1, base.pixelSize()) * m_scale);
    m_verdict->setScale(scale);
    for (int i = 0; i < 8 && m_verdict->checksWidth() > width() * 0.92; ++i)
        m_verdict->setScale(scale *= 0.9);
    m_verdict->setHeadlineScale(shorter / 10.0 / std::max(1, base.pixelSize()) * m_scale);
    m_state->setAlignment(wide ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignHCenter);
    m_instruction->setAlignment(m_state->alignment());
    m_problem->setAlignment(m_state->alignment());
    if (!m_logoPixmap.isNull()) {
        const qreal ratio = devicePixelRatioF();
        QPixmap shown = m_logoPixmap.scaledToHeight(int(std::max(24, shorter / 10) * ratio), Qt::SmoothTransformation);
        shown.setDevicePixelRatio(ratio);
        m_logo->setPixmap(shown);
    }
    update();
}

void StageWindow::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int shorter = std::min(width(), height());
    // The watermark: large, faint and diagonal, behind everything (the code paints its own white square).
    QFont f = font();
    f.setPixelSize(std::max(12, shorter / 6));
    f.setBold(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 110);
    p.setFont(f);
    QColor faint = palette().color(QPalette::WindowText);
    faint.setAlphaF(0.045);
    p.setPen(faint);
    p.save();
    p.translate(rect().center());
    p.rotate(-24);
    const QRect area(-width(), -shorter / 4, 2 * width(), shorter / 2);
    p.drawText(area, Qt::AlignCenter, badge());
    p.restore();
    // The badge stays readable in the top right corner too.
    QFont small = font();
    small.setPixelSize(std::max(11, shorter / 45));
    small.setBold(true);
    p.setFont(small);
    const QString word = badge();
    const QRect text = p.fontMetrics().boundingRect(word).adjusted(-10, -4, 10, 4);
    const QRect badge(width() - text.width() - shorter / 40, shorter / 40, text.width(), text.height());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf5, 0x9e, 0x0b));
    p.drawRoundedRect(badge, 4, 4);
    p.setPen(QColor(0x11, 0x11, 0x11));
    p.drawText(badge, Qt::AlignCenter, word);
    // Once decided, a band in the verdict's colour along the top edge.
    if (m_demo->state() == DemoSession::State::Finished) {
        const QColor colour = toneColour(m_demo->verdict());
        if (colour.isValid())
            p.fillRect(QRect(0, 0, width(), std::max(6, shorter / 50)), colour);
    }
}

} // namespace Xident::Console
