// SPDX-License-Identifier: GPL-3.0-or-later
// LD_PRELOAD shim for the crash-safety and failing-call tests (issue 11): counts the durable steps of a
// process (mkostemp(), a write() to a regular file, fsync(), fdatasync(), rename(), renameat(), unlink()) and
// either kills the process with SIGKILL just before step VFIO_CRASH_AT, as a power cut or an OOM kill would,
// or makes step VFIO_FAIL_AT fail (EIO; EMFILE for mkostemp) or, with VFIO_FAIL_MODE=short, makes that
// write() write only half. VFIO_CRASH_LOG names a file that gets the step's kind and number first. Without
// either variable it only passes the calls on.
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
std::atomic<long> steps{0};

long numberFrom(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::atol(value) : -1L;
}

template <typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

void logStep(const char *verb, const char *kind, long number)
{
    const char *log = std::getenv("VFIO_CRASH_LOG");
    if (!log)
        return;
    char line[80];
    const int length = std::snprintf(line, sizeof line, "%s %s %ld\n", verb, kind, number);
    static auto realOpen = next<int (*)(const char *, int, ...)>("open");
    static auto realWrite = next<ssize_t (*)(int, const void *, size_t)>("write");
    const int fd = realOpen(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd >= 0 && length > 0)
        realWrite(fd, line, size_t(length));
}

enum class Action
{
    Pass,
    Fail,  // return an error
    Short, // write() only: write half
};

// Called before each durable step; never returns at the step chosen for a crash.
Action step(const char *kind)
{
    static const long crashAt = numberFrom("VFIO_CRASH_AT");
    static const long failAt = numberFrom("VFIO_FAIL_AT");
    static const bool shortWrites =
        std::getenv("VFIO_FAIL_MODE") && !std::strcmp(std::getenv("VFIO_FAIL_MODE"), "short");
    if (crashAt < 0 && failAt < 0)
        return Action::Pass;
    const long number = ++steps;
    if (number == crashAt) {
        logStep("killed before", kind, number);
        ::raise(SIGKILL);
    }
    if (number != failAt)
        return Action::Pass;
    logStep(shortWrites ? "short" : "failed", kind, number);
    return shortWrites ? Action::Short : Action::Fail;
}

int failWith(int error)
{
    errno = error;
    return -1;
}

bool isRegularFile(int fd)
{
    struct stat status
    {
    };
    return fd > 2 && ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
}
} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    const Action action = isRegularFile(fd) ? step("write") : Action::Pass;
    if (action == Action::Fail)
        return failWith(EIO);
    return real(fd, buffer, action == Action::Short && count > 1 ? count / 2 : count);
}

int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    if (step("fsync") == Action::Fail)
        return failWith(EIO);
    return real(fd);
}

int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    if (step("fdatasync") == Action::Fail)
        return failWith(EIO);
    return real(fd);
}

int rename(const char *from, const char *to)
{
    static auto real = next<int (*)(const char *, const char *)>("rename");
    if (step("rename") == Action::Fail)
        return failWith(EIO);
    return real(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    static auto real = next<int (*)(int, const char *, int, const char *)>("renameat");
    if (step("renameat") == Action::Fail)
        return failWith(EIO);
    return real(fromDir, from, toDir, to);
}

int mkostemp(char *pattern, int flags)
{
    static auto real = next<int (*)(char *, int)>("mkostemp");
    if (step("open") == Action::Fail)
        return failWith(EMFILE);
    return real(pattern, flags);
}

int unlink(const char *path)
{
    static auto real = next<int (*)(const char *)>("unlink");
    if (step("unlink") == Action::Fail)
        return failWith(EIO);
    return real(path);
}
}
