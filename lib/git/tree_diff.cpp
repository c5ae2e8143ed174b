#include "git/tree_diff.hpp"

#include <cstring>

#include "git/trees.hpp"

namespace coop::git {

namespace {

bool is_tree(const git_tree_entry* e) {
    return git_tree_entry_type(e) == GIT_OBJECT_TREE;
}

bool is_blob(const git_tree_entry* e) {
    return git_tree_entry_type(e) == GIT_OBJECT_BLOB;
}

// Git's own order of tree entries: byte order, a folder's name compared as if
// it ended in '/'.
int git_order(const git_tree_entry* a, const git_tree_entry* b) {
    const char* na = git_tree_entry_name(a);
    const char* nb = git_tree_entry_name(b);
    const std::size_t la = std::strlen(na);
    const std::size_t lb = std::strlen(nb);
    const std::size_t n = la < lb ? la : lb;
    if (const int c = std::memcmp(na, nb, n)) return c;
    const auto next = [](const char* name, std::size_t len, std::size_t at, bool tree) {
        return at < len ? static_cast<unsigned char>(name[at]) : (tree ? '/' : 0);
    };
    const int ca = next(na, la, n, is_tree(a));
    const int cb = next(nb, lb, n, is_tree(b));
    return ca - cb;
}

Tree lookup(git_repository* repo, const git_tree_entry* e) {
    git_tree* raw = nullptr;
    check(git_tree_lookup(&raw, repo, git_tree_entry_id(e)), "cannot read a tree");
    return Tree(raw);
}

class Differ {
  public:
    Differ(git_repository* repo, const PathFilter& want, std::vector<TreeChange>& out)
        : repo_(repo), want_(want), out_(out) {}

    void trees(const git_tree* a, const git_tree* b, const std::string& base) {
        const std::size_t na = a ? git_tree_entrycount(a) : 0;
        const std::size_t nb = b ? git_tree_entrycount(b) : 0;
        std::size_t i = 0, j = 0;
        while (i < na || j < nb) {
            const git_tree_entry* ea = i < na ? git_tree_entry_byindex(a, i) : nullptr;
            const git_tree_entry* eb = j < nb ? git_tree_entry_byindex(b, j) : nullptr;
            const int c = !ea ? 1 : !eb ? -1 : git_order(ea, eb);
            if (c < 0) {
                side(ea, nullptr, base);
                ++i;
            } else if (c > 0) {
                side(nullptr, eb, base);
                ++j;
            } else {
                if (!git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)) ||
                    git_tree_entry_filemode(ea) != git_tree_entry_filemode(eb))
                    side(ea, eb, base);
                ++i;
                ++j;
            }
        }
    }

  private:
    // One name that differs: `a` before, `b` after (either may be null).
    void side(const git_tree_entry* a, const git_tree_entry* b, const std::string& base) {
        const std::string path = base + git_tree_entry_name(a ? a : b);
        const bool tree_a = a && is_tree(a);
        const bool tree_b = b && is_tree(b);
        if (tree_a || tree_b) {
            if (!want_(path, true)) return;
            const Tree ta = tree_a ? lookup(repo_, a) : nullptr;
            const Tree tb = tree_b ? lookup(repo_, b) : nullptr;
            // A file replaced by a folder (or back): the file's side on its own.
            if (a && !tree_a) file(a, nullptr, path);
            if (b && !tree_b) file(nullptr, b, path);
            trees(ta.get(), tb.get(), path + "/");
            return;
        }
        file(a, b, path);
    }

    void file(const git_tree_entry* a, const git_tree_entry* b, const std::string& path) {
        const bool blob_a = a && is_blob(a);
        const bool blob_b = b && is_blob(b);
        if ((!blob_a && !blob_b) || !want_(path, false)) return; // submodules
        TreeChange change;
        change.path = path;
        if (blob_a) change.before = *git_tree_entry_id(a);
        if (blob_b) change.after = *git_tree_entry_id(b);
        if (blob_a && blob_b && git_oid_equal(&change.before, &change.after)) return; // mode only
        out_.push_back(std::move(change));
    }

    git_repository* repo_;
    const PathFilter& want_;
    std::vector<TreeChange>& out_;
};

} // namespace

std::vector<TreeChange> diff_trees(git_repository* repo, const git_tree* before,
                                   const git_tree* after, const PathFilter& want) {
    std::vector<TreeChange> out;
    if (before && after && git_oid_equal(git_tree_id(before), git_tree_id(after))) return out;
    Differ(repo, want, out).trees(before, after, "");
    return out;
}

} // namespace coop::git
