#include "models/config/unifieddiff.h"

#include <QRegularExpression>

namespace shipdeck::UnifiedDiff {

namespace {

struct Hunk
{
    int oldLine = 0, newLine = 0;
    int oldLeft = 0, newLeft = 0; // lines still expected on each side
    bool open() const { return oldLeft > 0 || newLeft > 0; }
};

// "@@ -12,3 +12,4 @@ context" -> hunk; false when the header is malformed.
bool readHunkHeader(const QString &line, Hunk &hunk)
{
    static const QRegularExpression re(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    bool ok[4] = {true, true, true, true};
    hunk.oldLine = m.captured(1).toInt(&ok[0]);
    hunk.oldLeft = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(&ok[1]);
    hunk.newLine = m.captured(3).toInt(&ok[2]);
    hunk.newLeft = m.captured(4).isEmpty() ? 1 : m.captured(4).toInt(&ok[3]);
    return ok[0] && ok[1] && ok[2] && ok[3] && hunk.oldLeft >= 0 && hunk.newLeft >= 0;
}

DiffLine headerLine(const QString &line)
{
    DiffLine out;
    out.text = line;
    if (line.startsWith(QLatin1String("diff ")))
        out.kind = DiffLine::Kind::File;
    else if (line.startsWith(QLatin1String("--- ")) || line.startsWith(QLatin1String("+++ "))
             || line.startsWith(QLatin1String("index ")) || line.startsWith(QLatin1String("new file"))
             || line.startsWith(QLatin1String("deleted file")) || line.startsWith(QLatin1String("similarity"))
             || line.startsWith(QLatin1String("rename ")) || line.startsWith(QLatin1String("old mode"))
             || line.startsWith(QLatin1String("new mode")))
        out.kind = DiffLine::Kind::Header;
    else if (line.startsWith(QLatin1Char('\\')))
        out.kind = DiffLine::Kind::Note;
    return out;
}

} // namespace

QList<DiffLine> parse(const QString &patch)
{
    QList<DiffLine> out;
    QStringList lines = patch.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline ends the last line
    Hunk hunk;
    for (QString line : std::as_const(lines)) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (hunk.open() && !line.isEmpty()) {
            const QChar c = line.at(0);
            DiffLine d;
            d.text = line.mid(1);
            if (c == QLatin1Char(' ') && hunk.oldLeft > 0 && hunk.newLeft > 0) {
                d.kind = DiffLine::Kind::Context;
                d.oldLine = hunk.oldLine++;
                d.newLine = hunk.newLine++;
                --hunk.oldLeft;
                --hunk.newLeft;
                out.append(d);
                continue;
            }
            if (c == QLatin1Char('-') && hunk.oldLeft > 0) {
                d.kind = DiffLine::Kind::Removed;
                d.oldLine = hunk.oldLine++;
                --hunk.oldLeft;
                out.append(d);
                continue;
            }
            if (c == QLatin1Char('+') && hunk.newLeft > 0) {
                d.kind = DiffLine::Kind::Added;
                d.newLine = hunk.newLine++;
                --hunk.newLeft;
                out.append(d);
                continue;
            }
            if (c == QLatin1Char('\\')) {
                out.append(headerLine(line));
                continue;
            }
            hunk = {}; // the hunk does not match its header: stop numbering
        } else if (hunk.open() && line.isEmpty() && hunk.oldLeft > 0 && hunk.newLeft > 0) {
            // Some tools drop the space of an empty context line.
            out.append({DiffLine::Kind::Context, hunk.oldLine++, hunk.newLine++, QString()});
            --hunk.oldLeft;
            --hunk.newLeft;
            continue;
        }
        if (line.startsWith(QLatin1String("@@"))) {
            DiffLine d;
            d.text = line;
            Hunk next;
            if (readHunkHeader(line, next)) {
                d.kind = DiffLine::Kind::Hunk;
                hunk = next;
            } else {
                hunk = {};
            }
            out.append(d);
            continue;
        }
        out.append(headerLine(line));
    }
    return out;
}

} // namespace shipdeck::UnifiedDiff
