// Merging, fast-forwarding and rebasing for GitRepository. Merges and rebases run in memory:
// the working tree changes only once the result is complete and committed.
#include "backend/config/gitrepository.h"

#include "backend/config/gitprivate.h"

namespace shipdeck {

using namespace git;

namespace git {

Result<QList<GitConflict>> conflictsOf(git_repository *repo, git_index *index)
{
    QList<GitConflict> out;
    git_index_conflict_iterator *it = nullptr;
    if (int rc = git_index_conflict_iterator_new(&it, index); rc != 0)
        return error(rc, QStringLiteral("listing conflicts"), QString::fromUtf8(git_repository_workdir(repo)));
    const git_index_entry *ancestor = nullptr, *ours = nullptr, *theirs = nullptr;
    auto read = [repo](const git_index_entry *e, bool &has, QByteArray &content) {
        has = e != nullptr;
        if (!e)
            return;
        git_blob *blob = nullptr;
        if (git_blob_lookup(&blob, repo, &e->id) == 0) {
            content = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
            git_blob_free(blob);
        }
    };
    while (git_index_conflict_next(&ancestor, &ours, &theirs, it) == 0) {
        GitConflict c;
        const git_index_entry *any = ours ? ours : theirs ? theirs : ancestor;
        c.path = QString::fromUtf8(any->path);
        read(ancestor, c.hasBase, c.base);
        read(ours, c.hasOurs, c.ours);
        read(theirs, c.hasTheirs, c.theirs);
        out.append(c);
    }
    git_index_conflict_iterator_free(it);
    return out;
}

} // namespace git

namespace {

Result<Commit> lookupCommit(git_repository *repo, const QString &id, const QString &repoPath)
{
    SD_TRY(git_oid oid, oidFromString(id));
    git_commit *c = nullptr;
    if (int rc = git_commit_lookup(&c, repo, &oid); rc != 0)
        return error(rc, QStringLiteral("reading commit %1").arg(id), repoPath);
    return Commit(c);
}

// Replaces the conflicts of `index` by the resolved contents (a null QByteArray deletes the file).
Result<void> applyResolutions(git_repository *repo, git_index *index, const QList<GitConflict> &conflicts,
                              const QHash<QString, QByteArray> &resolved, const QString &repoPath)
{
    QStringList missing;
    for (const GitConflict &c : conflicts) {
        if (!resolved.contains(c.path)) {
            missing.append(c.path);
            continue;
        }
        const QByteArray path = c.path.toUtf8();
        git_index_conflict_remove(index, path.constData());
        const QByteArray content = resolved.value(c.path);
        if (content.isNull()) {
            git_index_remove_bypath(index, path.constData());
            continue;
        }
        git_oid blobId;
        if (int rc = git_blob_create_from_buffer(&blobId, repo, content.constData(), size_t(content.size())); rc != 0)
            return error(rc, QStringLiteral("writing the merged %1").arg(c.path), repoPath);
        git_index_entry entry{};
        entry.mode = GIT_FILEMODE_BLOB;
        entry.id = blobId;
        entry.path = path.constData();
        entry.file_size = uint32_t(content.size());
        if (int rc = git_index_add(index, &entry); rc != 0)
            return error(rc, QStringLiteral("staging the merged %1").arg(c.path), repoPath);
    }
    if (!missing.isEmpty())
        return Error(ErrorCode::Conflict, QStringLiteral("unresolved conflicts in %1").arg(missing.join(QStringLiteral(", "))));
    return success();
}

// Updates the working tree and index to `tree` (refusing to overwrite local changes) and moves
// the current branch to `commitId`.
Result<void> moveBranchTo(git_repository *repo, const git_oid &commitId, const QString &repoPath, const QString &why)
{
    git_commit *c = nullptr;
    if (int rc = git_commit_lookup(&c, repo, &commitId); rc != 0)
        return error(rc, QStringLiteral("reading the new commit"), repoPath);
    Commit holder(c);
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    if (int rc = git_checkout_tree(repo, reinterpret_cast<git_object *>(c), &opts); rc != 0) {
        if (rc == GIT_ECONFLICT)
            return Error(ErrorCode::Conflict, QStringLiteral("updating %1 would overwrite uncommitted changes; commit or discard them first").arg(repoPath));
        return error(rc, QStringLiteral("updating the working tree"), repoPath);
    }
    git_reference *head = nullptr;
    if (int rc = git_repository_head(&head, repo); rc != 0)
        return error(rc, QStringLiteral("reading HEAD"), repoPath);
    Reference headHolder(head);
    git_reference *moved = nullptr;
    if (int rc = git_reference_set_target(&moved, head, &commitId, why.toUtf8().constData()); rc != 0)
        return error(rc, QStringLiteral("moving the branch"), repoPath);
    git_reference_free(moved);
    return success();
}

} // namespace

Result<GitMergeKind> GitRepository::mergeKind(const QString &theirsId) const
{
    SD_TRY(git_oid oid, oidFromString(theirsId));
    git_annotated_commit *theirs = nullptr;
    if (int rc = git_annotated_commit_lookup(&theirs, d->repo, &oid); rc != 0)
        return error(rc, QStringLiteral("reading %1").arg(theirsId), d->path);
    AnnotatedCommit holder(theirs);
    git_merge_analysis_t analysis;
    git_merge_preference_t preference;
    const git_annotated_commit *heads[] = {theirs};
    if (int rc = git_merge_analysis(&analysis, &preference, d->repo, heads, 1); rc != 0)
        return error(rc, QStringLiteral("analysing the merge"), d->path);
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE)
        return GitMergeKind::UpToDate;
    if (analysis & GIT_MERGE_ANALYSIS_UNBORN)
        return GitMergeKind::Unborn;
    if (analysis & GIT_MERGE_ANALYSIS_FASTFORWARD)
        return GitMergeKind::FastForward;
    return GitMergeKind::Normal;
}

Result<QList<GitConflict>> GitRepository::mergeConflicts(const QString &oursId, const QString &theirsId) const
{
    SD_TRY(Commit ours, lookupCommit(d->repo, oursId, d->path));
    SD_TRY(Commit theirs, lookupCommit(d->repo, theirsId, d->path));
    git_index *index = nullptr;
    git_merge_options opts = GIT_MERGE_OPTIONS_INIT;
    if (int rc = git_merge_commits(&index, d->repo, ours.get(), theirs.get(), &opts); rc != 0)
        return error(rc, QStringLiteral("merging %1 into %2").arg(theirsId.left(10), oursId.left(10)), d->path);
    Index holder(index);
    return conflictsOf(d->repo, index);
}

Result<QString> GitRepository::commitMerge(const QString &theirsId, const QHash<QString, QByteArray> &resolved,
                                          const QString &message, const GitSignature &author)
{
    SD_TRY(Signature sig, signature(author));
    SD_TRY(const QString oursId, headId());
    SD_TRY(Commit ours, lookupCommit(d->repo, oursId, d->path));
    SD_TRY(Commit theirs, lookupCommit(d->repo, theirsId, d->path));
    git_index *index = nullptr;
    git_merge_options opts = GIT_MERGE_OPTIONS_INIT;
    if (int rc = git_merge_commits(&index, d->repo, ours.get(), theirs.get(), &opts); rc != 0)
        return error(rc, QStringLiteral("merging %1").arg(theirsId.left(10)), d->path);
    Index holder(index);
    SD_TRY(const QList<GitConflict> conflicts, conflictsOf(d->repo, index));
    SD_CHECK(applyResolutions(d->repo, index, conflicts, resolved, d->path));
    git_oid treeId;
    if (int rc = git_index_write_tree_to(&treeId, index, d->repo); rc != 0)
        return error(rc, QStringLiteral("writing the merged tree"), d->path);
    git_tree *tree = nullptr;
    if (int rc = git_tree_lookup(&tree, d->repo, &treeId); rc != 0)
        return error(rc, QStringLiteral("reading the merged tree"), d->path);
    Tree treeHolder(tree);
    git_oid commitId;
    const git_commit *parents[] = {ours.get(), theirs.get()};
    if (int rc = git_commit_create(&commitId, d->repo, nullptr, sig.get(), sig.get(), "UTF-8", message.toUtf8().constData(),
                                   tree, 2, parents);
        rc != 0)
        return error(rc, QStringLiteral("creating the merge commit"), d->path);
    SD_CHECK(moveBranchTo(d->repo, commitId, d->path, QStringLiteral("merge %1").arg(theirsId.left(10))));
    return oidString(&commitId);
}

Result<QHash<QString, QByteArray>> GitRepository::mergedFiles(const QString &theirsId, const QHash<QString, QByteArray> &resolved,
                                                             const QStringList &prefixes) const
{
    SD_TRY(const QString oursId, headId());
    SD_TRY(Commit ours, lookupCommit(d->repo, oursId, d->path));
    SD_TRY(Commit theirs, lookupCommit(d->repo, theirsId, d->path));
    git_index *index = nullptr;
    git_merge_options opts = GIT_MERGE_OPTIONS_INIT;
    if (int rc = git_merge_commits(&index, d->repo, ours.get(), theirs.get(), &opts); rc != 0)
        return error(rc, QStringLiteral("merging %1").arg(theirsId.left(10)), d->path);
    Index holder(index);
    SD_TRY(const QList<GitConflict> conflicts, conflictsOf(d->repo, index));
    SD_CHECK(applyResolutions(d->repo, index, conflicts, resolved, d->path));
    QHash<QString, QByteArray> out;
    const size_t n = git_index_entrycount(index);
    for (size_t i = 0; i < n; ++i) {
        const git_index_entry *e = git_index_get_byindex(index, i);
        const QString path = QString::fromUtf8(e->path);
        bool wanted = prefixes.isEmpty();
        for (const QString &p : prefixes)
            wanted = wanted || path.startsWith(p);
        if (!wanted)
            continue;
        git_blob *blob = nullptr;
        if (int rc = git_blob_lookup(&blob, d->repo, &e->id); rc != 0)
            return error(rc, QStringLiteral("reading %1 of the merge").arg(path), d->path);
        out.insert(path, QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob))));
        git_blob_free(blob);
    }
    return out;
}

QString GitRepository::unifiedDiff(const QString &path, const QByteArray &before, const QByteArray &after)
{
    ensureInit();
    git_patch *patch = nullptr;
    const QByteArray p = path.toUtf8();
    if (git_patch_from_buffers(&patch, before.isNull() ? nullptr : before.constData(), size_t(before.size()), p.constData(),
                               after.isNull() ? nullptr : after.constData(), size_t(after.size()), p.constData(), nullptr) != 0)
        return {};
    git_buf buf = GIT_BUF_INIT;
    QString out;
    if (git_patch_to_buf(&buf, patch) == 0)
        out = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    git_patch_free(patch);
    return out;
}

Result<void> GitRepository::fastForward(const QString &theirsId)
{
    SD_TRY(git_oid oid, oidFromString(theirsId));
    return moveBranchTo(d->repo, oid, d->path, QStringLiteral("fast-forward to %1").arg(theirsId.left(10)));
}

Result<QString> GitRepository::rebaseOnto(const QString &upstreamId, const GitSignature &committer, const ConflictResolver &resolve)
{
    SD_TRY(Signature sig, signature(committer));
    SD_TRY(git_oid upstreamOid, oidFromString(upstreamId));
    git_annotated_commit *upstream = nullptr;
    if (int rc = git_annotated_commit_lookup(&upstream, d->repo, &upstreamOid); rc != 0)
        return error(rc, QStringLiteral("reading %1").arg(upstreamId), d->path);
    AnnotatedCommit upstreamHolder(upstream);
    git_rebase_options opts = GIT_REBASE_OPTIONS_INIT;
    opts.inmemory = 1;
    git_rebase *rebase = nullptr;
    if (int rc = git_rebase_init(&rebase, d->repo, nullptr, upstream, nullptr, &opts); rc != 0)
        return error(rc, QStringLiteral("starting the rebase"), d->path);
    Rebase holder(rebase);
    git_oid last = upstreamOid;
    git_rebase_operation *op = nullptr;
    int rc = 0;
    while ((rc = git_rebase_next(&op, rebase)) == 0) {
        git_index *index = nullptr;
        if (int irc = git_rebase_inmemory_index(&index, rebase); irc != 0) {
            git_rebase_abort(rebase);
            return error(irc, QStringLiteral("rebasing"), d->path);
        }
        Index indexHolder(index);
        if (git_index_has_conflicts(index)) {
            auto conflicts = conflictsOf(d->repo, index);
            auto resolved = conflicts ? resolve(conflicts.value()) : Result<QHash<QString, QByteArray>>(conflicts.error());
            if (!resolved) {
                git_rebase_abort(rebase);
                return std::move(resolved).context(QStringLiteral("rebasing commit %1").arg(oidString(&op->id).left(10))).error();
            }
            if (auto applied = applyResolutions(d->repo, index, conflicts.value(), resolved.value(), d->path); !applied) {
                git_rebase_abort(rebase);
                return applied.error();
            }
        }
        git_oid commitId;
        const int crc = git_rebase_commit(&commitId, rebase, nullptr, sig.get(), nullptr, nullptr);
        if (crc == GIT_EAPPLIED)
            continue; // already upstream
        if (crc != 0) {
            Error e = error(crc, QStringLiteral("committing the rebased %1").arg(oidString(&op->id).left(10)), d->path);
            git_rebase_abort(rebase);
            return e;
        }
        last = commitId;
    }
    if (rc != GIT_ITEROVER) {
        Error e = error(rc, QStringLiteral("rebasing"), d->path);
        git_rebase_abort(rebase);
        return e;
    }
    git_rebase_finish(rebase, sig.get());
    SD_CHECK(moveBranchTo(d->repo, last, d->path, QStringLiteral("rebase onto %1").arg(upstreamId.left(10))));
    return oidString(&last);
}

} // namespace shipdeck
