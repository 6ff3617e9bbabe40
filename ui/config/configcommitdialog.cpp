#include "ui/config/configcommitdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace shipdeck {

ConfigCommitDialog::ConfigCommitDialog(const QString &branch, const QList<GitFileDiff> &changes, const QStringList &unsavedFiles,
                                       const Author &author, QWidget *parent)
    : QDialog(parent)
    , m_original(author)
    , m_files(new QListWidget(this))
    , m_name(new QLineEdit(author.name, this))
    , m_email(new QLineEdit(author.email, this))
    , m_message(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("configCommitDialog"));
    setWindowTitle(tr("Commit Configuration"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Commit %n file(s) to %1?", nullptr, int(changes.size())).arg(branch), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *summary = new QLabel(tr("Unsaved edits are saved first. The commit stays local until you sync."), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    for (const GitFileDiff &d : changes) {
        const QString path = d.newPath.isEmpty() ? d.oldPath : d.newPath;
        QString text = tr("%1 — %2, +%3 −%4").arg(path, d.status).arg(d.additions).arg(d.deletions);
        if (unsavedFiles.contains(path))
            text += tr(" (unsaved edits)");
        auto *item = new QListWidgetItem(text, m_files);
        item->setData(Qt::UserRole, path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_files->setMaximumHeight(qMin(8, int(changes.size()) + 1) * (m_files->fontMetrics().height() + 8));
    m_files->setAccessibleName(tr("Files in the commit"));
    layout->addWidget(m_files);

    auto *form = new QFormLayout;
    form->addRow(tr("Author:"), m_name);
    form->addRow(tr("E-mail:"), m_email);
    QString source;
    if (author.source == QLatin1String("settings"))
        source = tr("From the workspace settings; a change here is kept for the next commits.");
    else if (author.source == QLatin1String("git"))
        source = tr("From git's user.name and user.email; kept in the workspace settings from this commit on.");
    else
        source = tr("A default: enter your name and e-mail; they are kept in the workspace settings.");
    auto *sourceLabel = new QLabel(source, this);
    sourceLabel->setObjectName(QStringLiteral("muted"));
    sourceLabel->setWordWrap(true);
    form->addRow(QString(), sourceLabel);
    layout->addLayout(form);

    auto *messageLabel = new QLabel(tr("Message (required):"), this);
    layout->addWidget(messageLabel);
    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setPlaceholderText(tr("What changed and why, e.g. “More production workers for the sale”"));
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().height() * 5);
    messageLabel->setBuddy(m_message);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_commit = buttons->addButton(tr("Commit"), QDialogButtonBox::AcceptRole);
    m_commit->setObjectName(QStringLiteral("confirmButton"));
    m_commit->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_message, &QPlainTextEdit::textChanged, this, &ConfigCommitDialog::updateButton);
    connect(m_name, &QLineEdit::textChanged, this, &ConfigCommitDialog::updateButton);
    connect(m_email, &QLineEdit::textChanged, this, &ConfigCommitDialog::updateButton);
    connect(m_files, &QListWidget::itemChanged, this, &ConfigCommitDialog::updateButton);
    m_message->setFocus();
    updateButton();
}

void ConfigCommitDialog::updateButton()
{
    bool someChecked = false;
    for (int i = 0; i < m_files->count(); ++i)
        someChecked |= m_files->item(i)->checkState() == Qt::Checked;
    m_commit->setEnabled(someChecked && !message().isEmpty() && !m_name->text().trimmed().isEmpty()
                         && m_email->text().contains(QLatin1Char('@')));
}

QString ConfigCommitDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

QStringList ConfigCommitDialog::files() const
{
    QStringList checked;
    bool all = true;
    for (int i = 0; i < m_files->count(); ++i) {
        if (m_files->item(i)->checkState() == Qt::Checked)
            checked.append(m_files->item(i)->data(Qt::UserRole).toString());
        else
            all = false;
    }
    return all ? QStringList() : checked;
}

ConfigCommitDialog::Author ConfigCommitDialog::author() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed(), m_original.source};
}

bool ConfigCommitDialog::storeAuthor() const
{
    return m_original.source != QLatin1String("settings") || m_name->text().trimmed() != m_original.name
        || m_email->text().trimmed() != m_original.email;
}

} // namespace shipdeck
