#include "ctlcommand.h"
#include "ctlcontext.h"
#include "secretinput.h"

#include "backend/facade/backend.h"
#include "backend/secrets/secretsclient.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl secrets status\n"
    "       shipdeckctl secrets vault init [--keychain]\n"
    "       shipdeckctl secrets vault list\n"
    "       shipdeckctl secrets vault get NAME [--reveal [--reason TEXT]]\n"
    "       shipdeckctl secrets vault set NAME [--value-file F] [--owner O] [--description D] [--tag T]...\n"
    "                                     [--expires YYYY-MM-DD] [--rotate-every DAYS]\n"
    "       shipdeckctl secrets vault rotate NAME [--value-file F]\n"
    "       shipdeckctl secrets vault rm NAME\n"
    "       shipdeckctl secrets vault audit [--expiring-days N] [--unused-days N]\n"
    "       shipdeckctl secrets vault passwd\n"
    "       shipdeckctl secrets identity new NAME\n"
    "       shipdeckctl secrets sops list\n"
    "       shipdeckctl secrets sops show FILE [--reveal]\n"
    "       shipdeckctl secrets sops decrypt FILE\n"
    "       shipdeckctl secrets sops edit FILE KEY=VALUE... [--type str|int|float|bool]   (KEY=- reads stdin)\n"
    "       shipdeckctl secrets sops encrypt FILE --input PLAINTEXT (-r RECIPIENT)... [--encrypted-regex RE]\n"
    "       shipdeckctl secrets sops updatekeys FILE [--add RECIPIENT]... [--remove RECIPIENT]...\n"
    "       shipdeckctl secrets sops rotate FILE\n"
    "       shipdeckctl secrets kube show FILE [--reveal]\n"
    "       shipdeckctl secrets kube set FILE [SECRET/]KEY=VALUE\n"
    "       shipdeckctl secrets age keygen|recipient|encrypt|decrypt …   (see `shipdeckctl help age`)\n"
    "\n"
    "Values are masked unless --reveal is given; every reveal, decrypt and change is recorded in\n"
    "the workspace audit log. The vault passphrase comes from $SHIPDECK_VAULT_PASSPHRASE,\n"
    "--passphrase-file F, the OS keychain (vault init --keychain) or a prompt. Values to store come\n"
    "from --value-file F or stdin, never from the command line. age identities for SOPS files come\n"
    "from --identity FILE, $SOPS_AGE_KEY, $SOPS_AGE_KEY_FILE, ~/.config/sops/age/keys.txt and\n"
    "identities stored in the vault. FILE paths are relative to the workspace.");

struct Options
{
    QStringList positional;
    QMultiHash<QString, QString> values;
    QStringList flags;
};

// Splits "--name value" options (value options listed in `withValue`) from flags and positionals.
Result<Options> parseOptions(QStringList args, const QStringList &withValue)
{
    Options o;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a.startsWith(QLatin1String("--")) || (a.startsWith(QLatin1Char('-')) && a.size() == 2)) {
            if (withValue.contains(a)) {
                if (args.isEmpty())
                    return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 needs a value").arg(a));
                o.values.insert(a, args.takeFirst());
            } else {
                o.flags << a;
            }
        } else {
            o.positional << a;
        }
    }
    return o;
}

class Session
{
public:
    explicit Session(CtlContext &context) : m_context(context) {}

    Result<SecretsClient *> client(bool unlockVault, const Options &options)
    {
        SD_TRY(Backend * backend, m_context.backend());
        m_client = std::make_unique<SecretsClient>(backend, m_context.actor);
        for (auto it = options.values.constFind(QStringLiteral("--identity")); it != options.values.cend() && it.key() == QLatin1String("--identity"); ++it) {
            QFile f(it.value());
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorCode::NotFound, QStringLiteral("cannot read identity file %1: %2").arg(it.value(), f.errorString()));
            QByteArray text = f.readAll();
            auto added = m_context.await(m_client->addIdentity(makeSecret(SecureBuffer::fromByteArray(text))));
            SecureBuffer::wipe(text);
            SD_CHECK(added);
        }
        if (unlockVault)
            SD_CHECK(unlock(options, false));
        return m_client.get();
    }

    // Unlocks the vault when one exists; `required` makes a missing vault an error.
    Result<void> unlock(const Options &options, bool required)
    {
        SD_TRY(SecretsStatus status, m_context.await(m_client->status()));
        if (!status.vaultExists) {
            if (required)
                return Error(ErrorCode::NotFound, QStringLiteral("this workspace has no vault yet; create it with `secrets vault init`"));
            return success();
        }
        if (status.vaultUnlocked)
            return success();
        if (status.keySource == QLatin1String("keychain")) {
            SD_CHECK(m_context.await(m_client->unlockVaultFromKeychain()));
            return success();
        }
        if (!required && !qEnvironmentVariableIsSet("SHIPDECK_VAULT_PASSPHRASE") && !options.values.contains(QStringLiteral("--passphrase-file")))
            return success(); // identities from the vault are optional for SOPS commands
        SD_TRY(SecureBuffer pass, readSecretLine(QStringLiteral("Vault passphrase: "), "SHIPDECK_VAULT_PASSPHRASE",
                                                 options.values.value(QStringLiteral("--passphrase-file"))));
        SD_CHECK(m_context.await(m_client->unlockVault(makeSecret(std::move(pass)))));
        return success();
    }

private:
    CtlContext &m_context;
    std::unique_ptr<SecretsClient> m_client;
};

const QStringList kValueOptions = {QStringLiteral("--identity"), QStringLiteral("--passphrase-file"), QStringLiteral("--value-file"),
                                   QStringLiteral("--owner"), QStringLiteral("--description"), QStringLiteral("--tag"),
                                   QStringLiteral("--expires"), QStringLiteral("--rotate-every"), QStringLiteral("--reason"),
                                   QStringLiteral("--expiring-days"), QStringLiteral("--unused-days"), QStringLiteral("--type"),
                                   QStringLiteral("--input"), QStringLiteral("-r"), QStringLiteral("--recipient"),
                                   QStringLiteral("--encrypted-regex"), QStringLiteral("--add"), QStringLiteral("--remove")};

Result<SecureBuffer> valueInput(const Options &o)
{
    const QString file = o.values.value(QStringLiteral("--value-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
        QByteArray v = f.readAll();
        SecureBuffer out = SecureBuffer::fromByteArray(v);
        SecureBuffer::wipe(v);
        return out;
    }
    if (isatty(STDIN_FILENO))
        return readSecretLine(QStringLiteral("Value: "), nullptr, QString());
    SecureBuffer all = readAllStdin();
    if (all.size() && all.data()[all.size() - 1] == '\n')
        all.resize(all.size() - 1);
    return all;
}

void printValue(CtlContext &context, const SecureBuffer &value)
{
    std::fwrite(value.constData(), 1, value.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int vault(CtlContext &context, Session &session, const QString &sub, const Options &o)
{
    auto client = session.client(false, o);
    if (!client)
        return context.fail(client.error());
    SecretsClient *c = client.value();
    const QString name = o.positional.value(0);
    if (sub == QLatin1String("init")) {
        Result<SecretsStatus> s = Error(ErrorCode::Internal, QString());
        if (o.flags.contains(QStringLiteral("--keychain"))) {
            s = context.await(c->createVaultInKeychain());
        } else {
            auto pass = readSecretLine(QStringLiteral("New vault passphrase: "), "SHIPDECK_VAULT_PASSPHRASE", o.values.value(QStringLiteral("--passphrase-file")));
            if (!pass)
                return context.fail(pass.error());
            s = context.await(c->createVault(makeSecret(std::move(pass.value()))));
        }
        if (!s)
            return context.fail(s.error());
        context.json ? context.printJson(s.value().toJson()) : void(context.out() << "vault created (" << s.value().keySource << ")" << Qt::endl);
        return ExitOk;
    }
    const bool needsKey = sub != QLatin1String("list") && sub != QLatin1String("audit") && sub != QLatin1String("rm")
        && !(sub == QLatin1String("get") && !o.flags.contains(QStringLiteral("--reveal")));
    if (needsKey) {
        if (auto u = session.unlock(o, true); !u)
            return context.fail(u.error());
    }
    if (sub == QLatin1String("list")) {
        auto items = context.await(c->vaultItems());
        if (!items)
            return context.fail(items.error());
        QJsonArray list;
        TextTable table({QStringLiteral("NAME"), QStringLiteral("VALUE"), QStringLiteral("OWNER"), QStringLiteral("ROTATED"),
                         QStringLiteral("EXPIRES"), QStringLiteral("TAGS")});
        for (const VaultItem &it : items.value()) {
            list.append(it.toJson());
            table.addRow({it.name, maskedValue(), it.owner, it.rotatedMs ? formatTime(it.rotatedMs) : QStringLiteral("never"),
                          it.expiresMs ? formatTime(it.expiresMs) : QStringLiteral("-"), it.tags.join(QLatin1Char(','))});
        }
        context.json ? context.printJson(list) : table.print(context.out());
        return ExitOk;
    }
    if (name.isEmpty() && sub != QLatin1String("audit") && sub != QLatin1String("passwd"))
        return context.usage(QStringLiteral("vault %1 needs an item name").arg(sub), kUsage);
    if (sub == QLatin1String("get")) {
        if (o.flags.contains(QStringLiteral("--reveal"))) {
            auto v = context.await(c->revealVaultItem(name, o.values.value(QStringLiteral("--reason"))));
            if (!v)
                return context.fail(v.error());
            printValue(context, *v.value().value);
            return ExitOk;
        }
        auto items = context.await(c->vaultItems());
        if (!items)
            return context.fail(items.error());
        for (const VaultItem &it : items.value()) {
            if (it.name != name)
                continue;
            QJsonObject json = it.toJson();
            json.insert(QStringLiteral("value"), maskedValue());
            context.json ? context.printJson(json) : void(context.out() << it.name << "  " << maskedValue() << "  (use --reveal to show; it is audited)" << Qt::endl);
            return ExitOk;
        }
        return context.fail(Error(ErrorCode::NotFound, QStringLiteral("the vault has no item '%1'").arg(name)));
    }
    if (sub == QLatin1String("set") || sub == QLatin1String("rotate")) {
        auto value = valueInput(o);
        if (!value)
            return context.fail(value.error());
        Result<VaultItem> item = Error(ErrorCode::Internal, QString());
        if (sub == QLatin1String("rotate")) {
            item = context.await(c->rotateVaultItem(name, makeSecret(std::move(value.value()))));
        } else {
            VaultItemSpec spec;
            spec.owner = o.values.value(QStringLiteral("--owner"));
            spec.description = o.values.value(QStringLiteral("--description"));
            spec.tags = o.values.values(QStringLiteral("--tag"));
            std::reverse(spec.tags.begin(), spec.tags.end());
            if (o.values.contains(QStringLiteral("--expires"))) {
                const QDate d = QDate::fromString(o.values.value(QStringLiteral("--expires")), Qt::ISODate);
                if (!d.isValid())
                    return context.usage(QStringLiteral("--expires needs YYYY-MM-DD"), kUsage);
                spec.expiresMs = d.startOfDay(Qt::UTC).toMSecsSinceEpoch();
            }
            spec.rotationDays = o.values.value(QStringLiteral("--rotate-every")).toInt();
            item = context.await(c->putVaultItem(name, makeSecret(std::move(value.value())), spec));
        }
        if (!item)
            return context.fail(item.error());
        context.json ? context.printJson(item.value().toJson())
                     : void(context.out() << (sub == QLatin1String("rotate") ? "rotated " : "stored ") << name << " (version " << item.value().version << ")" << Qt::endl);
        return ExitOk;
    }
    if (sub == QLatin1String("rm")) {
        auto done = context.await(c->removeVaultItem(name));
        if (!done)
            return context.fail(done.error());
        if (!context.quiet && !context.json)
            context.out() << "removed " << name << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("audit")) {
        auto report = context.await(c->vaultAudit(o.values.value(QStringLiteral("--expiring-days"), QStringLiteral("14")).toInt(),
                                                  o.values.value(QStringLiteral("--unused-days"), QStringLiteral("90")).toInt()));
        if (!report)
            return context.fail(report.error());
        if (context.json) {
            context.printJson(report.value().toJson());
        } else {
            TextTable table({QStringLiteral("SEVERITY"), QStringLiteral("FINDING"), QStringLiteral("ITEM"), QStringLiteral("DETAIL")});
            static const char *const levels[] = {"info", "low", "high", "act now"};
            for (const VaultFinding &f : report.value().findings)
                table.addRow({QString::fromLatin1(levels[qBound(0, f.severity, 3)]), VaultFinding::kindName(f.kind), f.item, f.detail});
            context.out() << report.value().items << " items, " << report.value().findings.size() << " findings\n";
            table.print(context.out());
        }
        return ExitOk;
    }
    if (sub == QLatin1String("passwd")) {
        auto pass = readSecretLine(QStringLiteral("New vault passphrase: "), "SHIPDECK_VAULT_NEW_PASSPHRASE", QString());
        if (!pass)
            return context.fail(pass.error());
        auto s = context.await(c->changeVaultPassphrase(makeSecret(std::move(pass.value()))));
        if (!s)
            return context.fail(s.error());
        if (!context.quiet)
            context.out() << "vault passphrase changed; every item was re-encrypted" << Qt::endl;
        return ExitOk;
    }
    return context.usage(QStringLiteral("unknown vault subcommand '%1'").arg(sub), kUsage);
}

int printFileInfo(CtlContext &context, const Result<SopsFileInfo> &info, const QString &what)
{
    if (!info)
        return context.fail(info.error());
    if (context.json)
        context.printJson(info.value().toJson());
    else if (!context.quiet)
        context.out() << what << ' ' << info.value().path << " (" << info.value().encryptedValues << " encrypted values, recipients: "
                      << info.value().recipients.join(QStringLiteral(", ")) << ")" << Qt::endl;
    return ExitOk;
}

int sops(CtlContext &context, Session &session, const QString &sub, const Options &o)
{
    auto client = session.client(sub != QLatin1String("list") && sub != QLatin1String("encrypt"), o);
    if (!client)
        return context.fail(client.error());
    SecretsClient *c = client.value();
    const QString file = o.positional.value(0);
    if (sub == QLatin1String("list")) {
        auto files = context.await(c->sopsFiles());
        if (!files)
            return context.fail(files.error());
        QJsonArray list;
        TextTable table({QStringLiteral("FILE"), QStringLiteral("FORMAT"), QStringLiteral("VALUES"), QStringLiteral("RECIPIENTS"), QStringLiteral("MODIFIED")});
        for (const SopsFileInfo &f : files.value()) {
            list.append(f.toJson());
            table.addRow({f.path, f.format, f.problem.isEmpty() ? QString::number(f.encryptedValues) : QStringLiteral("unreadable"),
                          QString::number(f.recipients.size()), f.problem.isEmpty() ? f.lastModified : f.problem});
        }
        context.json ? context.printJson(list) : table.print(context.out());
        return ExitOk;
    }
    if (file.isEmpty())
        return context.usage(QStringLiteral("sops %1 needs a file").arg(sub), kUsage);
    if (sub == QLatin1String("show")) {
        auto entries = context.await(c->sopsEntries(file));
        if (!entries)
            return context.fail(entries.error());
        const bool reveal = o.flags.contains(QStringLiteral("--reveal"));
        QJsonArray list;
        TextTable table({QStringLiteral("KEY"), QStringLiteral("TYPE"), QStringLiteral("VALUE")});
        for (SopsEntryView e : entries.value()) {
            if (reveal && e.encrypted) {
                auto v = context.await(c->revealSopsValue(file, e.path));
                if (!v)
                    return context.fail(v.error());
                e.display = v.value().value->toString();
            } else if (!e.encrypted && !e.isNull) {
                e.display = QStringLiteral("(not encrypted)");
            }
            list.append(e.toJson());
            table.addRow({e.path, e.type, e.isNull ? QStringLiteral("null") : e.display});
        }
        context.json ? context.printJson(list) : table.print(context.out());
        return ExitOk;
    }
    if (sub == QLatin1String("decrypt")) {
        auto plain = context.await(c->decryptSopsFile(file));
        if (!plain)
            return context.fail(plain.error());
        std::fwrite(plain.value()->constData(), 1, plain.value()->size(), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    if (sub == QLatin1String("edit")) {
        if (o.positional.size() < 2)
            return context.usage(QStringLiteral("sops edit needs KEY=VALUE"), kUsage);
        Result<SopsFileInfo> info = Error(ErrorCode::Internal, QString());
        for (const QString &assignment : o.positional.mid(1)) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return context.usage(QStringLiteral("'%1' is not KEY=VALUE").arg(assignment), kUsage);
            // KEY=- reads the value from stdin, so it does not show in the process list.
            SharedSecret value = makeSecret(assignment.mid(eq + 1));
            if (assignment.mid(eq + 1) == QLatin1String("-")) {
                auto in = valueInput(Options{});
                if (!in)
                    return context.fail(in.error());
                value = makeSecret(std::move(in.value()));
            }
            info = context.await(c->setSopsValue(file, assignment.left(eq), value, o.values.value(QStringLiteral("--type"))));
            if (!info)
                return context.fail(info.error());
        }
        return printFileInfo(context, info, QStringLiteral("updated"));
    }
    if (sub == QLatin1String("encrypt")) {
        const QString input = o.values.value(QStringLiteral("--input"));
        QFile f(input);
        if (input.isEmpty() || !f.open(QIODevice::ReadOnly))
            return context.fail(Error(ErrorCode::NotFound, QStringLiteral("--input: cannot read '%1'").arg(input)));
        QByteArray plain = f.readAll();
        QStringList recipients = o.values.values(QStringLiteral("-r")) + o.values.values(QStringLiteral("--recipient"));
        if (recipients.isEmpty())
            return context.usage(QStringLiteral("sops encrypt needs at least one -r RECIPIENT"), kUsage);
        auto info = context.await(c->createSopsFile(file, makeSecret(SecureBuffer::fromByteArray(plain)), recipients,
                                                    o.values.value(QStringLiteral("--encrypted-regex"))));
        SecureBuffer::wipe(plain);
        return printFileInfo(context, info, QStringLiteral("encrypted"));
    }
    if (sub == QLatin1String("updatekeys")) {
        auto current = context.await(c->sopsFiles());
        if (!current)
            return context.fail(current.error());
        QStringList recipients;
        for (const SopsFileInfo &f : current.value()) {
            if (f.path == file || QStringLiteral("./") + f.path == file)
                recipients = f.recipients;
        }
        for (const QString &r : o.values.values(QStringLiteral("--add")))
            recipients << r;
        for (const QString &r : o.values.values(QStringLiteral("--remove")))
            recipients.removeAll(r);
        return printFileInfo(context, context.await(c->setSopsRecipients(file, recipients)), QStringLiteral("updated keys of"));
    }
    if (sub == QLatin1String("rotate"))
        return printFileInfo(context, context.await(c->rotateSopsDataKey(file)), QStringLiteral("rotated the data key of"));
    return context.usage(QStringLiteral("unknown sops subcommand '%1'").arg(sub), kUsage);
}

int kube(CtlContext &context, Session &session, const QString &sub, const Options &o)
{
    auto client = session.client(false, o);
    if (!client)
        return context.fail(client.error());
    SecretsClient *c = client.value();
    const QString file = o.positional.value(0);
    if (file.isEmpty())
        return context.usage(QStringLiteral("kube %1 needs a manifest file").arg(sub), kUsage);
    if (sub == QLatin1String("show")) {
        auto entries = context.await(c->kubeSecretEntries(file));
        if (!entries)
            return context.fail(entries.error());
        QJsonArray list;
        TextTable table({QStringLiteral("SECRET"), QStringLiteral("FIELD"), QStringLiteral("KEY"), QStringLiteral("BYTES"), QStringLiteral("VALUE")});
        for (KubeSecretEntryView e : entries.value()) {
            if (o.flags.contains(QStringLiteral("--reveal"))) {
                auto v = context.await(c->revealKubeSecretValue(file, e.ref()));
                if (!v)
                    return context.fail(v.error());
                e.display = v.value().value->toString();
            }
            list.append(e.toJson());
            table.addRow({e.secret, e.field, e.key, QString::number(e.size), e.validBase64 ? e.display : QStringLiteral("(invalid base64)")});
        }
        context.json ? context.printJson(list) : table.print(context.out());
        return ExitOk;
    }
    if (sub == QLatin1String("set")) {
        const QString assignment = o.positional.value(1);
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.usage(QStringLiteral("kube set needs KEY=VALUE"), kUsage);
        auto done = context.await(c->setKubeSecretValue(file, assignment.left(eq), makeSecret(assignment.mid(eq + 1))));
        if (!done)
            return context.fail(done.error());
        if (!context.quiet && !context.json)
            context.out() << "updated data." << assignment.left(eq) << " in " << file << Qt::endl;
        return ExitOk;
    }
    return context.usage(QStringLiteral("unknown kube subcommand '%1'").arg(sub), kUsage);
}

int runSecrets(CtlContext &context, const QStringList &args)
{
    const QString area = args.value(0);
    if (area == QLatin1String("age")) {
        const CtlCommand *age = CtlRegistry::find(QStringLiteral("age"));
        return age->run(context, args.mid(1));
    }
    const QString sub = args.value(1);
    auto options = parseOptions(args.mid(2), kValueOptions);
    if (!options)
        return context.usage(options.error().message(), kUsage);
    Session session(context);
    if (area == QLatin1String("status")) {
        auto client = session.client(false, options.value());
        if (!client)
            return context.fail(client.error());
        auto s = context.await(client.value()->status());
        if (!s)
            return context.fail(s.error());
        if (context.json) {
            context.printJson(s.value().toJson());
        } else {
            const SecretsStatus &st = s.value();
            context.out() << "vault       " << (st.vaultExists ? (st.vaultUnlocked ? QStringLiteral("unlocked") : QStringLiteral("locked")) : QStringLiteral("not created"))
                          << (st.keySource.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(st.keySource)) << '\n'
                          << "keychain    " << (st.keychainAvailable ? QStringLiteral("available") : st.keychainDetail) << '\n'
                          << "identities  " << (st.recipients.isEmpty() ? QStringLiteral("none") : st.recipients.join(QStringLiteral(", "))) << Qt::endl;
        }
        return ExitOk;
    }
    if (area == QLatin1String("vault"))
        return vault(context, session, sub, options.value());
    if (area == QLatin1String("sops"))
        return sops(context, session, sub, options.value());
    if (area == QLatin1String("kube"))
        return kube(context, session, sub, options.value());
    if (area == QLatin1String("identity") && sub == QLatin1String("new")) {
        auto client = session.client(false, options.value());
        if (!client)
            return context.fail(client.error());
        if (auto u = session.unlock(options.value(), true); !u)
            return context.fail(u.error());
        const QString name = options.value().positional.value(0, QStringLiteral("age-identity/default"));
        auto r = context.await(client.value()->generateIdentity(name));
        if (!r)
            return context.fail(r.error());
        context.json ? context.printJson(QJsonObject{{QStringLiteral("recipient"), r.value()}, {QStringLiteral("item"), name}})
                     : void(context.out() << r.value() << Qt::endl);
        return ExitOk;
    }
    return context.usage(area.isEmpty() ? QStringLiteral("secrets needs a subcommand") : QStringLiteral("unknown secrets subcommand '%1'").arg(area), kUsage);
}

} // namespace

SD_CTL_COMMAND(secrets, {QStringLiteral("secrets"), QStringLiteral("vault, SOPS files, Kubernetes Secrets and age keys"), kUsage, runSecrets});

} // namespace shipdeck::ctl
