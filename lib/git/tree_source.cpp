#include "git/tree_source.hpp"

#include <cerrno>

#include "git/trees.hpp"
#include "model/layout.hpp"

namespace coop::git {

namespace {

struct WalkState {
    std::map<std::string, git_oid, std::less<>>* blobs;
    std::vector<std::string>* paths;
    Diagnostics* diags;
    std::string top; // the ledger folder being walked, '/'-terminated
};

int visit(const char* root, const git_tree_entry* entry, void* payload) {
    auto& s = *static_cast<WalkState*>(payload);
    const std::string name = git_tree_entry_name(entry);
    if (!name.empty() && name[0] == '.') return 1; // skip: a hidden file or folder
    const std::string rel = s.top + root + name;
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode == GIT_FILEMODE_LINK) {
        s.diags->error(rel, 1, 1,
                       "symbolic links are not read; keep ledger files inside the ledger");
        return 0;
    }
    if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
        s.blobs->emplace(rel, *git_tree_entry_id(entry));
        s.paths->push_back(rel);
    } else if (mode == GIT_FILEMODE_TREE && name.ends_with(".yaml")) {
        s.diags->error(rel, 1, 1, "a folder named like a ledger file; rename it");
    }
    return 0;
}

} // namespace

TreeSource::TreeSource(git_repository* repo, const git_tree* ledger) : repo_(repo), tree_(ledger) {}

std::vector<std::string> TreeSource::list(Diagnostics& diags) {
    std::vector<std::string> paths;
    if (const auto policy = blob_id(tree_, "coop.yaml")) {
        blobs_.emplace("coop.yaml", *policy);
        paths.push_back("coop.yaml");
    }
    for (std::string_view folder : ledger_folders) {
        const Tree sub = subtree(repo_, tree_, std::string(folder));
        if (!sub) continue;
        WalkState state{&blobs_, &paths, &diags, std::string(folder) + "/"};
        check(git_tree_walk(sub.get(), GIT_TREEWALK_PRE, visit, &state), "cannot read a tree");
    }
    return paths;
}

int TreeSource::load(const std::string& rel, std::string& text) const {
    const auto it = blobs_.find(rel);
    if (it == blobs_.end()) return ENOENT;
    const std::lock_guard lock(mutex_);
    git_blob* raw = nullptr;
    if (git_blob_lookup(&raw, repo_, &it->second) < 0) return EIO;
    const Blob blob(raw);
    text.assign(static_cast<const char*>(git_blob_rawcontent(raw)),
                static_cast<std::size_t>(git_blob_rawsize(raw)));
    return 0;
}

Ledger read_ledger_at(git_repository* repo, const git_tree* ledger, Diagnostics& diags,
                      const ReadOptions& options) {
    auto source = std::make_shared<TreeSource>(repo, ledger);
    auto paths = source->list(diags);
    return read_ledger_files(std::move(paths), std::move(source), diags, options);
}

} // namespace coop::git
