#include "models/secrets/secretclipboard.h"

#include "backend/secrets/crypto/securebuffer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace shipdeck {

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_clipboard(clipboard ? clipboard : QGuiApplication::clipboard()), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const QString label = m_label;
        const bool byUs = clearNow();
        Q_EMIT cleared(label, byUs);
    });
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

void SecretClipboard::copy(const ClipboardGrant &grant, const QString &label)
{
    if (!grant.value || !m_clipboard)
        return;
    auto *mime = new QMimeData;
    // text/plain from the secret's bytes; the hints tell KDE's Klipper, GNOME's clipboard
    // managers and password-aware tools not to keep it in their history.
    mime->setData(QStringLiteral("text/plain;charset=utf-8"), grant.value->toByteArray());
    mime->setData(QStringLiteral("text/plain"), grant.value->toByteArray());
    for (auto it = grant.mimeHints.constBegin(); it != grant.mimeHints.constEnd(); ++it)
        mime->setData(it.key(), it.value().toString().toUtf8());
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_grant = grant;
    m_label = label;
    m_timer->start(qMax(0, grant.clearAfterMs));
    Q_EMIT copied(label, grant.clearAfterMs);
}

bool SecretClipboard::stillOurs() const
{
    if (!m_clipboard || !m_grant.value)
        return false;
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime)
        return false;
    QByteArray current = mime->data(QStringLiteral("text/plain"));
    if (current.isEmpty())
        current = mime->text().toUtf8();
    const bool ours = m_grant.stillOnClipboard(current);
    SecureBuffer::wipe(current);
    return ours;
}

bool SecretClipboard::isHolding() const
{
    return stillOurs();
}

bool SecretClipboard::clearNow()
{
    m_timer->stop();
    const bool ours = stillOurs();
    if (ours)
        m_clipboard->clear(QClipboard::Clipboard);
    m_grant = ClipboardGrant(); // drops the value (wiped with its last reference)
    m_label.clear();
    return ours;
}

} // namespace shipdeck
