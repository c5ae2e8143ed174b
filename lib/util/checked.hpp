#pragma once
// Overflow-checked integer arithmetic: money and points never wrap silently.
#include <cstdint>
#include <optional>

namespace coop {

__extension__ using int128 = __int128; // GCC and Clang both have it; -Wpedantic needs the marker

template <typename T> std::optional<T> checked_add(T a, T b) {
    T r;
    if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
    return r;
}

template <typename T> std::optional<T> checked_sub(T a, T b) {
    T r;
    if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
    return r;
}

template <typename T> std::optional<T> checked_mul(T a, T b) {
    T r;
    if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
    return r;
}

constexpr std::int64_t pow10(int n) {
    std::int64_t r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

} // namespace coop
