#include "ui/config/configmigrationdialog.h"

#include "models/config/configviewmodel.h"
#include "ui/config/diffview.h"

#include <QDialogButtonBox>
#include <QJsonArray>

namespace shipdeck {

ConfigMigrationDialog::ConfigMigrationDialog(ConfigViewModel *vm, ThemeManager *theme, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(tr("Reading the migrations…"), this)), m_diff(new DiffView(theme, this))
{
    setObjectName(QStringLiteral("configMigrationDialog"));
    setWindowTitle(tr("Configuration Migrations"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Pending migrations"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_diff->setPlaceholder(tr("Nothing to change."));
    layout->addWidget(m_diff, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply…"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyMigrations"));
    m_apply->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    vm->previewMigrations().then(this, [this](const Result<QJsonObject> &preview) {
        m_loaded = true;
        if (!preview) {
            m_summary->setText(preview.error().toString());
            Q_EMIT loaded();
            return;
        }
        m_preview = preview.value();
        const int from = m_preview.value(QStringLiteral("fromVersion")).toInt();
        const int to = m_preview.value(QStringLiteral("toVersion")).toInt();
        QStringList applied;
        for (const QJsonValue &v : m_preview.value(QStringLiteral("applied")).toArray())
            applied.append(QStringLiteral("• ") + v.toString());
        if (applied.isEmpty()) {
            m_summary->setText(tr("The configuration is at version %1; no migration is pending.").arg(from));
        } else {
            m_summary->setText(tr("Version %1 → %2. Applying writes these changes and commits them as one commit "
                                  "(recorded in the audit log):\n%3").arg(from).arg(to).arg(applied.join(QLatin1Char('\n'))));
            m_apply->setEnabled(true);
        }
        m_diff->setPatch(m_preview.value(QStringLiteral("diff")).toString());
        Q_EMIT loaded();
    });
}

} // namespace shipdeck
