#pragma once
// The command-line options that a message of lib/ tells the user to use.
// lib/ spells none of them: it writes option_ref(Option::as) where the option
// goes, and cmd/ spells it (cmd/option_names.hpp) when it shows the message,
// so lib/ holds facts and cmd/ the command line's wording.
#include <string>

namespace coop {

enum class Option : unsigned char {
    as,
    check,
    comment,
    commit,
    email,
    force,
    key,
    kind,
    left,
    name,
    policy,
    project,
    reason,
    ref,
    remove,
    role,
    roles,
    rule,
    title,
    waive,
    format,
    payees,
};
inline constexpr unsigned option_count = static_cast<unsigned>(Option::payees) + 1;

// Marks an option in a message: this byte, then 'A' + the option's number.
inline constexpr char option_mark = '\x1e';

inline std::string option_ref(Option o) {
    return {option_mark, static_cast<char>('A' + static_cast<unsigned char>(o))};
}

} // namespace coop
