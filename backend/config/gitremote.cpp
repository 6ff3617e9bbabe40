// Branches, remotes and the network side of GitRepository: clone, fetch, push, credentials.
#include "backend/config/gitrepository.h"

#include "backend/config/gitprivate.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace shipdeck {

using namespace git;

namespace git {

struct RemotePayload
{
    const GitRemoteOptions *options = nullptr;
    int attempts = 0;
    bool triedAgent = false;
    bool triedKeyFile = false;
    bool triedPassword = false;
    bool triedKeychain = false;
    QString rejected; // push: a reference the remote refused, with its reason
};

} // namespace git

namespace {

// The OS keychain through libsecret's command-line tool (Secret Service on Linux desktops).
QString keychainLookup(const QString &host, const QString &user)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return {};
    QProcess p;
    QStringList args = {QStringLiteral("lookup"), QStringLiteral("service"), QStringLiteral("shipdeck-git"),
                        QStringLiteral("host"), host};
    if (!user.isEmpty())
        args << QStringLiteral("user") << user;
    p.start(tool, args);
    if (!p.waitForFinished(5000) || p.exitCode() != 0) {
        p.kill();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

int credentialCallback(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed, void *payload)
{
    auto *p = static_cast<RemotePayload *>(payload);
    const GitRemoteOptions &o = *p->options;
    if (++p->attempts > 6)
        return GIT_EAUTH;
    const QString user = !o.username.isEmpty() ? o.username
                       : usernameFromUrl ? QString::fromUtf8(usernameFromUrl) : QString();
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, user.isEmpty() ? "git" : user.toUtf8().constData());
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        const QByteArray u = (user.isEmpty() ? QStringLiteral("git") : user).toUtf8();
        if (o.useSshAgent && !p->triedAgent) {
            p->triedAgent = true;
            if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
                return git_credential_ssh_key_from_agent(out, u.constData());
        }
        if (!p->triedKeyFile) {
            p->triedKeyFile = true;
            QString key = o.sshPrivateKey;
            if (key.isEmpty()) {
                for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                    const QString candidate = QDir::homePath() + QStringLiteral("/.ssh/") + QString::fromLatin1(name);
                    if (QFileInfo::exists(candidate)) {
                        key = candidate;
                        break;
                    }
                }
            }
            if (!key.isEmpty()) {
                const QString pub = o.sshPublicKey.isEmpty() && QFileInfo::exists(key + QStringLiteral(".pub"))
                                        ? key + QStringLiteral(".pub") : o.sshPublicKey;
                return git_credential_ssh_key_new(out, u.constData(), pub.isEmpty() ? nullptr : pub.toUtf8().constData(),
                                                  key.toUtf8().constData(),
                                                  o.sshPassphrase.isEmpty() ? nullptr : o.sshPassphrase.toUtf8().constData());
            }
        }
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        if (!p->triedPassword && !o.password.isEmpty()) {
            p->triedPassword = true;
            return git_credential_userpass_plaintext_new(out, user.toUtf8().constData(), o.password.toUtf8().constData());
        }
        if (!p->triedKeychain && o.useKeychain) {
            p->triedKeychain = true;
            const QString host = QUrl(QString::fromUtf8(url)).host();
            const QString secret = keychainLookup(host, user);
            if (!secret.isEmpty())
                return git_credential_userpass_plaintext_new(out, user.toUtf8().constData(), secret.toUtf8().constData());
        }
    }
    git_error_set_str(GIT_ERROR_NET, "no (more) credentials to try: give a username and password or token, "
                                     "an SSH key, or store them in the keychain");
    return GIT_EAUTH;
}

int transferProgress(const git_indexer_progress *stats, void *payload)
{
    auto *p = static_cast<RemotePayload *>(payload);
    if (!p->options->progress || stats->total_objects == 0)
        return 0;
    const int percent = int(100.0 * (stats->received_objects + stats->indexed_objects) / (2.0 * stats->total_objects));
    const QString text = QStringLiteral("receiving objects %1/%2").arg(stats->received_objects).arg(stats->total_objects);
    if (!p->options->progress(percent, text)) {
        git_error_set_str(GIT_ERROR_NONE, "cancelled");
        return GIT_EUSER;
    }
    return 0;
}

int pushProgress(unsigned int current, unsigned int total, size_t, void *payload)
{
    auto *p = static_cast<RemotePayload *>(payload);
    if (!p->options->progress || total == 0)
        return 0;
    return p->options->progress(int(100.0 * current / total), QStringLiteral("pushing objects %1/%2").arg(current).arg(total))
               ? 0 : GIT_EUSER;
}

int pushUpdateReference(const char *refname, const char *status, void *payload)
{
    if (status) {
        static_cast<RemotePayload *>(payload)->rejected =
            QStringLiteral("%1: %2").arg(QString::fromUtf8(refname), QString::fromUtf8(status));
    }
    return 0;
}

} // namespace

namespace git {

void setRemoteCallbacks(git_remote_callbacks &callbacks, void *payload)
{
    callbacks.credentials = credentialCallback;
    callbacks.transfer_progress = transferProgress;
    callbacks.push_transfer_progress = pushProgress;
    callbacks.payload = payload;
}

} // namespace git

Result<std::unique_ptr<GitRepository>> GitRepository::clone(const QString &url, const QString &path, const GitRemoteOptions &options)
{
    ensureInit();
    if (QDir(path).exists() && !QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        return Error(ErrorCode::AlreadyExists, QStringLiteral("cannot clone into %1: the folder is not empty").arg(path));
    RemotePayload payload;
    payload.options = &options;
    git_clone_options opts = GIT_CLONE_OPTIONS_INIT;
    setRemoteCallbacks(opts.fetch_opts.callbacks, &payload);
    auto impl = std::make_unique<Impl>();
    impl->path = QDir(path).absolutePath();
    if (int rc = git_clone(&impl->repo, url.toUtf8().constData(), path.toUtf8().constData(), &opts); rc != 0) {
        Error e = error(rc, QStringLiteral("cloning %1").arg(url), path);
        QDir(path).removeRecursively();
        return e;
    }
    return std::unique_ptr<GitRepository>(new GitRepository(std::move(impl)));
}

Result<QList<GitBranchInfo>> GitRepository::branches() const
{
    git_branch_iterator *it = nullptr;
    if (int rc = git_branch_iterator_new(&it, d->repo, GIT_BRANCH_ALL); rc != 0)
        return error(rc, QStringLiteral("listing branches"), d->path);
    BranchIterator holder(it);
    QList<GitBranchInfo> out;
    git_reference *ref = nullptr;
    git_branch_t type;
    while (git_branch_next(&ref, &type, it) == 0) {
        Reference r(ref);
        GitBranchInfo b;
        const char *name = nullptr;
        git_branch_name(&name, ref);
        b.name = QString::fromUtf8(name);
        b.remote = type == GIT_BRANCH_REMOTE;
        if (b.remote && b.name.endsWith(QLatin1String("/HEAD")))
            continue;
        b.current = !b.remote && git_branch_is_head(ref) == 1;
        git_reference *resolved = nullptr;
        if (git_reference_resolve(&resolved, ref) == 0) {
            b.target = oidString(git_reference_target(resolved));
            git_reference_free(resolved);
        }
        if (!b.remote) {
            git_reference *up = nullptr;
            if (git_branch_upstream(&up, ref) == 0) {
                const char *upName = nullptr;
                git_branch_name(&upName, up);
                b.upstream = QString::fromUtf8(upName);
                size_t ahead = 0, behind = 0;
                if (git_graph_ahead_behind(&ahead, &behind, d->repo, git_reference_target(ref), git_reference_target(up)) == 0) {
                    b.ahead = int(ahead);
                    b.behind = int(behind);
                }
                git_reference_free(up);
            }
        }
        out.append(b);
    }
    if (out.isEmpty() && isHeadUnborn()) {
        GitBranchInfo b;
        b.name = currentBranch().valueOr(QStringLiteral("main"));
        b.current = true;
        out.append(b);
    }
    return out;
}

Result<void> GitRepository::createBranch(const QString &name, const QString &from)
{
    if (git_reference_is_valid_name(("refs/heads/" + name).toUtf8().constData()) != 1)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a valid branch name").arg(name));
    SD_TRY(const QString id, resolve(from));
    SD_TRY(git_oid oid, oidFromString(id));
    git_commit *c = nullptr;
    if (int rc = git_commit_lookup(&c, d->repo, &oid); rc != 0)
        return error(rc, QStringLiteral("reading %1").arg(from), d->path);
    Commit holder(c);
    git_reference *ref = nullptr;
    if (int rc = git_branch_create(&ref, d->repo, name.toUtf8().constData(), c, 0); rc != 0)
        return error(rc, QStringLiteral("creating branch %1").arg(name), d->path);
    git_reference_free(ref);
    return success();
}

Result<void> GitRepository::switchBranch(const QString &name)
{
    if (const QString op = operationInProgress(); !op.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("a %1 is in progress in %2; finish or abort it first").arg(op, d->path));
    git_reference *ref = nullptr;
    if (int rc = git_branch_lookup(&ref, d->repo, name.toUtf8().constData(), GIT_BRANCH_LOCAL); rc != 0) {
        // A remote branch of that name becomes a new local tracking branch.
        git_reference *remote = nullptr;
        if (git_branch_lookup(&remote, d->repo, ("origin/" + name).toUtf8().constData(), GIT_BRANCH_REMOTE) != 0)
            return Error(ErrorCode::NotFound, QStringLiteral("%1 has no branch '%2'").arg(d->path, name));
        Reference remoteHolder(remote);
        SD_CHECK(createBranch(name, QStringLiteral("origin/") + name));
        SD_CHECK(setUpstream(name, QStringLiteral("origin/") + name));
        return switchBranch(name);
    }
    Reference holder(ref);
    git_object *target = nullptr;
    if (int rc = git_reference_peel(&target, ref, GIT_OBJECT_COMMIT); rc != 0)
        return error(rc, QStringLiteral("reading branch %1").arg(name), d->path);
    Object targetHolder(target);
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    if (int rc = git_checkout_tree(d->repo, target, &opts); rc != 0) {
        if (rc == GIT_ECONFLICT)
            return Error(ErrorCode::Conflict, QStringLiteral("switching %1 to '%2' would overwrite uncommitted changes; commit or discard them first")
                                                  .arg(d->path, name));
        return error(rc, QStringLiteral("checking out %1").arg(name), d->path);
    }
    if (int rc = git_repository_set_head(d->repo, git_reference_name(ref)); rc != 0)
        return error(rc, QStringLiteral("switching HEAD to %1").arg(name), d->path);
    return success();
}

Result<void> GitRepository::deleteBranch(const QString &name)
{
    git_reference *ref = nullptr;
    if (int rc = git_branch_lookup(&ref, d->repo, name.toUtf8().constData(), GIT_BRANCH_LOCAL); rc != 0)
        return error(rc, QStringLiteral("finding branch %1").arg(name), d->path);
    Reference holder(ref);
    if (git_branch_is_head(ref) == 1)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("'%1' is the current branch; switch to another before deleting it").arg(name));
    if (int rc = git_branch_delete(ref); rc != 0)
        return error(rc, QStringLiteral("deleting branch %1").arg(name), d->path);
    return success();
}

Result<QHash<QString, QString>> GitRepository::remotes() const
{
    git_strarray names{};
    if (int rc = git_remote_list(&names, d->repo); rc != 0)
        return error(rc, QStringLiteral("listing remotes"), d->path);
    QHash<QString, QString> out;
    for (size_t i = 0; i < names.count; ++i) {
        git_remote *r = nullptr;
        if (git_remote_lookup(&r, d->repo, names.strings[i]) == 0) {
            out.insert(QString::fromUtf8(names.strings[i]), QString::fromUtf8(git_remote_url(r)));
            git_remote_free(r);
        }
    }
    git_strarray_dispose(&names);
    return out;
}

Result<void> GitRepository::setRemote(const QString &name, const QString &url)
{
    git_remote *r = nullptr;
    if (git_remote_lookup(&r, d->repo, name.toUtf8().constData()) == 0) {
        git_remote_free(r);
        if (int rc = git_remote_set_url(d->repo, name.toUtf8().constData(), url.toUtf8().constData()); rc != 0)
            return error(rc, QStringLiteral("setting the URL of remote %1").arg(name), d->path);
        return success();
    }
    if (int rc = git_remote_create(&r, d->repo, name.toUtf8().constData(), url.toUtf8().constData()); rc != 0)
        return error(rc, QStringLiteral("adding remote %1").arg(name), d->path);
    git_remote_free(r);
    return success();
}

Result<void> GitRepository::fetch(const QString &remote, const GitRemoteOptions &options)
{
    git_remote *r = nullptr;
    if (int rc = git_remote_lookup(&r, d->repo, remote.toUtf8().constData()); rc != 0)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 has no remote '%2'; add one to sync").arg(d->path, remote));
    Remote holder(r);
    RemotePayload payload;
    payload.options = &options;
    git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
    setRemoteCallbacks(opts.callbacks, &payload);
    opts.prune = GIT_FETCH_PRUNE;
    if (int rc = git_remote_fetch(r, nullptr, &opts, "fetch"); rc != 0)
        return error(rc, QStringLiteral("fetching from %1 (%2)").arg(remote, QString::fromUtf8(git_remote_url(r))), d->path);
    return success();
}

Result<void> GitRepository::push(const QString &remote, const QString &branch, const GitRemoteOptions &options)
{
    git_remote *r = nullptr;
    if (int rc = git_remote_lookup(&r, d->repo, remote.toUtf8().constData()); rc != 0)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 has no remote '%2'; add one to sync").arg(d->path, remote));
    Remote holder(r);
    RemotePayload payload;
    payload.options = &options;
    git_push_options opts = GIT_PUSH_OPTIONS_INIT;
    setRemoteCallbacks(opts.callbacks, &payload);
    opts.callbacks.push_update_reference = pushUpdateReference;
    const QByteArray refspec = QStringLiteral("refs/heads/%1:refs/heads/%1").arg(branch).toUtf8();
    char *specs[] = {const_cast<char *>(refspec.constData())};
    git_strarray array{specs, 1};
    const int rc = git_remote_push(r, &array, &opts);
    if (rc == GIT_ENONFASTFORWARD || (rc != 0 && QString::fromUtf8(git_error_last() ? git_error_last()->message : "").contains(QLatin1String("fast-forward")))) {
        return Error(ErrorCode::Conflict, QStringLiteral("push of %1 to %2 was rejected: the remote has commits you do not have; "
                                                         "sync again to merge them (nothing was lost)").arg(branch, remote));
    }
    if (rc != 0)
        return error(rc, QStringLiteral("pushing %1 to %2").arg(branch, remote), d->path);
    if (!payload.rejected.isEmpty()) {
        return Error(ErrorCode::Conflict, QStringLiteral("push of %1 to %2 was rejected (%3); sync again to merge (nothing was lost)")
                                              .arg(branch, remote, payload.rejected));
    }
    return success();
}

Result<void> GitRepository::setUpstream(const QString &branch, const QString &upstream)
{
    git_reference *ref = nullptr;
    if (int rc = git_branch_lookup(&ref, d->repo, branch.toUtf8().constData(), GIT_BRANCH_LOCAL); rc != 0)
        return error(rc, QStringLiteral("finding branch %1").arg(branch), d->path);
    Reference holder(ref);
    if (int rc = git_branch_set_upstream(ref, upstream.toUtf8().constData()); rc != 0)
        return error(rc, QStringLiteral("setting the upstream of %1 to %2").arg(branch, upstream), d->path);
    return success();
}

Result<QString> GitRepository::upstreamOf(const QString &branch) const
{
    git_buf buf = GIT_BUF_INIT;
    const QByteArray ref = ("refs/heads/" + branch).toUtf8();
    const int rc = git_branch_upstream_name(&buf, d->repo, ref.constData());
    if (rc != 0)
        return Error(ErrorCode::NotFound, QStringLiteral("branch %1 has no upstream").arg(branch));
    QString name = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    return name.remove(QStringLiteral("refs/remotes/"));
}

} // namespace shipdeck
