#include "backend/config/configmerge.h"

#include "backend/config/gitrepository.h"
#include "backend/config/yamleditor.h"

#include <QMap>

namespace shipdeck::ConfigMerge {

namespace {

bool isYaml(const QString &path)
{
    return path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"));
}

void flatten(const QJsonValue &v, const YamlPath &path, QMap<QString, QPair<YamlPath, QJsonValue>> &out)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.child(it.key()), out);
        return;
    }
    if (!path.isEmpty())
        out.insert(path.toString(), {path, v});
}

QJsonValue text(bool has, const QByteArray &content)
{
    return has ? QJsonValue(QString::fromUtf8(content)) : QJsonValue(QJsonValue::Undefined);
}

const ConfigConflict *findResolution(const QList<ConfigConflict> &resolutions, const QString &key)
{
    for (const ConfigConflict &r : resolutions) {
        if (r.key == key && !r.resolution.isEmpty())
            return &r;
    }
    return nullptr;
}

FileOutcome wholeFile(const GitConflict &c, const QList<ConfigConflict> &resolutions)
{
    FileOutcome out;
    ConfigConflict conflict;
    conflict.file = c.path;
    conflict.base = text(c.hasBase, c.base);
    conflict.ours = text(c.hasOurs, c.ours);
    conflict.theirs = text(c.hasTheirs, c.theirs);
    if (const ConfigConflict *r = findResolution(resolutions, QString())) {
        ConfigConflict picked = conflict;
        picked.resolution = r->resolution;
        picked.resolvedValue = r->resolvedValue;
        const QJsonValue chosen = chosenValue(picked);
        out.merged = chosen.isUndefined() ? QByteArray() : chosen.toString().toUtf8();
        return out;
    }
    out.merged = c.hasOurs ? c.ours : QByteArray();
    out.conflicts.append(conflict);
    return out;
}

} // namespace

QJsonValue chosenValue(const ConfigConflict &c)
{
    if (c.resolution == QLatin1String("ours"))
        return c.ours;
    if (c.resolution == QLatin1String("theirs"))
        return c.theirs;
    if (c.resolution == QLatin1String("base"))
        return c.base;
    return c.resolvedValue;
}

FileOutcome mergeFile(const GitConflict &c, const QList<ConfigConflict> &resolutions)
{
    if (!isYaml(c.path) || !c.hasOurs || !c.hasTheirs)
        return wholeFile(c, resolutions);
    auto base = YamlEditor::parse(c.hasBase ? c.base : QByteArray(), c.path);
    auto ours = YamlEditor::parse(c.ours, c.path);
    auto theirs = YamlEditor::parse(c.theirs, c.path);
    if (!base || !ours || !theirs)
        return wholeFile(c, resolutions);

    QMap<QString, QPair<YamlPath, QJsonValue>> b, o, t;
    flatten(base.value().toJson(), YamlPath(), b);
    flatten(ours.value().toJson(), YamlPath(), o);
    flatten(theirs.value().toJson(), YamlPath(), t);
    QStringList keys = b.keys() + o.keys() + t.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());

    FileOutcome out;
    YamlEditor merged = ours.value();
    auto apply = [&merged](const YamlPath &path, const QJsonValue &v) -> Result<void> {
        if (v.isUndefined()) {
            if (!merged.contains(path))
                return success();
            return merged.remove(path);
        }
        return merged.setValue(path, v);
    };
    for (const QString &key : std::as_const(keys)) {
        const YamlPath path = b.contains(key) ? b.value(key).first : o.contains(key) ? o.value(key).first : t.value(key).first;
        const QJsonValue bv = b.contains(key) ? b.value(key).second : QJsonValue(QJsonValue::Undefined);
        const QJsonValue ov = o.contains(key) ? o.value(key).second : QJsonValue(QJsonValue::Undefined);
        const QJsonValue tv = t.contains(key) ? t.value(key).second : QJsonValue(QJsonValue::Undefined);
        if (ov == tv || tv == bv)
            continue; // same on both sides, or only ours changed it
        Result<void> applied = success();
        if (ov == bv) {
            applied = apply(path, tv); // only theirs changed it
        } else {
            ConfigConflict conflict;
            conflict.file = c.path;
            conflict.key = key;
            conflict.base = bv;
            conflict.ours = ov;
            conflict.theirs = tv;
            if (const ConfigConflict *r = findResolution(resolutions, key)) {
                conflict.resolution = r->resolution;
                conflict.resolvedValue = r->resolvedValue;
                applied = apply(path, chosenValue(conflict));
            } else {
                out.conflicts.append(conflict);
            }
        }
        if (!applied)
            return wholeFile(c, resolutions); // the structures diverged too far for key edits
    }
    out.merged = merged.text();
    return out;
}

} // namespace shipdeck::ConfigMerge
