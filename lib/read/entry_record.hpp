#pragma once
// A ledger entry as named text fields, to compare two versions of it: what
// `coop audit` lists as edits, what `coop history` shows, and what the
// closed-period rule compares with the ledger at the closing commit.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/policy.hpp"

namespace coop {

enum class EntryKind { contribution, review, revenue };

struct EntryRecord {
    EntryKind kind = EntryKind::contribution;
    // Contributions and revenue: their id. Reviews, which have none:
    // review:<contribution id>:<reviewer>.
    std::string key;
    Date date;
    // The date that decides the entry's period: its own, or for a review the
    // date of the contribution it reviews (from that id; its own when the id
    // has no date).
    Date period_date;
    std::vector<std::pair<std::string, std::string>> fields; // in the file format's order
};

// review:<contribution>:<reviewer>
std::string review_key(std::string_view contribution, std::string_view reviewer);

// The date in a contribution id <handle>-<yyyymmdd>-<xxxx>, if it has one.
std::optional<Date> date_of_contribution_id(std::string_view id);

EntryRecord record_of(const ParsedContribution& c);
EntryRecord record_of(const ParsedReview& r);
EntryRecord record_of(const RevenueEntry& e, int minor_digits);

// The entries of one contribution, review or revenue file's text (`rel` is
// its ledger path), read with the per-file readers; what is wrong in it is
// `coop validate`'s business and is ignored here. Other files give nothing.
std::vector<EntryRecord> read_entry_records(std::string_view text, const std::string& rel,
                                            const Policy& policy);

// Whether `rel` is a contribution, review or revenue file.
bool holds_entries(std::string_view rel);

} // namespace coop
