#include "ui/clusters/yamleditdialog.h"

#include "backend/kube/kubeclient.h"
#include "ui/shell/themeicons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace shipdeck {

YamlEditDialog::YamlEditDialog(KubeClient *client, QString resource, QString ns, QString name, const QByteArray &yaml,
                               QWidget *parent)
    : QDialog(parent), m_client(client), m_resource(std::move(resource)), m_namespace(std::move(ns)),
      m_name(std::move(name)), m_pages(new QStackedWidget(this)), m_editor(new QPlainTextEdit(this)),
      m_diff(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("yamlEditDialog"));
    setWindowTitle(tr("Edit %1 %2").arg(m_resource, m_name));
    resize(900, 680);
    auto *layout = new QVBoxLayout(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(QString::fromUtf8(yaml));
    m_editor->setAccessibleName(tr("Object YAML"));
    m_diff->setFont(mono);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setAccessibleName(tr("Changes"));
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_diff);
    layout->addWidget(m_pages, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::ActionRole);
    m_review = buttons->addButton(tr("&Review Changes"), QDialogButtonBox::ActionRole);
    m_review->setIcon(ThemeIcons::icon(QStringLiteral("diff")));
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("confirmButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    m_back->setVisible(false);
    m_apply->setEnabled(false);
    m_review->setDefault(true);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &YamlEditDialog::review);
    connect(m_apply, &QPushButton::clicked, this, &YamlEditDialog::apply);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentWidget(m_editor);
        m_back->setVisible(false);
        m_apply->setEnabled(false);
        m_review->setEnabled(true);
        m_message->clear();
    });
}

void YamlEditDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d9534f;") : QString());
}

void YamlEditDialog::review()
{
    m_review->setEnabled(false);
    showMessage(tr("Checking the edit with the server…"), false);
    m_client->previewEdit(m_resource, m_namespace, m_name, m_editor->toPlainText().toUtf8())
        .then(this, [this](const Result<KubeEditPreview> &preview) {
            m_review->setEnabled(true);
            if (!preview) {
                showMessage(preview.error().toString(), true);
                return;
            }
            if (!preview->changed) {
                showMessage(tr("The edit changes nothing the server keeps."), false);
                return;
            }
            m_object = preview->object;
            m_diff->setPlainText(preview->diff);
            m_pages->setCurrentWidget(m_diff);
            m_back->setVisible(true);
            m_review->setEnabled(false);
            m_apply->setEnabled(true);
            showMessage(preview->serverDryRun ? tr("The server accepted this change in a dry run. Apply replaces %1 %2.")
                                                     .arg(m_resource, m_name)
                                              : tr("Not validated by the server (%1). Apply replaces %2 %3.")
                                                     .arg(preview->note, m_resource, m_name),
                        false);
        });
}

void YamlEditDialog::apply()
{
    m_apply->setEnabled(false);
    showMessage(tr("Applying…"), false);
    m_client->replace(m_resource, m_namespace, m_object, false).then(this, [this](const Result<QJsonObject> &done) {
        if (!done) {
            m_apply->setEnabled(true);
            showMessage(done.error().toString(), true);
            return;
        }
        Q_EMIT applied(tr("%1 %2 edited").arg(m_resource, m_name));
        accept();
    });
}

} // namespace shipdeck
