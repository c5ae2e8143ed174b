#include "util/subprocess.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "util/os_error.hpp"

extern char** environ;

namespace coop {

namespace {

class Fd {
  public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(Fd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    Fd& operator=(Fd&&) = delete;
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    void reset() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }

  private:
    int fd_ = -1;
};

struct Pipe {
    Fd read, write;
};

Pipe make_pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw OsError(fmt::format("cannot make a pipe: {}", std::strerror(errno)));
    return Pipe{Fd(fds[0]), Fd(fds[1])};
}

class SpawnActions {
  public:
    SpawnActions() { posix_spawn_file_actions_init(&a_); }
    ~SpawnActions() { posix_spawn_file_actions_destroy(&a_); }
    SpawnActions(const SpawnActions&) = delete;
    SpawnActions& operator=(const SpawnActions&) = delete;
    posix_spawn_file_actions_t* get() { return &a_; }

  private:
    posix_spawn_file_actions_t a_{};
};

// SIGPIPE blocked in this thread while it writes to a child that may have
// exited: the write fails with EPIPE instead of killing coop; a SIGPIPE left
// pending is taken before the mask is restored.
class SigpipeGuard {
  public:
    SigpipeGuard() {
        sigemptyset(&pipe_);
        sigaddset(&pipe_, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
    }
    ~SigpipeGuard() {
        sigset_t pending;
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE) && !sigismember(&old_, SIGPIPE)) {
            const timespec zero{0, 0};
            sigtimedwait(&pipe_, nullptr, &zero);
        }
        pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    }
    SigpipeGuard(const SigpipeGuard&) = delete;
    SigpipeGuard& operator=(const SigpipeGuard&) = delete;

  private:
    sigset_t pipe_{}, old_{};
};

void exchange(Fd& in, Fd& out, Fd& err, std::string_view input, ProcessResult& r) {
    const SigpipeGuard guard;
    std::size_t written = 0;
    if (input.empty()) in.reset();
    char buf[4096];
    while (out.get() >= 0 || err.get() >= 0 || in.get() >= 0) {
        pollfd fds[3] = {{in.get(), POLLOUT, 0}, {out.get(), POLLIN, 0}, {err.get(), POLLIN, 0}};
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR) continue;
            throw OsError(fmt::format("cannot wait for a program: {}", std::strerror(errno)));
        }
        if (fds[0].revents) {
            const ssize_t n = ::write(in.get(), input.data() + written, input.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if ((n < 0 && errno != EINTR && errno != EAGAIN) || written == input.size()) in.reset();
        }
        for (int k = 1; k < 3; ++k) {
            if (!fds[k].revents) continue;
            Fd& fd = k == 1 ? out : err;
            const ssize_t n = ::read(fd.get(), buf, sizeof buf);
            if (n > 0)
                (k == 1 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
            else if (n == 0 || (errno != EINTR && errno != EAGAIN))
                fd.reset();
        }
    }
}

} // namespace

ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input) {
    Pipe in = make_pipe(), out = make_pipe(), err = make_pipe();
    SpawnActions actions;
    posix_spawn_file_actions_adddup2(actions.get(), in.read.get(), 0);
    posix_spawn_file_actions_adddup2(actions.get(), out.write.get(), 1);
    posix_spawn_file_actions_adddup2(actions.get(), err.write.get(), 2);
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, args[0], actions.get(), nullptr, args.data(), environ);
    if (rc != 0) throw OsError(fmt::format("cannot run {}: {}", argv[0], std::strerror(rc)));
    in.read.reset();
    out.write.reset();
    err.write.reset();
    ProcessResult result;
    int status = 0;
    try {
        exchange(in.write, out.read, err.read, input, result);
    } catch (...) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        throw;
    }
    while (::waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            throw OsError(fmt::format("cannot wait for {}: {}", argv[0], std::strerror(errno)));
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace coop
