// coop revenue add AMOUNT --party P: income, written by a treasurer.
#include "money_entry_options.hpp"

namespace coop::cli {

void setup_revenue(CLI::App& app, Globals& g) {
    auto args = std::make_shared<MoneyEntryArgs>();
    args->request.type = RevenueType::income;
    auto* add = add_money_entry_command(
        app, g, "revenue", "Record income in revenue/YYYY/MM/<you>.yaml (treasurers)", args);
    add->add_option("--connector", args->request.connector,
                    "The member who brought the income in (earns connector-share of it)")
        ->option_text("HANDLE");
    add->add_option("--id-suffix", args->request.id_suffix,
                    "The id's last part, rev-YYYYMMDD-SUFFIX (default: from the party's name)")
        ->option_text("SUFFIX");
}

} // namespace coop::cli
