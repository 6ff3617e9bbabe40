// shipdeckctl secrets / age as a user runs them: real processes, a real workspace, the real age
// CLI on the other side, JSON output and exit codes.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

using namespace shipdeck;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

class Cli
{
public:
    explicit Cli(const QString &workspace)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("SHIPDECK_WORKSPACE"), workspace);
        m_env.insert(QStringLiteral("SHIPDECK_USER"), QStringLiteral("dana"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), workspace + QStringLiteral("/no-config"));
        m_env.remove(QStringLiteral("SOPS_AGE_KEY"));
        m_env.remove(QStringLiteral("SOPS_AGE_KEY_FILE"));
    }
    void set(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unset(const QString &name) { m_env.remove(name); }

    Run operator()(const QStringList &args, const QByteArray &input = {}, const QString &program = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program.isEmpty() ? test::program(QStringLiteral("shipdeckctl")) : program, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120'000))
            qFatal("%s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private:
    QProcessEnvironment m_env;
};

} // namespace

class tst_SecretsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vaultSopsAndAgeFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        Cli cli(ws);
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);

        // Vault: created with a passphrase from the environment, values from stdin, masked
        // unless --reveal, which is audited.
        cli.set(QStringLiteral("SHIPDECK_VAULT_PASSPHRASE"), QStringLiteral("cli-pass"));
        QCOMPARE(cli({QStringLiteral("secrets"), QStringLiteral("vault"), QStringLiteral("init")}).code, 0);
        Run set = cli({QStringLiteral("secrets"), QStringLiteral("vault"), QStringLiteral("set"), QStringLiteral("ci/token"),
                       QStringLiteral("--owner"), QStringLiteral("ci"), QStringLiteral("--rotate-every"), QStringLiteral("30")},
                      "tok-from-stdin\n");
        QVERIFY2(set.code == 0, set.err.constData());
        Run list = cli({QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("vault"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("rotationDays")).toInt(), 30);
        QVERIFY(!list.out.contains("tok-from-stdin"));
        Run masked = cli({QStringLiteral("secrets"), QStringLiteral("vault"), QStringLiteral("get"), QStringLiteral("ci/token")});
        QVERIFY(!masked.out.contains("tok-from-stdin"));
        Run revealed = cli({QStringLiteral("secrets"), QStringLiteral("vault"), QStringLiteral("get"), QStringLiteral("ci/token"), QStringLiteral("--reveal")});
        QCOMPARE(revealed.code, 0);
        QCOMPARE(revealed.out, QByteArray("tok-from-stdin\n"));

        // A wrong passphrase: exit 1 and a sentence, nothing revealed.
        cli.set(QStringLiteral("SHIPDECK_VAULT_PASSPHRASE"), QStringLiteral("wrong"));
        Run wrong = cli({QStringLiteral("secrets"), QStringLiteral("vault"), QStringLiteral("get"), QStringLiteral("ci/token"), QStringLiteral("--reveal")});
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains("wrong vault passphrase"));
        QVERIFY(wrong.out.isEmpty());
        cli.set(QStringLiteral("SHIPDECK_VAULT_PASSPHRASE"), QStringLiteral("cli-pass"));

        // age: our keygen, encrypt with the age CLI, decrypt with ours; and the other way.
        const QString key = dir.filePath(QStringLiteral("key.txt"));
        Run keygen = cli({QStringLiteral("age"), QStringLiteral("keygen"), QStringLiteral("-o"), key});
        QCOMPARE(keygen.code, 0);
        const QByteArray recipient = keygen.err.mid(keygen.err.indexOf("age1")).trimmed();
        Run sealed = cli({QStringLiteral("-r"), QString::fromLatin1(recipient), QStringLiteral("-a")}, "from age\n", QStringLiteral("age"));
        QCOMPARE(sealed.code, 0);
        Run opened = cli({QStringLiteral("secrets"), QStringLiteral("age"), QStringLiteral("decrypt"), QStringLiteral("-i"), key}, sealed.out);
        QCOMPARE(opened.out, QByteArray("from age\n"));
        Run ours = cli({QStringLiteral("age"), QStringLiteral("encrypt"), QStringLiteral("-r"), QString::fromLatin1(recipient)}, "from shipdeck\n");
        Run theirs = cli({QStringLiteral("-d"), QStringLiteral("-i"), key}, ours.out, QStringLiteral("age"));
        QCOMPARE(theirs.out, QByteArray("from shipdeck\n"));

        // SOPS: encrypt a plaintext file into the workspace, edit one value, decrypt.
        const QString plain = dir.filePath(QStringLiteral("plain.yaml"));
        QFile pf(plain);
        QVERIFY(pf.open(QIODevice::WriteOnly));
        pf.write("db:\n    password: hunter2\n    port: 5432\n");
        pf.close();
        Run enc = cli({QStringLiteral("secrets"), QStringLiteral("sops"), QStringLiteral("encrypt"), QStringLiteral("secrets/db.sops.yaml"),
                       QStringLiteral("--input"), plain, QStringLiteral("-r"), QString::fromLatin1(recipient)});
        QVERIFY2(enc.code == 0, enc.err.constData());
        const QStringList withKey = {QStringLiteral("--identity"), key};
        Run edit = cli(QStringList{QStringLiteral("secrets"), QStringLiteral("sops"), QStringLiteral("edit"), QStringLiteral("secrets/db.sops.yaml"),
                                   QStringLiteral("db.password=n3w")} + withKey);
        QVERIFY2(edit.code == 0, edit.err.constData());
        Run fromStdin = cli(QStringList{QStringLiteral("secrets"), QStringLiteral("sops"), QStringLiteral("edit"), QStringLiteral("secrets/db.sops.yaml"),
                                        QStringLiteral("db.port=-"), QStringLiteral("--type"), QStringLiteral("int")} + withKey, "6543\n");
        QVERIFY2(fromStdin.code == 0, fromStdin.err.constData());
        Run dec = cli(QStringList{QStringLiteral("secrets"), QStringLiteral("sops"), QStringLiteral("decrypt"), QStringLiteral("secrets/db.sops.yaml")} + withKey);
        QCOMPARE(dec.code, 0);
        QCOMPARE(dec.out, QByteArray("db:\n    password: n3w\n    port: 6543\n"));
        Run show = cli(QStringList{QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("sops"), QStringLiteral("show"), QStringLiteral("secrets/db.sops.yaml")} + withKey);
        QVERIFY(!show.out.contains("n3w"));
        // Without the key: exit 1 and the recipients named.
        Run locked = cli({QStringLiteral("secrets"), QStringLiteral("sops"), QStringLiteral("decrypt"), QStringLiteral("secrets/db.sops.yaml")});
        QCOMPARE(locked.code, 1);
        QVERIFY(locked.err.contains(recipient));
        // A damaged file: exit 4, the file named.
        QFile damaged(ws + QStringLiteral("/secrets/db.sops.yaml"));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QByteArray text = damaged.readAll();
        text.replace("version: 3", "version: 9");
        damaged.resize(0);
        damaged.write(text);
        damaged.close();
        Run bad = cli(QStringList{QStringLiteral("secrets"), QStringLiteral("sops"), QStringLiteral("decrypt"), QStringLiteral("secrets/db.sops.yaml")} + withKey);
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("db.sops.yaml"));

        // Everything above left its trace in the audit log, values nowhere.
        Run audit = cli({QStringLiteral("secrets"), QStringLiteral("vault"), QStringLiteral("audit")});
        QCOMPARE(audit.code, 0);
        QVERIFY(audit.out.contains("never-rotated"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretsCli)
#include "tst_secretscli.moc"
