#include "backend/secrets/age/agefailure.h"

namespace shipdeck::age {

QString ageFailureName(AgeFailure failure)
{
    switch (failure) {
    case AgeFailure::None: return QStringLiteral("success");
    case AgeFailure::NoMatch: return QStringLiteral("no match");
    case AgeFailure::Header: return QStringLiteral("header failure");
    case AgeFailure::Hmac: return QStringLiteral("HMAC failure");
    case AgeFailure::Payload: return QStringLiteral("payload failure");
    case AgeFailure::Armor: return QStringLiteral("armor failure");
    }
    return {};
}

AgeFailure ageFailureOf(const Error &error)
{
    const QString name = error.details().value(QStringLiteral("ageFailure")).toString();
    for (AgeFailure f : {AgeFailure::NoMatch, AgeFailure::Header, AgeFailure::Hmac, AgeFailure::Payload, AgeFailure::Armor}) {
        if (ageFailureName(f) == name)
            return f;
    }
    return AgeFailure::None;
}

Error ageError(AgeFailure failure, const QString &message)
{
    ErrorCode code = ErrorCode::Corrupt;
    switch (failure) {
    case AgeFailure::NoMatch: code = ErrorCode::Unauthenticated; break;
    case AgeFailure::Header:
    case AgeFailure::Armor: code = ErrorCode::Parse; break;
    default: break;
    }
    return Error(code, message).withDetail(QStringLiteral("ageFailure"), ageFailureName(failure));
}

} // namespace shipdeck::age
