#include "ui/rollouts/analysispanel.h"

#include "models/rollouts/measurementmodel.h"
#include "ui/shell/thememanager.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QTableView>

namespace shipdeck {

namespace {
// Colours the verdict by its meaning and sets judged metrics in.
class ToneProxy final : public QIdentityProxyModel
{
public:
    ToneProxy(ThemeManager *theme, QObject *parent) : QIdentityProxyModel(parent), m_theme(theme) {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == MeasurementModel::VerdictColumn && m_theme) {
            switch (VerdictExplainer::Tone(index.data(MeasurementModel::ToneRole).toInt())) {
            case VerdictExplainer::Tone::Good: return m_theme->colors().success;
            case VerdictExplainer::Tone::Warning: return m_theme->colors().warning;
            case VerdictExplainer::Tone::Bad: return m_theme->colors().danger;
            case VerdictExplainer::Tone::Neutral: break;
            }
        }
        if (role == Qt::FontRole && index.column() == MeasurementModel::VerdictColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::DisplayRole && index.column() == MeasurementModel::MetricColumn
            && index.data(MeasurementModel::SubMetricRole).toBool())
            return QStringLiteral("    ") + QIdentityProxyModel::data(index, role).toString();
        return QIdentityProxyModel::data(index, role);
    }

private:
    ThemeManager *m_theme;
};
} // namespace

AnalysisPanel::AnalysisPanel(MeasurementModel *model, ThemeManager *theme, QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableView(this)), m_explanation(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *proxy = new ToneProxy(theme, this);
    proxy->setSourceModel(model);
    m_table->setModel(proxy);
    m_table->setObjectName(QStringLiteral("analysisTable"));
    m_table->setAccessibleName(tr("Analysis"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnHidden(MeasurementModel::TestColumn, false);
    m_explanation->setObjectName(QStringLiteral("analysisExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().height() * 3);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_explanation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AnalysisPanel::showSelected);
    connect(model, &QAbstractItemModel::dataChanged, this, &AnalysisPanel::showSelected);
    auto fit = [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < MeasurementModel::ExplanationColumn; ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_table->model()->index(0, 0));
        showSelected();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, fit);
    connect(model, &QAbstractItemModel::modelReset, this, fit);
    showSelected();
}

QString AnalysisPanel::explanation() const
{
    return m_explanation->text();
}

void AnalysisPanel::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        m_explanation->setText(m_model->rowCount() == 0 ? tr("No analysis has run yet. Verdicts appear here as soon as the first measurement is taken.")
                                                        : tr("Select a metric to read why it got its verdict."));
        return;
    }
    const auto e = m_model->explanationAt(row);
    const QString metric = m_model->index(row, MeasurementModel::MetricColumn).data().toString();
    m_explanation->setText(tr("%1 — %2 (%3)").arg(metric, e.sentence, e.test));
}

} // namespace shipdeck
