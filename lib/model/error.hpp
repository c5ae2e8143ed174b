#pragma once
// The one exception type that crosses layers. Problems *in* a ledger are
// Diagnostics, not exceptions; an Error stops the command: the ledger cannot be
// read at all, a git call failed, or the request makes no sense.
#include <stdexcept>
#include <string>

namespace coop {

enum class ErrorKind {
    ledger, // the ledger is wrong or a check failed: exit 1
    usage,  // the request is wrong: exit 2
    io,     // a file or git operation failed: exit 3
};

class Error : public std::runtime_error {
  public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const { return kind_; }

  private:
    ErrorKind kind_;
};

} // namespace coop
