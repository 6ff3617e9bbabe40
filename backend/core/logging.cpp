#include "backend/core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcCore, "shipdeck.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "shipdeck.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "shipdeck.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackend, "shipdeck.backend", QtInfoMsg)

namespace shipdeck::Logging {

namespace {
struct FileLog
{
    QMutex mutex;
    QString dir;
    qint64 maxBytes = 0;
    int keep = 3;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

FileLog &state()
{
    static FileLog log;
    return log;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg: return QStringLiteral("critical");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return {};
}

void rotateLocked(FileLog &log)
{
    log.file.close();
    const QString base = log.dir + QStringLiteral("/shipdeck.log");
    QFile::remove(base + QLatin1Char('.') + QString::number(log.keep));
    for (int i = log.keep - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i), base + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    log.file.setFileName(base);
    log.file.open(QIODevice::Append | QIODevice::WriteOnly);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    FileLog &log = state();
    {
        QMutexLocker lock(&log.mutex);
        if (log.file.isOpen()) {
            const QString line = QStringLiteral("%1 %2 %3: %4\n")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), levelName(type),
                     QString::fromLatin1(context.category ? context.category : "default"),
                     redact(message));
            log.file.write(line.toUtf8());
            log.file.flush();
            if (log.file.size() > log.maxBytes)
                rotateLocked(log);
        }
    }
    if (log.previous)
        log.previous(type, context, redact(message));
}
} // namespace

QString redact(const QString &line)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("AGE-SECRET-KEY-1[0-9A-Z]+"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----")),
        QRegularExpression(QStringLiteral("(?i)(authorization:\\s*(bearer|basic)\\s+)\\S+")),
        QRegularExpression(QStringLiteral("(?i)((password|passphrase|secret|token|api[_-]?key)\\s*[=:]\\s*)\\S+")),
    };
    QString out = line;
    out.replace(patterns[0], QStringLiteral("[redacted]"));
    out.replace(patterns[1], QStringLiteral("[redacted]"));
    out.replace(patterns[2], QStringLiteral("\\1[redacted]"));
    out.replace(patterns[3], QStringLiteral("\\1[redacted]"));
    return out;
}

void installFileLog(const QString &dir, qint64 maxBytes, int keep)
{
    FileLog &log = state();
    QMutexLocker lock(&log.mutex);
    QDir().mkpath(dir);
    log.file.close();
    log.dir = dir;
    log.maxBytes = maxBytes;
    log.keep = keep;
    log.file.setFileName(dir + QStringLiteral("/shipdeck.log"));
    log.file.open(QIODevice::Append | QIODevice::WriteOnly);
    if (!log.installed) {
        log.previous = qInstallMessageHandler(handler);
        log.installed = true;
    }
}

void uninstallFileLog()
{
    FileLog &log = state();
    QMutexLocker lock(&log.mutex);
    if (log.installed) {
        qInstallMessageHandler(log.previous);
        log.installed = false;
    }
    log.file.close();
}

} // namespace shipdeck::Logging
