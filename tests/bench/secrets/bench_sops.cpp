// Benchmark: decrypt and re-encrypt a 1 MB SOPS YAML file, next to references measured in the
// same run on the same bytes: the age CLI encrypting and decrypting them, and OpenSSL's raw
// AES-256-GCM over them. Prints medians of several rounds and the ratios.
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/crypto/primitives.h"
#include "backend/secrets/sops/sopsfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace shipdeck;
using namespace shipdeck::sops;

namespace {

double medianMs(int rounds, const std::function<void()> &fn)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// About 1 MB of YAML: services with credentials, a realistic mix of short and long values.
QByteArray plaintextYaml(int targetBytes, int *values)
{
    QByteArray out = "# generated for the benchmark\n";
    int n = 0;
    for (int s = 0; out.size() < targetBytes; ++s) {
        out += "service" + QByteArray::number(s) + ":\n";
        out += "    user: svc-" + QByteArray::number(s) + "\n";
        out += "    password: " + crypto::randomBytes(12).toHex() + "\n";
        out += "    port: " + QByteArray::number(5000 + s % 1000) + "\n";
        out += "    token: " + crypto::randomBytes(48).toBase64() + "\n";
        out += "    hosts:\n        - a" + QByteArray::number(s) + ".internal\n        - b" + QByteArray::number(s) + ".internal\n";
        n += 6;
    }
    *values = n;
    return out;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_sops: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T check(Result<T> r, const char *what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().toString()));
    return std::move(r).value();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = 5;
    int values = 0;
    const QByteArray plain = plaintextYaml(1'000'000, &values);
    const auto identity = std::make_shared<age::X25519Identity>(age::X25519Identity::generate());
    SopsFile::CreateOptions options;
    options.recipients = {identity->recipient().toString()};
    const QByteArray encrypted = check(SopsFile::encryptPlaintext(plain, SopsFormat::Yaml, options), "encrypt");

    const double encryptMs = medianMs(rounds, [&] { (void)check(SopsFile::encryptPlaintext(plain, SopsFormat::Yaml, options), "encrypt"); });
    const double decryptMs = medianMs(rounds, [&] {
        SopsFile f = check(SopsFile::parse(encrypted, SopsFormat::Yaml), "parse");
        if (!f.unlock({identity}))
            fail(QStringLiteral("unlock"));
    });
    const double editMs = medianMs(rounds, [&] {
        SopsFile f = check(SopsFile::parse(encrypted, SopsFormat::Yaml), "parse");
        (void)f.unlock({identity});
        (void)f.setValue(SopsPaths::parse(QStringLiteral("service7.password")).value(), SecureBuffer::fromByteArray("changed"));
        (void)check(f.render(), "render");
    });
    const double rotateMs = medianMs(rounds, [&] {
        SopsFile f = check(SopsFile::parse(encrypted, SopsFormat::Yaml), "parse");
        (void)f.unlock({identity});
        (void)f.rotateDataKey();
        (void)check(f.render(), "render");
    });

    // Reference 1: OpenSSL AES-256-GCM over the same bytes in one call.
    const SecureBuffer key = crypto::randomKey(32);
    const SecureBuffer plainBuf = SecureBuffer::fromByteArray(plain);
    const QByteArray iv = crypto::randomBytes(32);
    const double gcmMs = medianMs(rounds, [&] { (void)crypto::aesGcmSeal(key, iv, plainBuf, QByteArrayLiteral("aad")); });
    // Reference 1b: the crypto floor of SOPS itself, one AES-256-GCM seal per value.
    QList<QByteArray> valueTexts;
    for (const QByteArray &line : plain.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            valueTexts << line.mid(colon + 2);
        else if (line.trimmed().startsWith("- "))
            valueTexts << line.trimmed().mid(2);
    }
    const double perValueMs = medianMs(rounds, [&] {
        for (const QByteArray &v : valueTexts)
            (void)crypto::aesGcmSeal(key, iv, SecureBuffer::fromByteArray(v), QByteArrayLiteral("service:password:"));
    });

    // Reference 2: the age CLI encrypting and then decrypting the same bytes (process start included).
    double ageMs = -1;
    if (!QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty()) {
        QTemporaryDir dir;
        QFile keyFile(dir.filePath(QStringLiteral("key.txt")));
        keyFile.open(QIODevice::WriteOnly);
        keyFile.write(age::AgeKeys::keygenFile(*identity, QDateTime::currentDateTimeUtc()).toByteArray());
        keyFile.close();
        ageMs = medianMs(rounds, [&] {
            QProcess enc;
            enc.start(QStringLiteral("age"), {QStringLiteral("-r"), identity->recipient().toString()});
            enc.write(plain);
            enc.closeWriteChannel();
            enc.waitForFinished(60'000);
            const QByteArray sealed = enc.readAllStandardOutput();
            QProcess dec;
            dec.start(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), keyFile.fileName()});
            dec.write(sealed);
            dec.closeWriteChannel();
            dec.waitForFinished(60'000);
            if (dec.readAllStandardOutput() != plain)
                fail(QStringLiteral("age round trip differs"));
        });
    }

    std::printf("SOPS YAML file: %.2f MB plaintext, %d values, %.2f MB encrypted; median of %d rounds\n",
                plain.size() / 1e6, values, encrypted.size() / 1e6, rounds);
    std::printf("  encrypt from plaintext        %8.1f ms\n", encryptMs);
    std::printf("  decrypt (parse, unwrap, MAC)  %8.1f ms\n", decryptMs);
    std::printf("  edit one value and re-write   %8.1f ms\n", editMs);
    std::printf("  rotate data key (re-encrypt)  %8.1f ms\n", rotateMs);
    std::printf("reference, same bytes, same run:\n");
    std::printf("  OpenSSL AES-256-GCM one call  %8.2f ms   decrypt/ref = %.0fx\n", gcmMs, decryptMs / gcmMs);
    std::printf("  OpenSSL AES-256-GCM per value %8.1f ms   (%lld seals)  decrypt/ref = %.1fx, rotate/ref = %.1fx\n", perValueMs,
                static_cast<long long>(valueTexts.size()), decryptMs / perValueMs, rotateMs / perValueMs);
    if (ageMs >= 0)
        std::printf("  age CLI encrypt + decrypt     %8.1f ms   (decrypt + rotate)/ref = %.2fx\n", ageMs, (decryptMs + rotateMs) / ageMs);
    else
        std::printf("  age CLI not installed: no CLI reference\n");
    return 0;
}
