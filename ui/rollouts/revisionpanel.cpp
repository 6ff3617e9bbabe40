#include "ui/rollouts/revisionpanel.h"

#include "models/rollouts/revisiondiff.h"
#include "models/rollouts/revisionmodel.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>

namespace shipdeck {

RevisionPanel::RevisionPanel(RevisionModel *model, ThemeManager *theme, QWidget *parent)
    : QWidget(parent), m_model(model), m_theme(theme), m_table(new QTableView(this)), m_changes(new QLabel(this)),
      m_diff(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setModel(model);
    m_table->setObjectName(QStringLiteral("revisionTable"));
    m_table->setAccessibleName(tr("Revisions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RevisionModel::ReasonColumn, QHeaderView::Stretch);
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("revisionChanges"));
    m_diff->setReadOnly(true);
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    m_diff->setAccessibleName(tr("Changes of the selected revision"));
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *bottom = new QWidget(this);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_changes);
    bl->addWidget(m_diff, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RevisionPanel::showDiff);
    connect(model, &QAbstractItemModel::modelReset, this, &RevisionPanel::rebuildButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RevisionPanel::rebuildButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RevisionPanel::rebuildButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &RevisionPanel::rebuildButtons);
    showDiff();
}

void RevisionPanel::rebuildButtons()
{
    // One "Roll back" button per revision, in a column of its own after the model's columns.
    const int buttonColumn = RevisionModel::RollbackColumn;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RolloutRecord *r = m_model->revisionAt(row);
        QString why;
        const bool can = m_model->canRollbackTo(row, &why);
        auto *button = qobject_cast<QPushButton *>(m_table->indexWidget(m_model->index(row, buttonColumn)));
        if (!button) {
            button = new QPushButton(ThemeIcons::icon(QStringLiteral("rewind")), QString(), m_table);
            button->setObjectName(QStringLiteral("rollbackButton"));
            m_table->setIndexWidget(m_model->index(row, buttonColumn), button);
            connect(button, &QPushButton::clicked, this, [this, button] {
                if (const int revision = button->property("revision").toInt(); revision > 0)
                    Q_EMIT rollbackRequested(revision);
            });
        }
        button->setText(tr("Roll back to %1").arg(r->revision));
        button->setProperty("revision", r->revision);
        button->setEnabled(can);
        button->setToolTip(can ? tr("Deploy revision %1 (version %2) again").arg(r->revision).arg(r->targetVersion) : why);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(RevisionModel::ReasonColumn, QHeaderView::Stretch);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showDiff();
}

void RevisionPanel::selectRevision(int revision)
{
    const int row = m_model->rowOfRevision(revision);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

int RevisionPanel::selectedRevision() const
{
    const RolloutRecord *r = m_model->revisionAt(m_table->currentIndex().row());
    return r ? r->revision : 0;
}

void RevisionPanel::showDiff()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        m_changes->setText(tr("Select a revision to see what changed."));
        m_diff->clear();
        return;
    }
    const RevisionDiff diff = m_model->diffAt(row);
    m_changes->setText(tr("Revision %1: %2").arg(m_model->revisionAt(row)->revision).arg(diff.changes().join(QStringLiteral(" · "))));
    m_diff->setPlainText(diff.unified(3));
    // Added lines green, removed red: the theme's meaning colours, faint.
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = m_diff->document()->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        QColor colour;
        if (text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1String("+++")))
            colour = m_theme ? m_theme->colors().success : QColor(Qt::green);
        else if (text.startsWith(QLatin1Char('-')) && !text.startsWith(QLatin1String("---")))
            colour = m_theme ? m_theme->colors().danger : QColor(Qt::red);
        if (!colour.isValid())
            continue;
        colour.setAlpha(50);
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(colour);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(b);
        marks.append(mark);
    }
    m_diff->setExtraSelections(marks);
}

} // namespace shipdeck
