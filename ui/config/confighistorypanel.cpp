#include "ui/config/confighistorypanel.h"

#include "models/config/configblamemodel.h"
#include "models/config/confighistorymodel.h"
#include "models/config/configviewmodel.h"
#include "ui/shell/themeicons.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

namespace shipdeck {

namespace {
void styleTable(QTableView *view)
{
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
}
} // namespace

ConfigHistoryPanel::ConfigHistoryPanel(ConfigViewModel *vm, QWidget *parent)
    : QWidget(parent)
    , m_vm(vm)
    , m_file(new QComboBox(this))
    , m_commits(new QTableView(this))
    , m_blame(new QTableView(this))
    , m_showChanges(new QPushButton(ThemeIcons::icon(QStringLiteral("diff")), tr("Show Changes"), this))
    , m_revert(new QPushButton(ThemeIcons::icon(QStringLiteral("rewind")), tr("Revert…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *bar = new QHBoxLayout;
    m_file->setAccessibleName(tr("File"));
    m_file->setMinimumContentsLength(28);
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_showChanges->setToolTip(tr("Open what the selected commit changed in the Changes tab"));
    m_revert->setToolTip(tr("Create a new commit that undoes the selected one"));
    bar->addWidget(new QLabel(tr("History of"), this));
    bar->addWidget(m_file);
    bar->addStretch(1);
    bar->addWidget(m_showChanges);
    bar->addWidget(m_revert);
    layout->addLayout(bar);

    m_commits->setModel(vm->history());
    styleTable(m_commits);
    m_commits->setAccessibleName(tr("Commits"));
    m_commits->horizontalHeader()->setSectionResizeMode(ConfigHistoryModel::SummaryColumn, QHeaderView::Stretch);
    m_commits->horizontalHeader()->setStretchLastSection(false);
    m_blame->setModel(vm->blame());
    styleTable(m_blame);
    m_blame->setAccessibleName(tr("Blame"));
    m_blame->setShowGrid(false);
    m_blame->verticalHeader()->setDefaultSectionSize(m_blame->fontMetrics().height() + 4);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_commits);
    splitter->addWidget(m_blame);
    splitter->setSizes({500, 500});
    layout->addWidget(splitter, 1);

    connect(vm, &ConfigViewModel::infoChanged, this, &ConfigHistoryPanel::fillFiles);
    connect(m_file, &QComboBox::currentIndexChanged, this, &ConfigHistoryPanel::fileChosen);
    connect(vm->history(), &QAbstractItemModel::modelReset, this, [this] { m_commits->resizeColumnsToContents(); });
    connect(vm->blame(), &QAbstractItemModel::modelReset, this, [this] {
        m_blame->resizeColumnsToContents();
        m_blame->setVisible(!m_vm->blame()->file().isEmpty());
    });
    auto updateButtons = [this] {
        const GitCommitInfo *c = selectedCommit().isEmpty() ? nullptr : m_vm->history()->commitAt(m_commits->currentIndex().row());
        // The first commit has nothing before it to compare with or to go back to.
        m_showChanges->setEnabled(c && !c->parents.isEmpty());
        m_revert->setEnabled(c && !c->parents.isEmpty());
    };
    connect(m_commits->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(vm->history(), &QAbstractItemModel::modelReset, this, updateButtons);
    connect(m_showChanges, &QPushButton::clicked, this, [this] {
        const GitCommitInfo *c = m_vm->history()->commitAt(m_commits->currentIndex().row());
        if (c && !c->parents.isEmpty())
            Q_EMIT changesRequested(c->parents.first(), c->id); // what the commit changed on its first parent
    });
    connect(m_commits, &QTableView::doubleClicked, m_showChanges, &QPushButton::click);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const GitCommitInfo *c = m_vm->history()->commitAt(m_commits->currentIndex().row());
        if (c)
            Q_EMIT revertRequested(c->id, c->summary);
    });
    m_blame->hide();
    updateButtons();
    fillFiles();
}

QString ConfigHistoryPanel::selectedCommit() const
{
    if (!m_commits->selectionModel()->hasSelection())
        return {};
    const GitCommitInfo *c = m_vm->history()->commitAt(m_commits->currentIndex().row());
    return c ? c->id : QString();
}

void ConfigHistoryPanel::fillFiles()
{
    const QString current = m_file->currentData().toString();
    QStringList files = m_vm->files();
    if (files == QStringList{} && m_file->count() > 0)
        return;
    const QSignalBlocker block(m_file);
    m_file->clear();
    m_file->addItem(tr("All files"), QString());
    for (const QString &f : std::as_const(files))
        m_file->addItem(f, f);
    m_file->setCurrentIndex(qMax(0, m_file->findData(current)));
}

void ConfigHistoryPanel::showFile(const QString &file)
{
    int i = m_file->findData(file);
    if (i < 0) {
        m_file->addItem(file, file);
        i = m_file->count() - 1;
    }
    if (m_file->currentIndex() == i)
        fileChosen();
    else
        m_file->setCurrentIndex(i);
}

void ConfigHistoryPanel::fileChosen()
{
    const QString file = m_file->currentData().toString();
    m_vm->loadHistory(file);
    if (file.isEmpty())
        m_vm->blame()->setBlame(QString(), {});
    else
        m_vm->loadBlame(file);
}

} // namespace shipdeck
