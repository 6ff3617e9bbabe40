// Reference for the start-up benchmark: the smallest Qt Widgets program that paints a window,
// measured the same way as shipdeck --report-first-frame.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

static long long msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double start = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return (long long)((uptime.readAll().split(' ').value(0).toDouble() - start) * 1000.0);
}

class Label : public QLabel
{
public:
    using QLabel::QLabel;
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (!m_done) {
            m_done = true;
            const long long ms = msSinceProcessStart();
            QTimer::singleShot(0, [ms] {
                std::printf("first-frame-ms %lld\n", ms);
                std::fflush(stdout);
                QTimer::singleShot(qEnvironmentVariableIntValue("SHIPDECK_IDLE_MS"), [] {
                    QFile status(QStringLiteral("/proc/self/status"));
                    status.open(QIODevice::ReadOnly);
                    for (const QByteArray &l : status.readAll().split('\n')) {
                        if (l.startsWith("VmRSS:"))
                            std::printf("idle-rss-bytes %lld\n", l.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024);
                    }
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            });
        }
    }

private:
    bool m_done = false;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Label label(QStringLiteral("hello"));
    label.resize(1280, 800);
    label.show();
    return app.exec();
}
