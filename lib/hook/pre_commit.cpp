#include "hook/pre_commit.hpp"
#include "util/file_read.hpp"

#include <optional>

#include <sys/stat.h>

#include <fmt/format.h>

#include "git/handles.hpp"
#include "git/trees.hpp"
#include "model/error.hpp"
#include "model/option.hpp"
#include "util/atomic_file.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

constexpr std::string_view marker = "# coop pre-commit hook";

std::string shell_quoted(const std::string& s) {
    std::string out = "'";
    for (const char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

fs::path hooks_dir(git_repository* repo) {
    git_config* raw = nullptr;
    git::check(git_repository_config_snapshot(&raw, repo), "cannot read the git configuration");
    const git::Config config(raw);
    const char* hooks_path = nullptr;
    if (git_config_get_string(&hooks_path, config.get(), "core.hooksPath") == 0 && hooks_path &&
        *hooks_path) {
        fs::path p = hooks_path;
        if (p.is_relative()) {
            const char* workdir = git_repository_workdir(repo);
            p = fs::path(workdir ? workdir : git_repository_path(repo)) / p;
        }
        return p;
    }
    git_buf buf = GIT_BUF_INIT;
    git::check(git_repository_item_path(&buf, repo, GIT_REPOSITORY_ITEM_HOOKS),
               "cannot find the repository's hooks folder");
    fs::path p(std::string(buf.ptr, buf.size));
    git_buf_dispose(&buf);
    return p;
}

} // namespace

std::string pre_commit_hook_text(const fs::path& coop, const std::string& ledger_dir) {
    return fmt::format("#!/bin/sh\n"
                       "{} (written by coop hook install): refuses a commit while\n"
                       "# the ledger has errors. git commit --no-verify skips it once.\n"
                       "coop={}\n"
                       "[ -x \"$coop\" ] || coop=coop\n"
                       "exec \"$coop\" -C {} validate -q\n",
                       marker, shell_quoted(coop.string()), shell_quoted(ledger_dir));
}

HookResult install_pre_commit_hook(const fs::path& ledger_root, const fs::path& coop, bool force) {
    const git::Repository repo = git::open_for(ledger_root, "coop hook install");
    const std::string prefix = git::ledger_prefix(repo.get(), ledger_root);
    const std::string dir = prefix.empty() ? "." : prefix.substr(0, prefix.size() - 1);
    HookResult out;
    const fs::path hooks = hooks_dir(repo.get());
    out.path = hooks / "pre-commit";
    if (const auto existing = read_whole_file(out.path)) {
        out.replaced = true;
        if (existing->find(marker) == std::string::npos && !force)
            throw Error(ErrorKind::usage,
                        fmt::format("'{}' is a hook coop did not write; keep it, or replace it "
                                    "with coop hook install {}",
                                    out.path.string(), option_ref(Option::force)));
    }
    std::error_code ec;
    fs::create_directories(hooks, ec);
    if (const auto failed = write_file_atomic(out.path, pre_commit_hook_text(coop, dir)))
        throw Error(ErrorKind::io, *failed);
    if (::chmod(out.path.c_str(), 0755) != 0)
        throw Error(ErrorKind::io, fmt::format("cannot make '{}' executable", out.path.string()));
    return out;
}

} // namespace coop
