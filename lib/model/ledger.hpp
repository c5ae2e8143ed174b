#pragma once
// The in-memory ledger: everything read from a coop repository.
//
// Contributions and reviews are the bulk of a ledger (a thousand members log a
// million of them), so the ledger keeps them compact: what the rules and the
// payout need, with names as 4-byte symbols and no places. Where an entry was
// written is found again, when a message needs it, by reading its file again
// (see read/entry_places.hpp): errors are rare, entries are not. The readers'
// full view of an entry, every field and its place, is ParsedContribution and
// ParsedReview. Members and revenue entries are few and kept whole.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/money.hpp"
#include "model/policy.hpp"
#include "model/pos.hpp"
#include "model/proposal.hpp"
#include "util/string_pool.hpp"
#include "util/symbol_table.hpp"
#include "util/text_list.hpp"

namespace coop {

class FileSource;

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

// A contribution as its file has it: every field and where it was written.
struct ParsedContribution {
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

// A review as its file has it.
struct ParsedReview {
    std::string_view reviewer; // the file's owner
    std::string_view contribution;
    Date date;
    int score = 0;
    std::string_view comment;
    Pos pos, contribution_pos, date_pos, score_pos;
};

// A contribution in the ledger. Names are symbols of Ledger::names.
struct Contribution {
    FileId file = 0;
    Sym id = 0;
    Sym member = 0; // the file's owner
    Date date;
    std::int32_t minutes = 0;
    Sym kind = 0;
    Sym project = 0; // no_symbol (""): no project
};

inline constexpr std::uint32_t no_entry = ~std::uint32_t{0};

// A review in the ledger.
struct Review {
    FileId file = 0;
    Sym reviewer = 0;                // the file's owner
    Sym contribution = 0;            // the id as written; the contribution's own symbol when found
    std::uint32_t target = no_entry; // index in Ledger::contributions; no_entry: unknown id
    Date date;
    std::int32_t score = 0;
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
    // SPEC 8: money from or to a circle of the network; with a source, the
    // circle's closing commit and its statement's blob (40 hex digits each).
    std::string_view circle; // empty: none
    std::string_view source_commit;
    std::string_view source_statement;
    Pos pos, id_pos, date_pos, type_pos, amount_pos, project_pos, connector_pos, circle_pos,
        source_pos;
};

// A contribution, review, stance or (v2) revenue file and the member it belongs to.
struct OwnedFile {
    FileId file = 0;
    Sym owner = 0;
    Pos owner_pos; // the value of `member:`, `reviewer:` or `treasurer:`
};

struct Ledger {
    Policy policy;
    TextList files;                          // FileId -> path relative to the root
    std::vector<Member> members;             // sorted by handle
    std::vector<Contribution> contributions; // file order, then entry order
    std::vector<Review> reviews;             // file order, then entry order
    std::vector<RevenueEntry> revenue;
    std::vector<Proposal> proposals;      // by id
    std::vector<Stance> stances;          // file order, then entry order
    SymbolTable names;                    // the text of the entries' symbols
    std::vector<StringPool> pools;        // the text of members and revenue entries
    std::vector<OwnedFile> owned_files;   // contribution, review, stance and v2 revenue files
    std::vector<FileId> incomplete_files; // cut short by a syntax error: sorted
    // FileId -> the index of the file's first contribution or review in its
    // vector: an entry's place in its file is its index minus this.
    std::vector<std::uint32_t> first_entry;
    // Where the files were read from, to find an entry's place again.
    std::shared_ptr<const FileSource> source;
    // Parts of coop.yaml that had errors: the rules that need them are skipped
    // rather than drowning the real problem in its consequences.
    bool kinds_ok = true;
    bool rules_ok = true;
    bool projects_ok = true;

    std::string_view path(FileId f) const { return files[f]; }
    std::string_view name(Sym s) const { return names[s]; }
    bool complete(FileId f) const; // false: a syntax error hid part of the file
    const Member* find_member(std::string_view handle) const;
    const Member* find_member(Sym handle) const { return find_member(name(handle)); }
    const Proposal* find_proposal(std::string_view id) const;
    // The index of the contribution with this id, or no_entry (a linear search:
    // for the writing commands' few files).
    std::uint32_t find_contribution(std::string_view id) const;
};

} // namespace coop
