#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace shipdeck {

class MeasurementModel;
class ThemeManager;

// Every metric and check of the rollout's analysis with its verdict, samples, statistic,
// threshold and test, coloured by what it means; the selected one explained in a sentence.
class AnalysisPanel : public QWidget
{
    Q_OBJECT
public:
    AnalysisPanel(MeasurementModel *model, ThemeManager *theme, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString explanation() const;

private:
    void showSelected();

    MeasurementModel *m_model; // Not owned.
    QTableView *m_table;
    QLabel *m_explanation;
};

} // namespace shipdeck
