#include "payments/payments_check.hpp"

#include <map>

#include <fmt/format.h>

#include "model/layout.hpp"
#include "pay/payment_plan.hpp"

namespace coop {

namespace {

// p(m) > 0 of the statement, by handle: who the period pays.
std::map<std::string, Money> paid_in(const Statement& s) {
    std::map<std::string, Money> out;
    for (const MemberPayout& m : s.table.members)
        if (m.paid.minor > 0) out[m.handle] = m.paid;
    return out;
}

} // namespace

void check_payments(const PaymentsRecord& r, const std::string& path, const Statement* statement,
                    const Policy& policy, Diagnostics& diags) {
    const auto named = payments_period(path);
    if (!named) {
        diags.error(path, 1, 1,
                    "a payments record is named payments/<period>.yaml, with a period like "
                    "2026-11 or 2026-Q4");
        return;
    }
    const std::string name = format_period(*named);
    if (r.period && *r.period != *named)
        diags.error(path, r.period_pos.line, r.period_pos.column,
                    fmt::format("the file is named for {} but records period {}", name,
                                format_period(*r.period)));
    if (!r.currency.empty() && r.currency != policy.currency)
        diags.error(
            path, r.currency_pos.line, r.currency_pos.column,
            fmt::format("currency {} is not the co-op's ({})", r.currency, policy.currency));
    if (!statement) {
        diags.error(path, r.period_pos.line, r.period_pos.column,
                    fmt::format("{} is not closed ({} does not exist): payments are recorded "
                                "only for a closed period",
                                name, statement_path(name)));
        return;
    }
    const std::string st = statement_path(name);
    const int digits = policy.minor_digits;
    std::map<std::string, Money> owed = paid_in(*statement);
    std::map<std::string, const RecordedPayment*> seen;
    std::map<std::string, const RecordedPayment*> references;
    for (const RecordedPayment& p : r.payments) {
        if (!p.reference.empty()) {
            const auto [it, fresh] = references.emplace(p.reference, &p);
            if (!fresh)
                diags.error(path, p.reference_pos.line, p.reference_pos.column,
                            fmt::format("duplicate reference '{}' (first at line {})", p.reference,
                                        it->second->reference_pos.line));
        }
        if (p.handle.empty()) continue;
        const std::string expected = end_to_end_id(*named, p.handle);
        if (!p.reference.empty() && p.reference != expected)
            diags.error(path, p.reference_pos.line, p.reference_pos.column,
                        fmt::format("{}'s reference is '{}', but the bank file's EndToEndId "
                                    "is '{}' (<period>-<handle>, SPEC 9)",
                                    p.handle, p.reference, expected));
        if (const auto [it, fresh] = seen.emplace(p.handle, &p); !fresh) {
            diags.error(path, p.handle_pos.line, p.handle_pos.column,
                        fmt::format("{} is paid twice (first at line {})", p.handle,
                                    it->second->handle_pos.line));
            continue;
        }
        const auto due = owed.find(p.handle);
        if (due == owed.end()) {
            diags.error(path, p.handle_pos.line, p.handle_pos.column,
                        fmt::format("{} is not paid in {}: only the members the statement pays "
                                    "are recorded",
                                    p.handle, st));
            continue;
        }
        if (p.amount_read && p.amount != due->second)
            diags.error(path, p.amount_pos.line, p.amount_pos.column,
                        fmt::format("{} is paid {} here, but {} in {}", p.handle,
                                    format_money(p.amount, digits),
                                    format_money(due->second, digits), st));
    }
    for (const auto& [handle, amount] : owed)
        if (!seen.contains(handle))
            diags.error(path, r.payments_pos.line, r.payments_pos.column,
                        fmt::format("{} is paid {} in {}, but has no payment here", handle,
                                    format_money(amount, digits), st));
}

} // namespace coop
