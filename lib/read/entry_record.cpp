#include "read/entry_record.hpp"

#include <fmt/format.h>

#include "model/duration.hpp"
#include "model/layout.hpp"
#include "model/money.hpp"
#include "read/file_readers.hpp"
#include "read/yaml_cursor.hpp"

namespace coop {

namespace {

std::string joined(const std::vector<std::string_view>& items) {
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : ", ") + std::string(i);
    return out;
}

std::string_view type_name(RevenueType t) {
    return t == RevenueType::income ? "income" : "expense";
}

} // namespace

std::string review_key(std::string_view contribution, std::string_view reviewer) {
    return fmt::format("review:{}:{}", contribution, reviewer);
}

std::optional<Date> date_of_contribution_id(std::string_view id) {
    // <handle>-<yyyymmdd>-<xxxx>: the date is 13 to 6 characters from the end.
    if (id.size() < 15 || id[id.size() - 5] != '-' || id[id.size() - 14] != '-') return {};
    const std::string_view d = id.substr(id.size() - 13, 8);
    const std::string text = fmt::format("{}-{}-{}", d.substr(0, 4), d.substr(4, 2), d.substr(6));
    return parse_date(text);
}

EntryRecord record_of(const ParsedContribution& c) {
    EntryRecord r{EntryKind::contribution, std::string(c.id), c.date, c.date, {}};
    r.fields = {{"id", std::string(c.id)},
                {"date", format_date(c.date)},
                {"time", format_duration(c.minutes)},
                {"kind", std::string(c.kind)},
                {"project", std::string(c.project)},
                {"summary", std::string(c.summary)},
                {"refs", joined(c.refs)}};
    return r;
}

EntryRecord record_of(const ParsedReview& v) {
    const Date subject = date_of_contribution_id(v.contribution).value_or(v.date);
    EntryRecord r{EntryKind::review, review_key(v.contribution, v.reviewer), v.date, subject, {}};
    r.fields = {{"contribution", std::string(v.contribution)},
                {"reviewer", std::string(v.reviewer)},
                {"date", format_date(v.date)},
                {"score", std::to_string(v.score)},
                {"comment", std::string(v.comment)}};
    return r;
}

EntryRecord record_of(const RevenueEntry& e, int minor_digits) {
    EntryRecord r{EntryKind::revenue, std::string(e.id), e.date, e.date, {}};
    r.fields = {{"id", std::string(e.id)},
                {"date", format_date(e.date)},
                {"type", std::string(type_name(e.type))},
                {"amount", format_money(e.amount, minor_digits)},
                {"party", std::string(e.party)},
                {"project", std::string(e.project)},
                {"connector", std::string(e.connector)},
                {"memo", std::string(e.memo)}};
    return r;
}

bool holds_entries(std::string_view rel) {
    const FileKind k = classify_path(rel).kind;
    return k == FileKind::contributions || k == FileKind::reviews || k == FileKind::revenue;
}

std::vector<EntryRecord> read_entry_records(std::string_view text, const std::string& rel,
                                            const Policy& policy) {
    std::vector<EntryRecord> out;
    const LedgerPath where = classify_path(rel);
    if (where.kind != FileKind::contributions && where.kind != FileKind::reviews &&
        where.kind != FileKind::revenue)
        return out;
    FileResult result;
    const FileContext ctx{0, rel, where, policy};
    YamlCursor c(text, rel, result.diags);
    if (c.begin_document()) {
        if (where.kind == FileKind::contributions)
            read_contribution_file(c, ctx, result);
        else if (where.kind == FileKind::reviews)
            read_review_file(c, ctx, result);
        else
            read_revenue_file(c, ctx, result);
        c.end_document();
    }
    for (const auto& x : result.contributions)
        out.push_back(record_of(x));
    for (const auto& x : result.reviews)
        out.push_back(record_of(x));
    for (const auto& x : result.revenue)
        out.push_back(record_of(x, policy.minor_digits));
    return out;
}

} // namespace coop
