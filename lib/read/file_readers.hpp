#pragma once
// One reader per kind of ledger file. Each reads one file's events into a
// FileResult of its own, so files can be read in parallel and merged in path
// order afterwards.
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/layout.hpp"
#include "model/ledger.hpp"
#include "read/yaml_cursor.hpp"

namespace coop {

struct FileContext {
    FileId id = 0;
    const std::string& path;
    const LedgerPath& where;
    const Policy& policy;
};

struct FileResult {
    Diagnostics diags;
    StringPool pool;
    std::vector<Member> members;
    std::vector<ParsedContribution> contributions;
    std::vector<ParsedReview> reviews;
    std::vector<RevenueEntry> revenue;
    std::vector<Proposal> proposals;
    std::vector<Stance> stances;
    bool complete = true; // false: a syntax error stopped the reading part-way
    Pos owner_pos{1, 1};  // contribution, review and stance files: the `member:`/`reviewer:` value
};

// The file `f` of `ledger` read again, from the ledger's source: its entries
// whole, with every field and its place. Empty when the file is gone.
FileResult reread_file(const Ledger& ledger, FileId f);

// What of coop.yaml could be read without errors.
struct PolicyHealth {
    bool read = false; // false: coop.yaml is empty or unreadable
    bool kinds_ok = true;
    bool rules_ok = true;
    bool projects_ok = true; // coop: 2's projects: map
};

// coop.yaml: fills `policy`; reports what is wrong with it.
PolicyHealth read_policy_file(YamlCursor& c, Policy& policy, Diagnostics& diags);
void read_governance(YamlCursor& c, Governance& governance); // coop.yaml `governance:`
// coop.yaml `monitor:`, the thresholds of SPEC 7 (read_monitor_policy.cpp).
void read_monitor_policy(YamlCursor& c, MonitorPolicy& monitor);
class PolicySectionReader;
// coop.yaml `network:`, SPEC 8 (read_network.cpp): a circle's rate is read
// through `sections` into the distribution.
void read_network(YamlCursor& c, PolicySectionReader& sections, Policy& policy);
void read_member_file(YamlCursor& c, const FileContext& ctx, FileResult& out);
void read_contribution_file(YamlCursor& c, const FileContext& ctx, FileResult& out);
void read_review_file(YamlCursor& c, const FileContext& ctx, FileResult& out);
void read_revenue_file(YamlCursor& c, const FileContext& ctx, FileResult& out);
void read_proposal_file(YamlCursor& c, const FileContext& ctx, FileResult& out);
void read_stance_file(YamlCursor& c, const FileContext& ctx, FileResult& out);

// "the entry's date 2026-10-31 is not in 2026-11; ..." when a dated entry sits
// in another month's file. Returns whether it fits.
bool check_entry_month(YamlCursor& c, const FileContext& ctx, Date date, Pos pos,
                       const std::string& right_path);

// The owner's key of a contribution, review or revenue file (`member:`,
// `reviewer:`, `treasurer:`): its place in `out`, and an error when it is not
// the file's name; `rule` says why it must be.
void read_file_owner(YamlCursor& c, const FileContext& ctx, FileResult& out, std::string_view key,
                     std::string_view rule);

} // namespace coop
