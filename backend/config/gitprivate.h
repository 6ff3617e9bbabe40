#pragma once

// Internal to backend/config: libgit2 helpers shared by the GitRepository sources.

#include "backend/config/gitrepository.h"

#include <git2.h>

#include <memory>

namespace shipdeck {

struct GitRepository::Impl
{
    git_repository *repo = nullptr;
    QString path;
    ~Impl() { git_repository_free(repo); }
};

namespace git {

void ensureInit();

// An Error from the last libgit2 error: `doing` says what we were doing, the repository path
// names the object, git's message the cause.
Error error(int code, const QString &doing, const QString &repoPath);

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
template<typename T, void (*Free)(T *)>
using Ptr = std::unique_ptr<T, Deleter<T, Free>>;

using Object = Ptr<git_object, git_object_free>;
using Commit = Ptr<git_commit, git_commit_free>;
using Tree = Ptr<git_tree, git_tree_free>;
using Index = Ptr<git_index, git_index_free>;
using Reference = Ptr<git_reference, git_reference_free>;
using Diff = Ptr<git_diff, git_diff_free>;
using Signature = Ptr<git_signature, git_signature_free>;
using Remote = Ptr<git_remote, git_remote_free>;
using Revwalk = Ptr<git_revwalk, git_revwalk_free>;
using Blame = Ptr<git_blame, git_blame_free>;
using Blob = Ptr<git_blob, git_blob_free>;
using StatusList = Ptr<git_status_list, git_status_list_free>;
using BranchIterator = Ptr<git_branch_iterator, git_branch_iterator_free>;
using Rebase = Ptr<git_rebase, git_rebase_free>;
using AnnotatedCommit = Ptr<git_annotated_commit, git_annotated_commit_free>;

inline QString oidString(const git_oid *oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, oid);
    return QString::fromLatin1(buf);
}

Result<git_oid> oidFromString(const QString &id);
Result<Signature> signature(const GitSignature &sig);
QList<GitFileDiff> diffToList(git_diff *diff);
Result<QList<GitConflict>> conflictsOf(git_repository *repo, git_index *index);
// Installs the credential, certificate and progress callbacks of options.
void setRemoteCallbacks(git_remote_callbacks &callbacks, void *payload);
struct RemotePayload;

} // namespace git
} // namespace shipdeck
