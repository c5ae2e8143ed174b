#pragma once
// Where things are in a YAML file, from libyaml's parse: the top-level keys,
// the extent of each value, and each value as a canonical string of events, so
// that a change to the text can be placed exactly and checked afterwards.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/pos.hpp"

namespace coop {

struct TopLevelKey {
    enum class Shape { scalar, empty, block_list, flow_list, mapping };
    std::string name;
    std::size_t begin = 0;       // byte offset of the key
    std::size_t value_begin = 0; // byte offset of the value (for flow lists)
    std::size_t end = 0;         // just past the value's last character
    Pos value_pos;
    Shape shape = Shape::scalar;
    std::uint32_t indent = 0;       // block list: the column of its '-'
    std::string value;              // the value as canonical events
    std::vector<std::string> items; // a list's items as canonical events
};

struct YamlLayout {
    std::string error; // not empty: the text does not parse (libyaml's problem)
    Pos error_pos;
    bool document = false; // the text holds a document (not only comments)
    bool mapping = false;  // the document is a mapping
    bool flow = false;     // written in flow style, { ... }
    Pos mapping_pos;
    std::vector<TopLevelKey> keys;
    std::size_t mapping_end = 0;    // just past the mapping's last character
    std::size_t end_marker = 0;     // byte offset of a `...` that ends the document
    bool has_end_marker = false;    // the document ends with `...`
    std::size_t after_document = 0; // where what follows the document starts

    const TopLevelKey* find(std::string_view name) const;
};

// The layout of `text` (UTF-8, with or without a byte order mark).
YamlLayout read_yaml_layout(std::string_view text);

} // namespace coop
