#include "util/symbol_table.hpp"

#include <cstring>
#include <stdexcept>

namespace coop {

namespace {

// The length before the text: 7 bits a byte, low bits first.
std::size_t put_length(char* out, std::size_t n) {
    std::size_t i = 0;
    for (; n >= 0x80; n >>= 7)
        out[i++] = static_cast<char>(0x80 | (n & 0x7f));
    out[i++] = static_cast<char>(n);
    return i;
}

} // namespace

SymbolTable::SymbolTable() {
    add({});
    interned_.emplace(std::string_view{}, no_symbol);
}

Sym SymbolTable::intern(std::string_view s) {
    if (const auto it = interned_.find(s); it != interned_.end()) return it->second;
    const Sym sym = add(s);
    interned_.emplace((*this)[sym], sym);
    return sym;
}

Sym SymbolTable::add(std::string_view s) {
    // 4-byte symbols and offsets: past 2^31 bytes the ledger is beyond its design.
    if (where_.size() >= long_text || chunks_.size() * chunk_size >= long_text)
        throw std::length_error("more ledger text than coop can hold (2 GiB)");
    const std::size_t need = s.size() + 5;
    if (need > chunk_size / 4) {
        where_.push_back(long_text | static_cast<std::uint32_t>(long_.size()));
        long_.push_back(std::make_unique<std::string>(s));
        return static_cast<Sym>(where_.size() - 1);
    }
    if (chunk_size - used_ < need) {
        chunks_.push_back(std::make_unique<char[]>(chunk_size));
        used_ = 0;
    }
    char* at = chunks_.back().get() + used_;
    const std::size_t prefix = put_length(at, s.size());
    if (!s.empty()) std::memcpy(at + prefix, s.data(), s.size());
    where_.push_back(static_cast<std::uint32_t>((chunks_.size() - 1) * chunk_size + used_));
    used_ += prefix + s.size();
    return static_cast<Sym>(where_.size() - 1);
}

std::string_view SymbolTable::operator[](Sym s) const {
    const std::uint32_t w = where_[s];
    if (w & long_text) return *long_[w & ~long_text];
    const char* at = chunks_[w / chunk_size].get() + w % chunk_size;
    std::size_t n = 0;
    int shift = 0;
    for (;; shift += 7) {
        const auto byte = static_cast<unsigned char>(*at++);
        n |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80)) break;
    }
    return {at, n};
}

} // namespace coop
