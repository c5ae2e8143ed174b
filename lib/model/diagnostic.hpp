#pragma once
// Problems found in a ledger, each with its place. The library collects them;
// the command line decides how to show them.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coop {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string path;         // relative to the ledger root, '/'-separated
    std::uint32_t line = 0;   // 1-based; 0 when the problem is the whole file
    std::uint32_t column = 0; // 1-based; 0 when the problem is the whole file
    std::string message;
};

class Diagnostics {
  public:
    void error(std::string_view path, std::uint32_t line, std::uint32_t column,
               std::string message);
    void warning(std::string_view path, std::uint32_t line, std::uint32_t column,
                 std::string message);
    void add(Diagnostic d);
    void append(Diagnostics&& other);

    // Sorted by path, line, column, then message: the same ledger always gives
    // the same report, however its files were read.
    void sort();

    bool has_errors() const { return errors_ > 0; }
    std::size_t error_count() const { return errors_; }
    std::size_t warning_count() const { return items_.size() - errors_; }
    const std::vector<Diagnostic>& items() const { return items_; }

  private:
    std::vector<Diagnostic> items_;
    std::size_t errors_ = 0;
};

} // namespace coop
