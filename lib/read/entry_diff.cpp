#include "read/entry_diff.hpp"

#include <map>

namespace coop {

namespace {

std::vector<FieldChange> all_fields(const EntryRecord& r, bool removed) {
    std::vector<FieldChange> out;
    for (const auto& [name, value] : r.fields)
        if (!value.empty())
            out.push_back(removed ? FieldChange{name, value, {}} : FieldChange{name, {}, value});
    return out;
}

std::vector<FieldChange> changed_fields(const EntryRecord& a, const EntryRecord& b) {
    std::vector<FieldChange> out;
    std::map<std::string, std::string> before(a.fields.begin(), a.fields.end());
    for (const auto& [name, value] : b.fields) {
        const auto it = before.find(name);
        const std::string old = it == before.end() ? std::string() : it->second;
        if (old != value) out.push_back({name, old, value});
    }
    return out;
}

} // namespace

std::string_view op_name(EntryOp op) {
    switch (op) {
    case EntryOp::added:
        return "added";
    case EntryOp::changed:
        return "changed";
    case EntryOp::removed:
        return "removed";
    }
    return "changed";
}

std::vector<EntryChange> diff_entries(const std::vector<EntryRecord>& before,
                                      const std::vector<EntryRecord>& after) {
    std::map<std::string, std::vector<std::size_t>> by_key; // indexes into before, in order
    for (std::size_t i = 0; i < before.size(); ++i)
        by_key[before[i].key].push_back(i);
    std::vector<bool> matched(before.size(), false);
    std::map<std::string, std::size_t> used; // how many of a key were matched
    std::vector<EntryChange> out;
    for (const EntryRecord& b : after) {
        const auto it = by_key.find(b.key);
        std::size_t& n = used[b.key];
        if (it == by_key.end() || n >= it->second.size()) {
            out.push_back({EntryOp::added, b, {}, all_fields(b, false)});
            continue;
        }
        const std::size_t i = it->second[n++];
        matched[i] = true;
        auto fields = changed_fields(before[i], b);
        if (!fields.empty()) out.push_back({EntryOp::changed, b, before[i], std::move(fields)});
    }
    for (std::size_t i = 0; i < before.size(); ++i)
        if (!matched[i])
            out.push_back({EntryOp::removed, before[i], {}, all_fields(before[i], true)});
    return out;
}

} // namespace coop
