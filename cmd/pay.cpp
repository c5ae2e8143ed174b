// coop pay PERIOD --format sepa|csv [--payees FILE] [-o FILE] [--commit]: the
// payments of a closed period as a bank file, and with --commit their record
// payments/PERIOD.yaml (SPEC 9).
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "globals.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "number_text.hpp"
#include "pay/bank_order.hpp"
#include "pay/pay_csv.hpp"
#include "pay/payees.hpp"
#include "pay/payment_plan.hpp"
#include "pay/sepa_xml.hpp"
#include "payments/record_payments.hpp"
#include "util/atomic_file.hpp"
#include "util/file_read.hpp"
#include "write/when.hpp"

namespace fs = std::filesystem;

namespace coop::cli {

namespace {

struct PayArgs {
    std::string period;
    std::string format = "sepa";
    std::string payees;
    std::string output;
    std::string date;
    bool commit = false;
};

// $XDG_CONFIG_HOME/coop/payees.yaml, else ~/.config/coop/payees.yaml.
fs::path default_payees() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return fs::path(xdg) / "coop" / "payees.yaml";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".config" / "coop" / "payees.yaml";
    throw Error(ErrorKind::usage, "neither XDG_CONFIG_HOME nor HOME is set: name the payees "
                                  "file with --payees FILE");
}

bool inside(const fs::path& file, const fs::path& root) {
    std::error_code ec;
    const fs::path dir = fs::weakly_canonical(file.parent_path(), ec);
    const fs::path top = fs::weakly_canonical(root, ec);
    const auto rel = dir.lexically_relative(top);
    return !rel.empty() && *rel.begin() != "..";
}

// Bank details never enter the ledger: neither the payees file nor the bank file.
void refuse_inside_ledger(const fs::path& file, const fs::path& root, std::string_view what) {
    if (inside(file, root))
        throw Error(ErrorKind::usage,
                    fmt::format("{} '{}' is inside the ledger ({}): bank details are private and "
                                "must never be committed; keep it outside the repository",
                                what, file.string(), root.string()));
}

std::string now_text() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &local);
    return text;
}

void run_pay(const Globals& g, const PayArgs& args) {
    const Period period = parse_period_option(args.period);
    const Date execution = date_option(args.date, local_today());
    const BankFormat format = args.format == "csv" ? BankFormat::csv : BankFormat::sepa;
    const LoadedLedger loaded = load_valid_ledger(g);
    show_warnings(g, loaded, period);
    const fs::path payees_file = args.payees.empty() ? default_payees() : g.typed_path(args.payees);
    refuse_inside_ledger(payees_file, loaded.root, "the payees file");
    fs::path output;
    if (!args.output.empty() && args.output != "-") {
        output = g.typed_path(args.output);
        refuse_inside_ledger(output, loaded.root, "the bank file");
    }
    const PaymentPlan plan = payment_plan(loaded.ledger, period);
    // Every refusal of the record comes before the bank file is written, and
    // every payee is checked before either is: both happen, or neither.
    std::optional<PreparedPayments> record;
    if (args.commit) record = prepare_payments(loaded.root, loaded.ledger, plan, execution);
    if (format == BankFormat::sepa && plan.payments.empty())
        throw Error(ErrorKind::ledger,
                    fmt::format("nothing to pay in {}: its statement pays no member, and a SEPA "
                                "file needs at least one transfer",
                                format_period(period)));
    const auto text = read_whole_file(payees_file);
    if (!text)
        throw Error(ErrorKind::io,
                    fmt::format("cannot read the payees file '{}'; write it (man coop-pay: "
                                "payees: {{alice: {{name: Alice Martin, iban: DE89 3704 0044 "
                                "0532 0130 00, bic: COBADEFFXXX}}}}) or name another with "
                                "--payees FILE",
                                payees_file.string()));
    Diagnostics diags;
    const Payees payees = read_payees(*text, payees_file.string(), diags);
    const BankOrder order =
        bank_order(plan, payees, payees_file.string(), loaded.ledger.policy, format, diags);
    if (diags.has_errors()) {
        diags.sort();
        print_diagnostics(stderr, diags, loaded.root, g.color_on(2));
        throw Error(ErrorKind::ledger, fmt::format("no bank file written: {}",
                                                   count_text(diags.error_count(), "error")));
    }
    const std::string file =
        format == BankFormat::csv ? pay_csv(order) : sepa_xml(order, {execution, now_text()});
    if (output.empty()) {
        fmt::print("{}", file);
        std::fflush(stdout);
    } else {
        if (const auto failed = write_file_atomic(output, file))
            throw Error(ErrorKind::io, *failed);
        if (!g.quiet)
            fmt::print("{}: {} of {}, {} {} in all\n", output.string(),
                       count_text(order.transfers.size(), "payment"), format_period(period),
                       format_money(plan.total, plan.minor_digits), plan.currency);
    }
    if (!record) return;
    const std::string commit = commit_payments(loaded.root, *record);
    // With the bank file on standard output, what coop says goes to stderr.
    if (!g.quiet)
        fmt::print(output.empty() ? stderr : stdout, "recorded {} and committed it as {}\n",
                   record->path, commit.substr(0, 7));
}

} // namespace

void setup_pay(CLI::App& app, Globals& g) {
    auto args = std::make_shared<PayArgs>();
    auto* cmd = app.add_subcommand(
        "pay", "Write the payments of a closed period as a bank file: SEPA credit transfer or CSV");
    cmd->add_option("PERIOD", args->period,
                    "A closed period: a month like 2026-11, or a quarter like 2026-Q4 for a "
                    "quarterly co-op")
        ->required();
    cmd->add_option("--format", args->format,
                    "sepa (default: an ISO 20022 pain.001.001.03 credit transfer, EUR only) or "
                    "csv (handle, name, iban, amount, currency, reference)")
        ->check(CLI::IsMember({"sepa", "csv"}))
        ->option_text("FORMAT");
    cmd->add_option("--payees", args->payees,
                    "The members' bank details (default: $XDG_CONFIG_HOME/coop/payees.yaml); "
                    "never inside the ledger")
        ->option_text("FILE");
    cmd->add_option("-o,--output", args->output,
                    "Write to FILE (atomically) instead of standard output; never inside the "
                    "ledger")
        ->option_text("FILE");
    cmd->add_option("--date", args->date,
                    "The day the bank is asked to pay (ReqdExctnDt; default: today)")
        ->option_text("DATE");
    cmd->add_flag("--commit", args->commit,
                  "Also record the payments in payments/PERIOD.yaml (handle, amount, reference, "
                  "date; no bank details) and commit that file alone; treasurers only, once per "
                  "period, the statement committed");
    cmd->footer(
        "The payments are the statement's: every member whose 'paid' in payouts/PERIOD.yaml is\n"
        "above zero, so the period must be closed (coop close PERIOD). The co-op's account is\n"
        "coop.yaml's payer: {name, iban, bic}; the members' are in the payees file, which stays\n"
        "outside the repository so bank details never enter the ledger or its history:\n"
        "  payees:\n"
        "    alice: {name: Alice Martin, iban: DE89 3704 0044 0532 0130 00, bic: COBADEFFXXX}\n"
        "Before anything is written, coop pay checks every paid member's payee (present, IBAN\n"
        "passing mod 97, BIC well formed) and, for sepa, that the co-op pays in EUR and has a\n"
        "payer; it lists every problem and writes nothing when there is one. Names and the\n"
        "reference are written in the SEPA character set (Zoë & Søren: Zoe + Soren), each\n"
        "transfer's EndToEndId is PERIOD-HANDLE (PERIOD- and 27 hex digits of the handle's\n"
        "SHA-1 past 35 characters), NbOfTxs and CtrlSum are the count and the exact sum.\n"
        "With --commit, once the bank file is written, payments/PERIOD.yaml records each\n"
        "payment (handle, amount, reference = the EndToEndId, date = --date) and the blob of\n"
        "the statement it pays, and is committed alone (signed when signed-commits is on).\n"
        "It is refused, and nothing written, when the period's payments are already\n"
        "recorded, the statement is not committed, or git's user.email is no treasurer's.\n"
        "coop export then posts each payment; coop validate and coop audit check it\n"
        "against the statement.\n"
        "Exit status: 0 written, 1 the ledger has errors, the period is not closed or a payee\n"
        "or the payer is at fault, or the record is refused, 2 usage error, 3 I/O or git\n"
        "failure (the payees file unreadable).");
    cmd->callback([&g, args] { run_pay(g, *args); });
}

} // namespace coop::cli
