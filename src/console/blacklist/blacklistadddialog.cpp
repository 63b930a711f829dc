#include "console/blacklist/blacklistadddialog.h"
#include "console/core/watchstatus.h"

#include "console/common/copyasmenu.h"
#include "console/common/picturefile.h"
#include "console/core/blacklistbook.h"

#include <QtCore/QMimeData>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtGui/QShortcut>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Xident::Console {

BlacklistAddDialog::BlacklistAddDialog(BlacklistBook *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Add to the blacklist"));
}

BlacklistAddDialog *BlacklistAddDialog::forSession(BlacklistBook *book, const QString &resultToken, const QString &label,
                                                   QWidget *parent)
{
    auto *d = new BlacklistAddDialog(book, parent);
    d->m_token = resultToken;
    d->build(tr("Blacklist the face of session %1 (result token %2): anyone with this face then fails verification.")
                 .arg(label, resultToken));
    return d;
}

BlacklistAddDialog *BlacklistAddDialog::forImage(BlacklistBook *book, const QString &path, QWidget *parent)
{
    auto *d = new BlacklistAddDialog(book, parent);
    d->build(tr("Blacklist the face in a picture (JPEG or PNG, at most 10 MB): choose one, or drop it here."));
    d->setAcceptDrops(true);
    if (!path.isEmpty())
        d->loadImage(path);
    return d;
}

void BlacklistAddDialog::build(const QString &intro)
{
    auto *column = new QVBoxLayout(this);
    m_intro = new QLabel(intro, this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_intro->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    column->addWidget(m_intro);
    auto *form = new QFormLayout;
    if (m_token.isEmpty())
        addPictureRow(form);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this face is blacklisted, e.g. a chargeback ring (kept with the entry)"));
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    m_count = new QLabel(this);
    form->addRow(QString(), m_count);
    column->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(statusTextStyle(WatchStatus::Failed));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    column->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the blacklist"));
    auto *copy = m_buttons->addButton(tr("Copy as co&de"), QDialogButtonBox::ActionRole);
    copy->setAutoDefault(false);
    CopyAsMenu::attach(copy, [this]() -> std::optional<ApiCall> {
        auto call = m_book->call(m_token.isEmpty() ? ApiCall::Operation::BlacklistAddImage : ApiCall::Operation::BlacklistAddSession);
        if (call) {
            call->token = m_token;
            call->reason = m_reason->toPlainText();
            call->image = m_image;
            if (!m_imageName.isEmpty())
                call->imageFile = m_imageName;
        }
        return call;
    });
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlacklistAddDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BlacklistAddDialog::updateCount);
    // Enter writes a new line in the reason; Ctrl+Enter adds, as in the other forms.
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &BlacklistAddDialog::submit);
    connect(m_book, &BlacklistBook::addFinished, this, [this](bool ok, const QString &text) {
        if (!std::exchange(m_sending, false))
            return;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (ok)
            accept();
        else
            showProblem(text);
    });
    updateCount();
    m_reason->setFocus();
}

void BlacklistAddDialog::addPictureRow(QFormLayout *form)
{
    auto *row = new QHBoxLayout;
    m_thumbnail = new QLabel(tr("No picture yet"), this);
    m_thumbnail->setObjectName(u"thumbnail"_s);
    m_thumbnail->setAccessibleName(tr("Picture preview"));
    m_thumbnail->setFixedSize(128, 128);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_choose = new QPushButton(tr("C&hoose a picture…"), this);
    m_choose->setObjectName(u"choose"_s);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a picture"), QString(), PictureFile::dialogFilter());
        if (!path.isEmpty())
            loadImage(path);
    });
    row->addWidget(m_thumbnail);
    row->addWidget(m_choose, 0, Qt::AlignTop);
    row->addStretch();
    form->addRow(tr("Picture:"), row);
}

bool BlacklistAddDialog::loadImage(const QString &path)
{
    QString problem;
    const std::optional<PictureFile> picture = PictureFile::read(path, &problem);
    if (!picture) {
        showProblem(problem);
        return false;
    }
    m_image = picture->bytes;
    m_imageName = picture->name;
    picture->showIn(m_thumbnail);
    m_problem->hide();
    return true;
}

QString BlacklistAddDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BlacklistAddDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void BlacklistAddDialog::submit()
{
    const QString reason = m_reason->toPlainText();
    if (m_token.isEmpty() && m_image.isEmpty()) {
        showProblem(tr("Choose a picture first, or drop one here."));
        return;
    }
    if (const QString problem = BlacklistBook::reasonProblem(reason); !problem.isEmpty()) {
        showProblem(problem);
        m_reason->setFocus();
        return;
    }
    m_sending = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_problem->hide();
    if (m_token.isEmpty())
        m_book->addImage(m_image, reason, m_imageName);
    else
        m_book->addSession(m_token, reason);
}

void BlacklistAddDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->show();
    adjustSize();   // room for the whole sentence
}

void BlacklistAddDialog::updateCount()
{
    const int n = BlacklistBook::characters(m_reason->toPlainText());
    m_count->setText(tr("%1 of %2 characters").arg(n).arg(BlacklistBook::MaxReasonLength));
    m_count->setStyleSheet(n > BlacklistBook::MaxReasonLength ? statusTextStyle(WatchStatus::Failed) : QString());
}

void BlacklistAddDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PictureFile::droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void BlacklistAddDialog::dropEvent(QDropEvent *event)
{
    loadImage(PictureFile::droppedPath(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace Xident::Console
