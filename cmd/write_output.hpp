#pragma once
// What the writing commands (member, log, review, revenue, expense) share on
// the command line: --as, --date, --commit, --dry-run, and showing the outcome.
#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>

#include "globals.hpp"
#include "model/date.hpp"
#include "write/write_change.hpp"

namespace coop::cli {

struct WriteFlags {
    std::string as;
    std::string date;
    bool commit = false;
    bool dry_run = false;

    WriteOptions options() const { return {dry_run, commit}; }
};

// --commit and --dry-run; --as and --date when asked for (`date_what` names
// what the date is of).
void add_write_flags(CLI::App* cmd, WriteFlags& flags, bool with_as, bool with_date,
                     const char* date_what = "The entry's date");

// "Me": --as, else COOP_MEMBER, else git's user.email.
std::string who_am_i(const std::filesystem::path& root, const WriteFlags& flags);

// --date (today when not given).
Date date_flag(const WriteFlags& flags);
// --date of an entry that cannot be dated after today (`what` names it).
Date past_date_flag(const WriteFlags& flags, std::string_view what);

// Shows the outcome: the problems (as `coop validate` does, with the lines of
// the file as it would be), what --dry-run would write, the result and the
// commit. Sets the exit status to 1 when the change was refused.
void show_outcome(Globals& g, const Outcome& outcome);

} // namespace coop::cli
