// coop.yaml `governance:`: quorum, threshold, min-open and active-window.
#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

namespace {

constexpr std::string_view governance_keys[] = {"quorum", "threshold", "min-open", "active-window"};
constexpr KeyAlias governance_aliases[] = {{"majority", "threshold"},
                                           {"min-open-days", "min-open"},
                                           {"open", "min-open"},
                                           {"window", "active-window"},
                                           {"active", "active-window"}};
constexpr KeyTable governance_table{"governance", governance_keys, 0, governance_aliases};

bool digits_only(std::string_view s) {
    return !s.empty() && s.size() <= 9 &&
           s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::int64_t number(std::string_view s) {
    std::int64_t v = 0;
    for (char ch : s)
        v = v * 10 + (ch - '0');
    return v;
}

std::int64_t gcd(std::int64_t a, std::int64_t b) {
    while (b) {
        const std::int64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// "50%", "12.5%" or "2/3", in lowest terms; nothing for anything else or above 1.
std::optional<Share> parse_share(std::string_view t) {
    Share s;
    if (t.ends_with('%')) {
        t.remove_suffix(1);
        const auto dot = t.find('.');
        const std::string_view whole = t.substr(0, dot);
        const std::string_view frac = dot == std::string_view::npos ? "" : t.substr(dot + 1);
        if (!digits_only(whole) || (dot != std::string_view::npos && !digits_only(frac)) ||
            frac.size() > 4)
            return std::nullopt;
        std::int64_t scale = 100;
        for (std::size_t i = 0; i < frac.size(); ++i)
            scale *= 10;
        s = {number(whole) * (scale / 100) + (frac.empty() ? 0 : number(frac)), scale};
    } else {
        const auto slash = t.find('/');
        if (slash == std::string_view::npos || !digits_only(t.substr(0, slash)) ||
            !digits_only(t.substr(slash + 1)))
            return std::nullopt;
        s = {number(t.substr(0, slash)), number(t.substr(slash + 1))};
        if (s.den == 0) return std::nullopt;
    }
    if (s.num > s.den) return std::nullopt;
    const std::int64_t g = gcd(s.num, s.den);
    return g ? Share{s.num / g, s.den / g} : s;
}

// "7d": whole days from `least` to `most`.
std::optional<int> parse_days(std::string_view t, int least, int most) {
    if (!t.ends_with('d') || !digits_only(t.substr(0, t.size() - 1))) return std::nullopt;
    const std::int64_t v = number(t.substr(0, t.size() - 1));
    if (v < least || v > most) return std::nullopt;
    return static_cast<int>(v);
}

} // namespace

void read_governance(YamlCursor& c, Governance& g) {
    read_mapping(c, governance_table, [&](int key, Pos) {
        const auto s = read_scalar(c, governance_keys[key]);
        if (!s) return;
        switch (key) {
        case 0:
        case 1: {
            const auto share = parse_share(s->text);
            if (share && (key == 0 || share->num > 0))
                (key == 0 ? g.quorum : g.threshold) = *share;
            else
                c.error(s->pos,
                        key == 0 ? fmt::format("'quorum' must be a share of the voters from 0% to "
                                               "100%, like 50% or 1/2, not '{}'",
                                               s->text)
                                 : fmt::format("'threshold' must be a share of the votes above 0% "
                                               "and at most 100%, like 2/3 or 60%, not '{}'",
                                               s->text));
            break;
        }
        case 2:
            if (const auto d = parse_days(s->text, 0, 365))
                g.min_open_days = *d;
            else
                c.error(s->pos, fmt::format("'min-open' must be whole days from 0d to 365d, like "
                                            "7d, not '{}'",
                                            s->text));
            break;
        case 3:
            if (const auto d = parse_days(s->text, 1, 3650))
                g.active_window_days = *d;
            else
                c.error(s->pos, fmt::format("'active-window' must be whole days from 1d to "
                                            "3650d, like 90d, not '{}'",
                                            s->text));
            break;
        }
    });
}

} // namespace coop
