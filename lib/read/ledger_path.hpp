#pragma once
// Where a file sits in the ledger decides what it is and whose it is.
#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace coop {

enum class FileKind { policy, member, contributions, reviews, revenue, statement, unexpected };

struct LedgerPath {
    FileKind kind = FileKind::unexpected;
    std::string handle; // members/, contributions/, reviews/: the owner
    int year = 0;       // contributions/, reviews/, revenue/
    int month = 0;
    std::string expected; // unexpected: the form a file there must have
};

// `rel` is relative to the ledger root, '/'-separated. Files outside the
// ledger's folders are not the ledger's business and are not passed here.
LedgerPath classify_path(std::string_view rel);

// "payouts/2026-11.yaml" -> 2026-11; nothing for another name.
std::optional<Period> statement_period(std::string_view rel);

// The folders the reader walks.
inline constexpr std::string_view ledger_folders[] = {"members", "contributions", "reviews",
                                                      "revenue", "payouts"};

} // namespace coop
