#include "payments/record_payments.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "git/commit_file.hpp"
#include "git/repository.hpp"
#include "git/status.hpp"
#include "git/trees.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "payments/payments_file.hpp"
#include "util/atomic_file.hpp"
#include "write/identity.hpp"
#include "write/signing_key.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

// Written once: a second `coop pay --commit` would record a second payment
// of money that went out once.
void refuse_recorded(const fs::path& root, const Ledger& ledger, const std::string& name,
                     const std::string& path) {
    std::error_code ec;
    bool listed = false;
    for (FileId f = 0; f < ledger.files.size() && !listed; ++f)
        listed = ledger.path(f) == path;
    if (listed || fs::exists(root / path, ec))
        throw Error(ErrorKind::ledger,
                    fmt::format("payments of {} are already recorded in {}", name, path));
}

// Only a treasurer records money going out (audit O1 checks the same, as of
// the commit's parent); the commit's author is git's user.email.
void refuse_non_treasurer(const fs::path& root, const Ledger& ledger) {
    const auto email = git::user_email(root);
    if (!email)
        throw Error(ErrorKind::usage, "git does not know who you are: set git config user.email "
                                      "to a treasurer's address, then run coop pay " +
                                          option_ref(Option::commit));
    const std::vector<std::string> handles = members_with_email(root, *email);
    for (const std::string& h : handles)
        if (const Member* m = ledger.find_member(h); m && m->treasurer) return;
    throw Error(ErrorKind::ledger,
                handles.empty()
                    ? fmt::format("only treasurers record payments: you commit as {}, which is "
                                  "no member's address",
                                  *email)
                    : fmt::format("only treasurers record payments: you commit as {} ({}), "
                                  "who has no role treasurer in {}",
                                  *email, handles.front(), member_path(handles.front())));
}

// The record names the statement it pays, as committed: a statement edited
// or never committed is not one the co-op agreed on.
std::string committed_statement(const fs::path& root, const std::string& statement,
                                const std::string& name) {
    const git::Repository repo = git::open_for(root, "coop pay");
    const std::string prefix = git::ledger_prefix(repo.get(), root);
    const auto dirty = git::uncommitted_paths(repo.get(), prefix);
    const auto head = git::head_commit(repo.get());
    std::optional<git_oid> blob;
    if (head) {
        const git::Tree top = git::commit_tree(head->get());
        blob = git::blob_id(top.get(), prefix + statement);
    }
    if (!blob || std::find(dirty.begin(), dirty.end(), statement) != dirty.end())
        throw Error(ErrorKind::ledger,
                    fmt::format("the statement {} is not committed: payments are recorded against "
                                "the committed statement; commit it first (coop close {} {} "
                                "commits and tags it)",
                                statement, name, option_ref(Option::commit)));
    return git::hex(*blob);
}

} // namespace

PreparedPayments prepare_payments(const fs::path& root, const Ledger& ledger,
                                  const PaymentPlan& plan, Date date) {
    const std::string name = format_period(plan.period);
    PreparedPayments out;
    out.path = payments_path(name);
    refuse_recorded(root, ledger, name, out.path);
    const std::string blob = committed_statement(root, plan.statement_path, name);
    refuse_non_treasurer(root, ledger);
    out.signing_key = signing_key_for(root, ledger.policy.signed_commits,
                                      "then coop pay " + option_ref(Option::commit));

    PaymentsRecord record;
    record.period = plan.period;
    record.currency = plan.currency;
    record.statement = blob;
    for (const PlannedPayment& p : plan.payments) {
        RecordedPayment r;
        r.handle = p.handle;
        r.amount = p.amount;
        r.reference = p.end_to_end_id;
        r.date = date;
        record.payments.push_back(std::move(r));
    }
    out.text = payments_yaml(record, plan.minor_digits);
    out.message = fmt::format("Record the payments of {}: {} payment{}, {} {}\n\nAs sent to the "
                              "bank, for the statement {} (blob {}).\n",
                              name, plan.payments.size(), plan.payments.size() == 1 ? "" : "s",
                              format_money(plan.total, plan.minor_digits), plan.currency,
                              plan.statement_path, blob.substr(0, 7));
    return out;
}

std::string commit_payments(const fs::path& root, const PreparedPayments& p) {
    std::error_code ec;
    fs::create_directories(root / "payments", ec);
    if (const auto failed = write_file_atomic(root / p.path, p.text))
        throw Error(ErrorKind::io, *failed);
    return git::commit_file(root / p.path, p.text, p.message, p.signing_key);
}

} // namespace coop
