#pragma once
// Shared by the secrets fuzz targets: the identities they decrypt with (published test keys).
#include "backend/secrets/age/agekeys.h"

#include <QString>

namespace shipdeck::fuzz {

inline const age::AgeIdentities &identities()
{
    static const age::AgeIdentities ids = [] {
        age::AgeIdentities out;
        for (const char *key : {"AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0",   // C2SP CCTV
                                "AGE-SECRET-KEY-1QXRVEJH9S4NQU0FPD6V79ESZQ8S6PXH3L8V40EVPTHFH6KNKD4DQ7SKC4P",   // humphd/sops-age
                                "AGE-SECRET-KEY-1E9XAHYWZHY026MSX7FVX98XTXWJS4UC38QG603X9JDM2SPRJ8HZSVGG0LT"}) { // helm-secrets
            out.append(std::make_shared<age::X25519Identity>(age::X25519Identity::parse(QString::fromLatin1(key)).value()));
        }
        // A low scrypt limit keeps each input fast.
        out.append(std::make_shared<age::ScryptIdentity>(SecureBuffer::fromByteArray("password"), 10));
        return out;
    }();
    return ids;
}

} // namespace shipdeck::fuzz
