#pragma once

#include "backend/core/job.h"
#include "backend/core/result.h"

#include <functional>
#include <memory>

class QThreadPool;

namespace shipdeck {

// A Job whose work is one callable run on a thread pool. The callable reports progress and
// checks cancellation through JobControl; its Result becomes the job's result or error.
class TaskJob final : public Job
{
    Q_OBJECT
public:
    using Task = std::function<Result<QJsonObject>(JobControl &control)>;

    TaskJob(QString kind, QString title, Task task, QObject *parent = nullptr,
            QThreadPool *pool = nullptr);
    ~TaskJob() override;

protected:
    void run() override;
    void onCancelRequested() override;

private:
    class Control;
    Task m_task;
    QThreadPool *m_pool;
    std::shared_ptr<Control> m_control;
};

} // namespace shipdeck
