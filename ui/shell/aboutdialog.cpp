#include "ui/shell/aboutdialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QSysInfo>
#include <QVBoxLayout>

namespace shipdeck {

AboutDialog::AboutDialog(const QString &workspacePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Shipdeck"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/shipdeck.svg")).pixmap(64, 64));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    text->setOpenExternalLinks(true);
    text->setText(tr("<h2>Shipdeck %1</h2>"
                     "<p>A desktop operations console with an embedded orchestration backend: approve canary "
                     "promotions with the evidence in front of you, edit configuration and secrets offline, "
                     "watch clusters, read logs, traces and metrics.</p>"
                     "<p>Built with Qt %2 (running on Qt %3), on %4.</p>"
                     "<p>Workspace: <code>%5</code></p>")
                      .arg(QStringLiteral(SHIPDECK_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                           QSysInfo::prettyProductName(),
                           workspacePath.isEmpty() ? tr("none open") : workspacePath.toHtmlEscaped()));
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace shipdeck
