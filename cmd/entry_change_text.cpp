#include "entry_change_text.hpp"

#include <fmt/format.h>

#include "util/json.hpp"

namespace coop::cli {

namespace {

std::string shown(const std::string& v) {
    return v.empty() ? "(none)" : v;
}

std::string json_or_null(const std::string& v) {
    return v.empty() ? "null" : json_string(v);
}

} // namespace

std::vector<std::string> field_lines(const EntryChange& change) {
    std::vector<std::string> out;
    for (const auto& f : change.fields) {
        if (change.op == EntryOp::changed)
            out.push_back(fmt::format("{}: {} -> {}", f.field, shown(f.before), shown(f.after)));
        else
            out.push_back(fmt::format("{}: {}", f.field,
                                      shown(change.op == EntryOp::removed ? f.before : f.after)));
    }
    return out;
}

std::string fields_json(const EntryChange& change) {
    std::string out = "[";
    for (const auto& f : change.fields)
        out += fmt::format("{}{{\"field\": {}, \"before\": {}, \"after\": {}}}",
                           out.size() > 1 ? ", " : "", json_string(f.field), json_or_null(f.before),
                           json_or_null(f.after));
    return out + "]";
}

} // namespace coop::cli
