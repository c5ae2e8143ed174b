#include "write/write_change.hpp"

#include <algorithm>
#include <cstring>
#include <tuple>

#include <fmt/format.h>

#include "git/commit_file.hpp"
#include "model/error.hpp"
#include "model/option.hpp"
#include "read/partial_reader.hpp"
#include "read/symlinks.hpp"
#include "util/atomic_file.hpp"
#include "util/file_read.hpp"
#include "validate/validate.hpp"
#include "write/file_lock.hpp"
#include "write/identity.hpp"
#include "write/signing_key.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

std::optional<std::string> read_current(const fs::path& file) {
    std::error_code ec;
    const auto status = fs::symlink_status(file, ec);
    if (ec || status.type() == fs::file_type::not_found) return std::nullopt;
    if (status.type() == fs::file_type::symlink)
        throw Error(ErrorKind::ledger,
                    fmt::format("'{}' is a symbolic link; coop reads and writes only files "
                                "inside the ledger",
                                file.string()));
    if (status.type() != fs::file_type::regular)
        throw Error(ErrorKind::io, fmt::format("'{}' is not a file", file.string()));
    std::string text;
    if (const int err = read_whole_file(file, text))
        throw Error(ErrorKind::io,
                    fmt::format("cannot read '{}': {}", file.string(), std::strerror(err)));
    return text;
}

auto key(const Diagnostic& d) {
    return std::tie(d.path, d.line, d.column, d.severity, d.message);
}

// The diagnostics of `after` that `before` does not have, plus every error in
// `target`: the ones the change is answerable for.
Diagnostics brought(const Diagnostics& before, const Diagnostics& after,
                    const std::string& target) {
    std::vector<const Diagnostic*> old;
    for (const Diagnostic& d : before.items())
        old.push_back(&d);
    std::sort(old.begin(), old.end(),
              [](const Diagnostic* a, const Diagnostic* b) { return key(*a) < key(*b); });
    Diagnostics out;
    for (const Diagnostic& d : after.items()) {
        const auto it = std::lower_bound(
            old.begin(), old.end(), &d,
            [](const Diagnostic* a, const Diagnostic* b) { return key(*a) < key(*b); });
        const bool is_new = it == old.end() || key(**it) != key(d);
        if (is_new || (d.severity == Severity::error && d.path == target)) out.add(d);
    }
    out.sort();
    return out;
}

Diagnostics check(const fs::path& root, const std::vector<std::string>& files,
                  const std::string& target, const std::optional<std::string>& text,
                  Ledger& ledger) {
    PartialRead what;
    what.files = files;
    if (text)
        what.texts.emplace(target, *text);
    else
        what.files.push_back(target); // absent: left out
    Diagnostics diags;
    ledger = read_partial_ledger(root, what, diags);
    validate(ledger, diags);
    return diags;
}

FileId file_id(const Ledger& l, const std::string& path) {
    for (FileId f = 0; f < l.files.size(); ++f)
        if (l.path(f) == path) return f;
    return ~FileId{0};
}

// Creates the folders of `file` that do not exist; removes them again (when
// still empty) unless told to keep them.
class Folders {
  public:
    explicit Folders(const fs::path& dir) {
        for (fs::path d = dir; !fs::exists(d); d = d.parent_path())
            created_.push_back(d);
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec)
            throw Error(ErrorKind::io,
                        fmt::format("cannot create '{}': {}", dir.string(), ec.message()));
    }
    ~Folders() {
        if (keep_) return;
        std::error_code ec;
        for (const fs::path& d : created_)
            fs::remove(d, ec); // only removes an empty folder
    }
    Folders(const Folders&) = delete;
    Folders& operator=(const Folders&) = delete;
    void keep() { keep_ = true; }

  private:
    std::vector<fs::path> created_;
    bool keep_ = false;
};

bool same_email(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

// With --commit, the file must be the committer's own: git's user.email is
// the commit's author, whatever --as or COOP_MEMBER say.
void refuse_foreign_file(const fs::path& root, const std::string& target, const Scope& scope) {
    const auto email = git::user_email(root);
    if (!email) return; // commit_file says git does not know who you are
    for (const std::string& e : scope.owner_emails)
        if (same_email(e, *email)) return;
    const auto members = members_with_email(root, *email);
    if (std::find(members.begin(), members.end(), scope.owner) != members.end()) return;
    if (!scope.owner_emails.empty())
        throw Error(ErrorKind::usage,
                    fmt::format("you commit as {}, which is not among {}'s {} addresses; a "
                                "member joins by their own commit (set git config user.email, or "
                                "leave out {})",
                                *email, scope.owner, option_ref(Option::email),
                                option_ref(Option::commit)));
    throw Error(ErrorKind::usage,
                fmt::format("you commit as {}{}; {} is {}'s: a command commits only into the "
                            "committer's own files ({})",
                            *email,
                            members.empty() ? std::string(", which is no member's e-mail")
                                            : fmt::format(" ({})", members.front()),
                            target, scope.owner,
                            scope.instead.empty()
                                ? fmt::format("run it in {}'s clone, or leave out {}", scope.owner,
                                              option_ref(Option::commit))
                                : scope.instead));
}

} // namespace

Outcome write_change(const fs::path& root, const std::string& target, const Scope& scope,
                     const DraftFn& draft, const ConfirmFn& confirm, const WriteOptions& options) {
    const fs::path file = root / target;
    if (const auto link = symlink_in_path(root, target); link && link->folder)
        throw Error(ErrorKind::ledger,
                    fmt::format("'{}' is a symbolic link to a folder; coop reads and writes only "
                                "files inside the ledger: make it a folder of this ledger",
                                link->rel));
    if (options.commit && !scope.owner.empty()) refuse_foreign_file(root, target, scope);
    std::optional<Folders> folders;
    std::optional<FileLock> lock;
    if (!options.dry_run) {
        folders.emplace(file.parent_path());
        lock.emplace(file);
    }
    // Read inside the lock: two commands at once each see the other's entry.
    const std::optional<std::string> current = read_current(file);

    std::vector<std::string> files = scope.files;
    if (scope.named_by_target && current) {
        PartialRead alone;
        alone.texts.emplace(target, *current);
        Diagnostics ignored;
        scope.named_by_target(read_partial_ledger(root, alone, ignored), files);
    }
    Ledger now;
    const Diagnostics before = check(root, files, target, current, now);

    Outcome out;
    out.path = target;
    out.created = !current;
    // A broken coop.yaml or target: its own diagnostics, and nothing drafted
    // from a policy or a file read only in part.
    for (const std::string& broken : {std::string("coop.yaml"), target})
        for (const Diagnostic& p : before.items())
            if (p.severity == Severity::error && p.path == broken) out.problems.add(p);
    if (out.problems.has_errors()) {
        out.refused = true;
        out.refusal = fmt::format("{} has errors; fix them first ('coop validate' shows them all)",
                                  out.problems.items().front().path);
        return out;
    }
    Draft d;
    try {
        d = draft(current, now);
    } catch (const CannotAppend& e) {
        out.problems.error(target, e.pos().line, e.pos().column, e.what());
        out.refused = true;
        out.refusal = "coop adds to a file only what it can append without rewriting it";
        return out;
    }
    out.change = d.change;
    out.result = d.result;
    if (const std::string why = check_change(current, d.change); !why.empty())
        throw Error(ErrorKind::io, fmt::format("internal error: the change to {} would not keep "
                                               "the file as it was ({}); nothing was written",
                                               target, why));
    Ledger after;
    const Diagnostics diags = check(root, files, target, d.change.text, after);
    out.problems = brought(before, diags, target);
    out.refused = out.problems.has_errors();
    if (out.refused) out.refusal = "the change would bring the errors above";
    if (!out.refused && !confirm(after, file_id(after, target)))
        throw Error(ErrorKind::io, fmt::format("internal error: the new entry does not read back "
                                               "from {} as it was meant; nothing was written",
                                               target));
    if (out.refused || options.dry_run) return out;
    const std::string key = signing_key_for(
        root, options.commit && (now.policy.signed_commits || after.policy.signed_commits),
        "or leave out " + option_ref(Option::commit));

    if (const auto failed = write_file_atomic(file, d.change.text))
        throw Error(ErrorKind::io, *failed);
    folders->keep();
    out.written = true;
    if (options.commit) out.commit = git::commit_file(file, d.change.text, d.message, key);
    return out;
}

} // namespace coop
