#include "pay/bank_order.hpp"

#include <set>

#include <fmt/format.h>

#include "model/option.hpp"
#include "pay/sepa_text.hpp"

namespace coop {

namespace {

// pain.001's ActiveOrHistoricCurrencyAndAmount: SEPA takes at most 999999999.99.
constexpr std::int64_t sepa_max_cents = 99'999'999'999;

void check_sepa(const PaymentPlan& plan, const Policy& policy, Diagnostics& diags) {
    if (plan.currency != "EUR")
        diags.error(plan.statement_path, plan.currency_pos.line, plan.currency_pos.column,
                    fmt::format("SEPA credit transfers are in EUR, and {} was paid in {}; write "
                                "{} csv for a bank that takes {}",
                                format_period(plan.period), plan.currency,
                                option_ref(Option::format), plan.currency));
    if (!policy.payer.given)
        diags.error("coop.yaml", 1, 1,
                    "coop.yaml has no 'payer': a SEPA transfer needs the co-op's own account, "
                    "like payer: {name: Starfish Cooperative, iban: DE89 3704 0044 0532 0130 00, "
                    "bic: COBADEFFXXX}");
    else if (sepa_text(policy.payer.name.empty() ? policy.name : policy.payer.name, sepa_name_max)
                 .empty())
        diags.error("coop.yaml", 1, 1,
                    "the payer's name has no letter or digit SEPA can carry; write it in Latin "
                    "letters");
}

} // namespace

BankOrder bank_order(const PaymentPlan& plan, const Payees& payees, const std::string& payees_path,
                     const Policy& policy, BankFormat format, Diagnostics& diags) {
    BankOrder order;
    order.plan = plan;
    order.initiator = policy.name;
    order.payer = policy.payer;
    if (order.payer.name.empty()) order.payer.name = policy.name;
    const bool sepa = format == BankFormat::sepa;
    if (sepa) check_sepa(plan, policy, diags);
    const std::string period = format_period(plan.period);
    std::set<std::string> ids;
    for (const PlannedPayment& p : plan.payments) {
        const std::string amount = format_money(p.amount, plan.minor_digits);
        if (sepa && p.amount.minor > sepa_max_cents)
            diags.error(plan.statement_path, 1, 1,
                        fmt::format("{} is paid {} {} in {}, more than a SEPA transfer carries "
                                    "(999999999.99)",
                                    p.handle, amount, plan.currency, period));
        if (!ids.insert(p.end_to_end_id).second)
            diags.error(plan.statement_path, 1, 1,
                        fmt::format("two payments of {} have the end-to-end id '{}'", period,
                                    p.end_to_end_id));
        const Payee* payee = payees.find(p.handle);
        if (!payee) {
            diags.error(payees_path, payees.pos.line, payees.pos.column,
                        fmt::format("no payee '{}', who is paid {} {} in {}; add {}: {{name: "
                                    "..., iban: ..., bic: ...}} under 'payees'",
                                    p.handle, amount, plan.currency, period, p.handle));
            continue;
        }
        if (sepa && sepa_text(payee->name, sepa_name_max).empty())
            diags.error(payees_path, payee->pos.line, payee->pos.column,
                        fmt::format("{}'s name '{}' has no letter or digit SEPA can carry; write "
                                    "it in Latin letters",
                                    p.handle, payee->name));
        order.transfers.push_back(
            {p.handle, payee->name, payee->iban, payee->bic, p.amount, p.end_to_end_id});
    }
    return order;
}

} // namespace coop
