#pragma once
// A hash set of entry numbers keyed by the text each stands for (an id): exact
// lookups among a hundred thousand ids in one flat array, without a node or a
// copy of the text per id.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace coop {

// TextOf: std::string_view(std::uint32_t n), the text of entry n.
template <class TextOf> class TextIndex {
  public:
    TextIndex(std::size_t expected, TextOf text_of) : text_of_(std::move(text_of)) {
        std::size_t size = 16;
        while (!roomy(expected, size))
            size *= 2;
        slots_.assign(size, empty);
    }

    // Adds entry n; returns the entry already there with the same text, if any
    // (n is then not added).
    std::optional<std::uint32_t> insert(std::uint32_t n) {
        std::uint32_t& slot = slots_[probe(text_of_(n))];
        if (slot != empty) return slot;
        slot = n;
        if (!roomy(++used_, slots_.size())) grow();
        return std::nullopt;
    }

    std::optional<std::uint32_t> find(std::string_view text) const {
        const std::uint32_t n = slots_[probe(text)];
        if (n == empty) return std::nullopt;
        return n;
    }

  private:
    static constexpr std::uint32_t empty = ~std::uint32_t{0};
    // At most 3/4 full: a few probes a lookup, and a quarter of the memory of
    // a node-based set.
    static bool roomy(std::size_t used, std::size_t size) { return used * 4 <= size * 3; }
    std::size_t mask() const { return slots_.size() - 1; }
    // The slot holding an entry with this text, or the empty one where it would go.
    std::size_t probe(std::string_view text) const {
        std::size_t i = std::hash<std::string_view>{}(text)&mask();
        while (slots_[i] != empty && text_of_(slots_[i]) != text)
            i = (i + 1) & mask();
        return i;
    }
    void grow() {
        std::vector<std::uint32_t> old(slots_.size() * 2, empty);
        old.swap(slots_);
        for (std::uint32_t n : old)
            if (n != empty) slots_[probe(text_of_(n))] = n;
    }

    TextOf text_of_;
    std::vector<std::uint32_t> slots_;
    std::size_t used_ = 0;
};

} // namespace coop
