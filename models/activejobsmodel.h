#pragma once

#include "backend/core/job.h"

#include <QAbstractListModel>

namespace shipdeck {

// Long jobs of this session (backups, workflows, syncs …) for the progress indicator: active
// ones first, then the most recently finished. Updated from Backend::jobChanged.
class ActiveJobsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ProgressRole, StateRole, ErrorRole, CancellableRole };

    explicit ActiveJobsModel(QObject *parent = nullptr);

    void upsert(const JobSnapshot &snapshot);
    int activeCount() const;
    // The active job with the most recent start, or nullptr.
    const JobSnapshot *current() const;
    const JobSnapshot *snapshotAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void activeCountChanged(int count);

private:
    QList<JobSnapshot> m_jobs;
    int m_keepFinished = 10;
};

} // namespace shipdeck
