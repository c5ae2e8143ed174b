// coop audit [--since REV]: the git history against the rules of SPEC section 5.
#include <fmt/format.h>

#include "audit/audit.hpp"
#include "audit_output.hpp"
#include "globals.hpp"
#include "model/error.hpp"
#include "option_names.hpp"
#include "write/when.hpp"

namespace coop::cli {

void setup_audit(CLI::App& app, Globals& g) {
    auto since = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(
        "audit",
        "Check the git history: ownership, closed periods, signatures, statements, reviewed "
        "work, enactments");
    g.writes(cmd, {Format::table, Format::markdown, Format::json});
    cmd->add_option("--since", *since,
                    "Audit only the commits after REV (a commit, tag or branch), as in git log "
                    "REV..HEAD")
        ->option_text("REV");
    cmd->footer(
        "Walks the current branch oldest first; for every commit that changes the ledger:\n"
        "  O1  contributions/**/H.yaml, reviews/**/H.yaml, stances/**/H.yaml and\n"
        "      revenue/**/H.yaml only by an e-mail of H (revenue: H a treasurer),\n"
        "      members/H.yaml by H, proposals/** by the proposer, as of the parent commit;\n"
        "      the commit that creates coop.yaml (the genesis) is trusted\n"
        "  O2  nothing dated in a period whose statement is committed changes, nor the\n"
        "      statement (merges too)\n"
        "  O3  with signed-commits: true, a good SSH signature by one of the author's keys\n"
        "  O4  a committed statement equals the payout recomputed at its commit\n"
        "  O5  a reviewed contribution's time, kind or project changes only if every\n"
        "      reviewer reviews it again afterwards\n"
        "  O6  coop.yaml, roles and another member's left change only in a commit with a\n"
        "      Coop-Proposal: ID trailer, exactly as that proposal, passed at the parent\n"
        "and, on the ledger at HEAD:\n"
        "  O7  an entry with a source (a circle's upstream) is its statement's upstream, in\n"
        "      the circle fetched by coop circle fetch: the commit, its blob, the amount\n"
        "and lists every edit and removal of an existing entry, allowed or not. A finding\n"
        "a passed waive proposal names (commit and rule) is listed as waived, not failed.\n"
        "Exit status: 0 no finding, 1 findings, 2 usage error, 3 I/O or git failure.");
    cmd->callback([&g, since] {
        const Format format = g.output_format();
        audit::AuditReport report = audit::run_audit(g.ledger_root(), {*since, local_today()});
        for (audit::Finding& f : report.findings)
            f.message = spell_options(f.message);
        for (audit::WaivedFinding& w : report.waived)
            w.finding.message = spell_options(w.finding.message);
        if (format == Format::json)
            fmt::print("{}", audit_json(report));
        else if (format == Format::markdown)
            fmt::print("{}", audit_markdown(report));
        else if (!g.quiet || !report.findings.empty())
            fmt::print("{}", audit_text(report, g.color_on(1)));
        g.exit_code = report.findings.empty() ? 0 : 1;
    });
}

} // namespace coop::cli
