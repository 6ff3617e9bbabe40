#include "tlsauthority.h"

#include "apierror.h"
#include "httprequest.h"

#include <QSslCertificate>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace shipdeck::kubetest {

namespace {
struct PkeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct X509Free { void operator()(X509 *x) const { X509_free(x); } };
struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

Error sslError(const QString &what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return Error(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, QString::fromLatin1(buffer)));
}

PkeyPtr generateKey() { return PkeyPtr(EVP_EC_gen("P-256")); }

QByteArray toPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray toPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for subject/key, valid [notBefore, notAfter], not yet signed.
X509Ptr newCertificate(EVP_PKEY *key, const QString &commonName, const QStringList &organizations,
                       const QDateTime &notBefore, const QDateTime &notAfter)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    for (const QString &org : organizations)
        addName(name, "O", org);
    addName(name, "CN", commonName);
    return cert;
}
} // namespace

struct TlsAuthority::Keys
{
    PkeyPtr caKey;
    X509Ptr caCert;
};

TlsAuthority::TlsAuthority() : m_keys(std::make_unique<Keys>()) {}
TlsAuthority::~TlsAuthority() = default;

Result<std::unique_ptr<TlsAuthority>> TlsAuthority::create(const QString &commonName)
{
    std::unique_ptr<TlsAuthority> ca(new TlsAuthority);
    ca->m_keys->caKey = generateKey();
    if (!ca->m_keys->caKey)
        return sslError(QStringLiteral("generating the CA key"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    X509Ptr cert = newCertificate(ca->m_keys->caKey.get(), commonName, {}, now.addSecs(-3600), now.addDays(365));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    if (!addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature")
        || !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash"))
        return sslError(QStringLiteral("adding CA extensions"));
    if (X509_sign(cert.get(), ca->m_keys->caKey.get(), EVP_sha256()) == 0)
        return sslError(QStringLiteral("signing the CA certificate"));
    ca->m_caPem = toPem(cert.get());
    ca->m_keys->caCert = std::move(cert);
    return ca;
}

Result<IssuedCertificate> TlsAuthority::issueServer(const QStringList &dnsNames, const QStringList &ipAddresses) const
{
    PkeyPtr key = generateKey();
    if (!key)
        return sslError(QStringLiteral("generating the serving key"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    X509Ptr cert = newCertificate(key.get(), QStringLiteral("kube-apiserver"), {}, now.addSecs(-3600), now.addDays(365));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(m_keys->caCert.get()));
    QStringList san;
    for (const QString &dns : dnsNames)
        san.append(QStringLiteral("DNS:") + dns);
    for (const QString &ip : ipAddresses)
        san.append(QStringLiteral("IP:") + ip);
    if (!addExtension(cert.get(), m_keys->caCert.get(), NID_subject_alt_name, san.join(QLatin1Char(',')).toLatin1())
        || !addExtension(cert.get(), m_keys->caCert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addExtension(cert.get(), m_keys->caCert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), m_keys->caCert.get(), NID_authority_key_identifier, "keyid:always"))
        return sslError(QStringLiteral("adding serving certificate extensions"));
    if (X509_sign(cert.get(), m_keys->caKey.get(), EVP_sha256()) == 0)
        return sslError(QStringLiteral("signing the serving certificate"));
    return IssuedCertificate{toPem(cert.get()), toPem(key.get())};
}

Result<IssuedCertificate> TlsAuthority::issueClient(const QString &user, const QStringList &groups,
                                                    const QDateTime &notBefore, const QDateTime &notAfter) const
{
    if (user.isEmpty())
        return badRequest(QStringLiteral("a client certificate needs a user name (CN)"));
    PkeyPtr key = generateKey();
    if (!key)
        return sslError(QStringLiteral("generating a client key"));
    X509Ptr cert = newCertificate(key.get(), user, groups, notBefore, notAfter);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(m_keys->caCert.get()));
    if (!addExtension(cert.get(), m_keys->caCert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addExtension(cert.get(), m_keys->caCert.get(), NID_ext_key_usage, "clientAuth")
        || !addExtension(cert.get(), m_keys->caCert.get(), NID_authority_key_identifier, "keyid:always"))
        return sslError(QStringLiteral("adding client certificate extensions"));
    if (X509_sign(cert.get(), m_keys->caKey.get(), EVP_sha256()) == 0)
        return sslError(QStringLiteral("signing a client certificate"));
    return IssuedCertificate{toPem(cert.get()), toPem(key.get())};
}

void TlsAuthority::verifyClient(const QByteArray &der, PeerIdentity *identity) const
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &data, long(der.size())));
    if (!cert) {
        identity->certificateProblem = QStringLiteral("the client certificate could not be decoded");
        return;
    }
    if (X509_NAME_cmp(X509_get_issuer_name(cert.get()), X509_get_subject_name(m_keys->caCert.get())) != 0
        || X509_verify(cert.get(), m_keys->caKey.get()) != 1) {
        ERR_clear_error();
        identity->certificateProblem = QStringLiteral("the client certificate is not signed by the cluster CA");
        return;
    }
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0) {
        identity->certificateProblem = QStringLiteral("the client certificate has expired");
        return;
    }
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0) {
        identity->certificateProblem = QStringLiteral("the client certificate is not yet valid");
        return;
    }
    const QSslCertificate qcert(der, QSsl::Der);
    identity->certificateVerified = true;
    identity->certificateUser = qcert.subjectInfo(QSslCertificate::CommonName).value(0);
    identity->certificateGroups = qcert.subjectInfo(QSslCertificate::Organization);
}

} // namespace shipdeck::kubetest
