#include "init/ledger_init.hpp"

#include <fmt/format.h>

#include "git/commit_file.hpp"
#include "git/repository.hpp"
#include "init/embedded_files.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/money.hpp"
#include "read/partial_reader.hpp"
#include "util/atomic_file.hpp"
#include "validate/validate.hpp"
#include "write/member_entry.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

// The nearest folder of `dir` that exists: where git's configuration and
// repository are looked for before `dir` is made.
fs::path existing_ancestor(fs::path dir) {
    std::error_code ec;
    dir = fs::absolute(dir, ec).lexically_normal();
    while (!fs::exists(dir, ec) && dir.has_parent_path() && dir.parent_path() != dir)
        dir = dir.parent_path();
    return dir;
}

// Git's user.name and user.email, or Error(usage) saying how to set them.
Founder git_identity(const fs::path& probe) {
    const auto name = git::user_name(probe);
    const auto email = git::user_email(probe);
    if (!name || !email)
        throw Error(ErrorKind::usage,
                    fmt::format("git does not know who you are (no user.{}), and coop init "
                                "commits the new ledger; run git config --global user.name "
                                "\"Your Name\" and git config --global user.email "
                                "you@example.org",
                                name ? "email" : "name"));
    return {"", *name, *email};
}

std::string commit_message(const std::string& name, const std::optional<Founder>& founder) {
    std::string message = fmt::format("coop init: {}\n", name);
    if (founder)
        message += fmt::format("\nFounding member and first treasurer: {} ({} <{}>).\n",
                               founder->handle, founder->name, founder->email);
    return message;
}

} // namespace

InitResult init_ledger(const fs::path& dir, const InitOptions& options) {
    if (!currency_minor_digits(options.currency))
        throw Error(ErrorKind::usage, fmt::format("unknown currency '{}' (an ISO 4217 code such "
                                                  "as EUR, USD or JPY)",
                                                  options.currency));
    if (!options.founder.empty())
        if (const auto problem = handle_problem(options.founder))
            throw Error(ErrorKind::usage, fmt::format("founder {}", *problem));
    std::error_code ec;
    if (fs::exists(dir / "coop.yaml", ec))
        throw Error(
            ErrorKind::usage,
            fmt::format("'{}' already holds a coop ledger (coop.yaml exists)", dir.string()));
    std::string name = options.name;
    if (name.empty()) name = fs::absolute(dir).lexically_normal().filename().string();
    if (name.empty()) name = "Starfish Cooperative";
    if (name.find_first_of("\"\\\n") != std::string::npos)
        throw Error(ErrorKind::usage, "the co-op's name may not hold quotes, backslashes or "
                                      "line breaks");

    InitResult result;
    const fs::path probe = existing_ancestor(dir);
    Founder me = git_identity(probe);
    if (!options.founder.empty()) {
        if (me.email.find('@') == std::string::npos)
            throw Error(ErrorKind::usage,
                        fmt::format("git's user.email '{}' is not an e-mail address; the founder's "
                                    "commits are known by it (git config user.email "
                                    "you@example.org)",
                                    me.email));
        me.handle = options.founder;
        result.founder = me;
    }
    const auto existing = git::discover(probe);
    result.branch = existing ? git::current_branch(*existing) : "main";

    std::vector<std::pair<std::string, std::string>> files; // path, text
    for (const auto& schema : embedded_schemas())
        files.emplace_back("schema/" + std::string(schema.name), schema.content);
    for (const char* folder : {"members", "contributions", "reviews", "revenue", "payouts"})
        files.emplace_back(std::string(folder) + "/.gitkeep", "");
    files.emplace_back(".github/workflows/coop.yml",
                       ci_workflow_template(options.pin, result.branch));
    if (result.founder) {
        MemberAddRequest m;
        m.handle = me.handle;
        m.name = me.name;
        m.emails = {me.email};
        m.joined = options.today;
        m.roles = {"treasurer"};
        files.emplace_back(member_path(me.handle), member_file_text(m));
    }
    // coop.yaml last: a folder with a coop.yaml is a ledger, so it appears only
    // once everything else is in place.
    files.emplace_back("coop.yaml", coop_yaml_template(name, options.currency));

    // A last guard, before anything is written: the genesis is a ledger that
    // coop validate accepts.
    PartialRead genesis;
    for (const auto& [rel, text] : files)
        if (const FileKind kind = classify_path(rel).kind;
            kind == FileKind::policy || kind == FileKind::member)
            genesis.texts.emplace(rel, text);
    Diagnostics diags;
    validate(read_partial_ledger(dir, genesis, diags), diags);
    for (const Diagnostic& d : diags.items())
        if (d.severity == Severity::error)
            throw Error(ErrorKind::io, fmt::format("internal error: the new ledger would not "
                                                   "validate ({}:{}: {}); nothing was written",
                                                   d.path, d.line, d.message));

    for (const auto& [rel, text] : files) {
        const fs::path file = dir / rel;
        fs::create_directories(file.parent_path(), ec);
        if (ec)
            throw Error(ErrorKind::io, fmt::format("cannot create '{}': {}",
                                                   file.parent_path().string(), ec.message()));
        if (const auto failed = write_file_atomic(file, text)) throw Error(ErrorKind::io, *failed);
        result.created.push_back(rel);
    }

    if (!existing) {
        git::init(dir);
        result.created_repository = true;
    }
    std::vector<git::FileContent> commit;
    for (const auto& [rel, text] : files)
        commit.push_back({dir / rel, text});
    result.commit = git::commit_files(commit, commit_message(name, result.founder));
    return result;
}

} // namespace coop
