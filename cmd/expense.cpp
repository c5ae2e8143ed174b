// coop expense add AMOUNT --party P: an expense, written by a treasurer.
#include "money_entry_options.hpp"

namespace coop::cli {

void setup_expense(CLI::App& app, Globals& g) {
    auto args = std::make_shared<MoneyEntryArgs>();
    args->request.type = RevenueType::expense;
    add_money_entry_command(app, g, "expense",
                            "Record an expense in revenue/YYYY/MM/<you>.yaml (treasurers)", args);
}

} // namespace coop::cli
