#pragma once

#include <QtGlobal>

namespace shipdeck {

// Milliseconds since this process was started by the kernel (Linux: /proc/self/stat), so
// start-up figures include loading the libraries, not only the time after main().
// Returns -1 where that cannot be read.
qint64 msSinceProcessStart();
// Resident memory of this process in bytes (VmRSS), or -1.
qint64 residentBytes();

} // namespace shipdeck
