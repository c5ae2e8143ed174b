#include "governance/count.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace coop {

std::string_view uncounted_reason(Uncounted u) {
    switch (u) {
    case Uncounted::superseded:
        return "a later stance counts";
    case Uncounted::not_a_voter:
        return "not a voter";
    case Uncounted::removed:
        return "the member this proposal removes";
    case Uncounted::before_date:
        return "dated before the proposal";
    case Uncounted::after_count:
        return "dated after the count";
    case Uncounted::stale:
        return "the proposal changed after this stance";
    }
    return "";
}

std::vector<std::string_view> voters_on(const Ledger& l, const Activity& activity, Date date,
                                        int active_window_days, std::string_view removed) {
    const Date from = civil_from_days(days_from_civil(date) - active_window_days);
    std::vector<std::string_view> out;
    for (const Member& m : l.members) // sorted by handle
        if (m.handle != removed && m.active_on(date) && activity.active(m.handle, from, date))
            out.push_back(m.handle);
    return out;
}

ProposalCount count_proposal(const Ledger& l, const Activity& activity, const Proposal& p,
                             const Governance& rules, Date on, const StaleStances& stale) {
    ProposalCount c;
    c.proposal = &p;
    c.rules = rules;
    c.on = on;
    const std::string_view removed = p.kind == ChangeKind::remove ? p.member : std::string_view{};
    c.voters = voters_on(l, activity, p.date, rules.active_window_days, removed);
    const auto is_voter = [&](std::string_view m) {
        return std::binary_search(c.voters.begin(), c.voters.end(), m);
    };

    // Each voter's latest stance; on a tie of dates the later one written wins,
    // and any stance written wins over the consent implied by proposing.
    std::vector<CountedStance> latest;
    const auto find_latest = [&](std::string_view m) {
        return std::find_if(latest.begin(), latest.end(),
                            [&](const CountedStance& s) { return s.member == m; });
    };
    if (is_voter(p.proposer))
        latest.push_back({p.proposer, StanceKind::consent, p.date, {}, true, nullptr});
    for (std::size_t i = 0; i < l.stances.size(); ++i) {
        const Stance& s = l.stances[i];
        if (s.proposal != p.id) continue;
        std::optional<Uncounted> why;
        if (!removed.empty() && s.member == removed)
            why = Uncounted::removed;
        else if (!is_voter(s.member))
            why = Uncounted::not_a_voter;
        else if (s.date < p.date)
            why = Uncounted::before_date;
        else if (s.date > on)
            why = Uncounted::after_count;
        else if (i < stale.size() && stale[i])
            why = Uncounted::stale;
        if (why) {
            c.set_aside.push_back({&s, *why});
            continue;
        }
        const CountedStance mine{s.member, s.stance, s.date, s.reason, false, &s};
        const auto it = find_latest(s.member);
        if (it == latest.end()) {
            latest.push_back(mine);
        } else if (it->date <= s.date) {
            if (it->source) c.set_aside.push_back({it->source, Uncounted::superseded});
            *it = mine;
        } else {
            c.set_aside.push_back({&s, Uncounted::superseded});
        }
    }
    std::sort(latest.begin(), latest.end(),
              [](const CountedStance& a, const CountedStance& b) { return a.member < b.member; });
    std::sort(c.set_aside.begin(), c.set_aside.end(),
              [](const SetAside& a, const SetAside& b) { return a.stance < b.stance; });
    c.counted = std::move(latest);

    for (const CountedStance& s : c.counted)
        switch (s.stance) {
        case StanceKind::consent:
            ++c.consents;
            break;
        case StanceKind::object:
            ++c.objections;
            break;
        case StanceKind::abstain:
            ++c.abstentions;
            break;
        }
    const auto voters = static_cast<std::int64_t>(c.voters.size());
    c.silent = static_cast<int>(voters) - static_cast<int>(c.counted.size());
    // Rounded up, and never none: a proposal nobody consents to does not pass.
    c.quorum_needed = static_cast<int>(std::max<std::int64_t>(
        1, (rules.quorum.num * voters + rules.quorum.den - 1) / rules.quorum.den));
    c.days_open = static_cast<int>(days_from_civil(on) - days_from_civil(p.date));
    c.open_long_enough = c.days_open >= rules.min_open_days || (voters > 0 && c.consents == voters);
    c.quorum_met = c.consents >= c.quorum_needed;
    c.threshold_met = std::int64_t{c.consents} * rules.threshold.den >=
                      rules.threshold.num * (std::int64_t{c.consents} + c.objections);
    c.passed = c.open_long_enough && c.quorum_met && c.threshold_met;
    return c;
}

std::string share_text(const Share& s) {
    // A percentage when one with at most four decimals is exact: 1/2 is 50%, 67/200 is 33.5%.
    std::int64_t scale = 100;
    for (int places = 0; places <= 4; ++places, scale *= 10) {
        if (scale % s.den) continue;
        const std::int64_t v = s.num * (scale / s.den);
        const std::int64_t unit = scale / 100;
        if (places == 0) return fmt::format("{}%", v);
        std::string frac = fmt::format("{:0{}}", v % unit, places);
        while (frac.back() == '0')
            frac.pop_back();
        return fmt::format("{}.{}%", v / unit, frac);
    }
    return fmt::format("{}/{}", s.num, s.den);
}

std::vector<std::string> shortfalls(const ProposalCount& c) {
    std::vector<std::string> out;
    const auto voters = c.voters.size();
    if (!c.open_long_enough)
        out.push_back(fmt::format("it has been open {} of the {} days it needs (or every voter's "
                                  "consent: {} of {})",
                                  c.days_open, c.rules.min_open_days, c.consents, voters));
    if (!c.quorum_met)
        out.push_back(fmt::format("{} of {} voters consented, the quorum is {} ({} of {}, "
                                  "rounded up, at least 1)",
                                  c.consents, voters, c.quorum_needed, share_text(c.rules.quorum),
                                  voters));
    if (!c.threshold_met)
        out.push_back(fmt::format("{} consents and {} objections: consents are below {} of {}",
                                  c.consents, c.objections, share_text(c.rules.threshold),
                                  c.consents + c.objections));
    return out;
}

} // namespace coop
