// LD_PRELOAD shim for the crash-safety test (issue 11): counts the helper's durable steps (a write() to a
// regular file, fsync(), fdatasync(), rename(), renameat(), unlink()) and kills the process with SIGKILL just
// before step VFIO_CRASH_AT, as a power cut or an OOM kill would. VFIO_CRASH_LOG names a file that gets the
// step's kind and number first. Without VFIO_CRASH_AT it only passes the calls on.
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
std::atomic<long> steps{0};

long crashAt()
{
    static const long at = [] {
        const char *value = std::getenv("VFIO_CRASH_AT");
        return value ? std::atol(value) : -1L;
    }();
    return at;
}

template <typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

// Called before each durable step; never returns at the chosen one.
void step(const char *kind)
{
    if (crashAt() < 0)
        return;
    const long number = ++steps;
    if (number != crashAt())
        return;
    if (const char *log = std::getenv("VFIO_CRASH_LOG")) {
        char line[64];
        const int length = std::snprintf(line, sizeof line, "%s %ld\n", kind, number);
        static auto realOpen = next<int (*)(const char *, int, ...)>("open");
        static auto realWrite = next<ssize_t (*)(int, const void *, size_t)>("write");
        const int fd = realOpen(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd >= 0 && length > 0)
            realWrite(fd, line, size_t(length));
    }
    ::raise(SIGKILL);
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
    if (isRegularFile(fd))
        step("write");
    return real(fd, buffer, count);
}

int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    step("fsync");
    return real(fd);
}

int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    step("fdatasync");
    return real(fd);
}

int rename(const char *from, const char *to)
{
    static auto real = next<int (*)(const char *, const char *)>("rename");
    step("rename");
    return real(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    static auto real = next<int (*)(int, const char *, int, const char *)>("renameat");
    step("renameat");
    return real(fromDir, from, toDir, to);
}

int unlink(const char *path)
{
    static auto real = next<int (*)(const char *)>("unlink");
    step("unlink");
    return real(path);
}
}
