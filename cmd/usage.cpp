#include "usage.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "model/error.hpp"
#include "util/suggest.hpp"

namespace coop::cli {

namespace {

constexpr int exit_usage = 2;

// The commands a newcomer needs first, in the order they meet them.
constexpr std::string_view everyday[] = {"init", "member",   "log",   "review", "todo",
                                         "show", "validate", "tally", "payout", "report"};
// The commands of governance (SPEC section 6), named on a line of their own.
constexpr std::string_view deciding[] = {"propose", "proposals", "consent",
                                         "object",  "abstain",   "enact"};

template <std::size_t N> bool among(const std::string_view (&list)[N], std::string_view name) {
    return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

std::vector<const CLI::App*> commands_of(const CLI::App& app) {
    // Not option groups (no name), not hidden commands (no group).
    return app.get_subcommands(
        [](const CLI::App* c) { return !c->get_name().empty() && !c->get_group().empty(); });
}

const CLI::App* find_command(const CLI::App& app, std::string_view name) {
    for (const CLI::App* c : commands_of(app))
        if (c->get_name() == name) return c;
    return nullptr;
}

// "coop member add"
std::string path_of(const CLI::App& app) {
    std::string path = app.get_name();
    for (const CLI::App* p = app.get_parent(); p; p = p->get_parent())
        path = p->get_name() + " " + path;
    return path;
}

// The deepest command the words reached: coop, coop member, coop member add.
CLI::App& deepest(CLI::App& app) {
    CLI::App* cur = &app;
    while (!cur->get_subcommands().empty())
        cur = cur->get_subcommands().front();
    return *cur;
}

std::vector<std::string_view> long_options(const CLI::App& app) {
    std::vector<std::string_view> names;
    for (const CLI::App* a = &app; a; a = a->get_parent())
        for (const CLI::Option* o : a->get_options())
            for (const std::string& n : o->get_lnames())
                if (n != "help") names.push_back(n);
    return names;
}

const CLI::Option* find_long(const CLI::App& app, std::string_view name) {
    for (const CLI::App* a = &app; a; a = a->get_parent())
        for (const CLI::Option* o : a->get_options())
            if (o->check_lname(std::string(name))) return o;
    return nullptr;
}

// 'coop help member add', or 'coop help' for coop itself.
std::string help_for(const CLI::App& cmd) {
    return cmd.get_parent() ? fmt::format("'coop help {}'", path_of(cmd).substr(5)) : "'coop help'";
}

// "a", "a or b", "a, b or c"
std::string or_list(const std::vector<std::string_view>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += fmt::format("{}{}", i == 0 ? "" : i + 1 == items.size() ? " or " : ", ", items[i]);
    return out;
}

int fail(std::string_view message) {
    fmt::print(stderr, "coop: error: {}\n", message);
    return exit_usage;
}

// An unknown word where `cmd` expects one of its subcommands.
int unknown_command(const CLI::App& cmd, std::string_view word) {
    std::vector<std::string_view> names;
    for (const CLI::App* c : commands_of(cmd))
        names.push_back(c->get_name());
    const std::string where = cmd.get_parent() ? fmt::format("a '{}' command", path_of(cmd))
                                               : std::string("a coop command");
    if (const auto near = closest_or_prefix(word, names))
        return fail(fmt::format("'{}' is not {}; did you mean '{}'?", word, where, *near));
    return fail(fmt::format("'{}' is not {}; see {}", word, where, help_for(cmd)));
}

int unknown_option(const CLI::App& cmd, std::string_view word) {
    const std::string_view name = word.substr(2, word.find('=') - 2);
    const auto names = long_options(cmd);
    if (const auto near = closest_or_prefix(name, names))
        return fail(fmt::format("unknown option '--{}'; did you mean '--{}'?", name, *near));
    return fail(
        fmt::format("unknown option '--{}' for {}; see {}", name, path_of(cmd), help_for(cmd)));
}

// Words left over after every positional is filled: most often a value with
// spaces that was not quoted. Say which one, and show it quoted.
int unexpected_words(const CLI::App& cmd, const std::vector<std::string>& extra,
                     const std::vector<std::string>& words) {
    const auto first = std::find(words.begin(), words.end(), extra.front());
    const std::string extras = fmt::format("{}", fmt::join(extra, " "));
    if (first != words.begin() && first != words.end()) {
        const std::string& before = *(first - 1);
        // The value of an option: --comment Great work.
        if (first - words.begin() >= 2) {
            const std::string& option = *(first - 2);
            if (option.starts_with("--"))
                if (const CLI::Option* o = find_long(cmd, option.substr(2));
                    o && o->get_type_size() > 0)
                    return fail(
                        fmt::format("unexpected '{}' after {} '{}'; quote the value: {} \"{} {}\"",
                                    extras, option, before, option, before, extras));
        }
        // The last positional: coop log 2h Fix checkout flow.
        const auto positionals =
            cmd.get_options([](const CLI::Option* o) { return o->get_positional(); });
        if (!positionals.empty()) {
            const CLI::Option* last = positionals.back();
            const auto& values = last->results();
            if (!values.empty() && values.back() == before) {
                std::string what = last->get_name();
                std::transform(what.begin(), what.end(), what.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                std::string example = path_of(cmd);
                for (const CLI::Option* p : positionals)
                    if (p != last && !p->results().empty()) example += " " + p->results().front();
                return fail(
                    fmt::format("unexpected '{}' after the {} '{}'; quote the {}: {} \"{} {}\"",
                                extras, what, before, what, example, before, extras));
            }
        }
    }
    return fail(fmt::format("unexpected argument '{}'; see {}", extra.front(), help_for(cmd)));
}

// A required option or positional that was not given.
int missing_required(const CLI::App& cmd) {
    for (const CLI::Option* o : cmd.get_options())
        if (o->get_required() && o->count() == 0) {
            const bool positional = o->get_positional() && o->get_lnames().empty();
            const std::string name =
                positional ? o->get_name() : fmt::format("--{}", o->get_lnames().front());
            const std::string value = positional || o->get_option_text().empty()
                                          ? std::string()
                                          : " " + o->get_option_text();
            return fail(fmt::format("{} needs {}{} ({}); see {}", path_of(cmd), name, value,
                                    o->get_description(), help_for(cmd)));
        }
    return fail(fmt::format("{} is incomplete; see {}", path_of(cmd), help_for(cmd)));
}

} // namespace

std::string HelpFormatter::make_option_opts(const CLI::Option* opt) const {
    std::string out = CLI::Formatter::make_option_opts(opt);
    if (!opt->get_option_text().empty() && opt->get_required()) out += " REQUIRED";
    return out;
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string) const {
    return CLI::Formatter::make_usage(app, path_of(*app));
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
    std::string out = CLI::Formatter::make_footer(app);
    const auto it = g_.formats.find(app);
    if (it == g_.formats.end()) return out;
    std::vector<std::string_view> names;
    for (const Format f : it->second)
        names.push_back(format_name(f));
    return out + fmt::format("{}Formats (--format): {} (default {}).\n", out.empty() ? "\n" : "",
                             or_list(names), names.front());
}

std::string overview(const CLI::App& app) {
    std::string out = "usage: coop [-C DIR] [--format FORMAT] [--color WHEN] [-q] COMMAND [ARGS]\n"
                      "       coop help COMMAND | coop --version\n\n";
    out += app.get_description() + "\n\nEveryday commands:\n";
    for (const std::string_view name : everyday)
        if (const CLI::App* c = find_command(app, name))
            out += fmt::format("   {:<10} {}\n", name, c->get_description());
    std::vector<std::string> others;
    std::vector<std::string> governance;
    for (const CLI::App* c : commands_of(app))
        if (among(deciding, c->get_name()))
            governance.push_back(c->get_name());
        else if (!among(everyday, c->get_name()) && c->get_name() != "help")
            others.push_back(c->get_name());
    out += "\n";
    if (!governance.empty())
        out += fmt::format("Deciding together: {}.\n", fmt::join(governance, ", "));
    out += fmt::format("Also: {}.\n", fmt::join(others, ", "));
    out += "See 'coop help COMMAND' for a command's options, 'coop --help' for all of them,\n"
           "and 'man coop' for the manual.\n";
    return out;
}

void setup_help(CLI::App& app, Globals&) {
    auto words = std::make_shared<std::vector<std::string>>();
    auto* cmd = app.add_subcommand("help", "Show a command's options: coop help COMMAND");
    cmd->add_option("COMMAND", *words, "A command, and a subcommand of it (coop help member add)");
    cmd->callback([&app, words] {
        const CLI::App* cur = &app;
        for (const std::string& w : *words) {
            const CLI::App* next = find_command(*cur, w);
            if (!next) {
                std::vector<std::string_view> names;
                for (const CLI::App* c : commands_of(*cur))
                    names.push_back(c->get_name());
                const auto near = closest_or_prefix(w, names);
                throw Error(
                    ErrorKind::usage,
                    near ? fmt::format("'{}' is not a coop command; did you mean '{}'?", w, *near)
                         : fmt::format("'{}' is not a coop command; see 'coop help'", w));
            }
            cur = next;
        }
        // Not cur->help(): on a parsed app it shows the chosen subcommand's, this one's.
        fmt::print("{}", cur->get_formatter()->make_help(cur, cur->get_name(),
                                                         CLI::AppFormatMode::Normal));
    });
}

int report_parse_error(CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
    if (e.get_exit_code() == 0) return app.exit(e); // --help, --version
    const std::vector<std::string> words(argv + std::min(argc, 1), argv + argc);
    CLI::App& cmd = deepest(app);
    // The words nothing took, in the order they were typed.
    std::vector<std::string> rest;
    const auto left = app.remaining(true);
    for (const std::string& w : words)
        if (std::find(left.begin(), left.end(), w) != left.end() &&
            std::find(rest.begin(), rest.end(), w) == rest.end())
            rest.push_back(w);
    for (const std::string& w : rest)
        if (w.starts_with("--") && w.size() > 2) return unknown_option(cmd, w);
    const bool wants_command =
        !commands_of(cmd).empty() && cmd.get_subcommands().empty() &&
        cmd.get_options([](const CLI::Option* o) { return o->get_positional(); }).empty();
    if (wants_command) {
        for (const std::string& w : rest)
            if (!w.starts_with("-")) return unknown_command(cmd, w);
        if (!cmd.get_parent()) {
            fmt::print("{}", overview(app));
            return exit_usage;
        }
        std::vector<std::string_view> names;
        for (const CLI::App* c : commands_of(cmd))
            names.push_back(c->get_name());
        return fail(fmt::format("{} needs a command: {}; see {}", path_of(cmd), or_list(names),
                                help_for(cmd)));
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e)) return missing_required(cmd);
    if (!rest.empty() && !rest.front().starts_with("-")) return unexpected_words(cmd, rest, words);
    const std::string what = e.what();
    const std::string option = what.substr(0, what.find(':'));
    if (const CLI::Option* o =
            option.starts_with("--") ? find_long(cmd, option.substr(2)) : nullptr) {
        // "--kind: 1 required TEXT missing"
        if (dynamic_cast<const CLI::ArgumentMismatch*>(&e))
            return fail(fmt::format("option '{}' needs a value: {} {}", option, option,
                                    o->get_option_text().empty() ? "VALUE" : o->get_option_text()));
        // "--color: blue not in {auto,always,never}"
        const auto in = what.find(" not in {");
        if (dynamic_cast<const CLI::ValidationError*>(&e) && in != std::string::npos) {
            const std::string value = what.substr(option.size() + 2, in - option.size() - 2);
            const std::string set = what.substr(in + 9, what.rfind('}') - in - 9);
            std::vector<std::string_view> values;
            for (std::size_t start = 0; start <= set.size();) {
                const std::size_t comma = std::min(set.find(',', start), set.size());
                values.push_back(std::string_view(set).substr(start, comma - start));
                start = comma + 1;
            }
            const auto near = closest_or_prefix(value, values);
            return fail(fmt::format("'{}' is not a value of {}{}; use {}", value, option,
                                    near ? fmt::format(" (did you mean '{}'?)", *near) : "",
                                    or_list(values)));
        }
    }
    // CLI11's own words for the rest, in coop's style.
    std::string message = what;
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
    return fail(fmt::format("{}; see {}", message, help_for(cmd)));
}

void check_format(const CLI::App& app, const Globals& g) {
    const CLI::App* cmd = &app;
    while (!cmd->get_subcommands().empty())
        cmd = cmd->get_subcommands().front();
    const CLI::Option* option = app.get_option("--format");
    if (option->count() == 0) return;
    const auto it = g.formats.find(cmd);
    const Format asked = g.output_format();
    std::vector<std::string_view> names;
    if (it != g.formats.end()) {
        if (std::find(it->second.begin(), it->second.end(), asked) != it->second.end()) return;
        for (const Format f : it->second)
            names.push_back(format_name(f));
    }
    const std::string command = path_of(*cmd);
    if (names.empty())
        throw Error(ErrorKind::usage,
                    fmt::format("{} writes no --format; drop --format {}", command, g.format));
    throw Error(ErrorKind::usage,
                fmt::format("{} writes --format {}, not '{}'", command, or_list(names), g.format));
}

} // namespace coop::cli
