#include "backend/store/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sys/wait.h>
#include <unistd.h>

using namespace shipdeck;

namespace {
// Opens the workspace as an unprivileged user when running as root (root ignores file
// permissions); returns the error code number, 0 on success.
int openAsUnprivileged(const QString &dir, QString *message)
{
    if (geteuid() != 0) {
        auto ws = Workspace::open(dir);
        if (!ws && message)
            *message = ws.error().toString();
        return ws ? 0 : int(ws.error().code());
    }
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        int code = -2;
        QByteArray text;
        if (setgid(65534) == 0 && setuid(65534) == 0) {
            auto ws = Workspace::open(dir);
            code = ws ? 0 : int(ws.error().code());
            if (!ws)
                text = ws.error().toString().toUtf8();
        }
        const QByteArray out = QByteArray::number(code) + '\n' + text;
        (void)!write(fds[1], out.constData(), size_t(out.size()));
        _exit(0);
    }
    close(fds[1]);
    QByteArray out;
    char buffer[512];
    ssize_t n;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, int(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    const int newline = out.indexOf('\n');
    if (message)
        *message = QString::fromUtf8(out.mid(newline + 1));
    return out.left(newline).toInt();
}
} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createOpenAndInfo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("acme"));
        Workspace::OpenOptions options;
        options.create = true;
        options.demo = true;
        {
            auto ws = Workspace::open(path, options);
            QVERIFY_RESULT(ws);
            auto info = ws.value()->info();
            QVERIFY_RESULT(info);
            QCOMPARE(info.value().name, QStringLiteral("acme"));
            QVERIFY(info.value().demo);
            QCOMPARE(info.value().auditRecords, 1); // workspace.create
            QVERIFY(info.value().schemaVersion >= 1);
            QVERIFY(QDir(path + QStringLiteral("/backups")).exists());
        }
        auto reopened = Workspace::open(path);
        QVERIFY_RESULT(reopened);
        QCOMPARE(reopened.value()->info().value().auditRecords, 1); // not created twice
    }

    void missingFolderAndNonWorkspace()
    {
        QTemporaryDir dir;
        auto missing = Workspace::open(dir.filePath(QStringLiteral("nope")));
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY(missing.error().message().contains(QStringLiteral("does not exist")));
        QVERIFY(missing.error().message().contains(QStringLiteral("workspace init")));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("nope"))).exists());

        auto plain = Workspace::open(dir.path());
        QCOMPARE(plain.error().code(), ErrorCode::NotFound);
        QVERIFY(plain.error().message().contains(QStringLiteral("not a Shipdeck workspace")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("shipdeck.db"))));

        QFile file(dir.filePath(QStringLiteral("afile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(Workspace::open(file.fileName()).error().code(), ErrorCode::InvalidArgument);
    }

    void readOnlyWorkspaceIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro"));
        {
            Workspace::OpenOptions options;
            options.create = true;
            QVERIFY_RESULT(Workspace::open(path, options));
        }
        // Close cleanly (no -wal/-shm left) then make the folder and file read-only.
        QFile::remove(path + QStringLiteral("/shipdeck.db-wal"));
        QFile::remove(path + QStringLiteral("/shipdeck.db-shm"));
        QFile(dir.path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                         | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                         | QFileDevice::WriteOwner);
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                   | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        QFile(path + QStringLiteral("/shipdeck.db")).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther
                                                                     | QFileDevice::ReadGroup);
        QString message;
        const int code = openAsUnprivileged(path, &message);
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (code == -2)
            QSKIP("cannot switch to an unprivileged user here");
        QVERIFY2(code == int(ErrorCode::ReadOnly) || code == int(ErrorCode::Io), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
