#pragma once
// libyaml's marks count characters, not bytes: CharOffsets turns a mark's
// index into a byte offset of the UTF-8 input, walking forward as marks come
// in order (a step back starts again from the beginning).
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace coop {

class CharOffsets {
  public:
    // `text` as given to libyaml; a UTF-8 byte order mark is not counted.
    explicit CharOffsets(std::string_view text)
        : text_(text), bom_(text.starts_with("\xEF\xBB\xBF") ? 3 : 0), byte_(bom_) {}

    std::size_t operator()(std::size_t index) {
        if (index < index_) { // a step back: start again
            index_ = 0;
            byte_ = bom_;
        }
        while (index_ < index && byte_ < text_.size()) {
            const auto c = static_cast<unsigned char>(text_[byte_]);
            byte_ += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            ++index_;
        }
        return std::min(byte_, text_.size());
    }

  private:
    std::string_view text_;
    std::size_t bom_;
    std::size_t index_ = 0;
    std::size_t byte_;
};

} // namespace coop
