#include "git/status.hpp"

#include <algorithm>

namespace coop::git {

namespace {

using StatusList = std::unique_ptr<git_status_list, Deleter<git_status_list_free>>;

void take(const git_diff_delta* d, const std::string& prefix, std::vector<std::string>& out) {
    if (!d) return;
    for (const char* p : {d->old_file.path, d->new_file.path}) {
        if (!p) continue;
        const std::string path = p;
        if (path.starts_with(prefix)) out.push_back(path.substr(prefix.size()));
    }
}

} // namespace

std::vector<std::string> uncommitted_paths(git_repository* repo, const std::string& prefix) {
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                 GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    std::string spec = prefix.empty() ? std::string() : prefix.substr(0, prefix.size() - 1);
    char* specs[] = {spec.data()};
    if (!prefix.empty()) {
        opts.pathspec.strings = specs;
        opts.pathspec.count = 1; // a folder: everything under it (and take() checks)
    }
    git_status_list* raw = nullptr;
    check(git_status_list_new(&raw, repo, &opts), "cannot read git status");
    const StatusList list(raw);
    std::vector<std::string> out;
    const std::size_t n = git_status_list_entrycount(raw);
    for (std::size_t i = 0; i < n; ++i) {
        const git_status_entry* e = git_status_byindex(raw, i);
        if (e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED)) continue;
        take(e->head_to_index, prefix, out);
        take(e->index_to_workdir, prefix, out);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace coop::git
