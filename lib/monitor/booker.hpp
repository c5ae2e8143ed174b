#pragma once
// Who booked a revenue entry: the treasurer whose own file holds it (the v2
// layout), else the member whose e-mail authored the commit that added it.
#include <string>

#include "audit/entry_commits.hpp"
#include "model/ledger.hpp"

namespace coop::monitor {

enum class BookedFrom { unknown, file, commit };

struct Booker {
    std::string handle; // empty: unknown
    BookedFrom from = BookedFrom::unknown;
};

Booker booker_of(const Ledger& ledger, const RevenueEntry& entry,
                 const audit::EntryCommits& commits);

// The member whose emails hold `email`, or "".
std::string member_by_email(const Ledger& ledger, std::string_view email);

} // namespace coop::monitor
