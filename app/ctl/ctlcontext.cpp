#include "ctlcontext.h"

#include "backend/facade/backend.h"
#include "ctlcommand.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace shipdeck::ctl {

CtlContext::CtlContext() : m_out(stdout), m_err(stderr)
{
    workspaceDir = qEnvironmentVariable("SHIPDECK_WORKSPACE");
    actor = qEnvironmentVariable("SHIPDECK_USER", qEnvironmentVariable("USER", QStringLiteral("cli")));
}

CtlContext::~CtlContext() = default;

Result<Backend *> CtlContext::backend(bool createWorkspace, bool demo)
{
    if (!m_backend) {
        BackendOptions options;
        m_backend = std::make_unique<Backend>(options);
    }
    if (m_backend->state() == BackendState::Ready)
        return m_backend.get();
    const QString dir = workspaceDir.isEmpty() ? Workspace::defaultPath() : workspaceDir;
    Workspace::OpenOptions options;
    options.create = createWorkspace;
    options.demo = demo;
    auto opened = await(m_backend->openWorkspace(dir, options));
    if (!opened)
        return opened.error();
    return m_backend.get();
}

int CtlContext::exitCodeFor(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Parse:
    case ErrorCode::Validation:
        return ExitFailure;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Corrupt:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
    case ErrorCode::PermissionDenied:
        return ExitWorkspace;
    case ErrorCode::Conflict:
    case ErrorCode::FailedPrecondition:
    case ErrorCode::AlreadyExists:
        return ExitRefused;
    case ErrorCode::Timeout:
    case ErrorCode::Network:
    case ErrorCode::Unavailable:
    case ErrorCode::Busy:
        return ExitUnavailable;
    case ErrorCode::Cancelled:
        return ExitCancelled;
    default:
        return ExitFailure;
    }
}

int CtlContext::fail(const Error &error)
{
    if (json) {
        m_err << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error.toJson()}})
                                       .toJson(QJsonDocument::Compact))
              << Qt::endl;
    } else {
        m_err << "shipdeckctl: error: " << error.toString() << Qt::endl;
    }
    return exitCodeFor(error);
}

int CtlContext::usage(const QString &message, const QString &usageText)
{
    m_err << "shipdeckctl: " << message << "\n\n" << usageText << Qt::endl;
    return ExitUsage;
}

void CtlContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void TextTable::print(QTextStream &out) const
{
    QList<int> widths;
    for (const auto &h : m_headers)
        widths.append(h.size());
    for (const auto &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths.value(i) + 2) : cells[i];
        }
        out << text.trimmed() << '\n';
    };
    line(m_headers);
    for (const auto &row : m_rows)
        line(row);
    out.flush();
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(bytes / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(bytes / 1048576.0, 0, 'f', 1);
}

} // namespace shipdeck::ctl
