#include "model/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "util/shorten.hpp"

namespace coop {

void Diagnostics::add(Diagnostic d) {
    // A value quoted in a message is shown in part when long: a 1 MB value
    // once, not its megabyte in every message that names it.
    if (d.message.size() > 80) d.message = shorten_quoted(d.message);
    if (d.severity == Severity::error) ++errors_;
    items_.push_back(std::move(d));
}

void Diagnostics::error(std::string_view path, std::uint32_t line, std::uint32_t column,
                        std::string message) {
    add({Severity::error, std::string(path), line, column, std::move(message)});
}

void Diagnostics::warning(std::string_view path, std::uint32_t line, std::uint32_t column,
                          std::string message) {
    add({Severity::warning, std::string(path), line, column, std::move(message)});
}

void Diagnostics::append(Diagnostics&& other) {
    errors_ += other.errors_;
    items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                  std::make_move_iterator(other.items_.end()));
    other.items_.clear();
    other.errors_ = 0;
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.path, a.line, a.column, a.message) <
               std::tie(b.path, b.line, b.column, b.message);
    });
}

} // namespace coop
