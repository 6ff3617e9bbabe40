#include "ui/config/configsyncdialog.h"

#include "backend/secrets/crypto/securebuffer.h"
#include "ui/secrets/secretlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>

namespace shipdeck {

ConfigSyncDialog::ConfigSyncDialog(const QString &branch, const QString &upstream, const QHash<QString, QString> &remotes, int ahead,
                                   int behind, QWidget *parent)
    : QDialog(parent)
    , m_branch(branch)
    , m_remotes(remotes)
    , m_remote(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_merge(new QRadioButton(tr("Merge key by key (a merge commit; conflicts resolved per key)"), this))
    , m_rebase(new QRadioButton(tr("Rebase my commits onto the remote (linear history; merges when keys conflict)"), this))
    , m_push(new QCheckBox(tr("Push my commits afterwards"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("configSyncDialog"));
    setWindowTitle(tr("Sync Configuration"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Sync %1 with its remote?").arg(branch), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *state = new QLabel(this);
    state->setObjectName(QStringLiteral("muted"));
    state->setText(upstream.isEmpty() ? tr("%1 has no upstream yet: the sync publishes it.").arg(branch)
                                      : tr("%1 tracks %2: %n commit(s) to push", nullptr, ahead).arg(branch, upstream)
                                            + tr(", %n to pull (as of the last fetch).", nullptr, behind));
    state->setWordWrap(true);
    layout->addWidget(state);

    auto *form = new QFormLayout;
    QStringList names = remotes.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        m_remote->addItem(QStringLiteral("%1 — %2").arg(name, remotes.value(name)), name);
    const QString preferred = upstream.section(QLatin1Char('/'), 0, 0);
    m_remote->setCurrentIndex(qMax(0, m_remote->findData(preferred.isEmpty() ? QStringLiteral("origin") : preferred)));
    if (remotes.isEmpty()) {
        m_url->setPlaceholderText(tr("https://git.example.com/team/config.git, git@host:team/config.git or a path"));
        form->addRow(tr("Remote URL (added as origin):"), m_url);
    } else {
        form->addRow(tr("Remote:"), m_remote);
    }
    layout->addLayout(form);

    auto *how = new QGroupBox(tr("When both sides have new commits"), this);
    auto *howLayout = new QVBoxLayout(how);
    howLayout->addWidget(m_merge);
    howLayout->addWidget(m_rebase);
    m_merge->setChecked(true);
    layout->addWidget(how);
    m_push->setChecked(true);
    layout->addWidget(m_push);

    auto *credentials = new QGroupBox(tr("Credentials for HTTPS (optional, used for this sync only)"), this);
    auto *credLayout = new QFormLayout(credentials);
    m_user->setPlaceholderText(tr("user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password or token; empty: SSH agent, keys or the keychain"));
    credLayout->addRow(tr("User:"), m_user);
    credLayout->addRow(tr("Password:"), m_password);
    layout->addWidget(credentials);

    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_sync = buttons->addButton(tr("Sync"), QDialogButtonBox::AcceptRole);
    m_sync->setObjectName(QStringLiteral("confirmButton"));
    m_sync->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *r : {m_merge, m_rebase})
        connect(r, &QRadioButton::toggled, this, &ConfigSyncDialog::updateSummary);
    connect(m_push, &QCheckBox::toggled, this, &ConfigSyncDialog::updateSummary);
    connect(m_remote, &QComboBox::currentIndexChanged, this, &ConfigSyncDialog::updateSummary);
    connect(m_url, &QLineEdit::textChanged, this, &ConfigSyncDialog::updateSummary);
    updateSummary();
}

ConfigSyncDialog::~ConfigSyncDialog()
{
    // The password was typed for one sync: do not leave it in the widget's memory longer.
    SecretLineEdit::wipe(m_password);
}

void ConfigSyncDialog::updateSummary()
{
    const QString remote = m_remotes.isEmpty() ? QStringLiteral("origin") : m_remote->currentData().toString();
    QString text = tr("Shipdeck will fetch %1, then bring %2 up to date with %1/%2: ").arg(remote, m_branch);
    text += m_merge->isChecked() ? tr("a fast-forward, or a merge that combines both sides key by key.")
                                 : tr("a fast-forward, or your commits replayed on top of the remote's.");
    text += QLatin1Char(' ');
    text += m_push->isChecked() ? tr("Then it pushes %1 to %2.").arg(m_branch, remote) : tr("Nothing is pushed.");
    text += QLatin1Char(' ') + tr("Keys changed differently on both sides stop the sync before anything changes; you resolve them in "
                                  "the Conflicts tab. The sync runs as a job you can cancel.");
    m_summary->setText(text);
    m_sync->setEnabled(!m_remotes.isEmpty() || !m_url->text().trimmed().isEmpty());
}

ConfigSyncRequest ConfigSyncDialog::request() const
{
    ConfigSyncRequest r;
    r.remote = m_remotes.isEmpty() ? QStringLiteral("origin") : m_remote->currentData().toString();
    r.strategy = m_rebase->isChecked() ? QStringLiteral("rebase") : QStringLiteral("merge");
    r.push = m_push->isChecked();
    r.username = m_user->text().trimmed();
    // A copy of its own: the widget's buffer is wiped when the dialog closes.
    const QString typed = m_password->text();
    r.password = QString(typed.constData(), typed.size());
    return r;
}

QString ConfigSyncDialog::newRemoteUrl() const
{
    return m_remotes.isEmpty() ? m_url->text().trimmed() : QString();
}

} // namespace shipdeck
