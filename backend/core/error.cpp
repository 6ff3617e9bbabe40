#include "backend/core/error.h"

#include <QJsonArray>

namespace shipdeck {

namespace {
struct CodeName { ErrorCode code; const char *name; };
constexpr CodeName kNames[] = {
    {ErrorCode::Unknown, "unknown"},
    {ErrorCode::InvalidArgument, "invalid-argument"},
    {ErrorCode::NotFound, "not-found"},
    {ErrorCode::AlreadyExists, "already-exists"},
    {ErrorCode::Io, "io"},
    {ErrorCode::Corrupt, "corrupt"},
    {ErrorCode::Unsupported, "unsupported"},
    {ErrorCode::SchemaTooNew, "schema-too-new"},
    {ErrorCode::PermissionDenied, "permission-denied"},
    {ErrorCode::ReadOnly, "read-only"},
    {ErrorCode::DiskFull, "disk-full"},
    {ErrorCode::Busy, "busy"},
    {ErrorCode::Timeout, "timeout"},
    {ErrorCode::Cancelled, "cancelled"},
    {ErrorCode::Network, "network"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::FailedPrecondition, "failed-precondition"},
    {ErrorCode::Unavailable, "unavailable"},
    {ErrorCode::Internal, "internal"},
    {ErrorCode::Parse, "parse"},
    {ErrorCode::Validation, "validation"},
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::ResourceExhausted, "resource-exhausted"},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &entry : kNames) {
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("unknown");
}

Error::Error(ErrorCode code, QString message)
    : m_code(code), m_message(std::move(message))
{
}

Error Error::withContext(const QString &what) const
{
    Error copy = *this;
    copy.m_context.prepend(what);
    return copy;
}

Error Error::withDetail(const QString &key, const QVariant &value) const
{
    Error copy = *this;
    copy.m_details.insert(key, value);
    return copy;
}

bool Error::isTransient() const
{
    switch (m_code) {
    case ErrorCode::Busy:
    case ErrorCode::Timeout:
    case ErrorCode::Network:
    case ErrorCode::Unavailable:
    case ErrorCode::ResourceExhausted:
        return true;
    default:
        return false;
    }
}

QString Error::toString() const
{
    QStringList parts = m_context;
    parts.append(m_message);
    return parts.join(QStringLiteral(": "));
}

QJsonObject Error::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), errorCodeName(m_code)},
                     {QStringLiteral("message"), m_message}};
    if (!m_context.isEmpty())
        json.insert(QStringLiteral("context"), QJsonArray::fromStringList(m_context));
    if (!m_details.isEmpty())
        json.insert(QStringLiteral("details"), QJsonObject::fromVariantMap(m_details));
    return json;
}

Error Error::fromJson(const QJsonObject &json)
{
    const QString name = json.value(QStringLiteral("code")).toString();
    ErrorCode code = ErrorCode::Unknown;
    for (const auto &entry : kNames) {
        if (name == QLatin1String(entry.name))
            code = entry.code;
    }
    Error error(code, json.value(QStringLiteral("message")).toString());
    for (const auto &value : json.value(QStringLiteral("context")).toArray())
        error.m_context.append(value.toString());
    error.m_details = json.value(QStringLiteral("details")).toObject().toVariantMap();
    return error;
}

} // namespace shipdeck
