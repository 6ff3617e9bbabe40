#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <memory>

namespace shipdeck::kubetest {

struct PeerIdentity;

// A PEM certificate and its PEM private key.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

// The test cluster's certificate authority, generated at start-up with OpenSSL (EC P-256): it
// signs the serving certificate and client certificates (CN = user, O = groups, as the real API
// server reads them) and verifies the certificates clients present.
class TlsAuthority
{
public:
    ~TlsAuthority();
    static Result<std::unique_ptr<TlsAuthority>> create(const QString &commonName);

    QByteArray caCertificatePem() const { return m_caPem; }
    Result<IssuedCertificate> issueServer(const QStringList &dnsNames, const QStringList &ipAddresses) const;
    Result<IssuedCertificate> issueClient(const QString &user, const QStringList &groups,
                                          const QDateTime &notBefore, const QDateTime &notAfter) const;
    // Checks a DER client certificate: signed by this CA and valid now. Fills the identity.
    void verifyClient(const QByteArray &der, PeerIdentity *identity) const;

private:
    struct Keys;
    TlsAuthority();
    std::unique_ptr<Keys> m_keys;
    QByteArray m_caPem;
};

} // namespace shipdeck::kubetest
