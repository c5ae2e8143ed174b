#pragma once
// What every writing command does around its one change: lock the file, read
// it, make the change, check it, write it atomically, commit it.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "write/file_text.hpp"

namespace coop {

struct WriteOptions {
    bool dry_run = false; // check and show, write nothing
    bool commit = false;  // commit the file (and only it) with git
};

// The change a command wants, given the file's current text (none: no file
// yet) and the ledger of its scope as it is now.
struct Draft {
    TextChange change;
    std::string message; // the commit message
    std::string result;  // what the command prints on success (an id), or empty
};
using DraftFn = std::function<Draft(const std::optional<std::string>& current, const Ledger& now)>;

// Whether the ledger with the change holds the entry as the command meant it:
// a last guard that the text written reads back to the same values.
using ConfirmFn = std::function<bool(const Ledger& after, FileId target)>;

struct Scope {
    // The files (besides coop.yaml and the target) whose rules the change can
    // touch; each command says why its list is enough.
    std::vector<std::string> files;
    // More files that the entries already in the target name (the members and
    // contributions they refer to), so the rules find no false problems there.
    std::function<void(const Ledger& target_only, std::vector<std::string>& files)> named_by_target;
    // Whose file the target is. With --commit, the commit's author e-mail must
    // be one of theirs: a command never commits into another member's file.
    // Empty: a file that is nobody's own (coop.yaml and a member's roles or
    // leaving, changed by enactment under the Coop-Proposal trailer).
    std::string owner;
    // The owner's e-mails when the target is their member file, not yet written.
    std::vector<std::string> owner_emails;
    // What to do instead when the committer is not the owner; empty: commit in
    // the owner's clone.
    std::string instead;
};

struct Outcome {
    std::string path;     // the file, relative to the ledger root
    bool created = false; // the file did not exist
    TextChange change;    // what was (or would be) written
    std::string result;   // the command's result (an id)
    Diagnostics problems; // errors and warnings the change brings, sorted
    bool refused = false; // it brings errors: nothing was written
    std::string refusal;  // why, after the problems: "the change would bring the errors above"
    bool written = false; // the file was written
    std::string commit;   // the new commit, with --commit
};

// Under the file's lock (none with dry_run): reads `target`, asks `draft` for
// the change, reads the scope with and without it and runs every rule of
// `coop validate` on both; the errors only the changed ledger has are the
// change's, and refuse it. Errors already in coop.yaml or in the target refuse
// it before the change is drafted: a broken policy or file is never written
// to, and its own diagnostics say why. A file the change cannot be added to
// without rewriting it (CannotAppend) is refused with that one diagnostic.
// After drafting, check_change must find the text changed as the change says
// (every earlier entry byte for byte the same when read back). Otherwise writes the file atomically
// and, with `commit`, commits it: as the scope's owner only (see Scope::owner), and signed with
// git's user.signingkey when coop.yaml says signed-commits: true before or after the change.
// Exceptions from `draft` leave everything as it was.
Outcome write_change(const std::filesystem::path& root, const std::string& target,
                     const Scope& scope, const DraftFn& draft, const ConfirmFn& confirm,
                     const WriteOptions& options);

} // namespace coop
