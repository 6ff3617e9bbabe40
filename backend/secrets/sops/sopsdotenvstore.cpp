// dotenv: KEY=VALUE lines, '#' comments, metadata as sops_… lines (sorted, like sops writes it).
#include "backend/secrets/sops/sopsmetadata.h"
#include "backend/secrets/sops/sopsstore.h"
#include "backend/secrets/sops/sopsstores.h"

#include <QSet>

#include <algorithm>

namespace shipdeck::sops {
namespace {

class DotenvStore final : public SopsStore
{
public:
    SopsFormat format() const override { return SopsFormat::Dotenv; }

    Result<SopsParsed> parse(const QByteArray &text) const override
    {
        SopsParsed p;
        p.format = SopsFormat::Dotenv;
        p.text = text;
        SopsNode root = SopsNode::map();
        QList<QPair<QString, QString>> meta;
        qsizetype pos = 0;
        int lineNo = 0;
        qsizetype metaStart = -1;
        qsizetype metaEnd = -1;
        bool gapAfterMeta = false;
        QSet<QString> seen;
        while (pos < text.size()) {
            ++lineNo;
            qsizetype nl = text.indexOf('\n', pos);
            const qsizetype lineEnd = nl < 0 ? text.size() : nl;
            const qsizetype next = nl < 0 ? text.size() : nl + 1;
            const QByteArray line = text.mid(pos, lineEnd - pos);
            if (line.isEmpty() || line.startsWith('#')) {
                if (metaStart >= 0 && !line.isEmpty())
                    gapAfterMeta = true;
                pos = next;
                continue;
            }
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0)
                return Error(ErrorCode::Parse, QStringLiteral("line %1: expected KEY=VALUE").arg(lineNo)).withDetail(QStringLiteral("line"), lineNo);
            const QString key = QString::fromUtf8(line.left(eq));
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (key.startsWith(QLatin1String("sops_"))) {
                if (metaStart < 0)
                    metaStart = pos;
                else if (gapAfterMeta)
                    return Error(ErrorCode::Unsupported, QStringLiteral("line %1: sops_ entries are not together at the end").arg(lineNo));
                metaEnd = next;
                meta.append({key.mid(5), SopsFlatten::unescapeNewlines(value)});
            } else {
                if (metaStart >= 0)
                    gapAfterMeta = true;
                if (seen.contains(key))
                    return Error(ErrorCode::Parse, QStringLiteral("line %1: duplicate key '%2'").arg(lineNo).arg(key));
                seen.insert(key);
                SopsNode leaf = SopsNode::scalar(SopsFlatten::unescapeNewlines(value));
                leaf.span = {pos + eq + 1, lineEnd - pos - eq - 1};
                root.keys.append(key);
                root.children.append(leaf);
            }
            pos = next;
        }
        p.branches = {root};
        if (!meta.isEmpty()) {
            SD_TRY(p.metadata, SopsFlatten::unflatten(meta));
            p.metadataSpan = {metaStart, metaEnd - metaStart};
        }
        return p;
    }

    QByteArray scalarToken(const QString &text, SopsType, bool, bool) const override
    {
        return SopsFlatten::escapeNewlines(text).toUtf8();
    }

    QByteArray metadataBlock(const SopsNode &metadata, const SopsParsed &, bool) const override
    {
        auto pairs = SopsFlatten::flatten(metadata);
        std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QByteArray out;
        for (const auto &[k, v] : pairs)
            out += "sops_" + k.toUtf8() + '=' + SopsFlatten::escapeNewlines(v).toUtf8() + '\n';
        return out;
    }

    qsizetype metadataInsertPos(const SopsParsed &parsed) const override { return parsed.text.size(); }

    Result<QPair<qsizetype, QByteArray>> newEntry(const SopsParsed &parsed, const SopsPath &path, const QByteArray &token) const override
    {
        if (path.size() != 1 || path.first().isIndex())
            return Error(ErrorCode::Unsupported, QStringLiteral("dotenv files hold only top-level keys"));
        const qsizetype at = parsed.metadataSpan.isValid() ? parsed.metadataSpan.offset : parsed.text.size();
        return qMakePair(at, path.first().key.toUtf8() + '=' + token + '\n');
    }
};

} // namespace

std::unique_ptr<SopsStore> makeDotenvStore()
{
    return std::make_unique<DotenvStore>();
}

} // namespace shipdeck::sops
