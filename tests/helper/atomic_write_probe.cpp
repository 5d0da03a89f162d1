// SPDX-License-Identifier: GPL-3.0-or-later
// atomic_write_probe PATH CONTENT: one atomicfile::write, for the failing-call test, which runs it under the
// LD_PRELOAD shim. Prints "ok" and exits 0, or prints the error and exits 1.
#include "AtomicFile.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: atomic_write_probe PATH CONTENT\n");
        return 2;
    }
    const auto result = vfio::atomicfile::write(QString::fromLocal8Bit(argv[1]), QByteArray(argv[2]));
    std::printf("%s\n", result.ok() ? "ok" : qPrintable(result.error()));
    return result.ok() ? 0 : 1;
}
