#include "governance/change.hpp"

#include <fmt/format.h>

#include "model/date.hpp"
#include "read/ledger_reader.hpp"
#include "util/yaml_tree.hpp"

namespace coop {

std::optional<std::string> changed_file(const Proposal& p) {
    switch (p.kind) {
    case ChangeKind::policy:
        return std::string("coop.yaml");
    case ChangeKind::roles:
    case ChangeKind::remove:
        return fmt::format("members/{}.yaml", p.member);
    case ChangeKind::waive:
        return std::nullopt;
    }
    return std::nullopt;
}

std::string roles_value(const Proposal& p) {
    return fmt::format("[{}]", fmt::join(p.roles, ", "));
}

std::optional<std::string> apply_setting(const PolicySetting& s, std::string_view text,
                                         std::string& error) {
    return yaml_set(text, s.key, s.value, error);
}

std::optional<std::string> apply_change(const Proposal& p, std::string_view text,
                                        std::string& error) {
    switch (p.kind) {
    case ChangeKind::policy: {
        std::string out(text);
        for (const PolicySetting& s : p.settings) {
            auto next = apply_setting(s, out, error);
            if (!next) {
                error = fmt::format("{}: {}", s.key, error);
                return std::nullopt;
            }
            out = std::move(*next);
        }
        return out;
    }
    case ChangeKind::roles:
        return yaml_set(text, "roles", roles_value(p), error);
    case ChangeKind::remove:
        return yaml_set(text, "left", format_date(p.left), error);
    case ChangeKind::waive:
        error = "a waiver changes no file";
        return std::nullopt;
    }
    return std::nullopt;
}

bool change_in_effect(const Ledger& l, const Proposal& p) {
    const auto rel = changed_file(p);
    std::string text;
    if (!rel || !l.source || l.source->load(*rel, text) != 0) return false;
    std::string error, difference;
    const auto changed = apply_change(p, text, error);
    return changed && same_values(text, *changed, text, difference);
}

bool same_values(std::string_view before, std::string_view expected, std::string_view after,
                 std::string& difference) {
    const auto old_tree = parse_yaml_tree(before);
    const auto want_tree = parse_yaml_tree(expected);
    const auto got_tree = parse_yaml_tree(after);
    if (!got_tree) {
        difference = "the file does not parse after the change";
        return false;
    }
    if (!want_tree) {
        difference = "the file could not be read before the change";
        return false;
    }
    const auto old = old_tree ? yaml_values(*old_tree) : std::map<std::string, std::string>{};
    const auto want = yaml_values(*want_tree);
    const auto got = yaml_values(*got_tree);
    const auto was = [&](const std::string& path) {
        const auto it = old.find(path);
        return it == old.end() ? std::optional<std::string>() : it->second;
    };
    const auto untouched = [&](const std::string& path, const std::optional<std::string>& v) {
        return was(path) == v;
    };
    auto w = want.begin();
    auto g = got.begin();
    // Both sorted by path: the first path where they part.
    while (w != want.end() || g != got.end()) {
        if (g == got.end() || (w != want.end() && w->first < g->first)) {
            difference =
                untouched(w->first, w->second)
                    ? fmt::format("{} ({}) is removed, which the proposal does not change",
                                  w->first, w->second)
                    : fmt::format("{} is missing, the proposal makes it {}", w->first, w->second);
            return false;
        }
        if (w == want.end() || g->first < w->first) {
            difference = fmt::format("{} is added ({}), which the proposal does not change",
                                     g->first, g->second);
            return false;
        }
        if (w->second != g->second) {
            difference =
                untouched(w->first, w->second)
                    ? fmt::format("{} changed from {} to {}, which the proposal does not change",
                                  w->first, w->second, g->second)
                    : fmt::format("{} is {}, the proposal makes it {}", w->first, g->second,
                                  w->second);
            return false;
        }
        ++w;
        ++g;
    }
    return true;
}

} // namespace coop
