#pragma once
// How coop audit and coop history show an entry's change, field by field.
#include <string>
#include <vector>

#include "audit/history.hpp"
#include "read/entry_diff.hpp"

namespace coop::cli {

// "time: 2h -> 3h" for a change; "time: 2h" for an added or removed entry;
// an empty value is "(none)".
std::vector<std::string> field_lines(const EntryChange& change);

// [{"field": ..., "before": ..., "after": ...}] (null for a side that is not set)
std::string fields_json(const EntryChange& change);

// coop history's text: each commit (author, date, signature), then its change
// field by field, indented; and its JSON array, oldest first.
std::string history_text(const std::vector<audit::HistoryEvent>& events, bool color);
std::string history_json(const std::vector<audit::HistoryEvent>& events);

} // namespace coop::cli
