#include "ui/config/configchangespanel.h"

#include "models/config/configdiffmodel.h"
#include "models/config/confighistorymodel.h"
#include "models/config/configviewmodel.h"
#include "ui/config/diffview.h"
#include "ui/shell/themeicons.h"

#include <QComboBox>

namespace shipdeck {

ConfigChangesPanel::ConfigChangesPanel(ConfigViewModel *vm, ThemeManager *theme, QWidget *parent)
    : QWidget(parent)
    , m_vm(vm)
    , m_mode(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_show(new QPushButton(ThemeIcons::icon(QStringLiteral("diff")), tr("Compare"), this))
    , m_summary(new QLabel(this))
    , m_diff(new DiffView(theme, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *bar = new QHBoxLayout;
    m_mode->addItem(tr("Uncommitted changes, unsaved edits included"));
    m_mode->addItem(tr("Between two revisions"));
    m_mode->setAccessibleName(tr("What to compare"));
    for (QComboBox *c : {m_from, m_to}) {
        c->setEditable(true);
        c->setMinimumContentsLength(18);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setToolTip(tr("A commit, branch or tag (HEAD~1, main, origin/main …)"));
    }
    m_from->setAccessibleName(tr("Older revision"));
    m_to->setAccessibleName(tr("Newer revision"));
    m_summary->setObjectName(QStringLiteral("muted"));
    bar->addWidget(m_mode);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("→"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_show);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_diff, 1);
    m_diff->setPlaceholder(tr("No changes: the working tree matches the last commit."));

    auto modeChanged = [this] {
        const bool revisions = m_mode->currentIndex() == 1;
        m_from->setVisible(revisions);
        m_to->setVisible(revisions);
        m_show->setVisible(revisions);
        if (revisions)
            fillRevisions();
        reload();
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, modeChanged);
    connect(m_show, &QPushButton::clicked, this, &ConfigChangesPanel::reload);
    connect(vm, &ConfigViewModel::refreshed, this, [this] {
        if (isShowingWorkingChanges())
            reload();
    });
    modeChanged();
}

bool ConfigChangesPanel::isShowingWorkingChanges() const
{
    return m_mode->currentIndex() == 0;
}

void ConfigChangesPanel::showWorkingChanges()
{
    if (m_mode->currentIndex() != 0)
        m_mode->setCurrentIndex(0);
    else
        reload();
}

void ConfigChangesPanel::showRevisions(const QString &from, const QString &to)
{
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(1);
    m_from->setVisible(true);
    m_to->setVisible(true);
    m_show->setVisible(true);
    fillRevisions();
    m_from->setEditText(from);
    m_to->setEditText(to);
    reload();
}

void ConfigChangesPanel::fillRevisions()
{
    const QString from = m_from->currentText(), to = m_to->currentText();
    for (QComboBox *c : {m_from, m_to}) {
        c->clear();
        c->addItem(QStringLiteral("HEAD"));
        const ConfigHistoryModel *history = m_vm->history();
        for (int row = 0; row < history->rowCount() && row < 50; ++row) {
            const GitCommitInfo *commit = history->commitAt(row);
            c->addItem(QStringLiteral("%1  %2").arg(commit->id.left(8), commit->summary.left(60)), commit->id);
        }
    }
    m_from->setEditText(from.isEmpty() ? QStringLiteral("HEAD~1") : from);
    m_to->setEditText(to.isEmpty() ? QStringLiteral("HEAD") : to);
}

void ConfigChangesPanel::reload()
{
    const int request = ++m_request;
    auto show = [this, request](const Result<QList<GitFileDiff>> &diffs) {
        if (request != m_request)
            return;
        if (!diffs) {
            m_diff->setDiffs({});
            m_diff->setPlaceholder(diffs.error().toString());
            m_summary->clear();
            return;
        }
        m_diff->setDiffs(diffs.value());
        m_summary->setText(tr("%n file(s), +%1 −%2", nullptr, int(diffs.value().size()))
                               .arg(m_diff->model()->additions()).arg(m_diff->model()->deletions()));
    };
    if (isShowingWorkingChanges()) {
        m_diff->setPlaceholder(tr("No changes: the working tree matches the last commit."));
        m_vm->workingDiff().then(this, show);
        return;
    }
    // A combo entry carries the full commit id; typed text is a revision spec.
    auto revision = [](QComboBox *c) {
        const int i = c->findText(c->currentText());
        return i >= 0 && !c->itemData(i).toString().isEmpty() ? c->itemData(i).toString() : c->currentText().trimmed();
    };
    m_diff->setPlaceholder(tr("No differences between these revisions."));
    m_vm->diff(revision(m_from), revision(m_to)).then(this, show);
}

} // namespace shipdeck
