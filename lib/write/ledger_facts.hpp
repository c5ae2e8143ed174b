#pragma once
// Small questions a writing command asks of the ledger before it writes.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/policy.hpp"

namespace coop {

// coop.yaml's policy (defaults where it has errors; `coop validate` reports them).
Policy read_policy(const std::filesystem::path& root);

// payouts/<period>.yaml of a closed period that contains `d` (the month's or
// the quarter's statement), or nothing.
std::optional<std::string> closed_statement(const std::filesystem::path& root, Date d);

// Throws Error(ledger) when `d` is in a closed period: `what` names the entry.
void refuse_closed(const std::filesystem::path& root, Date d, std::string_view what);

// The months of <top>/YYYY/MM folders (contributions, reviews, revenue) and
// of v1 revenue/YYYY/MM.yaml files from month `from` on, as their first days, in order.
std::vector<Date> months_from(const std::filesystem::path& root, std::string_view top, Date from);

// Every revenue file of the month of `d`: the v1 revenue/YYYY/MM.yaml and
// each treasurer's revenue/YYYY/MM/<handle>.yaml, those that exist, sorted.
std::vector<std::string> revenue_files(const std::filesystem::path& root, Date d);

// The contribution and review files of the months from `from` to `to` that
// make a member active (SPEC section 6): those of `handle`, or of everyone.
std::vector<std::string> activity_files(const std::filesystem::path& root, Date from, Date to,
                                        std::string_view handle = {});

// Every members/<handle>.yaml, sorted.
std::vector<std::string> member_files(const std::filesystem::path& root);

// Throws Error(usage) when a text given on the command line is not UTF-8.
void require_utf8(std::string_view text, std::string_view what);

} // namespace coop
