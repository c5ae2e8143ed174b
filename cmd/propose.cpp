// coop propose: a proposal to change the policy, a member's roles, remove a
// member or waive an audit finding, written to proposals/<YYYY>/<id>.yaml.
#include <memory>

#include <fmt/format.h>

#include "globals.hpp"
#include "model/error.hpp"
#include "write/governance_entry.hpp"
#include "write/when.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct ProposeArgs {
    ProposeRequest request;
    std::vector<std::string> policy;
    std::string roles;
    std::string remove;
    std::string left;
    std::string waive;
    WriteFlags flags;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto at = s.find(sep, start);
        out.push_back(s.substr(start, at - start));
        if (at == std::string::npos) return out;
        start = at + 1;
    }
}

// The change the options ask for: exactly one kind of them.
void read_change(ProposeArgs& a) {
    ProposeRequest& r = a.request;
    const int kinds = !a.policy.empty() + !a.roles.empty() + !a.remove.empty() + !a.waive.empty();
    if (kinds != 1)
        throw Error(ErrorKind::usage,
                    kinds ? "a proposal makes one change: give one of --policy, --roles, --remove "
                            "or --waive"
                          : "what does it change? give --policy KEY=VALUE, --roles MEMBER=ROLE, "
                            "--remove MEMBER --left DATE or --waive COMMIT --rule RULE");
    if (!a.left.empty() && a.remove.empty())
        throw Error(ErrorKind::usage, "--left goes with --remove MEMBER");
    if (!r.rule.empty() && a.waive.empty())
        throw Error(ErrorKind::usage, "--rule goes with --waive COMMIT");
    if (!a.policy.empty()) {
        r.kind = ChangeKind::policy;
        for (const std::string& kv : a.policy) {
            const auto eq = kv.find('=');
            if (eq == std::string::npos || eq == 0)
                throw Error(ErrorKind::usage,
                            fmt::format("--policy '{}' is not KEY=VALUE: write the coop.yaml key "
                                        "from the top, like distribution.reserve=12%",
                                        kv));
            r.settings.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
        }
    } else if (!a.roles.empty()) {
        r.kind = ChangeKind::roles;
        const auto eq = a.roles.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Error(ErrorKind::usage,
                        fmt::format("--roles '{}' is not MEMBER=ROLE,...: write like "
                                    "dev=treasurer, or dev= to take every role away",
                                    a.roles));
        r.member = a.roles.substr(0, eq);
        if (eq + 1 < a.roles.size())
            for (std::string& role : split(a.roles.substr(eq + 1), ','))
                if (!role.empty()) r.roles.push_back(std::move(role));
    } else if (!a.remove.empty()) {
        r.kind = ChangeKind::remove;
        if (a.left.empty())
            throw Error(ErrorKind::usage, fmt::format("--remove {} needs --left DATE: the last day "
                                                      "of their membership",
                                                      a.remove));
        r.member = a.remove;
        r.left = date_option(a.left, local_today());
    } else {
        r.kind = ChangeKind::waive;
        if (r.rule.empty())
            throw Error(ErrorKind::usage, fmt::format("--waive {} needs --rule RULE: the audit "
                                                      "rule of the finding (O1 to O6)",
                                                      a.waive));
        r.commit = a.waive;
    }
}

} // namespace

void setup_propose(CLI::App& app, Globals& g) {
    auto args = std::make_shared<ProposeArgs>();
    auto* cmd = app.add_subcommand("propose", "Propose a change: write proposals/YYYY/<id>.yaml");
    cmd->add_option("--title", args->request.title, "What the proposal does, in one line")
        ->option_text("TEXT")
        ->required();
    cmd->add_option("--reason", args->request.reason, "Why")->option_text("TEXT");
    cmd->add_option("--name", args->request.name,
                    "The id's name part, prop-YYYYMMDD-NAME (default: from the title)")
        ->option_text("NAME");
    cmd->add_option("--policy", args->policy,
                    "Set a coop.yaml key, like distribution.reserve=12% (repeatable)")
        ->option_text("KEY=VALUE")
        ->allow_extra_args(false);
    cmd->add_option("--roles", args->roles,
                    "Set a member's roles, like dev=treasurer (dev= takes them all away)")
        ->option_text("MEMBER=ROLE,...");
    cmd->add_option("--remove", args->remove, "Remove a member (with --left)")
        ->option_text("MEMBER");
    cmd->add_option("--left", args->left, "The removed member's last day")->option_text("DATE");
    cmd->add_option("--waive", args->waive, "Waive an audit finding of this commit (with --rule)")
        ->option_text("COMMIT");
    cmd->add_option("--rule", args->request.rule, "The waived finding's rule: O1 to O6")
        ->option_text("RULE");
    add_write_flags(cmd, args->flags, true, true, "The proposal's date");
    cmd->footer("Proposing counts as your consent. Prints the new proposal's id. Exit status: 0 "
                "written, 1 refused (the proposal breaks a rule of the ledger), 2 usage error, 3 "
                "I/O or git failure.");
    cmd->callback([&g, args] {
        const auto root = g.ledger_root();
        read_change(*args);
        ProposeRequest r = args->request;
        r.me = who_am_i(root, args->flags);
        r.date = past_date_flag(args->flags, "a proposal");
        show_outcome(g, propose(root, r, args->flags.options()));
    });
}

} // namespace coop::cli
