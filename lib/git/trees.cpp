#include "git/trees.hpp"

#include <fmt/format.h>

#include "git/repository.hpp"
#include "model/error.hpp"

namespace fs = std::filesystem;

namespace coop::git {

std::string hex(const git_oid& id) {
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &id);
    return buf;
}

std::string short_hex(const git_oid& id) {
    return hex(id).substr(0, 7);
}

std::string short_hex(std::string_view hex) {
    return std::string(hex.substr(0, 7));
}

Commit resolve_commit(git_repository* repo, const std::string& rev) {
    git_object* raw = nullptr;
    if (git_revparse_single(&raw, repo, rev.c_str()) < 0)
        throw Error(ErrorKind::usage, fmt::format("'{}' names no commit of this repository", rev));
    const Object object(raw);
    git_object* peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) < 0)
        throw Error(ErrorKind::usage, fmt::format("'{}' names no commit of this repository", rev));
    return Commit(reinterpret_cast<git_commit*>(peeled));
}

std::optional<Commit> head_commit(git_repository* repo) {
    git_oid id;
    const int rc = git_reference_name_to_id(&id, repo, "HEAD");
    if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH) return std::nullopt;
    check(rc, "cannot read HEAD");
    git_commit* raw = nullptr;
    check(git_commit_lookup(&raw, repo, &id), "cannot read the HEAD commit");
    return Commit(raw);
}

Tree commit_tree(const git_commit* commit) {
    git_tree* raw = nullptr;
    check(git_commit_tree(&raw, commit), "cannot read a commit's tree");
    return Tree(raw);
}

Tree subtree(git_repository* repo, const git_tree* tree, const std::string& path) {
    if (!tree) return nullptr;
    const git_oid* id = nullptr;
    TreeEntry entry;
    if (path.empty()) {
        id = git_tree_id(tree);
    } else {
        git_tree_entry* raw = nullptr;
        if (git_tree_entry_bypath(&raw, tree, path.c_str()) < 0) return nullptr;
        entry.reset(raw);
        if (git_tree_entry_type(raw) != GIT_OBJECT_TREE) return nullptr;
        id = git_tree_entry_id(raw);
    }
    git_tree* out = nullptr;
    check(git_tree_lookup(&out, repo, id), "cannot read a tree");
    return Tree(out);
}

std::optional<git_oid> blob_id(const git_tree* tree, const std::string& path) {
    if (!tree) return std::nullopt;
    git_tree_entry* raw = nullptr;
    if (git_tree_entry_bypath(&raw, tree, path.c_str()) < 0) return std::nullopt;
    const TreeEntry entry(raw);
    if (git_tree_entry_type(raw) != GIT_OBJECT_BLOB) return std::nullopt;
    return *git_tree_entry_id(raw);
}

std::string blob_text(git_repository* repo, const git_oid& id) {
    git_blob* raw = nullptr;
    check(git_blob_lookup(&raw, repo, &id), "cannot read a file from git");
    const Blob blob(raw);
    const auto* data = static_cast<const char*>(git_blob_rawcontent(raw));
    return std::string(data, static_cast<std::size_t>(git_blob_rawsize(raw)));
}

std::string ledger_prefix(git_repository* repo, const fs::path& ledger_root) {
    const char* workdir = git_repository_workdir(repo);
    if (!workdir) throw Error(ErrorKind::usage, "the repository has no work tree (it is bare)");
    std::error_code ec;
    const fs::path top = fs::weakly_canonical(workdir, ec);
    const fs::path root = fs::weakly_canonical(ledger_root, ec);
    std::string rel = root.lexically_relative(top).generic_string();
    if (rel.empty() || rel.starts_with(".."))
        throw Error(ErrorKind::usage, fmt::format("the ledger '{}' is outside the work tree '{}'",
                                                  ledger_root.string(), top.string()));
    if (rel == ".") return "";
    if (!rel.ends_with('/')) rel += '/';
    return rel;
}

Repository open_for(const fs::path& ledger_root, const std::string& what) {
    if (auto repo = discover(ledger_root)) return std::move(*repo);
    throw Error(ErrorKind::usage, fmt::format("{} needs the ledger's git history, and '{}' is not "
                                              "in a git repository",
                                              what, ledger_root.string()));
}

std::vector<git_oid> head_history(git_repository* repo, const std::string& since) {
    std::vector<git_oid> out;
    const auto head = head_commit(repo);
    if (!head) return out;
    git_revwalk* raw = nullptr;
    check(git_revwalk_new(&raw, repo), "cannot walk the history");
    const Revwalk walk(raw);
    check(git_revwalk_sorting(raw, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE),
          "cannot walk the history");
    check(git_revwalk_push(raw, git_commit_id(head->get())), "cannot walk the history");
    if (!since.empty()) {
        const Commit base = resolve_commit(repo, since);
        check(git_revwalk_hide(raw, git_commit_id(base.get())), "cannot walk the history");
    }
    git_oid id;
    int rc = 0;
    while ((rc = git_revwalk_next(&id, raw)) == 0)
        out.push_back(id);
    if (rc != GIT_ITEROVER) check(rc, "cannot walk the history");
    return out;
}

} // namespace coop::git
