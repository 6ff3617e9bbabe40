#include "backend/config/gitrepository.h"

#include "backend/config/gitprivate.h"

#include <QDir>
#include <QFileInfo>

#include <mutex>

namespace shipdeck {

namespace git {

void ensureInit()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

Error error(int code, const QString &doing, const QString &repoPath)
{
    const git_error *e = git_error_last();
    const QString cause = e && e->message ? QString::fromUtf8(e->message).trimmed() : QStringLiteral("libgit2 error %1").arg(code);
    ErrorCode sd = ErrorCode::Unknown;
    switch (code) {
    case GIT_ENOTFOUND: sd = ErrorCode::NotFound; break;
    case GIT_EEXISTS: sd = ErrorCode::AlreadyExists; break;
    case GIT_EUSER: sd = ErrorCode::Cancelled; break;
    case GIT_ENONFASTFORWARD: sd = ErrorCode::Conflict; break;
    case GIT_EAUTH: sd = ErrorCode::Unauthenticated; break;
    case GIT_ECERTIFICATE: sd = ErrorCode::Unauthenticated; break;
    case GIT_ECONFLICT:
    case GIT_EMERGECONFLICT:
    case GIT_EUNMERGED: sd = ErrorCode::Conflict; break;
    case GIT_EUNBORNBRANCH:
    case GIT_EBAREREPO:
    case GIT_EUNCOMMITTED:
    case GIT_EDIRECTORY: sd = ErrorCode::FailedPrecondition; break;
    case GIT_ELOCKED: sd = ErrorCode::Busy; break;
    case GIT_EINVALIDSPEC:
    case GIT_EINVALID:
    case GIT_EAMBIGUOUS: sd = ErrorCode::InvalidArgument; break;
    default:
        if (e && (e->klass == GIT_ERROR_NET || e->klass == GIT_ERROR_SSH || e->klass == GIT_ERROR_HTTP
                  || e->klass == GIT_ERROR_SSL))
            sd = ErrorCode::Network;
        else if (e && (e->klass == GIT_ERROR_ODB || e->klass == GIT_ERROR_ZLIB || e->klass == GIT_ERROR_OBJECT))
            sd = ErrorCode::Corrupt;
        else if (e && e->klass == GIT_ERROR_OS)
            sd = ErrorCode::Io;
        break;
    }
    if (sd == ErrorCode::Unknown && cause.contains(QLatin1String("corrupt"), Qt::CaseInsensitive))
        sd = ErrorCode::Corrupt;
    return Error(sd, QStringLiteral("%1 in %2: %3").arg(doing, repoPath, cause));
}

Result<git_oid> oidFromString(const QString &id)
{
    git_oid oid;
    if (git_oid_fromstr(&oid, id.toLatin1().constData()) != 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a commit id").arg(id));
    return oid;
}

Result<Signature> signature(const GitSignature &sig)
{
    if (sig.name.trimmed().isEmpty() || sig.email.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a commit needs an author name and e-mail (set config.author.name and config.author.email)"));
    git_signature *s = nullptr;
    if (int rc = git_signature_now(&s, sig.name.toUtf8().constData(), sig.email.toUtf8().constData()); rc != 0)
        return error(rc, QStringLiteral("making the signature of %1").arg(sig.name), QString());
    return Signature(s);
}

QList<GitFileDiff> diffToList(git_diff *diff)
{
    QList<GitFileDiff> out;
    const size_t n = git_diff_num_deltas(diff);
    for (size_t i = 0; i < n; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff, i);
        GitFileDiff f;
        f.oldPath = QString::fromUtf8(delta->old_file.path);
        f.newPath = QString::fromUtf8(delta->new_file.path);
        switch (delta->status) {
        case GIT_DELTA_ADDED:
        case GIT_DELTA_UNTRACKED: f.status = QStringLiteral("added"); break;
        case GIT_DELTA_DELETED: f.status = QStringLiteral("deleted"); break;
        case GIT_DELTA_RENAMED: f.status = QStringLiteral("renamed"); break;
        default: f.status = QStringLiteral("modified"); break;
        }
        git_patch *patch = nullptr;
        if (git_patch_from_diff(&patch, diff, i) == 0 && patch) {
            size_t context = 0, adds = 0, dels = 0;
            git_patch_line_stats(&context, &adds, &dels, patch);
            f.additions = int(adds);
            f.deletions = int(dels);
            git_buf buf = GIT_BUF_INIT;
            if (git_patch_to_buf(&buf, patch) == 0)
                f.patch = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
            git_buf_dispose(&buf);
            git_patch_free(patch);
        }
        out.append(f);
    }
    return out;
}

} // namespace git

using namespace git;

GitRepository::GitRepository(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
GitRepository::~GitRepository() = default;

Result<std::unique_ptr<GitRepository>> GitRepository::init(const QString &path, const QString &initialBranch)
{
    ensureInit();
    if (!QDir().mkpath(path))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(path));
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    const QByteArray head = initialBranch.toUtf8();
    opts.initial_head = head.constData();
    auto impl = std::make_unique<Impl>();
    impl->path = QDir(path).absolutePath();
    if (int rc = git_repository_init_ext(&impl->repo, path.toUtf8().constData(), &opts); rc != 0)
        return error(rc, QStringLiteral("creating a git repository"), path);
    return std::unique_ptr<GitRepository>(new GitRepository(std::move(impl)));
}

Result<std::unique_ptr<GitRepository>> GitRepository::open(const QString &path)
{
    ensureInit();
    if (!QFileInfo(path).isDir())
        return Error(ErrorCode::NotFound, QStringLiteral("the folder %1 does not exist").arg(path));
    auto impl = std::make_unique<Impl>();
    impl->path = QDir(path).absolutePath();
    if (int rc = git_repository_open_ext(&impl->repo, path.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr); rc != 0) {
        Error e = error(rc, QStringLiteral("opening the git repository"), path);
        if (rc == GIT_ENOTFOUND)
            return Error(ErrorCode::NotFound, QStringLiteral("%1 is not a git repository").arg(path));
        return rc == GIT_ENOTFOUND ? e : Error(ErrorCode::Corrupt, e.message());
    }
    if (git_repository_is_bare(impl->repo))
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 is a bare repository; clone it to edit it").arg(path));
    // A damaged HEAD or object store shows up here rather than at the first command.
    git_reference *head = nullptr;
    const int rc = git_repository_head(&head, impl->repo);
    git_reference_free(head);
    if (rc != 0 && rc != GIT_EUNBORNBRANCH && rc != GIT_ENOTFOUND)
        return Error(ErrorCode::Corrupt, error(rc, QStringLiteral("reading HEAD"), path).message());
    return std::unique_ptr<GitRepository>(new GitRepository(std::move(impl)));
}

bool GitRepository::isRepository(const QString &path)
{
    ensureInit();
    return git_repository_open_ext(nullptr, path.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) == 0;
}

QString GitRepository::workdir() const
{
    const char *w = git_repository_workdir(d->repo);
    return w ? QString::fromUtf8(w) : QString();
}

std::optional<GitSignature> GitRepository::defaultSignature() const
{
    git_signature *sig = nullptr;
    if (git_signature_default(&sig, d->repo) != 0)
        return std::nullopt;
    GitSignature out{QString::fromUtf8(sig->name), QString::fromUtf8(sig->email)};
    git_signature_free(sig);
    return out;
}

QString GitRepository::gitDir() const
{
    return QString::fromUtf8(git_repository_path(d->repo));
}

QString GitRepository::operationInProgress() const
{
    switch (git_repository_state(d->repo)) {
    case GIT_REPOSITORY_STATE_NONE: return {};
    case GIT_REPOSITORY_STATE_MERGE: return QStringLiteral("merge");
    case GIT_REPOSITORY_STATE_REVERT:
    case GIT_REPOSITORY_STATE_REVERT_SEQUENCE: return QStringLiteral("revert");
    case GIT_REPOSITORY_STATE_CHERRYPICK:
    case GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE: return QStringLiteral("cherry-pick");
    case GIT_REPOSITORY_STATE_BISECT: return QStringLiteral("bisect");
    case GIT_REPOSITORY_STATE_REBASE:
    case GIT_REPOSITORY_STATE_REBASE_INTERACTIVE:
    case GIT_REPOSITORY_STATE_REBASE_MERGE: return QStringLiteral("rebase");
    default: return QStringLiteral("apply-mailbox");
    }
}

bool GitRepository::isHeadDetached() const { return git_repository_head_detached(d->repo) == 1; }
bool GitRepository::isHeadUnborn() const { return git_repository_head_unborn(d->repo) == 1; }

Result<QString> GitRepository::currentBranch() const
{
    if (isHeadDetached())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("HEAD of %1 is detached (not on a branch); switch to a branch first").arg(d->path));
    git_reference *head = nullptr;
    const int rc = git_repository_head(&head, d->repo);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        git_reference *sym = nullptr;
        if (git_reference_lookup(&sym, d->repo, "HEAD") == 0) {
            QString target = QString::fromUtf8(git_reference_symbolic_target(sym));
            git_reference_free(sym);
            return target.remove(QStringLiteral("refs/heads/"));
        }
    }
    if (rc != 0)
        return error(rc, QStringLiteral("reading HEAD"), d->path);
    Reference ref(head);
    return QString::fromUtf8(git_reference_shorthand(head));
}

Result<QString> GitRepository::headId() const
{
    return resolve(QStringLiteral("HEAD"));
}

Result<QString> GitRepository::resolve(const QString &revision) const
{
    git_object *obj = nullptr;
    if (int rc = git_revparse_single(&obj, d->repo, revision.toUtf8().constData()); rc != 0)
        return error(rc, QStringLiteral("resolving '%1'").arg(revision), d->path);
    Object o(obj);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT); rc != 0)
        return error(rc, QStringLiteral("'%1' is not a commit").arg(revision), d->path);
    Object p(peeled);
    return oidString(git_object_id(peeled));
}

Result<QList<GitStatusEntry>> GitRepository::status() const
{
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX;
    git_status_list *list = nullptr;
    if (int rc = git_status_list_new(&list, d->repo, &opts); rc != 0)
        return error(rc, QStringLiteral("reading the status"), d->path);
    StatusList holder(list);
    QList<GitStatusEntry> out;
    const size_t n = git_status_list_entrycount(list);
    for (size_t i = 0; i < n; ++i) {
        const git_status_entry *e = git_status_byindex(list, i);
        GitStatusEntry s;
        const git_diff_delta *delta = e->head_to_index ? e->head_to_index : e->index_to_workdir;
        s.path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        const unsigned st = e->status;
        s.staged = st & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_DELETED | GIT_STATUS_INDEX_RENAMED
                         | GIT_STATUS_INDEX_TYPECHANGE);
        s.untracked = st & GIT_STATUS_WT_NEW;
        if (st & GIT_STATUS_CONFLICTED)
            s.status = QStringLiteral("conflicted");
        else if (st & (GIT_STATUS_INDEX_NEW | GIT_STATUS_WT_NEW))
            s.status = QStringLiteral("new");
        else if (st & (GIT_STATUS_INDEX_DELETED | GIT_STATUS_WT_DELETED))
            s.status = QStringLiteral("deleted");
        else if (st & (GIT_STATUS_INDEX_RENAMED | GIT_STATUS_WT_RENAMED))
            s.status = QStringLiteral("renamed");
        else if (st & (GIT_STATUS_INDEX_TYPECHANGE | GIT_STATUS_WT_TYPECHANGE))
            s.status = QStringLiteral("typechange");
        else if (st & GIT_STATUS_IGNORED)
            continue;
        else
            s.status = QStringLiteral("modified");
        out.append(s);
    }
    return out;
}

namespace {

struct PathSpec
{
    QList<QByteArray> bytes;
    QList<char *> ptrs;
    git_strarray array{nullptr, 0};
    explicit PathSpec(const QStringList &paths)
    {
        for (const QString &p : paths)
            bytes.append(p.toUtf8());
        for (QByteArray &b : bytes)
            ptrs.append(b.data());
        array.strings = ptrs.data();
        array.count = size_t(ptrs.size());
    }
};

Result<Tree> treeOf(git_repository *repo, const QString &revision, const QString &repoPath)
{
    git_object *obj = nullptr;
    if (int rc = git_revparse_single(&obj, repo, (revision + QStringLiteral("^{tree}")).toUtf8().constData()); rc != 0)
        return error(rc, QStringLiteral("resolving '%1'").arg(revision), repoPath);
    return Tree(reinterpret_cast<git_tree *>(obj));
}

} // namespace

Result<QList<GitFileDiff>> GitRepository::diffWorkdir(const QStringList &paths) const
{
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_SHOW_UNTRACKED_CONTENT;
    PathSpec spec(paths);
    opts.pathspec = spec.array;
    Tree head(nullptr);
    if (!isHeadUnborn()) {
        SD_TRY(head, treeOf(d->repo, QStringLiteral("HEAD"), d->path));
    }
    git_diff *diff = nullptr;
    if (int rc = git_diff_tree_to_workdir_with_index(&diff, d->repo, head.get(), &opts); rc != 0)
        return error(rc, QStringLiteral("computing the diff"), d->path);
    Diff holder(diff);
    return diffToList(diff);
}

Result<QList<GitFileDiff>> GitRepository::diffRevisions(const QString &from, const QString &to, const QStringList &paths) const
{
    SD_TRY(Tree a, treeOf(d->repo, from, d->path));
    SD_TRY(Tree b, treeOf(d->repo, to, d->path));
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    PathSpec spec(paths);
    opts.pathspec = spec.array;
    git_diff *diff = nullptr;
    if (int rc = git_diff_tree_to_tree(&diff, d->repo, a.get(), b.get(), &opts); rc != 0)
        return error(rc, QStringLiteral("diffing %1..%2").arg(from, to), d->path);
    Diff holder(diff);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    git_diff_find_similar(diff, &find);
    return diffToList(diff);
}

Result<QByteArray> GitRepository::readFile(const QString &revision, const QString &path) const
{
    git_object *obj = nullptr;
    const QString spec = revision + QLatin1Char(':') + path;
    if (int rc = git_revparse_single(&obj, d->repo, spec.toUtf8().constData()); rc != 0)
        return error(rc, QStringLiteral("reading %1 at %2").arg(path, revision), d->path);
    Object holder(obj);
    if (git_object_type(obj) != GIT_OBJECT_BLOB)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 at %2 is not a file").arg(path, revision));
    auto *blob = reinterpret_cast<git_blob *>(obj);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

Result<QString> GitRepository::commit(const QString &message, const GitSignature &author, const QStringList &paths)
{
    if (message.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a commit needs a message"));
    if (const QString op = operationInProgress(); !op.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("a %1 is in progress in %2; finish or abort it first").arg(op, d->path));
    if (isHeadDetached())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("HEAD of %1 is detached; switch to a branch before committing").arg(d->path));
    SD_TRY(Signature sig, signature(author));
    git_index *index = nullptr;
    if (int rc = git_repository_index(&index, d->repo); rc != 0)
        return error(rc, QStringLiteral("reading the index"), d->path);
    Index indexHolder(index);
    PathSpec spec(paths.isEmpty() ? QStringList{QStringLiteral("*")} : paths);
    if (int rc = git_index_add_all(index, &spec.array, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr); rc != 0)
        return error(rc, QStringLiteral("staging changes"), d->path);
    if (int rc = git_index_update_all(index, &spec.array, nullptr, nullptr); rc != 0)
        return error(rc, QStringLiteral("staging deletions"), d->path);
    if (git_index_has_conflicts(index))
        return Error(ErrorCode::Conflict, QStringLiteral("the index of %1 has unresolved conflicts").arg(d->path));
    git_oid treeId;
    if (int rc = git_index_write_tree(&treeId, index); rc != 0)
        return error(rc, QStringLiteral("writing the tree"), d->path);
    git_tree *tree = nullptr;
    if (int rc = git_tree_lookup(&tree, d->repo, &treeId); rc != 0)
        return error(rc, QStringLiteral("reading the tree"), d->path);
    Tree treeHolder(tree);
    Commit parent(nullptr);
    if (!isHeadUnborn()) {
        git_object *obj = nullptr;
        if (int rc = git_revparse_single(&obj, d->repo, "HEAD^{commit}"); rc != 0)
            return error(rc, QStringLiteral("reading HEAD"), d->path);
        parent.reset(reinterpret_cast<git_commit *>(obj));
        if (git_oid_equal(git_tree_id(tree), git_commit_tree_id(parent.get())))
            return Error(ErrorCode::FailedPrecondition, QStringLiteral("nothing to commit in %1").arg(d->path));
    } else if (git_index_entrycount(index) == 0) {
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("nothing to commit in %1").arg(d->path));
    }
    if (int rc = git_index_write(index); rc != 0)
        return error(rc, QStringLiteral("writing the index"), d->path);
    git_oid commitId;
    const git_commit *parents[] = {parent.get()};
    if (int rc = git_commit_create(&commitId, d->repo, "HEAD", sig.get(), sig.get(), "UTF-8", message.toUtf8().constData(), tree,
                                   parent ? 1 : 0, parents);
        rc != 0)
        return error(rc, QStringLiteral("creating the commit"), d->path);
    return oidString(&commitId);
}

Result<QList<GitCommitInfo>> GitRepository::log(const QString &path, int limit, const QString &revision) const
{
    QList<GitCommitInfo> out;
    if (isHeadUnborn() && revision == QLatin1String("HEAD"))
        return out;
    git_revwalk *walk = nullptr;
    if (int rc = git_revwalk_new(&walk, d->repo); rc != 0)
        return error(rc, QStringLiteral("reading history"), d->path);
    Revwalk holder(walk);
    git_revwalk_sorting(walk, GIT_SORT_TIME | GIT_SORT_TOPOLOGICAL);
    SD_TRY(const QString start, resolve(revision));
    SD_TRY(git_oid startOid, oidFromString(start));
    git_revwalk_push(walk, &startOid);
    git_oid oid;
    const QByteArray pathBytes = path.toUtf8();
    while (out.size() < limit && git_revwalk_next(&oid, walk) == 0) {
        git_commit *c = nullptr;
        if (int rc = git_commit_lookup(&c, d->repo, &oid); rc != 0)
            return error(rc, QStringLiteral("reading commit %1").arg(oidString(&oid)), d->path);
        Commit commit(c);
        if (!path.isEmpty()) {
            // Keep commits whose tree entry for the path differs from the first parent's.
            git_tree *tree = nullptr;
            git_commit_tree(&tree, c);
            Tree t(tree);
            git_tree_entry *entry = nullptr;
            const bool has = git_tree_entry_bypath(&entry, tree, pathBytes.constData()) == 0;
            git_oid entryId{};
            if (has)
                git_oid_cpy(&entryId, git_tree_entry_id(entry));
            git_tree_entry_free(entry);
            bool changed = has;
            if (git_commit_parentcount(c) > 0) {
                git_commit *p = nullptr;
                git_commit_parent(&p, c, 0);
                Commit parent(p);
                git_tree *ptree = nullptr;
                git_commit_tree(&ptree, p);
                Tree pt(ptree);
                git_tree_entry *pentry = nullptr;
                const bool phas = git_tree_entry_bypath(&pentry, ptree, pathBytes.constData()) == 0;
                changed = has != phas || (has && !git_oid_equal(&entryId, git_tree_entry_id(pentry)));
                git_tree_entry_free(pentry);
            }
            if (!changed)
                continue;
        }
        GitCommitInfo info;
        info.id = oidString(&oid);
        info.summary = QString::fromUtf8(git_commit_summary(c));
        info.message = QString::fromUtf8(git_commit_message(c));
        const git_signature *author = git_commit_author(c);
        info.authorName = QString::fromUtf8(author->name);
        info.authorEmail = QString::fromUtf8(author->email);
        info.timeMs = qint64(author->when.time) * 1000;
        for (unsigned i = 0; i < git_commit_parentcount(c); ++i)
            info.parents.append(oidString(git_commit_parent_id(c, i)));
        out.append(info);
    }
    return out;
}

Result<QList<GitBlameLine>> GitRepository::blame(const QString &path) const
{
    if (isHeadUnborn())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 has no commits yet").arg(d->path));
    SD_TRY(const QByteArray content, readFile(QStringLiteral("HEAD"), path));
    git_blame_options opts = GIT_BLAME_OPTIONS_INIT;
    git_blame *blame = nullptr;
    if (int rc = git_blame_file(&blame, d->repo, path.toUtf8().constData(), &opts); rc != 0)
        return error(rc, QStringLiteral("blaming %1").arg(path), d->path);
    Blame holder(blame);
    const QList<QByteArray> lines = content.split('\n');
    QList<GitBlameLine> out;
    for (int i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        const git_blame_hunk *hunk = git_blame_get_hunk_byline(blame, size_t(i + 1));
        GitBlameLine l;
        l.line = i + 1;
        l.text = QString::fromUtf8(lines.at(i));
        if (hunk) {
            l.commitId = oidString(&hunk->final_commit_id);
            if (hunk->final_signature) {
                l.authorName = QString::fromUtf8(hunk->final_signature->name);
                l.timeMs = qint64(hunk->final_signature->when.time) * 1000;
            }
        }
        out.append(l);
    }
    return out;
}

Result<QString> GitRepository::revert(const QString &commitId, const GitSignature &author)
{
    SD_TRY(const QList<GitStatusEntry> st, status());
    if (!st.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 has uncommitted changes; commit or discard them before reverting").arg(d->path));
    SD_TRY(const QString id, resolve(commitId));
    SD_TRY(git_oid oid, oidFromString(id));
    git_commit *c = nullptr;
    if (int rc = git_commit_lookup(&c, d->repo, &oid); rc != 0)
        return error(rc, QStringLiteral("reading commit %1").arg(commitId), d->path);
    Commit target(c);
    if (git_commit_parentcount(c) > 1)
        return Error(ErrorCode::Unsupported, QStringLiteral("commit %1 is a merge; reverting merges is not supported").arg(commitId));
    git_revert_options opts = GIT_REVERT_OPTIONS_INIT;
    opts.checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    if (int rc = git_revert(d->repo, c, &opts); rc != 0) {
        git_repository_state_cleanup(d->repo);
        return error(rc, QStringLiteral("reverting %1").arg(commitId), d->path);
    }
    git_index *index = nullptr;
    git_repository_index(&index, d->repo);
    Index indexHolder(index);
    if (git_index_has_conflicts(index)) {
        // Put everything back as it was: later commits changed the same lines.
        git_object *head = nullptr;
        git_revparse_single(&head, d->repo, "HEAD");
        Object headHolder(head);
        git_reset(d->repo, head, GIT_RESET_HARD, nullptr);
        git_repository_state_cleanup(d->repo);
        return Error(ErrorCode::Conflict, QStringLiteral("reverting %1 conflicts with later changes in %2; nothing was changed")
                                              .arg(id.left(10), d->path));
    }
    git_repository_state_cleanup(d->repo);
    const QString message = QStringLiteral("Revert \"%1\"\n\nThis reverts commit %2.\n")
                                .arg(QString::fromUtf8(git_commit_summary(c)), id);
    return commit(message, author);
}

Result<void> GitRepository::discard(const QStringList &paths)
{
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    opts.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_REMOVE_UNTRACKED;
    PathSpec spec(paths);
    opts.paths = spec.array;
    if (int rc = git_checkout_head(d->repo, &opts); rc != 0)
        return error(rc, QStringLiteral("discarding changes"), d->path);
    return success();
}

} // namespace shipdeck
