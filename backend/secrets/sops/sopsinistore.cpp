// INI: sections of `key = value`, keys before the first section belong to DEFAULT, the
// metadata is the flattened [sops] section (keys aligned as go-ini writes them).
#include "backend/secrets/sops/sopsmetadata.h"
#include "backend/secrets/sops/sopsstore.h"
#include "backend/secrets/sops/sopsstores.h"

namespace shipdeck::sops {
namespace {

const QString kDefault = QStringLiteral("DEFAULT");

struct SectionInfo
{
    qsizetype lastEntryEnd = -1; // end of the last entry line (after its newline)
    qsizetype headerEnd = -1;
};

class IniStore final : public SopsStore
{
public:
    SopsFormat format() const override { return SopsFormat::Ini; }

    Result<SopsParsed> parse(const QByteArray &text) const override
    {
        SopsParsed p;
        p.format = SopsFormat::Ini;
        p.text = text;
        SopsNode root = SopsNode::map();
        QList<QPair<QString, QString>> meta;
        QString section = kDefault;
        qsizetype pos = 0;
        int lineNo = 0;
        while (pos < text.size()) {
            ++lineNo;
            const qsizetype nl = text.indexOf('\n', pos);
            const qsizetype lineEnd = nl < 0 ? text.size() : nl;
            const qsizetype next = nl < 0 ? text.size() : nl + 1;
            QByteArray line = text.mid(pos, lineEnd - pos);
            qsizetype contentEnd = lineEnd;
            if (line.endsWith('\r')) {
                line.chop(1);
                --contentEnd;
            }
            const QByteArray trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(';') || trimmed.startsWith('#')) {
                pos = next;
                continue;
            }
            if (trimmed.startsWith('[')) {
                if (!trimmed.endsWith(']'))
                    return Error(ErrorCode::Parse, QStringLiteral("line %1: unterminated section header").arg(lineNo));
                if (section == QLatin1String("sops"))
                    p.metadataSpan.length = pos - p.metadataSpan.offset;
                section = QString::fromUtf8(trimmed.mid(1, trimmed.size() - 2).trimmed());
                if (section == QLatin1String("sops")) {
                    p.metadataSpan = {pos, text.size() - pos};
                } else if (root.indexOf(section) < 0) {
                    root.keys.append(section);
                    root.children.append(SopsNode::map());
                }
                pos = next;
                continue;
            }
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0)
                return Error(ErrorCode::Parse, QStringLiteral("line %1: expected 'key = value'").arg(lineNo)).withDetail(QStringLiteral("line"), lineNo);
            const QString key = QString::fromUtf8(line.left(eq).trimmed());
            qsizetype vStart = pos + eq + 1;
            while (vStart < contentEnd && (text.at(vStart) == ' ' || text.at(vStart) == '\t'))
                ++vStart;
            qsizetype vEnd = contentEnd;
            while (vEnd > vStart && (text.at(vEnd - 1) == ' ' || text.at(vEnd - 1) == '\t'))
                --vEnd;
            QString value = QString::fromUtf8(text.mid(vStart, vEnd - vStart));
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            value = SopsFlatten::unescapeNewlines(value);
            if (section == QLatin1String("sops")) {
                meta.append({key, value});
            } else {
                if (root.indexOf(section) < 0) {
                    root.keys.append(section);
                    root.children.append(SopsNode::map());
                }
                SopsNode *sec = root.child(section);
                if (sec->indexOf(key) >= 0)
                    return Error(ErrorCode::Parse, QStringLiteral("line %1: duplicate key '%2' in [%3]").arg(lineNo).arg(key, section));
                SopsNode leaf = SopsNode::scalar(value);
                leaf.span = {vStart, vEnd - vStart};
                sec->keys.append(key);
                sec->children.append(leaf);
            }
            pos = next;
        }
        p.branches = {root};
        if (!meta.isEmpty()) {
            SD_TRY(p.metadata, SopsFlatten::unflatten(meta));
        } else {
            p.metadataSpan = {};
        }
        return p;
    }

    QByteArray scalarToken(const QString &text, SopsType, bool, bool) const override
    {
        return SopsFlatten::escapeNewlines(text).toUtf8();
    }

    QByteArray metadataBlock(const SopsNode &metadata, const SopsParsed &parsed, bool replacing) const override
    {
        const auto pairs = SopsFlatten::flatten(metadata);
        qsizetype width = 0;
        for (const auto &kv : pairs)
            width = qMax(width, kv.first.size());
        QByteArray out;
        if (!replacing && !parsed.text.isEmpty())
            out += '\n';
        out += "[sops]\n";
        for (const auto &[k, v] : pairs)
            out += k.leftJustified(width).toUtf8() + " = " + SopsFlatten::escapeNewlines(v).toUtf8() + '\n';
        return out;
    }

    qsizetype metadataInsertPos(const SopsParsed &parsed) const override { return parsed.text.size(); }

    Result<QPair<qsizetype, QByteArray>> newEntry(const SopsParsed &parsed, const SopsPath &path, const QByteArray &token) const override
    {
        if (path.size() != 2 || path.at(0).isIndex() || path.at(1).isIndex())
            return Error(ErrorCode::Unsupported, QStringLiteral("INI keys are section.key"));
        const QString section = path.at(0).key;
        const QByteArray entry = path.at(1).key.toUtf8() + " = " + token + '\n';
        const SopsNode &root = parsed.branches.first();
        const SopsNode *sec = root.child(section);
        if (sec && !sec->children.isEmpty()) {
            const SourceSpan last = sec->children.last().span;
            qsizetype at = parsed.text.indexOf('\n', last.offset + last.length);
            at = at < 0 ? parsed.text.size() : at + 1;
            return qMakePair(at, (at == parsed.text.size() && !parsed.text.endsWith('\n') ? QByteArray("\n") : QByteArray()) + entry);
        }
        if (sec || section == kDefault) {
            if (section == kDefault)
                return qMakePair(qsizetype(0), entry);
            return Error(ErrorCode::Unsupported, QStringLiteral("section [%1] has no entries to add after").arg(section));
        }
        const qsizetype at = parsed.metadataSpan.isValid() ? parsed.metadataSpan.offset : parsed.text.size();
        return qMakePair(at, "[" + section.toUtf8() + "]\n" + entry + '\n');
    }
};

} // namespace

std::unique_ptr<SopsStore> makeIniStore()
{
    return std::make_unique<IniStore>();
}

} // namespace shipdeck::sops
