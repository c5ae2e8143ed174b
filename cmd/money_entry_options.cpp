#include "money_entry_options.hpp"

namespace coop::cli {

CLI::App* add_money_entry_command(CLI::App& app, Globals& g, const char* name,
                                  const char* description,
                                  const std::shared_ptr<MoneyEntryArgs>& args) {
    auto* top = app.add_subcommand(name, description);
    top->require_subcommand(1);
    auto* add = top->add_subcommand("add", description);
    add->add_option("AMOUNT", args->request.amount,
                    "Decimal amount in the co-op's currency, like 1200.00")
        ->required();
    add->add_option("--party", args->request.party, "Who paid, or who was paid")
        ->option_text("NAME")
        ->required();
    add->add_option("--project", args->request.project,
                    "The project's pool (default: the general pool)")
        ->option_text("PROJECT");
    add->add_option("--memo", args->request.memo, "A note")->option_text("TEXT");
    add_write_flags(add, args->flags, true, true);
    add->footer("Treasurers only. Prints the new entry's id. Exit status: 0 written, 1 refused, 2 "
                "usage error, 3 I/O or git failure.");
    add->callback([&g, args] {
        const auto root = g.ledger_root();
        RevenueRequest r = args->request;
        r.me = who_am_i(root, args->flags);
        r.date = date_flag(args->flags);
        show_outcome(g, add_revenue(root, r, args->flags.options()));
    });
    return add;
}

} // namespace coop::cli
