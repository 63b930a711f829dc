#include "console/webhooks/secretchooser.h"

#include "console/core/profilestore.h"

#include <QtGui/QIcon>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>

using namespace Qt::StringLiterals;

namespace Xident::Console {

SecretChooser::SecretChooser(ProfileStore *profiles, QComboBox *source, QLineEdit *field, QToolButton *reveal,
                             QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_source(source)
    , m_field(field)
    , m_reveal(reveal)
{
    m_reveal->setCheckable(true);
    m_reveal->setIcon(QIcon(u":/icons/reveal.svg"_s));
    connect(m_source, &QComboBox::currentIndexChanged, this, &SecretChooser::onSourceChanged);
    connect(m_field, &QLineEdit::textEdited, this, &SecretChooser::onTyped);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setIcon(QIcon(shown ? u":/icons/hide.svg"_s : u":/icons/reveal.svg"_s));
        m_reveal->setToolTip(shown ? tr("Hide the secret") : tr("Show the secret"));
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &SecretChooser::fill);
    connect(m_profiles, &ProfileStore::currentChanged, this, &SecretChooser::fill);
    fill();
}

QByteArray SecretChooser::secret() const
{
    const QString id = m_source->currentData().toString();
    if (id.isEmpty())
        return m_typed.toUtf8();
    const auto p = m_profiles->profile(id);
    return p ? p->webhookSecret.toUtf8() : QByteArray();
}

void SecretChooser::setTyped(const QString &value)
{
    m_typed = value;
    m_preferred = u"-"_s;
    fill();
}

void SecretChooser::useProfile(const QString &profileId)
{
    m_preferred = profileId;
    fill();
}

void SecretChooser::onTyped(const QString &text)
{
    // Typing over a profile's secret makes it a typed one; the profile keeps its own.
    m_typed = text;
    chooseTyped();
    Q_EMIT changed();
}

void SecretChooser::chooseTyped()
{
    const int typed = m_source->count() - 1;
    if (m_source->currentIndex() != typed) {
        m_filling = true;
        m_source->setCurrentIndex(typed);
        m_filling = false;
    }
    m_preferred = u"-"_s;
}

void SecretChooser::fill()
{
    m_filling = true;
    QString wanted = m_preferred;
    if (wanted.isEmpty())
        wanted = m_profiles->currentId();
    m_source->clear();
    int chosen = -1;
    for (const Profile &p : m_profiles->profiles()) {
        if (p.webhookSecret.isEmpty())
            continue;
        m_source->addItem(QIcon(u":/icons/profile.svg"_s), tr("Profile \"%1\"").arg(p.name), p.id);
        if (p.id == wanted)
            chosen = m_source->count() - 1;
    }
    m_source->addItem(tr("Typed secret"), QString());
    if (chosen < 0)
        chosen = wanted == "-"_L1 || m_source->count() == 1 || !m_typed.isEmpty() ? m_source->count() - 1 : 0;
    m_source->setCurrentIndex(chosen);
    // The list shows whole profile names, however narrow the field.
    QAbstractItemView *list = m_source->view();
    list->setTextElideMode(Qt::ElideNone);
    list->setMinimumWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth()
                          + m_source->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_filling = false;
    onSourceChanged();
}

void SecretChooser::onSourceChanged()
{
    const QString id = m_source->currentData().toString();
    if (!m_filling)
        m_preferred = id.isEmpty() ? u"-"_s : id;
    // A different secret is shown masked again.
    m_reveal->setChecked(false);
    if (id.isEmpty()) {
        if (m_field->text() != m_typed)   // typing over a profile's secret keeps the cursor where it is
            m_field->setText(m_typed);
        m_field->setPlaceholderText(tr("whsec_…"));
    } else {
        const auto p = m_profiles->profile(id);
        m_field->setText(p ? p->webhookSecret : QString());
    }
    Q_EMIT changed();
}

} // namespace Xident::Console
