#pragma once

#include "backend/core/result.h"
#include "backend/secrets/crypto/securebuffer.h"

namespace shipdeck {

// The OS keychain through the freedesktop Secret Service, reached with `secret-tool`
// (libsecret-tools). Where no keychain runs (no secret-tool, no D-Bus session, no service),
// every call fails with ErrorCode::Unavailable and a sentence saying why, so callers can fall
// back to a passphrase. Calls block (a process with a timeout): run them on a worker thread.
namespace Keychain {

struct Status
{
    bool available = false;
    QString detail; // why not, or which tool is used
};

Status probe();
// The vault key stored for `account` (e.g. the workspace path).
Result<SecureBuffer> lookup(const QString &account);
Result<void> store(const QString &account, const QString &label, const SecureBuffer &secret);
Result<void> remove(const QString &account);

} // namespace Keychain
} // namespace shipdeck
