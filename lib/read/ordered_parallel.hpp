#pragma once
// Reading many files on several threads while merging their results on the
// calling thread in order. At most `window` results exist at once, so memory
// holds the ledger once plus a few files, not every file's result waiting
// for the merge; the order, and so the output, does not depend on the threads.
#include <atomic>
#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace coop {

// Calls read(k, buffer, result) for k in [0, count) on `threads` threads (the
// caller's one included), and merge(k, result) on the caller's thread for k
// in increasing order. `buffer` is a std::string each thread reuses.
template <class Result, class Read, class Merge>
void read_in_order(std::size_t count, unsigned threads, Read read, Merge merge,
                   std::size_t window = 64) {
    std::vector<Result> slots(window);
    std::vector<std::exception_ptr> failures(window); // a read that threw, rethrown by the merge
    // ready[k % window] == k + 1 once file k is read into slots[k % window].
    const auto ready = std::make_unique<std::atomic<std::size_t>[]>(window);
    std::atomic<std::size_t> next{0};   // the first file nobody has claimed
    std::atomic<std::size_t> merged{0}; // files merged (and their slots freed)

    // The next file to read, when its slot is free; nothing when all are
    // claimed; `waiting` when the window is full.
    constexpr std::size_t waiting = ~std::size_t{0};
    const auto claim = [&]() -> std::optional<std::size_t> {
        std::size_t k = next.load();
        for (;;) {
            if (k >= count) return std::nullopt;
            if (k >= merged.load() + window) return waiting;
            if (next.compare_exchange_weak(k, k + 1)) return k;
        }
    };
    const auto read_into_slot = [&](std::size_t k, std::string& buffer) {
        try {
            read(k, buffer, slots[k % window]);
        } catch (...) {
            failures[k % window] = std::current_exception();
        }
        ready[k % window].store(k + 1);
        ready[k % window].notify_all();
    };
    const auto work = [&] {
        std::string buffer;
        for (;;) {
            const std::size_t seen = merged.load();
            const auto k = claim();
            if (!k) return;
            if (*k == waiting)
                merged.wait(seen); // until the merge frees a slot
            else
                read_into_slot(*k, buffer);
        }
    };

    std::vector<std::jthread> helpers;
    // Whatever stops the merge lets the helpers go before they are joined.
    struct Release {
        std::atomic<std::size_t>& next;
        std::atomic<std::size_t>& merged;
        std::size_t count;
        ~Release() {
            next.store(count);
            merged.store(~std::size_t{0} / 2);
            merged.notify_all();
        }
    };
    const Release release{next, merged, count};
    for (unsigned t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    std::string buffer;
    for (std::size_t k = 0; k < count; ++k) {
        std::atomic<std::size_t>& flag = ready[k % window];
        for (std::size_t seen = flag.load(); seen != k + 1; seen = flag.load()) {
            // Rather than wait, read a file too; a claimed file's slot is free.
            if (const auto other = claim(); other && *other != waiting)
                read_into_slot(*other, buffer);
            else
                flag.wait(seen);
        }
        if (failures[k % window]) std::rethrow_exception(failures[k % window]);
        merge(k, slots[k % window]);
        slots[k % window] = Result{};
        merged.store(k + 1);
        merged.notify_all();
    }
}

} // namespace coop
