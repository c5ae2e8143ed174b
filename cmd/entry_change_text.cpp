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

std::string history_text(const std::vector<audit::HistoryEvent>& events, bool color) {
    std::string out;
    for (const auto& e : events) {
        const std::string commit = e.commit.substr(0, 7);
        out += fmt::format("{} {} {} <{}> (signature: {})\n",
                           color ? "\x1b[33m" + commit + "\x1b[0m" : commit, e.date, e.author_name,
                           e.author_email, e.signature);
        out += fmt::format("  {} {} in {}\n", op_name(e.change.op), e.change.entry.key, e.path);
        for (const auto& line : field_lines(e.change))
            out += "    " + line + "\n";
    }
    return out;
}

std::string history_json(const std::vector<audit::HistoryEvent>& events) {
    std::string out = "[";
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& e = events[i];
        out +=
            fmt::format("{}\n {{\"commit\": {}, \"author\": {}, \"email\": {}, \"date\": {}, "
                        "\"signature\": {}, \"path\": {}, \"entry\": {}, \"change\": {}, "
                        "\"fields\": {}}}",
                        i ? "," : "", json_string(e.commit), json_string(e.author_name),
                        json_string(e.author_email), json_string(e.date), json_string(e.signature),
                        json_string(e.path), json_string(e.change.entry.key),
                        json_string(op_name(e.change.op)), fields_json(e.change));
    }
    return out + (events.empty() ? "]\n" : "\n]\n");
}

} // namespace coop::cli
