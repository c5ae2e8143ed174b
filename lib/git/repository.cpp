#include "git/repository.hpp"

namespace coop::git {

std::optional<Repository> discover(const std::filesystem::path& path) {
    git_buf found = GIT_BUF_INIT;
    if (git_repository_discover(&found, path.c_str(), 0, nullptr) < 0) return std::nullopt;
    git_repository* raw = nullptr;
    const int rc = git_repository_open(&raw, found.ptr);
    git_buf_dispose(&found);
    if (rc < 0) return std::nullopt;
    return Repository(raw);
}

std::string current_branch(const Repository& repo) {
    git_reference* raw = nullptr;
    if (git_reference_lookup(&raw, repo.get(), "HEAD") < 0) return "main";
    const Reference head(raw);
    const char* target = git_reference_symbolic_target(head.get());
    constexpr std::string_view heads = "refs/heads/";
    if (!target || !std::string_view(target).starts_with(heads)) return "main";
    return std::string(target + heads.size());
}

Repository init(const std::filesystem::path& dir) {
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    opts.initial_head = "main";
    git_repository* raw = nullptr;
    check(git_repository_init_ext(&raw, dir.c_str(), &opts),
          "cannot create a git repository in '" + dir.string() + "'");
    return Repository(raw);
}

} // namespace coop::git
