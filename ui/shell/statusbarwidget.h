#pragma once

#include "backend/facade/backendtypes.h"

#include <QWidget>

class QLabel;

namespace shipdeck {

class ActiveJobsModel;
class Backend;
class ThemeManager;

// The state of the world along the bottom: backend state with a coloured dot, the workspace,
// and long jobs with progress.
class StatusBarWidget : public QWidget
{
    Q_OBJECT
public:
    StatusBarWidget(Backend *backend, ActiveJobsModel *jobs, ThemeManager *theme, QWidget *parent = nullptr);

    QString stateText() const;

private:
    void updateState(BackendState state, const QString &detail);

    ThemeManager *m_theme; // Not owned.
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_workspace;
    BackendState m_current = BackendState::Starting;
    QString m_detail;
};

} // namespace shipdeck
