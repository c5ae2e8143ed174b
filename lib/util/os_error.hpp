#pragma once
// What a system call that failed says, in words ("cannot write 'x': No space
// left on device"): util's own error, which knows nothing of ledgers; lib/
// turns it into an Error where it calls util.
#include <stdexcept>

namespace coop {

class OsError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

} // namespace coop
