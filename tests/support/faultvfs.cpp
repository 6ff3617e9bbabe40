#include "faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace shipdeck::test::FaultVfs {

namespace {
std::atomic<qint64> g_budget{-1};
std::atomic<qint64> g_written{0};
sqlite3_vfs g_vfs;
sqlite3_vfs *g_base = nullptr;

struct FaultFile
{
    sqlite3_file base;   // must be first: SQLite sees this
    sqlite3_file *real;  // the wrapped file, allocated after this struct
};

sqlite3_io_methods g_methods;

sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<FaultFile *>(f)->real; }

int xClose(sqlite3_file *f) { return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK; }
int xRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), p, n, o); }
int xWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    const qint64 budget = g_budget.load();
    if (budget >= 0 && g_written.load() + n > budget)
        return SQLITE_FULL;
    g_written.fetch_add(n);
    return real(f)->pMethods->xWrite(real(f), p, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 s) { return real(f)->pMethods->xTruncate(real(f), s); }
int xSync(sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
int xFileSize(sqlite3_file *f, sqlite3_int64 *s) { return real(f)->pMethods->xFileSize(real(f), s); }
int xLock(sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int xUnlock(sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int xCheckReservedLock(sqlite3_file *f, int *r) { return real(f)->pMethods->xCheckReservedLock(real(f), r); }
int xFileControl(sqlite3_file *f, int op, void *a) { return real(f)->pMethods->xFileControl(real(f), op, a); }
int xSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int xShmMap(sqlite3_file *f, int i, int s, int b, void volatile **p) { return real(f)->pMethods->xShmMap(real(f), i, s, b, p); }
int xShmLock(sqlite3_file *f, int o, int n, int fl) { return real(f)->pMethods->xShmLock(real(f), o, n, fl); }
void xShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int xShmUnmap(sqlite3_file *f, int d) { return real(f)->pMethods->xShmUnmap(real(f), d); }
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p) { return real(f)->pMethods->xFetch(real(f), o, n, p); }
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ff = reinterpret_cast<FaultFile *>(file);
    ff->real = reinterpret_cast<sqlite3_file *>(ff + 1);
    std::memset(ff->real, 0, g_base->szOsFile);
    const int rc = g_base->xOpen(g_base, name, ff->real, flags, outFlags);
    ff->base.pMethods = rc == SQLITE_OK ? &g_methods : nullptr;
    return rc;
}
} // namespace

QByteArray install()
{
    static bool done = false;
    if (!done) {
        g_base = sqlite3_vfs_find(nullptr);
        g_methods = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
                     xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
                     xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};
        g_vfs = *g_base;
        g_vfs.zName = "shipdeck-fault";
        g_vfs.szOsFile = int(sizeof(FaultFile)) + g_base->szOsFile;
        g_vfs.xOpen = xOpen;
        g_vfs.pNext = nullptr;
        sqlite3_vfs_register(&g_vfs, 0);
        done = true;
    }
    return QByteArrayLiteral("shipdeck-fault");
}

void failWritesAfter(qint64 bytes)
{
    g_written.store(0);
    g_budget.store(bytes);
}

qint64 bytesWritten() { return g_written.load(); }

} // namespace shipdeck::test::FaultVfs
