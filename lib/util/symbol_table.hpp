#pragma once
// Text stored once and named by a 4-byte symbol: what lets a ledger of a
// million entries fit in less memory than its files. Names shared by many
// entries (handles, kinds, projects) are interned; unique ones (ids) are only
// appended, which costs no lookup. Each symbol costs 4 bytes besides its text
// (a length byte or two and the bytes), not the 16 of a string_view.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coop {

using Sym = std::uint32_t;

inline constexpr Sym no_symbol = 0; // the empty text

class SymbolTable {
  public:
    SymbolTable();
    // The same text always gives the same symbol.
    Sym intern(std::string_view s);
    // A new symbol for `s`, without looking for an equal one.
    Sym add(std::string_view s);
    // Valid as long as the table, also after it is moved.
    std::string_view operator[](Sym s) const;
    std::size_t size() const { return where_.size(); }

  private:
    static constexpr std::size_t chunk_size = std::size_t{1} << 18;
    static constexpr std::uint32_t long_text = std::uint32_t{1} << 31;

    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t used_ = chunk_size; // in the last chunk
    // Symbol -> the offset of its length prefix across the chunks, or, with
    // long_text set, its index in long_ (text longer than a chunk).
    std::vector<std::uint32_t> where_;
    std::vector<std::unique_ptr<std::string>> long_;
    std::unordered_map<std::string_view, Sym> interned_;
};

} // namespace coop
