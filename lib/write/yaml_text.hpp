#pragma once
// Writing values into YAML text so that they read back exactly as given.
#include <string>
#include <string_view>

#include "util/utf8.hpp" // valid_utf8: a YAML file must be UTF-8

namespace coop {

// `s` as a YAML scalar in block context (a mapping value or a `- ` item) that
// reads back as the same text, and as text: plain when that is unambiguous
// (it starts with a letter, yaml-cpp's emitter would write it plain too, and
// no YAML reader could take it for a number, a boolean, a null or a date),
// else double-quoted with escapes.
std::string yaml_scalar(std::string_view s);

// The same for an item of a flow list ([a, b]): also quoted when it holds one
// of , [ ] { } : #.
std::string yaml_flow_scalar(std::string_view s);

// `s` always double-quoted, with YAML escapes for what may not stand raw.
std::string yaml_double_quoted(std::string_view s);

} // namespace coop
