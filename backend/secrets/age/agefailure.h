#pragma once

#include "backend/core/error.h"

namespace shipdeck::age {

// Why decryption failed, in the categories of the age specification's test vectors. Carried in
// Error::details()["ageFailure"] so callers (and tests) can tell them apart.
enum class AgeFailure { None, NoMatch, Header, Hmac, Payload, Armor };

QString ageFailureName(AgeFailure failure); // "no match", "header failure", ...
AgeFailure ageFailureOf(const Error &error);
Error ageError(AgeFailure failure, const QString &message);

} // namespace shipdeck::age
