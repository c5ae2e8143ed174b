#pragma once
// SPEC 8, the global network's side: its circles' ledgers fetched into its
// own repository, their statements verified with coop's own code, their
// upstream booked as income and the booked entries checked against them.
// Each circle's tags coop/<period> are kept as refs/coop/circles/<name>/<period>.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "git/handles.hpp"
#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "write/write_change.hpp"

namespace coop::network {

// "refs/coop/circles/lyon/"
std::string circle_ref_prefix(std::string_view circle);

// An upstream rate (a share in the policy's fixed-point units) as coop.yaml writes it: "10%".
std::string upstream_rate_text(std::int64_t rate);

// The tags of a circle fetched so far: period ("2026-11") -> the commit its
// ref names (the tag peeled), 40 hex digits. A ref that names no commit is
// left out.
std::map<std::string, std::string> fetched_tags(git_repository* repo, std::string_view circle);

// Where git fetches a circle from: a URL as written, a relative path from the
// ledger's root.
std::string fetch_url(const std::filesystem::path& ledger_root, const std::string& repo);

// One tag of a circle, before and after a fetch: the commits it names (40 hex
// digits; empty: none).
struct TagUpdate {
    std::string period; // the tag's name after coop/: "2026-11"
    std::string before, after;
};

struct FetchResult {
    std::string circle;
    std::string url;
    std::string error;           // empty: fetched
    std::vector<TagUpdate> tags; // every tag the circle has, by name
};

// Fetches each circle's refs/tags/coop/* into refs/coop/circles/<name>/ (a
// moved tag is moved here too: verify tells it from what was booked). A
// circle that cannot be fetched has its error; the others are fetched all
// the same. `only`: these circles (each must be one of the policy's).
std::vector<FetchResult> fetch_circles(git_repository* repo,
                                       const std::filesystem::path& ledger_root,
                                       const Policy& policy,
                                       const std::vector<std::string>& only = {});

// A global ledger's entry that books a circle's statement (it has a source).
struct Booking {
    const RevenueEntry* entry = nullptr;
    std::optional<Period> period; // of the statement it books, when its blob was fetched
};

// One fetched statement of a circle, verified.
struct CircleStatement {
    Period period;
    std::string commit;                // what the tag names now, 40 hex digits
    std::string statement;             // the blob id of payouts/<period>.yaml at it; empty: none
    Money upstream;                    // its totals.upstream
    std::int64_t rate = 0;             // the upstream rate it records
    std::vector<std::string> problems; // why it does not verify; empty: it verifies
    std::vector<const RevenueEntry*> booked; // the entries that book this period
    bool verifies() const { return problems.empty(); }
};

struct CircleVerdict {
    const Circle* circle = nullptr;
    bool fetched = false;                    // refs/coop/circles/<name>/ has a tag
    std::vector<CircleStatement> statements; // by period
    std::vector<Booking> bookings;           // the global's entries with its source
};

// Every circle of `global`'s network (or `only` those), each fetched tag's
// statement recomputed at its commit with the circle's own ledger there: the
// ledger validates, the statement equals its recomputation, its policy has
// the agreed upstream rate, and a period already booked was booked from the
// commit the tag names now.
std::vector<CircleVerdict> verify_circles(git_repository* repo, const Ledger& global,
                                          const std::vector<std::string>& only = {});

// The statement of `period` in a verdict, or null.
const CircleStatement* statement_of(const CircleVerdict& v, const Period& period);

} // namespace coop::network

namespace coop::network {

// What `coop circle book` did for one circle.
struct BookResult {
    std::string circle;
    std::string id;      // the entry written; empty: none
    Money amount;        // its amount (the statement's upstream)
    std::string reason;  // why nothing was booked
    bool failed = false; // the statement does not verify, or the entry was refused
    std::string commit;  // with --commit
};

struct BookRequest {
    std::string me; // a treasurer of the global ledger
    Period period;
    Date date;                     // the entries' date: the day the upstream is booked
    std::vector<std::string> only; // these circles; empty: all
};

// One income entry per circle whose statement of `period` verifies and is
// not booked yet: amount = its upstream, circle, source {commit, statement}.
// Nothing is booked from a statement that does not verify.
std::vector<BookResult> book_circles(const std::filesystem::path& ledger_root, git_repository* repo,
                                     const Ledger& global, const BookRequest& request,
                                     const WriteOptions& options);

// One circle as `coop circle status` shows it.
struct CircleStatus {
    std::string circle;
    std::string repo;
    std::int64_t rate = 0;               // agreed
    std::optional<Period> last_closed;   // its latest fetched statement
    std::optional<Period> last_verified; // its latest statement that verifies
    Money booked;                        // the upstream booked in the global ledger
    Money pending;                       // of verified statements not booked yet
    std::size_t unverified = 0;          // fetched statements that do not verify
    bool fetched = false;
};

std::vector<CircleStatus> circle_status(git_repository* repo, const Ledger& global);

// SPEC 8 in `coop audit`: every entry of `global` with a source checked against
// the fetched circle: its commit is there, holds that statement blob, and the
// amount is the statement's upstream. One message per problem, naming the entry.
struct SourceProblem {
    const RevenueEntry* entry = nullptr;
    std::string message;
};
std::vector<SourceProblem> check_sources(git_repository* repo, const Ledger& global);

} // namespace coop::network
