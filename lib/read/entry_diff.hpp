#pragma once
// What changed between two versions of a set of entries, field by field.
#include <string>
#include <vector>

#include "read/entry_record.hpp"

namespace coop {

enum class EntryOp { added, changed, removed };

std::string_view op_name(EntryOp op); // "added", "changed", "removed"

struct FieldChange {
    std::string field;
    std::string before; // empty: not set
    std::string after;
};

struct EntryChange {
    EntryOp op = EntryOp::added;
    EntryRecord entry;  // the version after (added, changed) or before (removed)
    EntryRecord before; // changed: the version before
    // changed: the fields that differ; added and removed: every field set.
    std::vector<FieldChange> fields;
};

// Entries are matched by key, the n-th of a key before with the n-th after.
// Added and changed entries come in the order of `after`, then removals in the
// order of `before`.
std::vector<EntryChange> diff_entries(const std::vector<EntryRecord>& before,
                                      const std::vector<EntryRecord>& after);

} // namespace coop
