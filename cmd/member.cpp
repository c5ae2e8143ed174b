// coop member add/leave/list: joining, leaving, and who is in.
#include <memory>

#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "globals.hpp"
#include "table_output.hpp"
#include "util/json.hpp"
#include "write/member_entry.hpp"
#include "write/when.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct MemberArgs {
    MemberAddRequest add;
    std::string joined;
    std::string leaving;
    WriteFlags add_flags;
    WriteFlags leave_flags;
};

std::string roles_text(const MemberRow& row) {
    return fmt::format("{}", fmt::join(row.roles, ", "));
}

void print_list(const Globals& g, const std::vector<MemberRow>& rows) {
    if (g.output_format() == Format::json) {
        std::string out = "[";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const MemberRow& r = rows[i];
            std::vector<std::string> roles;
            for (const auto& role : r.roles)
                roles.push_back(json_string(role));
            out += fmt::format(
                R"({}{{"handle": {}, "name": {}, "status": "{}", "joined": "{}", "left": {}, )"
                R"("roles": [{}]}})",
                i ? ",\n  " : "\n  ", json_string(r.handle), json_string(r.name),
                status_name(r.status), format_date(r.joined),
                r.left ? fmt::format("\"{}\"", format_date(*r.left)) : "null",
                fmt::join(roles, ", "));
        }
        fmt::print("{}{}]\n", out, rows.empty() ? "" : "\n");
        return;
    }
    Table t;
    t.columns = {{"member"}, {"name"}, {"status"}, {"joined"}, {"left"}, {"roles"}};
    for (const MemberRow& r : rows)
        t.rows.push_back({r.handle, r.name, std::string(status_name(r.status)),
                          format_date(r.joined), r.left ? format_date(*r.left) : "",
                          roles_text(r)});
    switch (g.output_format()) {
    case Format::csv:
        fmt::print("{}", render_csv(t));
        break;
    case Format::markdown:
        fmt::print("{}", render_markdown(t));
        break;
    default:
        fmt::print("{}", render_text(t, g.color_on(1)));
    }
}

} // namespace

void setup_member(CLI::App& app, Globals& g) {
    auto args = std::make_shared<MemberArgs>();
    auto* cmd = app.add_subcommand("member", "Join, leave, and list the members");
    cmd->require_subcommand(1);

    auto* add = cmd->add_subcommand("add", "Join: write members/HANDLE.yaml");
    add->add_option("HANDLE", args->add.handle, "Your handle: a-z, 0-9 and '-', up to 32")
        ->required();
    add->add_option("--name", args->add.name, "Your name")->option_text("NAME")->required();
    add->add_option("--email", args->add.emails,
                    "A git author e-mail of yours (repeatable; at least one)")
        ->option_text("EMAIL")
        ->allow_extra_args(false)
        ->required();
    add->add_option("--joined", args->joined, "The day you join (default: today)")
        ->option_text("DATE");
    add->add_option("--role", args->add.roles,
                    "Refused: roles are granted by proposal (coop propose --roles)")
        ->option_text("ROLE")
        ->allow_extra_args(false);
    add->add_option("--key", args->add.keys,
                    "An SSH public key that signs your commits (repeatable)")
        ->option_text("KEY")
        ->allow_extra_args(false);
    add_write_flags(add, args->add_flags, false, false);
    add->callback([&g, args] {
        const auto root = g.ledger_root();
        MemberAddRequest r = args->add;
        r.joined = date_option(args->joined, local_today());
        show_outcome(g, add_member(root, r, args->add_flags.options()));
    });

    auto* leave = cmd->add_subcommand("leave", "Leave: set left: in members/HANDLE.yaml");
    leave->add_option("HANDLE", args->leaving, "The member who leaves")->required();
    add_write_flags(leave, args->leave_flags, false, true, "The last day of membership");
    leave->footer("The member is out from the day after --date (default: today).");
    leave->callback([&g, args] {
        const auto root = g.ledger_root();
        show_outcome(g, leave_member(root, args->leaving, date_flag(args->leave_flags),
                                     args->leave_flags.options()));
    });

    auto* list = cmd->add_subcommand("list", "List the members with their status today");
    g.writes(list, {Format::table, Format::csv, Format::markdown, Format::json});
    list->callback([&g] {
        const auto root = g.ledger_root();
        Diagnostics diags;
        const auto rows = list_members(root, local_today(), diags);
        diags.sort();
        if (diags.has_errors()) print_diagnostics(stderr, diags, root, g.color_on(2));
        print_list(g, rows);
        if (diags.has_errors()) g.exit_code = 1;
    });
}

} // namespace coop::cli
