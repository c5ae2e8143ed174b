#include "audit/reviewed_work.hpp"

#include <fmt/format.h>

#include "model/layout.hpp"

namespace coop::audit {

namespace {

bool reviewed_field(const std::string& f) {
    return f == "time" || f == "kind" || f == "project";
}

std::string value_text(const std::string& v) {
    return v.empty() ? "none" : v;
}

std::string names(const std::set<std::string>& s) {
    std::string out;
    std::size_t i = 0;
    for (const std::string& n : s) {
        out += (i ? i + 1 == s.size() ? " and " : ", " : "") + n;
        ++i;
    }
    return out;
}

} // namespace

void ReviewedWork::changed(const CommitView& c, const FileChange& f,
                           const std::function<const Ledger&()>& parent) {
    for (const EntryChange& e : f.entries) {
        if (e.op != EntryOp::changed || e.entry.kind != EntryKind::contribution) continue;
        std::string what;
        for (const FieldChange& fc : e.fields)
            if (reviewed_field(fc.field))
                what += fmt::format("{}{} from {} to {}", what.empty() ? "" : ", ", fc.field,
                                    value_text(fc.before), value_text(fc.after));
        if (what.empty()) continue;
        const Ledger& l = parent();
        std::set<std::string> reviewers;
        for (const Review& r : l.reviews)
            if (l.name(r.contribution) == e.entry.key) reviewers.emplace(l.name(r.reviewer));
        if (reviewers.empty()) continue;
        pending_.push_back({c.finding("O5", f.change.path, ""), e.entry.key, std::move(what),
                            std::move(reviewers)});
    }
}

void ReviewedWork::reviewed(const FileChange& f) {
    const LedgerPath where = classify_path(f.change.path);
    for (const EntryChange& e : f.entries) {
        if (e.op != EntryOp::changed || e.entry.kind != EntryKind::review) continue;
        for (Pending& p : pending_)
            if (e.entry.key == review_key(p.contribution, where.handle))
                p.waiting.erase(where.handle);
    }
}

std::vector<Finding> ReviewedWork::findings() const {
    std::vector<Finding> out;
    for (const Pending& p : pending_) {
        if (p.waiting.empty()) continue;
        Finding f = p.finding;
        f.message = fmt::format("{}'s {} after it was reviewed; not reviewed again by {} (a "
                                "reviewer replaces their review after the change)",
                                p.contribution, p.what, names(p.waiting));
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace coop::audit
