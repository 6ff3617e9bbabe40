#include "ui/config/diffview.h"

#include "models/config/configdiffmodel.h"
#include "ui/shell/thememanager.h"

#include <QHeaderView>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTableView>

namespace shipdeck {

namespace {

class DiffLineDelegate : public QStyledItemDelegate
{
public:
    DiffLineDelegate(ThemeManager *theme, QObject *parent) : QStyledItemDelegate(parent), m_theme(theme) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto kind = DiffLine::Kind(index.data(ConfigDiffModel::KindRole).toInt());
        const auto &c = m_theme->colors();
        QColor tint;
        switch (kind) {
        case DiffLine::Kind::Added: tint = c.success; break;
        case DiffLine::Kind::Removed: tint = c.danger; break;
        case DiffLine::Kind::Hunk: tint = c.info; break;
        case DiffLine::Kind::File: tint = c.border; break;
        default: break;
        }
        if (tint.isValid() && !(option.state & QStyle::State_Selected)) {
            tint.setAlpha(kind == DiffLine::Kind::File ? 255 : (m_theme->isDark() ? 70 : 45));
            painter->fillRect(option.rect, tint);
        }
        QStyleOptionViewItem opt = option;
        if (kind == DiffLine::Kind::Hunk)
            opt.palette.setColor(QPalette::Text, c.muted);
        QStyledItemDelegate::paint(painter, opt, index);
    }

private:
    ThemeManager *m_theme;
};

} // namespace

DiffView::DiffView(ThemeManager *theme, QWidget *parent)
    : QWidget(parent), m_model(new ConfigDiffModel(this)), m_files(new QListWidget(this)), m_lines(new QTableView(this)),
      m_placeholder(new QLabel(this))
{
    auto *splitter = new QSplitter(this);
    m_files->setAccessibleName(tr("Changed files"));
    m_files->setMinimumWidth(160);
    m_lines->setModel(m_model);
    m_lines->setItemDelegate(new DiffLineDelegate(theme, m_lines));
    m_lines->setAccessibleName(tr("Changed lines"));
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 4);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->horizontalHeader()->setSectionResizeMode(ConfigDiffModel::OldLineColumn, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ConfigDiffModel::NewLineColumn, QHeaderView::ResizeToContents);
    m_lines->setShowGrid(false);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setWordWrap(false);
    splitter->addWidget(m_files);
    splitter->addWidget(m_lines);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    m_placeholder->setObjectName(QStringLiteral("muted"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *stack = new QStackedLayout(this);
    stack->addWidget(splitter);
    stack->addWidget(m_placeholder);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, stack] {
        stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
        fillFiles();
    });
    stack->setCurrentIndex(1);
    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const int line = m_model->fileRow(m_files->item(row)->data(Qt::UserRole).toString());
        if (line >= 0)
            m_lines->scrollTo(m_model->index(line, 0), QAbstractItemView::PositionAtTop);
    });
}

void DiffView::setDiffs(const QList<GitFileDiff> &diffs)
{
    m_model->setDiffs(diffs);
}

void DiffView::setPatch(const QString &patch)
{
    m_model->setPatch(patch);
}

void DiffView::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
}

void DiffView::fillFiles()
{
    const QSignalBlocker block(m_files);
    m_files->clear();
    for (int row : m_model->fileRows()) {
        const QString path = m_model->index(row, 0).data(ConfigDiffModel::FileRole).toString();
        int adds = 0, dels = 0;
        for (int r = row + 1; r < m_model->rowCount(); ++r) {
            const auto kind = DiffLine::Kind(m_model->index(r, 0).data(ConfigDiffModel::KindRole).toInt());
            if (kind == DiffLine::Kind::File)
                break;
            adds += kind == DiffLine::Kind::Added;
            dels += kind == DiffLine::Kind::Removed;
        }
        auto *item = new QListWidgetItem(tr("%1  +%2 −%3").arg(path).arg(adds).arg(dels), m_files);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_lines->resizeColumnToContents(ConfigDiffModel::OldLineColumn);
    m_lines->resizeColumnToContents(ConfigDiffModel::NewLineColumn);
}

} // namespace shipdeck
