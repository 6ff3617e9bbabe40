#include "ui/widgets/stattile.h"

#include "ui/shell/thememanager.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace shipdeck {

StatTile::StatTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(QStringLiteral("–"), this)),
      m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    setFocusPolicy(Qt::TabFocus);
    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_caption->setObjectName(QStringLiteral("muted"));
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    setMinimumWidth(150);
    setAccessibleName(title);
}

void StatTile::setValue(const QString &value, Tone tone)
{
    m_value->setText(value);
    m_tone = tone;
    applyTone();
    setAccessibleDescription(value + QLatin1Char(' ') + m_caption->text());
}

void StatTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void StatTile::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString StatTile::value() const { return m_value->text(); }
QString StatTile::caption() const { return m_caption->text(); }

void StatTile::applyTone()
{
    // Colour only where it carries meaning.
    auto *theme = ThemeManager::instance();
    QColor colour;
    if (theme) {
        switch (m_tone) {
        case Tone::Good: colour = theme->colors().success; break;
        case Tone::Warning: colour = theme->colors().warning; break;
        case Tone::Bad: colour = theme->colors().danger; break;
        case Tone::Info: colour = theme->colors().info; break;
        case Tone::Neutral: break;
        }
    }
    m_value->setStyleSheet(colour.isValid() ? QStringLiteral("color: %1;").arg(colour.name()) : QString());
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    Q_EMIT clicked();
}

void StatTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void StatTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTone();
    QFrame::changeEvent(event);
}

} // namespace shipdeck
