#include "console/face2fa/face2fapane.h"
#include "console/core/watchstatus.h"

#include "ui_Face2faPane.h"

#include "console/common/copyasmenu.h"
#include "console/common/picturefile.h"
#include "console/core/face2fabook.h"
#include "console/core/models/challengemodel.h"

#include <QtCore/QLocale>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;

namespace Xident::Console {

Face2faPane::Face2faPane(Face2faBook *book, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::Face2faPane>())
    , m_book(book)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->thumbnail->setText(tr("No picture"));
    m_ui->challenges->setModel(m_book->challenges());
    m_ui->challenges->verticalHeader()->hide();
    m_ui->challenges->setTabKeyNavigation(false);
    // Long ids and sentences wrap or are cut, never widen the window.
    for (QLabel *label : {m_ui->said, m_ui->enrolment, m_ui->detail})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QHeaderView *header = m_ui->challenges->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The verdict in words takes the room; the rest are short.
    header->setSectionResizeMode(ChallengeModel::VerdictColumn, QHeaderView::Stretch);
    const int chars = fontMetrics().averageCharWidth();
    header->resizeSection(ChallengeModel::UserColumn, chars * 18);
    header->resizeSection(ChallengeModel::ImageColumn, chars * 20);
    header->resizeSection(ChallengeModel::ChallengeColumn, chars * 20);
    connect(m_ui->lookUp, &QPushButton::clicked, this, [this] { m_book->lookUp(m_ui->userId->text().trimmed()); });
    connect(m_ui->userId, &QLineEdit::returnPressed, m_ui->lookUp, &QPushButton::click);
    connect(m_ui->userId, &QLineEdit::textChanged, this, [this] {
        m_ui->enrolment->clear();
        updateButtons();
    });
    connect(m_ui->deleteUser, &QPushButton::clicked, this, &Face2faPane::confirmDelete);
    connect(m_ui->choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a picture"), QString(), PictureFile::dialogFilter());
        if (!path.isEmpty())
            loadPicture(path);
    });
    connect(m_ui->enrol, &QPushButton::clicked, this, [this] { startChallenge(false); });
    connect(m_ui->verify, &QPushButton::clicked, this, [this] { startChallenge(true); });
    // Each call the pane makes, with what the fields hold now.
    auto *copyMenu = new QMenu(m_ui->copyAs);
    const auto add = [this, copyMenu](const QString &title, ApiCall::Operation op) {
        auto *menu = new CopyAsMenu([this, op]() -> std::optional<ApiCall> {
            auto call = m_book->callFor(op, m_ui->userId->text().trimmed());
            if (call && m_picture) {
                call->image = m_picture->bytes;
                call->imageFile = m_picture->name;
            }
            return call;
        }, copyMenu);
        menu->setTitle(title);
        copyMenu->addMenu(menu);
    };
    add(tr("Look up"), ApiCall::Operation::FaceUser);
    add(tr("Enrol"), ApiCall::Operation::FaceRegister);
    add(tr("Verify"), ApiCall::Operation::FaceVerify);
    add(tr("Delete"), ApiCall::Operation::FaceDeleteUser);
    m_ui->copyAs->setMenu(copyMenu);
    connect(m_book, &Face2faBook::said, this, &Face2faPane::say);
    connect(m_book, &Face2faBook::userRead, this, [this](const QString &userId, const Xident::Face2faUser &user, bool deleted) {
        if (userId != m_ui->userId->text().trimmed())
            return;
        m_ui->said->clear();
        const QDateTime since = QDateTime::fromString(user.enrolledAt, Qt::ISODate);
        m_ui->enrolment->setText(deleted       ? tr("%1 is not enrolled: the face was deleted for good.").arg(userId)
                                 : !user.enrolled ? tr("%1 is not enrolled.").arg(userId)
                                 : since.isValid() ? tr("%1 is enrolled since %2.").arg(userId, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))
                                                   : tr("%1 is enrolled.").arg(userId));
    });
    connect(m_book, &Face2faBook::challengeSettled, this, [this](int row) {
        m_ui->said->clear();
        m_ui->challenges->selectRow(row);
        showDetail();
        const ChallengeModel::Row r = m_book->challenges()->rowAt(row);
        if (r.kind == "enroll"_L1 && ChallengeModel::toneOf(r) == ChallengeModel::Tone::Passed && r.userId == m_ui->userId->text().trimmed())
            m_book->lookUp(r.userId);
    });
    connect(m_ui->challenges->selectionModel(), &QItemSelectionModel::selectionChanged, this, &Face2faPane::showDetail);
    connect(m_book->challenges(), &QAbstractItemModel::dataChanged, this, &Face2faPane::showDetail);
    updateButtons();
}

Face2faPane::~Face2faPane() = default;

bool Face2faPane::loadPicture(const QString &path)
{
    QString problem;
    auto picture = PictureFile::read(path, &problem);
    if (!picture) {
        say(problem, true);
        return false;
    }
    m_picture = std::make_unique<PictureFile>(std::move(*picture));
    m_picture->showIn(m_ui->thumbnail);
    say(tr("%1 is ready to enrol or verify.").arg(m_picture->name), false);
    updateButtons();
    return true;
}

void Face2faPane::startChallenge(bool verify)
{
    if (!m_picture) {
        say(tr("Choose a picture first, or drop one here."), true);
        return;
    }
    m_book->start(m_ui->userId->text().trimmed(), m_picture->bytes, m_picture->name, verify);
}

void Face2faPane::confirmDelete()
{
    const QString userId = m_ui->userId->text().trimmed();
    if (userId.isEmpty())
        return;
    const QString question = tr("Delete the enrolled face of \u201c%1\u201d? It is erased for good; the user must enrol again.").arg(userId);
    if (QMessageBox::question(this, tr("Delete an enrolment"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        m_book->deleteUser(userId);
}

void Face2faPane::showDetail()
{
    const QModelIndexList rows = m_ui->challenges->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_ui->detail->clear();
        return;
    }
    const ChallengeModel::Row r = m_book->challenges()->rowAt(rows.first().row());
    QStringList lines{ChallengeModel::verdictText(r)};
    lines << tr("Kind: %1, user %2, picture %3").arg(ChallengeModel::kindLabel(r.kind), r.userId, r.imageName);
    if (!r.challengeId.isEmpty())
        lines << tr("Challenge %1, status %2").arg(r.challengeId, r.challenge.status.isEmpty() ? tr("not read yet") : r.challenge.status);
    const auto when = [](const QDateTime &t) {
        return QLocale().toString(t.toLocalTime(), QLocale().dateFormat(QLocale::ShortFormat) + u" HH:mm:ss"_s);
    };
    lines << tr("Started %1").arg(when(r.startedAt));
    if (const QDateTime decided = QDateTime::fromString(r.challenge.completedAt, Qt::ISODate); decided.isValid())
        lines << tr("Decided %1").arg(when(decided));
    if (const QDateTime expires = QDateTime::fromString(r.challenge.expiresAt, Qt::ISODate); expires.isValid())
        lines << tr("Expires %1").arg(when(expires));
    if (!r.error.requestId().isEmpty())
        lines << tr("Request id %1").arg(r.error.requestId());
    m_ui->detail->setText(lines.join(u'\n'));
}

void Face2faPane::say(const QString &text, bool problem)
{
    m_ui->said->setText(text);
    m_ui->said->setStyleSheet(problem ? statusTextStyle(WatchStatus::Failed) : QString());
}

void Face2faPane::updateButtons()
{
    const bool user = !m_ui->userId->text().trimmed().isEmpty();
    m_ui->lookUp->setEnabled(user);
    m_ui->deleteUser->setEnabled(user);
    m_ui->enrol->setEnabled(user && m_picture);
    m_ui->verify->setEnabled(user && m_picture);
}

void Face2faPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PictureFile::droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Face2faPane::dropEvent(QDropEvent *event)
{
    loadPicture(PictureFile::droppedPath(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace Xident::Console
