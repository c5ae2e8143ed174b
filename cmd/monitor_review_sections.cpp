// coop monitor: the sections of reciprocity, reviewer bias and reviewer focus.
#include <fmt/format.h>

#include "model/policy.hpp"
#include "monitor_sections.hpp"
#include "util/fixed_point.hpp"

namespace coop::cli {

namespace {

std::string threshold_text(std::int64_t fixed) {
    return format_fixed_trimmed(fixed, monitor_places);
}

std::string flag_cell(bool flagged) {
    return flagged ? "FLAG" : "";
}

Row given_row(const monitor::GivenScores& g, bool flagged) {
    return {std::string(g.reviewer),
            std::string(g.contributor),
            std::to_string(g.reviews.size()),
            figure(g.median),
            std::to_string(g.others),
            g.others_median ? figure(*g.others_median) : "-",
            g.margin ? figure(*g.margin) : "-",
            flag_cell(flagged)};
}

Table given_evidence(const Ledger& ledger, const monitor::GivenScores& g) {
    Table t;
    t.columns = {{"contribution"}, {"date"}, {"score", Align::right}};
    for (const Review* r : g.reviews) {
        const Contribution& c = ledger.contributions[r->target];
        t.rows.push_back(
            {std::string(ledger.name(c.id)), format_date(c.date), std::to_string(r->score)});
    }
    return t;
}

std::string given_line(const monitor::GivenScores& g) {
    return fmt::format("{} gave {} a median of {} over {} reviews; {} to everyone else over {} "
                       "(margin {})",
                       g.reviewer, g.contributor, figure(g.median), g.reviews.size(),
                       g.others_median ? figure(*g.others_median) : "-", g.others,
                       g.margin ? figure(*g.margin) : "-");
}

} // namespace

Section reciprocity_section(const monitor::MonitorReport& report, const Ledger& ledger,
                            bool flagged_only) {
    const MonitorPolicy& p = report.policy;
    Section s;
    s.title = "Reciprocity";
    s.rule = fmt::format("pairs who each reviewed the other at least {} times; flagged when each "
                         "gave the other a median score at least {} above the median they gave "
                         "everyone else",
                         p.reciprocity_reviews, threshold_text(p.reciprocity_margin));
    s.table.columns = {{"reviewer"},
                       {"of"},
                       {"reviews", Align::right},
                       {"median", Align::right},
                       {"others", Align::right},
                       {"others' median", Align::right},
                       {"margin", Align::right},
                       {"flag"}};
    for (const monitor::ReciprocalPair& pair : report.reciprocity) {
        if (flagged_only && !pair.flagged) continue;
        s.table.rows.push_back(given_row(pair.ab, pair.flagged));
        s.table.rows.push_back(given_row(pair.ba, pair.flagged));
        if (!pair.flagged) continue;
        s.evidence.push_back({fmt::format("reciprocity {} and {}: {}", pair.ab.reviewer,
                                          pair.ab.contributor, given_line(pair.ab)),
                              given_evidence(ledger, pair.ab)});
        s.evidence.push_back({fmt::format("reciprocity {} and {}: {}", pair.ab.reviewer,
                                          pair.ab.contributor, given_line(pair.ba)),
                              given_evidence(ledger, pair.ba)});
    }
    s.none = fmt::format("no pair reviewed each other {} times each way", p.reciprocity_reviews);
    return s;
}

Section bias_section(const monitor::MonitorReport& report, const Ledger& ledger,
                     bool flagged_only) {
    const MonitorPolicy& p = report.policy;
    Section s;
    s.title = "Reviewer bias";
    s.rule = fmt::format("d = the median over a reviewer's reviews of (score - the median of the "
                         "other valid scores), on contributions with at least 2 other valid "
                         "reviews; flagged when |d| is at least {} over at least {} reviews",
                         threshold_text(p.bias_difference), p.bias_reviews);
    s.table.columns = {{"reviewer"}, {"compared", Align::right}, {"d", Align::right}, {"flag"}};
    for (const monitor::ReviewerBias& b : report.bias) {
        if (flagged_only && !b.flagged) continue;
        s.table.rows.push_back({std::string(b.reviewer), std::to_string(b.compared.size()),
                                figure(b.d), flag_cell(b.flagged)});
        if (!b.flagged) continue;
        Evidence e;
        e.line = fmt::format("bias {}: d = {}, the median of these {} differences", b.reviewer,
                             figure(b.d), b.compared.size());
        e.table.columns = {{"contribution"},         {"contributor"},
                           {"score", Align::right},  {"others"},
                           {"median", Align::right}, {"difference", Align::right}};
        for (const monitor::ComparedReview& c : b.compared) {
            std::string others;
            for (const int o : c.others)
                others += (others.empty() ? "" : ",") + std::to_string(o);
            e.table.rows.push_back({std::string(ledger.name(c.contribution->id)),
                                    std::string(ledger.name(c.contribution->member)),
                                    std::to_string(c.review->score), others,
                                    figure(c.others_median), figure(c.difference)});
        }
        s.evidence.push_back(std::move(e));
    }
    s.none = "no contribution has 3 or more valid reviews";
    return s;
}

Section focus_section(const monitor::MonitorReport& report, bool flagged_only) {
    const MonitorPolicy& p = report.policy;
    Section s;
    s.title = "Reviewer focus";
    s.rule = fmt::format("HHI = the sum over contributors of (their share of a reviewer's "
                         "reviews)^2; flagged when it is at least {} over at least {} reviews",
                         threshold_text(p.focus_hhi), p.focus_reviews);
    s.table.columns = {{"reviewer"},
                       {"reviews", Align::right},
                       {"HHI", Align::right},
                       {"most reviewed"},
                       {"flag"}};
    for (const monitor::ReviewerFocus& f : report.focus) {
        if (flagged_only && !f.flagged) continue;
        const monitor::FocusTarget& top = f.targets.front();
        s.table.rows.push_back({std::string(f.reviewer), std::to_string(f.reviews), figure(f.hhi),
                                fmt::format("{} ({})", top.contributor, top.reviews),
                                flag_cell(f.flagged)});
        if (!f.flagged) continue;
        std::string counts, squares;
        for (const monitor::FocusTarget& t : f.targets) {
            counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", t.contributor, t.reviews);
            squares += fmt::format("{}{}^2", squares.empty() ? "" : " + ", t.reviews);
        }
        s.evidence.push_back(
            {fmt::format("focus {}: {} reviews of {}; HHI = ({}) / {}^2 = {}", f.reviewer,
                         f.reviews, counts, squares, f.reviews, figure(f.hhi)),
             {}});
    }
    s.none = "no reviews in the period";
    return s;
}

} // namespace coop::cli
