#pragma once
// The in-memory ledger: everything read from a coop repository. Text fields are
// views into the ledger's string pools; every entry remembers where it was written.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/money.hpp"
#include "model/policy.hpp"
#include "util/string_pool.hpp"

namespace coop {

// A place in a file: 1-based line and column.
struct Pos {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

using FileId = std::uint32_t;

struct Member {
    FileId file = 0;
    std::string_view handle;
    std::string_view name;
    std::vector<std::string_view> emails;
    Date joined;
    std::optional<Date> left; // out from the day after
    bool treasurer = false;
    bool steward = false;
    std::vector<std::string_view> keys;
    std::vector<Pos> email_pos; // parallel to emails
    Pos handle_pos, joined_pos, left_pos;

    // Joined on or before d, and not left before d.
    bool active_on(Date d) const { return joined <= d && (!left || d <= *left); }
};

struct Contribution {
    FileId file = 0;
    std::string_view id;
    std::string_view member; // the file's owner
    Date date;
    std::int32_t minutes = 0;
    std::string_view kind;
    std::string_view project; // empty: no project
    std::string_view summary;
    std::vector<std::string_view> refs;
    Pos pos, id_pos, date_pos, time_pos, kind_pos, project_pos;
};

struct Review {
    FileId file = 0;
    std::string_view reviewer; // the file's owner
    std::string_view contribution;
    Date date;
    int score = 0;
    std::string_view comment;
    Pos pos, contribution_pos, date_pos, score_pos;
};

enum class RevenueType { income, expense };

struct RevenueEntry {
    FileId file = 0;
    std::string_view id;
    Date date;
    RevenueType type = RevenueType::income;
    Money amount;
    std::string_view party;
    std::string_view project;   // empty: the general pool
    std::string_view connector; // empty: none
    std::string_view memo;
    Pos pos, id_pos, date_pos, type_pos, amount_pos, project_pos, connector_pos;
};

// A contribution or review file and the member it belongs to.
struct OwnedFile {
    FileId file = 0;
    std::string_view owner;
    Pos owner_pos; // the value of `member:` or `reviewer:`
};

struct Ledger {
    Policy policy;
    std::vector<std::string> files;          // FileId -> path relative to the root
    std::vector<Member> members;             // sorted by handle
    std::vector<Contribution> contributions; // file order, then entry order
    std::vector<Review> reviews;
    std::vector<RevenueEntry> revenue;
    std::vector<StringPool> pools;        // owns the text the entries view
    std::vector<OwnedFile> owned_files;   // contribution and review files
    std::vector<FileId> incomplete_files; // cut short by a syntax error: sorted
    // Parts of coop.yaml that had errors: the rules that need them are skipped
    // rather than drowning the real problem in its consequences.
    bool kinds_ok = true;
    bool rules_ok = true;

    const std::string& path(FileId f) const { return files[f]; }
    bool complete(FileId f) const; // false: a syntax error hid part of the file
    const Member* find_member(std::string_view handle) const;
};

} // namespace coop
