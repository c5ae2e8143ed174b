// coop review ID SCORE: a review appended to the reviewer's own file.
#include <memory>

#include "globals.hpp"
#include "write/review_entry.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct ReviewArgs {
    ReviewRequest request;
    WriteFlags flags;
};

} // namespace

void setup_review(CLI::App& app, Globals& g) {
    auto args = std::make_shared<ReviewArgs>();
    auto* cmd = app.add_subcommand("review", "Review someone's contribution: append to "
                                             "reviews/YYYY/MM/<you>.yaml");
    cmd->add_option("ID", args->request.contribution, "The contribution's id")->required();
    cmd->add_option("SCORE", args->request.score, "A whole number on coop.yaml's review scale")
        ->required();
    cmd->add_option("--comment", args->request.comment, "Why this score")->option_text("TEXT");
    add_write_flags(cmd, args->flags, true, true);
    cmd->footer("Refuses a review of your own work, a second review of the same contribution, "
                "an unknown id, a score off the scale, a review dated before the contribution "
                "and a contribution of a closed period.\nExit status: 0 written, 1 refused, 2 "
                "usage error, 3 I/O or git failure.");
    cmd->callback([&g, args] {
        const auto root = g.ledger_root();
        ReviewRequest r = args->request;
        r.me = who_am_i(root, args->flags);
        r.date = past_date_flag(args->flags, "the review");
        show_outcome(g, review_contribution(root, r, args->flags.options()));
    });
}

} // namespace coop::cli
