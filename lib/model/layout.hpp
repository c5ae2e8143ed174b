#pragma once
// The ledger's layout (SPEC §1): where each kind of file lives and what its
// path says (kind, owner, month); the grammar of handles and entry ids; the
// limits every reader and writer shares. The one place these are spelled.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace coop {

inline constexpr std::int32_t minutes_per_day = 24 * 60;

enum class FileKind {
    policy,
    member,
    contributions,
    reviews,
    revenue,
    statement,
    payments,
    proposal,
    stances,
    unexpected
};

struct LedgerPath {
    FileKind kind = FileKind::unexpected;
    // The owner: members/, contributions/, reviews/, stances/ and
    // revenue/YYYY/MM/<handle>.yaml. Empty for the v1 revenue/YYYY/MM.yaml, which has none.
    std::string handle;
    std::string id; // proposals/: the proposal's id
    int year = 0;   // contributions/, reviews/, revenue/, stances/, proposals/
    int month = 0;
    std::string expected; // unexpected: the form a file there must have
};

// `rel` is relative to the ledger root, '/'-separated. Files outside the
// ledger's folders are not the ledger's business and are not passed here.
LedgerPath classify_path(std::string_view rel);

// The folders the reader walks.
inline constexpr std::string_view ledger_folders[] = {"members",   "contributions", "reviews",
                                                      "revenue",   "payouts",       "payments",
                                                      "proposals", "stances"};

// The words handles may not start with: ids of other entries start with them,
// and an id must say what it names.
inline constexpr std::string_view reserved_handle_prefixes[] = {"rev", "prop", "circle"};

// ^[a-z][a-z0-9-]{0,31}$: safe as a file name, whatever else is wrong with it.
bool is_handle_form(std::string_view s);
// A handle of SPEC §1: the form, and no reserved prefix.
bool is_handle(std::string_view s);
// What is wrong with `s` as a handle, in words that say what to write instead
// ("'Bob' is not a valid handle (...)"); nothing for a good one.
std::optional<std::string> handle_problem(std::string_view s);

std::string member_path(std::string_view handle);
std::string contributions_path(std::string_view handle, Date d);
std::string reviews_path(std::string_view handle, Date d);
std::string revenue_path(std::string_view treasurer, Date d); // revenue/YYYY/MM/<treasurer>.yaml
std::string revenue_v1_path(Date d);                          // revenue/YYYY/MM.yaml
std::string month_folder(std::string_view top, Date d);       // <top>/YYYY/MM
std::string statement_path(std::string_view period);          // payouts/<period>.yaml
std::string payments_path(std::string_view period);           // payments/<period>.yaml
std::string stances_path(std::string_view handle, Date d);    // stances/YYYY/MM/<handle>.yaml
// proposals/<YYYY>/<id>.yaml, the year the id's; nothing for a malformed id.
std::optional<std::string> proposal_path(std::string_view id);
// "payouts/2026-11.yaml" -> 2026-11; nothing for another name.
std::optional<Period> statement_period(std::string_view rel);
// "payments/2026-11.yaml" -> 2026-11; nothing for another name.
std::optional<Period> payments_period(std::string_view rel);
// "YYYY/MM" of a date, as the folders spell it.
std::string year_month(Date d);

// Contribution ids: <handle>-<yyyymmdd>-<4 of [a-z2-7]>.
inline constexpr std::string_view id_alphabet = "abcdefghijklmnopqrstuvwxyz234567";
inline constexpr std::size_t id_suffix_length = 4;
std::string contribution_id_prefix(std::string_view handle, Date d); // "<handle>-<yyyymmdd>-"
bool is_contribution_id(std::string_view id, std::string_view handle, Date d);

// The handle and date a contribution id names, or nothing when it has not the form.
struct ContributionIdParts {
    std::string handle;
    Date date;
};
std::optional<ContributionIdParts> parse_contribution_id(std::string_view id);

// Revenue ids: rev-<yyyymmdd>-<1 to 16 of [a-z0-9-]>.
inline constexpr std::size_t revenue_suffix_max = 16;
std::string revenue_id_prefix(Date d); // "rev-<yyyymmdd>-"
bool is_revenue_id_suffix_char(char ch);
bool is_revenue_id(std::string_view id, Date d);
// The date a revenue id names, or nothing when it has not the form.
std::optional<Date> parse_revenue_id(std::string_view id);

// Proposal ids: prop-<yyyymmdd>-<1 to 24 of [a-z0-9-]>, the date a real day.
inline constexpr std::string_view proposal_id_prefix = "prop-";
inline constexpr std::size_t proposal_name_max = 24;
bool is_proposal_id(std::string_view id);
// The date a proposal id names, or nothing when it has not the form.
std::optional<Date> parse_proposal_id(std::string_view id);

} // namespace coop
