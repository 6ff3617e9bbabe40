#pragma once

#include <QObject>
#include <QString>

class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QWidget;

namespace shipdeck {

struct VersionStatus;

// One line of the version list: the version, its role (stable, canary with its weight), how
// many instances are ready, and a scale control (spin box + Apply) and Stop. Live updates do
// not overwrite a number the user has typed. Owned by the panel (not a QObject child); removes
// its widgets when destroyed.
class VersionScaleRow : public QObject
{
    Q_OBJECT
public:
    VersionScaleRow(QGridLayout *grid, int row, const QString &version, QWidget *parent);
    ~VersionScaleRow() override;

    QString version() const { return m_version; }
    // running: desired/ready from the provider (nullptr = not running); role: "stable · 100 % of traffic"
    void update(const VersionStatus *running, const QString &role, bool isStable, bool busy);
    QSpinBox *replicas() const { return m_replicas; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *stopButton() const { return m_stop; }
    int desired() const { return m_desired; }

Q_SIGNALS:
    void scaleRequested(const QString &version, int replicas);
    void stopRequested(const QString &version);

private:
    void updateApply();

    QString m_version;
    QLabel *m_name;
    QLabel *m_role;
    QLabel *m_ready;
    QSpinBox *m_replicas;
    QPushButton *m_apply;
    QPushButton *m_stop;
    int m_desired = 0;
    bool m_busy = false;
};

} // namespace shipdeck
