#pragma once

#include <QByteArray>

namespace shipdeck::test {

// A SQLite VFS that behaves like the default one until told to fail: then every write
// returns SQLITE_FULL ("disk full"), as a full filesystem would. Name: "shipdeck-fault".
namespace FaultVfs {
QByteArray install();
// Writes fail once this many more bytes have been written; -1 = never fail.
void failWritesAfter(qint64 bytes);
qint64 bytesWritten();
} // namespace FaultVfs

} // namespace shipdeck::test
