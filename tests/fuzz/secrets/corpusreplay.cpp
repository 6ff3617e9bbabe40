// Runs a libFuzzer target without libFuzzer: every file of the seed corpus, then a fixed number
// of deterministic mutations of each (bit flips, truncations, duplicated and deleted ranges),
// so the parsers see malformed input in every normal test run. A crash fails the test.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(QByteArray in, QRandomGenerator &rng)
{
    if (in.isEmpty())
        return QByteArray(1, char(rng.bounded(256)));
    switch (rng.bounded(5)) {
    case 0: { // flip a bit
        const qsizetype i = rng.bounded(int(in.size()));
        in[i] = char(in.at(i) ^ (1 << rng.bounded(8)));
        return in;
    }
    case 1: // truncate
        return in.left(rng.bounded(int(in.size())));
    case 2: { // delete a range
        const qsizetype i = rng.bounded(int(in.size()));
        return in.remove(i, rng.bounded(int(in.size() - i)) + 1);
    }
    case 3: { // duplicate a range
        const qsizetype i = rng.bounded(int(in.size()));
        const qsizetype n = rng.bounded(int(qMin<qsizetype>(64, in.size() - i))) + 1;
        return in.insert(i, in.mid(i, n));
    }
    default: { // overwrite a byte with an interesting one
        static const char interesting[] = {'\n', '\r', ' ', '-', '=', ':', '[', ']', '{', '}', '"', '\'', '#', '\0', '\xff'};
        in[rng.bounded(int(in.size()))] = interesting[rng.bounded(int(sizeof interesting))];
        return in;
    }
    }
}

} // namespace

int main(int argc, char **argv)
{
    int mutations = 64;
    QStringList dirs;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a.startsWith(QLatin1String("--mutations=")))
            mutations = a.mid(12).toInt();
        else
            dirs << a;
    }
    if (dirs.isEmpty()) {
        std::fprintf(stderr, "usage: %s [--mutations=N] CORPUS_DIR...\n", argv[0]);
        return 2;
    }
    QRandomGenerator rng(20261128);
    int files = 0;
    int inputs = 0;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray seed = f.readAll();
            ++files;
            run(seed);
            ++inputs;
            QByteArray current = seed;
            for (int m = 0; m < mutations; ++m) {
                current = mutate(m % 8 == 0 ? seed : current, rng);
                run(current);
                ++inputs;
            }
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no corpus files found\n");
        return 1;
    }
    std::printf("%d seeds, %d inputs, no crash\n", files, inputs);
    return 0;
}
