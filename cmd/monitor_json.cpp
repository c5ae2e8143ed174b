// coop monitor --format json: every statistic with its evidence (the shape is
// documented in man/coop-monitor.1). Figures are strings with 4 decimals,
// counts and minutes numbers, points exact decimals, amounts the currency's.
#include <fmt/format.h>

#include "model/policy.hpp"
#include "monitor_flags.hpp"
#include "monitor_output.hpp"
#include "monitor_sections.hpp"
#include "number_text.hpp"
#include "util/fixed_point.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

std::string q(std::string_view s) {
    return json_string(s);
}

std::string fig(const Rational& r) {
    return q(figure(r));
}

std::string fig(const std::optional<Rational>& r) {
    return r ? fig(*r) : "null";
}

std::string fixed(std::int64_t v, int places) {
    return fig(make_rational(v, pow10(places)));
}

template <typename T, typename F> std::string list(const std::vector<T>& items, F item) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + item(items[i]);
    return out + "]";
}

// One array of the report: one item a line.
template <typename T, typename F> std::string lines(const std::vector<T>& items, F item) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ",\n    " : "\n    ") + item(items[i]);
    return out + (items.empty() ? "]" : "\n  ]");
}

std::string thresholds(const MonitorPolicy& p, const Ledger& ledger) {
    return fmt::format(
        "{{\"reciprocity\": {{\"reviews\": {}, \"margin\": {}}}, \"bias\": {{\"difference\": {}, "
        "\"reviews\": {}}}, \"focus\": {{\"hhi\": {}, \"reviews\": {}}}, \"hours\": {}, "
        "\"max-time-per-day\": {}, \"backdating\": {}, \"self-dealing\": {}, \"gini\": {}}}",
        p.reciprocity_reviews, fixed(p.reciprocity_margin, monitor_places),
        fixed(p.bias_difference, monitor_places), p.bias_reviews,
        fixed(p.focus_hhi, monitor_places), p.focus_reviews, fixed(p.hours_mads, monitor_places),
        ledger.policy.max_minutes_per_day, p.backdating_days,
        fixed(p.self_dealing_share, rate_places), p.gini ? fixed(*p.gini, monitor_places) : "null");
}

std::string given_json(const Ledger& ledger, const monitor::GivenScores& g) {
    return fmt::format(
        "{{\"reviewer\": {}, \"contributor\": {}, \"reviews\": {}, \"median\": {}, \"others\": "
        "{}, \"others-median\": {}, \"margin\": {}}}",
        q(g.reviewer), q(g.contributor),
        list(g.reviews,
             [&](const Review* r) {
                 return fmt::format("{{\"contribution\": {}, \"score\": {}}}",
                                    q(ledger.name(ledger.contributions[r->target].id)), r->score);
             }),
        fig(g.median), g.others, fig(g.others_median), fig(g.margin));
}

std::string bias_json(const Ledger& ledger, const monitor::ReviewerBias& b) {
    return fmt::format(
        "{{\"reviewer\": {}, \"compared\": {}, \"d\": {}, \"flagged\": {}, \"reviews\": {}}}",
        q(b.reviewer), b.compared.size(), fig(b.d), b.flagged,
        list(b.compared, [&](const monitor::ComparedReview& c) {
            return fmt::format("{{\"contribution\": {}, \"contributor\": {}, \"score\": {}, "
                               "\"others\": {}, \"others-median\": {}, \"difference\": {}}}",
                               q(ledger.name(c.contribution->id)),
                               q(ledger.name(c.contribution->member)), c.review->score,
                               list(c.others, [](int s) { return std::to_string(s); }),
                               fig(c.others_median), fig(c.difference));
        }));
}

std::string focus_json(const monitor::ReviewerFocus& f) {
    return fmt::format(
        "{{\"reviewer\": {}, \"reviews\": {}, \"hhi\": {}, \"flagged\": {}, \"contributors\": "
        "{}}}",
        q(f.reviewer), f.reviews, fig(f.hhi), f.flagged,
        list(f.targets, [](const monitor::FocusTarget& t) {
            return fmt::format("{{\"member\": {}, \"reviews\": {}}}", q(t.contributor), t.reviews);
        }));
}

std::string contribution_ref(const Ledger& ledger, const Contribution* c) {
    return fmt::format("{{\"contribution\": {}, \"member\": {}, \"date\": {}, \"minutes\": {}}}",
                       q(ledger.name(c->id)), q(ledger.name(c->member)), q(format_date(c->date)),
                       c->minutes);
}

std::string hours_json(const Ledger& ledger, const monitor::Hours& h) {
    const std::string kinds = lines(h.kinds, [&](const monitor::KindSpread& k) {
        return fmt::format(
            "{{\"kind\": {}, \"contributions\": {}, \"median\": {}, \"mad\": {}, \"limit\": {}, "
            "\"long\": {}}}",
            q(k.kind), k.contributions, fig(k.median), fig(k.mad), fig(k.limit),
            list(k.long_ones, [&](const Contribution* c) { return contribution_ref(ledger, c); }));
    });
    const std::string days = lines(h.long_days, [&](const monitor::LongDay& d) {
        return fmt::format(
            "{{\"member\": {}, \"date\": {}, \"minutes\": {}, \"contributions\": "
            "{}}}",
            q(d.member), q(format_date(d.date)), d.minutes,
            list(d.contributions, [&](const Contribution* c) { return q(ledger.name(c->id)); }));
    });
    return fmt::format("{{\"kinds\": {},\n  \"days\": {}}}", kinds, days);
}

std::string_view kind_text(EntryKind k) {
    return k == EntryKind::review ? "review" : k == EntryKind::revenue ? "revenue" : "contribution";
}

std::string backdating_json(const monitor::Backdating& b) {
    if (!b.checked) return fmt::format("{{\"checked\": false, \"skipped\": {}}}", q(b.skipped));
    return fmt::format(
        "{{\"checked\": true, \"entries\": {}, \"uncommitted\": {}, \"late\": {}}}", b.entries,
        b.uncommitted, lines(b.late, [](const monitor::LateEntry& e) {
            return fmt::format(
                "{{\"entry\": {}, \"kind\": {}, \"by\": {}, \"date\": {}, \"period-end\": {}, "
                "\"commit\": {}, \"committed\": {}, \"days-after\": {}, \"too-late\": {}, "
                "\"after-end\": {}}}",
                q(e.key), q(kind_text(e.kind)), q(e.by), q(format_date(e.date)),
                e.kind == EntryKind::review ? "null" : q(format_date(e.period_end)),
                q(e.commit.commit), q(format_date(e.commit.date())), e.days_after, e.too_late,
                e.after_end);
        }));
}

std::string booked_from(monitor::BookedFrom f) {
    switch (f) {
    case monitor::BookedFrom::file:
        return q("file");
    case monitor::BookedFrom::commit:
        return q("commit");
    case monitor::BookedFrom::unknown:
        break;
    }
    return "null";
}

std::string self_dealing_json(const Ledger& ledger, const monitor::ConnectedIncome& in) {
    const RevenueEntry& e = *in.entry;
    return fmt::format(
        "{{\"income\": {}, \"date\": {}, \"amount\": {}, \"connector\": {}, \"booked-by\": {}, "
        "\"booked-from\": {}, \"pool\": {}, \"connector-points\": {}, \"pool-points\": {}, "
        "\"share\": {}, \"self-booked\": {}, \"holds-pool\": {}}}",
        q(e.id), q(format_date(e.date)), q(format_money(e.amount, ledger.policy.minor_digits)),
        q(e.connector), in.booked_by.empty() ? "null" : q(in.booked_by),
        booked_from(in.booked_from), q(in.pool), q(points_text(in.connector_points)),
        q(points_text(in.pool_points)), fig(in.share), in.self_booked, in.holds_pool);
}

std::string concentration_json(const monitor::MemberConcentration& m,
                               const std::function<std::string(int128)>& amount) {
    const monitor::Concentration& c = m.stats;
    return fmt::format(
        "{{\"members\": {}, \"total\": {}, \"weighted-sum\": {}, \"gini\": {}, \"nakamoto\": {}, "
        "\"top-count\": {}, \"top-total\": {}, \"top-share\": {}, \"theil\": {}, \"flagged\": {}, "
        "\"holders\": {}}}",
        c.n, q(amount(c.total)), q(amount(c.weighted_sum)), fig(c.gini), c.nakamoto, c.top_count,
        q(amount(c.top_total)), fig(c.top_share),
        c.theil ? q(fmt::format("{:.4f}", *c.theil)) : "null", m.flagged,
        list(m.holders, [&](const monitor::Holding& h) {
            return fmt::format("{{\"member\": {}, \"amount\": {}}}", q(h.member),
                               q(amount(h.amount)));
        }));
}

} // namespace

std::string monitor_json(const monitor::MonitorReport& report, const Ledger& ledger) {
    std::string out = "{\n";
    out += fmt::format("  \"period\": {},\n", q(format_period(report.period)));
    out += fmt::format("  \"flag-count\": {},\n", report.flag_count());
    out += "  \"flags\": " +
           lines(flag_rows(report, ledger),
                 [](const FlagRow& f) {
                     return fmt::format(
                         "{{\"statistic\": {}, \"member\": {}, \"entry\": {}, \"value\": {}, "
                         "\"threshold\": {}}}",
                         q(f.statistic), q(f.member), q(f.entry), q(f.value), q(f.threshold));
                 }) +
           ",\n";
    out += "  \"thresholds\": " + thresholds(report.policy, ledger) + ",\n";
    out += "  \"reciprocity\": " +
           lines(report.reciprocity,
                 [&](const monitor::ReciprocalPair& p) {
                     return fmt::format(
                         "{{\"members\": [{}, {}], \"flagged\": {}, \"given\": [{}, {}]}}",
                         q(p.ab.reviewer), q(p.ab.contributor), p.flagged, given_json(ledger, p.ab),
                         given_json(ledger, p.ba));
                 }) +
           ",\n";
    out +=
        "  \"bias\": " +
        lines(report.bias, [&](const monitor::ReviewerBias& b) { return bias_json(ledger, b); }) +
        ",\n";
    out += "  \"focus\": " + lines(report.focus, focus_json) + ",\n";
    out += "  \"hours\": " + hours_json(ledger, report.hours) + ",\n";
    out += "  \"backdating\": " + backdating_json(report.backdating) + ",\n";
    out +=
        "  \"self-dealing\": " +
        lines(report.self_dealing, [&](const auto& in) { return self_dealing_json(ledger, in); }) +
        ",\n";
    const int digits = ledger.policy.minor_digits;
    out += fmt::format(
        "  \"concentration\": {{\n    \"earned\": {},\n    \"points\": {}}}\n",
        concentration_json(report.earned, [&](int128 v) { return format_fixed(v, digits); }),
        concentration_json(report.points, [](int128 v) { return points_text(v); }));
    return out + "}\n";
}

} // namespace coop::cli
