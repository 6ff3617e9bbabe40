#include "ctlcommand.h"
#include "ctlcontext.h"
#include "secretinput.h"

#include "backend/secrets/age/agefile.h"
#include "backend/secrets/age/agekeys.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl age keygen [-o FILE]\n"
    "       shipdeckctl age recipient [FILE]\n"
    "       shipdeckctl age encrypt (-r RECIPIENT | -R FILE)... [-a] [-o OUT] [IN]\n"
    "       shipdeckctl age encrypt -p [-a] [-o OUT] [IN]\n"
    "       shipdeckctl age decrypt (-i IDENTITY_FILE)... [-o OUT] [IN]\n"
    "       shipdeckctl age decrypt -p [-o OUT] [IN]\n"
    "\n"
    "Files compatible with age and age-keygen (age-encryption.org/v1: X25519 and passphrase\n"
    "recipients, ASCII armor with -a). Passphrases come from $AGE_PASSPHRASE or a prompt.\n"
    "Without -o the output goes to stdout; without IN the input is read from stdin.\n"
    "Also available as `shipdeckctl secrets age …`.");

Result<QByteArray> readInput(const QString &path)
{
    QFile f;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read stdin"));
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    }
    return f.readAll();
}

Result<void> writeOutput(const QString &path, const char *data, qint64 size)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile f;
        if (!f.open(stdout, QIODevice::WriteOnly) || f.write(data, size) != size)
            return Error(ErrorCode::Io, QStringLiteral("cannot write stdout"));
        return success();
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data, size) != size || !f.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return success();
}

int keygen(CtlContext &context, QStringList args)
{
    QString out;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("-o") && !args.isEmpty())
            out = args.takeFirst();
        else
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
    }
    const auto identity = age::X25519Identity::generate();
    const SecureBuffer file = age::AgeKeys::keygenFile(identity, QDateTime::currentDateTimeUtc());
    if (!out.isEmpty()) {
        QSaveFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(file.constData(), qint64(file.size())) != qint64(file.size())
            || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !f.commit())
            return context.fail(Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(out, f.errorString())));
        context.err() << "Public key: " << identity.recipient().toString() << Qt::endl;
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("recipient"), identity.recipient().toString()}, {QStringLiteral("file"), out}});
        return ExitOk;
    }
    if (auto w = writeOutput(QString(), file.constData(), qint64(file.size())); !w)
        return context.fail(w.error());
    return ExitOk;
}

int recipient(CtlContext &context, const QStringList &args)
{
    auto text = readInput(args.value(0));
    if (!text)
        return context.fail(text.error());
    auto ids = age::AgeKeys::parseIdentities(text.value(), args.value(0, QStringLiteral("stdin")));
    SecureBuffer::wipe(text.value());
    if (!ids)
        return context.fail(ids.error());
    QJsonArray list;
    for (const auto &id : ids.value()) {
        const QString r = std::static_pointer_cast<const age::X25519Identity>(id)->recipient().toString();
        list.append(r);
        if (!context.json)
            context.out() << r << '\n';
    }
    if (context.json)
        context.printJson(list);
    context.out().flush();
    return ExitOk;
}

int encrypt(CtlContext &context, QStringList args)
{
    QString out, in;
    bool armor = false;
    bool passphrase = false;
    age::AgeRecipients recipients;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if ((a == QLatin1String("-r") || a == QLatin1String("--recipient")) && !args.isEmpty()) {
            auto r = age::X25519Recipient::parse(args.takeFirst());
            if (!r)
                return context.fail(r.error());
            recipients.append(std::make_shared<age::X25519Recipient>(r.value()));
        } else if ((a == QLatin1String("-R") || a == QLatin1String("--recipients-file")) && !args.isEmpty()) {
            auto text = readInput(args.takeFirst());
            if (!text)
                return context.fail(text.error());
            auto rs = age::AgeKeys::parseRecipients(QString::fromUtf8(text.value()));
            if (!rs)
                return context.fail(rs.error());
            recipients += rs.value();
        } else if (a == QLatin1String("-a") || a == QLatin1String("--armor")) {
            armor = true;
        } else if (a == QLatin1String("-p") || a == QLatin1String("--passphrase")) {
            passphrase = true;
        } else if (a == QLatin1String("-o") && !args.isEmpty()) {
            out = args.takeFirst();
        } else if (!a.startsWith(QLatin1Char('-')) && in.isEmpty()) {
            in = a;
        } else {
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
        }
    }
    if (passphrase) {
        if (!recipients.isEmpty())
            return context.usage(QStringLiteral("-p cannot be combined with recipients"), kUsage);
        auto p = readSecretLine(QStringLiteral("Passphrase: "), "AGE_PASSPHRASE", QString());
        if (!p)
            return context.fail(p.error());
        recipients.append(std::make_shared<age::ScryptRecipient>(std::move(p.value())));
    }
    if (recipients.isEmpty())
        return context.usage(QStringLiteral("give at least one -r RECIPIENT, -R FILE or -p"), kUsage);
    auto plain = readInput(in);
    if (!plain)
        return context.fail(plain.error());
    SecureBuffer secret = SecureBuffer::fromByteArray(plain.value());
    SecureBuffer::wipe(plain.value());
    auto sealed = age::AgeFile::encrypt(secret, recipients, armor);
    if (!sealed)
        return context.fail(sealed.error());
    if (auto w = writeOutput(out, sealed.value().constData(), sealed.value().size()); !w)
        return context.fail(w.error());
    return ExitOk;
}

int decrypt(CtlContext &context, QStringList args)
{
    QString out, in;
    bool passphrase = false;
    age::AgeIdentities identities;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if ((a == QLatin1String("-i") || a == QLatin1String("--identity")) && !args.isEmpty()) {
            const QString file = args.takeFirst();
            auto text = readInput(file);
            if (!text)
                return context.fail(text.error());
            auto ids = age::AgeKeys::parseIdentities(text.value(), file);
            SecureBuffer::wipe(text.value());
            if (!ids)
                return context.fail(ids.error());
            identities += ids.value();
        } else if (a == QLatin1String("-p") || a == QLatin1String("--passphrase")) {
            passphrase = true;
        } else if (a == QLatin1String("-o") && !args.isEmpty()) {
            out = args.takeFirst();
        } else if (a == QLatin1String("-d") || a == QLatin1String("--decrypt")) {
            continue;
        } else if (!a.startsWith(QLatin1Char('-')) && in.isEmpty()) {
            in = a;
        } else {
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
        }
    }
    if (passphrase) {
        auto p = readSecretLine(QStringLiteral("Passphrase: "), "AGE_PASSPHRASE", QString());
        if (!p)
            return context.fail(p.error());
        identities.append(std::make_shared<age::ScryptIdentity>(std::move(p.value())));
    }
    if (identities.isEmpty())
        return context.usage(QStringLiteral("give at least one -i IDENTITY_FILE or -p"), kUsage);
    auto sealed = readInput(in);
    if (!sealed)
        return context.fail(sealed.error());
    auto plain = age::AgeFile::decrypt(sealed.value(), identities);
    if (!plain)
        return context.fail(plain.error().withContext(QStringLiteral("decrypting %1").arg(in.isEmpty() ? QStringLiteral("stdin") : in)));
    if (auto w = writeOutput(out, plain.value().constData(), qint64(plain.value().size())); !w)
        return context.fail(w.error());
    return ExitOk;
}

int runAge(CtlContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("keygen"))
        return keygen(context, rest);
    if (sub == QLatin1String("recipient"))
        return recipient(context, rest);
    if (sub == QLatin1String("encrypt"))
        return encrypt(context, rest);
    if (sub == QLatin1String("decrypt"))
        return decrypt(context, rest);
    return context.usage(sub.isEmpty() ? QStringLiteral("age needs a subcommand") : QStringLiteral("unknown age subcommand '%1'").arg(sub), kUsage);
}

} // namespace

SD_CTL_COMMAND(age, {QStringLiteral("age"), QStringLiteral("age keys and files, compatible with age and age-keygen"), kUsage, runAge});

} // namespace shipdeck::ctl
