#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace shipdeck {

// What went wrong, in categories a caller can act on. Keep in sync with errorCodeName().
enum class ErrorCode {
    Unknown = 1,
    InvalidArgument,    // the caller passed something malformed
    NotFound,
    AlreadyExists,
    Io,                 // file or device error
    Corrupt,            // data exists but is damaged or not what it claims to be
    Unsupported,
    SchemaTooNew,       // written by a newer Shipdeck; refused, never altered
    PermissionDenied,
    ReadOnly,
    DiskFull,
    Busy,               // locked by someone else; may succeed later
    Timeout,
    Cancelled,
    Network,
    Conflict,           // concurrent change, state does not allow it
    FailedPrecondition, // the action is not valid in the current state
    Unavailable,        // dependency down, circuit open
    Internal,
    Parse,              // text could not be parsed (with line/column in details)
    Validation,         // parsed, but violates a rule or schema
    Unauthenticated,
    ResourceExhausted,  // rate limited, quota
};

QString errorCodeName(ErrorCode code);

// An error value: a code, a message in plain words, and a context chain that says what the
// program was doing ("opening workspace /x", "running maintenance"). Outermost context first.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message);

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QStringList &context() const { return m_context; }
    const QVariantMap &details() const { return m_details; }

    // Adds what the caller was doing; the newest context becomes the outermost.
    Error withContext(const QString &what) const;
    Error withDetail(const QString &key, const QVariant &value) const;

    // True for errors worth retrying (busy, timeout, network, unavailable, exhausted).
    bool isTransient() const;

    // "context: context: message"
    QString toString() const;
    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &json);

private:
    ErrorCode m_code = ErrorCode::Unknown;
    QString m_message;
    QStringList m_context;
    QVariantMap m_details;
};

} // namespace shipdeck
