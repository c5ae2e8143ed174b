// Proposals and stances (SPEC section 6) against the rest of the ledger.
#include <algorithm>

#include <fmt/format.h>

#include "governance/change.hpp"
#include "governance/count.hpp"
#include "read/fields.hpp"
#include "read/file_readers.hpp"
#include "read/ledger_reader.hpp"
#include "validate/ledger_rules.hpp"
#include "validate/membership.hpp"

namespace coop {

namespace {

std::optional<std::string> load(const Ledger& l, const std::string& rel) {
    std::string text;
    if (!l.source || l.source->load(rel, text) != 0) return std::nullopt;
    return text;
}

// What the policy reader says of coop.yaml's text, messages only: a setting
// is answerable for the messages it adds.
std::vector<std::string> policy_problems(const std::string& text) {
    Diagnostics diags;
    Policy p;
    YamlCursor c(text, "coop.yaml", diags);
    if (c.begin_document()) {
        read_policy_file(c, p, diags);
        c.end_document();
    }
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items())
        if (d.severity == Severity::error) out.push_back(d.message);
    std::sort(out.begin(), out.end());
    return out;
}

// The settings are made one after the other, as coop enact makes them: a
// problem is the setting's that brings it, when it is still there once every
// setting is made (network.circles.lyon.repo alone lacks the upstream that
// the next setting gives it).
void check_settings(const Ledger& l, const Proposal& p, const std::string& coop_text,
                    Diagnostics& d) {
    const std::string& path = std::string(l.path(p.file));
    const auto before = policy_problems(coop_text);
    std::vector<std::optional<std::string>> texts; // after each setting, cumulated
    std::string current = coop_text;
    for (const PolicySetting& s : p.settings) {
        std::string error;
        auto text = apply_setting(s, current, error);
        if (!text) {
            d.error(path, s.key_pos.line, s.key_pos.column,
                    fmt::format("'{}' cannot be set in coop.yaml: {}", s.key, error));
            texts.emplace_back();
            continue;
        }
        current = *text;
        texts.push_back(std::move(text));
    }
    const auto in_the_end = policy_problems(current);
    std::vector<std::string> previous = before;
    for (std::size_t k = 0; k < p.settings.size(); ++k) {
        if (!texts[k]) continue;
        const PolicySetting& s = p.settings[k];
        const auto after = policy_problems(*texts[k]);
        std::vector<std::string> added, kept;
        std::set_difference(after.begin(), after.end(), previous.begin(), previous.end(),
                            std::back_inserter(added));
        std::set_intersection(added.begin(), added.end(), in_the_end.begin(), in_the_end.end(),
                              std::back_inserter(kept));
        for (const std::string& m : kept) {
            const Pos at = m.starts_with("unknown key") ? s.key_pos : s.value_pos;
            d.error(path, at.line, at.column, fmt::format("{}: {}", s.key, m));
        }
        previous = after;
    }
}

// "from 2026-09-02 to 2026-12-01": the days whose work makes a voter.
std::string window_text(const Proposal& p, int days) {
    const Date from = civil_from_days(days_from_civil(p.date) - days);
    return fmt::format("from {} to {}", format_date(from), format_date(p.date));
}

} // namespace

void proposals_valid(const Ledger& l, const Activity& activity, Diagnostics& d) {
    const auto coop_text = load(l, "coop.yaml");
    for (const Proposal& p : l.proposals) {
        const std::string path(l.path(p.file));
        if (auto problem = membership_problem(l, p.proposer, p.date, "proposer"))
            d.error(path, p.proposer_pos.line, p.proposer_pos.column, *problem);
        if (!p.change_ok) continue;
        if (p.kind == ChangeKind::roles || p.kind == ChangeKind::remove) {
            const Member* m = l.find_member(p.member);
            if (!m) {
                d.error(path, p.member_pos.line, p.member_pos.column,
                        fmt::format("unknown member '{}' (there is no members/{}.yaml)", p.member,
                                    p.member));
                continue;
            }
            if (p.kind == ChangeKind::remove && p.left < m->joined)
                d.error(path, p.left_pos.line, p.left_pos.column,
                        fmt::format("'left' {} is before {} joined ({})", format_date(p.left),
                                    p.member, format_date(m->joined)));
        }
        if (p.kind != ChangeKind::waive && change_in_effect(l, p)) continue;
        if (p.kind == ChangeKind::policy && coop_text) check_settings(l, p, *coop_text, d);
        const std::string_view removed = p.kind == ChangeKind::remove ? p.member : "";
        const int window = l.policy.governance.active_window_days;
        if (voters_on(l, activity, p.date, window, removed).empty())
            d.warning(path, p.date_pos.line, p.date_pos.column,
                      fmt::format("{} can never pass: no member {}was active on {} (a "
                                  "contribution or review {}), and a proposal needs the consent "
                                  "of at least one voter",
                                  p.id, removed.empty() ? "" : fmt::format("besides {} ", removed),
                                  format_date(p.date), window_text(p, window)));
    }
}

void stances_valid(const Ledger& l, const Activity& activity, Diagnostics& d) {
    const int window = l.policy.governance.active_window_days;
    for (const Stance& s : l.stances) {
        const std::string path(l.path(s.file));
        const Proposal* p = l.find_proposal(s.proposal);
        if (!p) {
            d.error(path, s.proposal_pos.line, s.proposal_pos.column,
                    fmt::format("unknown proposal '{}' (there is no {})", s.proposal,
                                proposal_path(s.proposal).value_or("such file")));
            continue;
        }
        if (p->kind == ChangeKind::remove && p->member == s.member) {
            d.error(path, s.pos.line, s.pos.column,
                    fmt::format("{} cannot take a stance on {}, which removes {}: the member a "
                                "removal names is not one of its voters",
                                s.member, p->id, s.member));
            continue;
        }
        if (s.date < p->date) {
            d.error(path, s.date_pos.line, s.date_pos.column,
                    fmt::format("date {} is before the proposal {} ({}); a stance is dated on or "
                                "after its proposal",
                                format_date(s.date), p->id, format_date(p->date)));
            continue;
        }
        const auto voters = voters_on(l, activity, p->date, window);
        if (std::binary_search(voters.begin(), voters.end(), s.member)) continue;
        if (!l.find_member(s.member)) continue; // files_owned_by_members says so
        const auto why = membership_problem(l, s.member, p->date, "member");
        d.error(path, s.pos.line, s.pos.column,
                fmt::format("{} is not a voter of {}: {}", s.member, p->id,
                            why ? *why
                                : fmt::format("{} has no contribution or review {}", s.member,
                                              window_text(*p, window))));
    }
}

} // namespace coop
