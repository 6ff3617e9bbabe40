#include "backend/deploy/analysisspecparser.h"

#include "backend/deploy/analysis/conditionexpression.h"
#include "backend/deploy/analysis/proxytraffic.h"
#include "backend/deploy/specreader.h"

namespace shipdeck {

namespace {
QString indexed(const QString &path, size_t i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

void readCondition(SpecReader &reader, const YamlNode &map, const QString &key, const QString &path, QString &out)
{
    auto text = reader.string(map, key, path);
    if (!text)
        return;
    auto parsed = ConditionExpression::parse(*text);
    if (!parsed)
        reader.problem(*map.find(key), SpecReader::join(path, key), parsed.error().message());
    else
        out = *text;
}

void readProxy(SpecReader &reader, const YamlNode &node, const QString &path, ProxyMeasure &out)
{
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path, {"measure", "target", "window"});
    if (auto v = reader.string(node, QStringLiteral("measure"), path, true)) {
        if (!ProxyTraffic::measureNames().contains(*v)) {
            reader.problem(*node.find(QStringLiteral("measure")), SpecReader::join(path, QStringLiteral("measure")),
                           QStringLiteral("unknown measure '%1' (known: %2)").arg(*v, ProxyTraffic::measureNames().join(QStringLiteral(", "))));
        }
        out.measure = *v;
    }
    if (auto v = reader.string(node, QStringLiteral("target"), path)) {
        if (*v != QLatin1String("canary") && *v != QLatin1String("stable") && *v != QLatin1String("all"))
            reader.problem(*node.find(QStringLiteral("target")), SpecReader::join(path, QStringLiteral("target")),
                           QStringLiteral("target must be canary, stable or all, not '%1'").arg(*v));
        out.target = *v;
    }
    if (auto v = reader.string(node, QStringLiteral("window"), path)) {
        if (*v != QLatin1String("interval") && *v != QLatin1String("run"))
            reader.problem(*node.find(QStringLiteral("window")), SpecReader::join(path, QStringLiteral("window")),
                           QStringLiteral("window must be interval or run, not '%1'").arg(*v));
        out.window = *v;
    }
}

void checkAddress(SpecReader &reader, const YamlNode &map, const QString &path, QString &out)
{
    auto address = reader.string(map, QStringLiteral("address"), path);
    if (!address)
        return;
    const QUrl url(*address);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        reader.problem(*map.find(QStringLiteral("address")), SpecReader::join(path, QStringLiteral("address")),
                       QStringLiteral("'%1' is not an http(s) address").arg(*address));
    out = *address;
}

void readPrometheus(SpecReader &reader, const YamlNode &node, const QString &path, PrometheusQuery &out)
{
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path, {"address", "query", "range", "timeout"});
    checkAddress(reader, node, path, out.address);
    if (auto v = reader.string(node, QStringLiteral("query"), path, true))
        out.query = *v;
    if (auto t = reader.duration(node, QStringLiteral("timeout"), path))
        out.timeoutMs = qMax<qint64>(100, *t);
    if (const YamlNode *range = node.find(QStringLiteral("range"))) {
        const QString rpath = SpecReader::join(path, QStringLiteral("range"));
        if (reader.expectMap(*range, rpath)) {
            reader.checkKeys(*range, rpath, {"duration", "step"});
            out.range = true;
            if (auto d = reader.duration(*range, QStringLiteral("duration"), rpath))
                out.rangeMs = *d;
            if (auto s = reader.duration(*range, QStringLiteral("step"), rpath))
                out.stepMs = *s;
            if (out.stepMs <= 0 || out.rangeMs / qMax<qint64>(1, out.stepMs) > 11'000)
                reader.problem(*range, rpath, QStringLiteral("step must be positive and give at most 11000 points"));
        }
    }
}

void readEffect(SpecReader &reader, const YamlNode &node, const QString &path, JudgeMetric &m)
{
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path, {"measure", "allowedIncrease", "allowedDecrease", "criticalIncrease", "criticalDecrease"});
    if (auto v = reader.string(node, QStringLiteral("measure"), path)) {
        if (*v != QLatin1String("meanRatio") && *v != QLatin1String("cles"))
            reader.problem(*node.find(QStringLiteral("measure")), path, QStringLiteral("effect size measure must be meanRatio or cles"));
        m.effectMeasure = *v;
    }
    m.allowedIncrease = reader.number(node, QStringLiteral("allowedIncrease"), path, 0, 1e6);
    m.allowedDecrease = reader.number(node, QStringLiteral("allowedDecrease"), path, 0, 1e6);
    m.criticalIncrease = reader.number(node, QStringLiteral("criticalIncrease"), path, 0, 1e6);
    m.criticalDecrease = reader.number(node, QStringLiteral("criticalDecrease"), path, 0, 1e6);
}

void readJudge(SpecReader &reader, const YamlNode &node, const QString &path, JudgeSpec &out)
{
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path, {"source", "address", "metrics", "thresholds", "groupWeights", "confidenceLevel",
                                  "tolerance", "lookback", "sampleInterval", "slidingWindow", "minSamples"});
    if (auto v = reader.string(node, QStringLiteral("source"), path)) {
        if (*v != QLatin1String("proxy") && *v != QLatin1String("prometheus"))
            reader.problem(*node.find(QStringLiteral("source")), path, QStringLiteral("source must be proxy or prometheus, not '%1'").arg(*v));
        out.source = *v;
    }
    checkAddress(reader, node, path, out.prometheusAddress);
    if (const YamlNode *t = node.find(QStringLiteral("thresholds"))) {
        const QString tpath = SpecReader::join(path, QStringLiteral("thresholds"));
        if (reader.expectMap(*t, tpath)) {
            reader.checkKeys(*t, tpath, {"pass", "marginal"});
            out.passScore = reader.number(*t, QStringLiteral("pass"), tpath, 0, 100).value_or(out.passScore);
            out.marginalScore = reader.number(*t, QStringLiteral("marginal"), tpath, 0, 100).value_or(out.marginalScore);
            if (out.marginalScore > out.passScore)
                reader.problem(*t, tpath, QStringLiteral("marginal (%1) must not be above pass (%2)").arg(out.marginalScore).arg(out.passScore));
        }
    }
    out.confidenceLevel = reader.number(node, QStringLiteral("confidenceLevel"), path, 0.5, 0.9999).value_or(out.confidenceLevel);
    out.tolerance = reader.number(node, QStringLiteral("tolerance"), path, 0, 10).value_or(out.tolerance);
    if (auto v = reader.string(node, QStringLiteral("lookback"), path)) {
        if (*v != QLatin1String("growing") && *v != QLatin1String("sliding"))
            reader.problem(*node.find(QStringLiteral("lookback")), path, QStringLiteral("lookback must be growing or sliding"));
        out.lookback = *v;
    }
    if (auto d = reader.duration(node, QStringLiteral("sampleInterval"), path))
        out.sampleIntervalMs = qMax<qint64>(200, *d);
    if (auto d = reader.duration(node, QStringLiteral("slidingWindow"), path))
        out.slidingWindowMs = *d;
    out.minSamples = reader.integer(node, QStringLiteral("minSamples"), path, 3, 100'000).value_or(out.minSamples);
    if (const YamlNode *weights = node.find(QStringLiteral("groupWeights"))) {
        const QString wpath = SpecReader::join(path, QStringLiteral("groupWeights"));
        double total = 0;
        if (reader.expectMap(*weights, wpath)) {
            for (size_t i = 0; i < weights->keys.size(); ++i) {
                auto w = reader.number(*weights, weights->keys[i].scalar, wpath, 0, 100);
                if (w) {
                    out.groupWeights.insert(weights->keys[i].scalar, *w);
                    total += *w;
                }
            }
            if (total > 100.0001)
                reader.problem(*weights, wpath, QStringLiteral("group weights add up to %1; they may total at most 100").arg(total));
        }
    }
    const YamlNode *metrics = node.find(QStringLiteral("metrics"));
    const QString mpath = SpecReader::join(path, QStringLiteral("metrics"));
    if (!metrics) {
        reader.problem(node, mpath, QStringLiteral("a judge needs at least one metric"));
        return;
    }
    if (!reader.expectSequence(*metrics, mpath))
        return;
    for (size_t i = 0; i < metrics->items.size(); ++i) {
        const YamlNode &item = metrics->items[i];
        const QString ipath = indexed(mpath, i);
        if (!reader.expectMap(item, ipath))
            continue;
        reader.checkKeys(item, ipath, {"name", "measure", "query", "group", "direction", "nanStrategy", "critical",
                                       "mustHaveData", "effectSize", "outliers"});
        JudgeMetric m;
        m.location = SpecReader::location(item);
        m.name = reader.string(item, QStringLiteral("name"), ipath, true).value_or(QString());
        if (out.source == QLatin1String("proxy")) {
            m.measure = reader.string(item, QStringLiteral("measure"), ipath, true).value_or(QString());
            if (!m.measure.isEmpty() && !ProxyTraffic::measureNames().contains(m.measure))
                reader.problem(*item.find(QStringLiteral("measure")), ipath, QStringLiteral("unknown measure '%1' (known: %2)")
                                                                                  .arg(m.measure, ProxyTraffic::measureNames().join(QStringLiteral(", "))));
        } else {
            m.query = reader.string(item, QStringLiteral("query"), ipath, true).value_or(QString());
            if (!m.query.isEmpty() && !m.query.contains(QLatin1String("{{version}}")))
                reader.problem(*item.find(QStringLiteral("query")), ipath,
                               QStringLiteral("the query must contain {{version}} so it can be run for the canary and the baseline"));
        }
        m.group = reader.string(item, QStringLiteral("group"), ipath).value_or(m.group);
        if (auto v = reader.string(item, QStringLiteral("direction"), ipath)) {
            if (*v != QLatin1String("increase") && *v != QLatin1String("decrease") && *v != QLatin1String("either"))
                reader.problem(*item.find(QStringLiteral("direction")), ipath, QStringLiteral("direction must be increase, decrease or either"));
            m.direction = *v;
        }
        if (auto v = reader.string(item, QStringLiteral("nanStrategy"), ipath))
            m.nanStrategy = *v == QLatin1String("replace") ? *v : QStringLiteral("remove"); // Kayenta: unknown -> remove
        m.critical = reader.boolean(item, QStringLiteral("critical"), ipath).value_or(false);
        m.mustHaveData = reader.boolean(item, QStringLiteral("mustHaveData"), ipath).value_or(false);
        if (const YamlNode *e = item.find(QStringLiteral("effectSize")))
            readEffect(reader, *e, SpecReader::join(ipath, QStringLiteral("effectSize")), m);
        if (const YamlNode *o = item.find(QStringLiteral("outliers"))) {
            const QString opath = SpecReader::join(ipath, QStringLiteral("outliers"));
            if (reader.expectMap(*o, opath)) {
                reader.checkKeys(*o, opath, {"strategy", "factor"});
                if (auto s = reader.string(*o, QStringLiteral("strategy"), opath)) {
                    if (*s != QLatin1String("keep") && *s != QLatin1String("remove"))
                        reader.problem(*o->find(QStringLiteral("strategy")), opath, QStringLiteral("outlier strategy must be keep or remove"));
                    m.outlierStrategy = *s;
                }
                m.outlierFactor = reader.number(*o, QStringLiteral("factor"), opath, 0, 100).value_or(m.outlierFactor);
            }
        }
        out.metrics.append(m);
    }
}

void readSequential(SpecReader &reader, const YamlNode &node, const QString &path, SequentialSpec &out)
{
    if (node.isNull())
        return;
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path, {"alpha", "effects", "minCanaryRequests"});
    out.alpha = reader.number(node, QStringLiteral("alpha"), path, 1e-9, 0.5).value_or(out.alpha);
    out.minCanaryRequests = reader.integer(node, QStringLiteral("minCanaryRequests"), path, 0, 1'000'000).value_or(0);
    if (auto list = reader.stringList(node, QStringLiteral("effects"), path)) {
        out.effects.clear();
        for (const QString &e : *list) {
            bool ok = false;
            const double v = e.toDouble(&ok);
            if (!ok || v <= 1.0 || v > 1000)
                reader.problem(*node.find(QStringLiteral("effects")), SpecReader::join(path, QStringLiteral("effects")),
                               QStringLiteral("'%1' is not an error-odds ratio above 1 (e.g. 2, 3, 5)").arg(e));
            else
                out.effects.append(v);
        }
        if (out.effects.isEmpty())
            reader.problem(*node.find(QStringLiteral("effects")), path, QStringLiteral("effects needs at least one ratio"));
    }
}

void readProvider(SpecReader &reader, const YamlNode &node, const QString &path, MetricSpec &m)
{
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path, {"proxy", "prometheus", "judge", "sequential"});
    if (node.keys.size() != 1) {
        reader.problem(node, path, QStringLiteral("name exactly one source: proxy, prometheus, judge or sequential"));
        return;
    }
    const QString kind = node.keys.front().scalar;
    const YamlNode &body = node.values.front();
    const QString bpath = SpecReader::join(path, kind);
    if (kind == QLatin1String("proxy")) {
        m.kind = MetricSourceKind::Proxy;
        readProxy(reader, body, bpath, m.proxy);
    } else if (kind == QLatin1String("prometheus")) {
        m.kind = MetricSourceKind::Prometheus;
        readPrometheus(reader, body, bpath, m.prometheus);
    } else if (kind == QLatin1String("judge")) {
        m.kind = MetricSourceKind::Judge;
        readJudge(reader, body, bpath, m.judge);
    } else if (kind == QLatin1String("sequential")) {
        m.kind = MetricSourceKind::Sequential;
        readSequential(reader, body, bpath, m.sequential);
    }
}

MetricSpec readMetric(SpecReader &reader, const YamlNode &item, const QString &path)
{
    MetricSpec m;
    m.location = SpecReader::location(item);
    reader.checkKeys(item, path, {"name", "interval", "count", "initialDelay", "successCondition", "failureCondition",
                                  "failureLimit", "inconclusiveLimit", "consecutiveErrorLimit", "consecutiveSuccessLimit",
                                  "dryRun", "provider"});
    m.name = reader.string(item, QStringLiteral("name"), path, true).value_or(QString());
    m.intervalMs = reader.duration(item, QStringLiteral("interval"), path).value_or(0);
    m.count = reader.integer(item, QStringLiteral("count"), path, 1, 100'000).value_or(0);
    m.initialDelayMs = reader.duration(item, QStringLiteral("initialDelay"), path).value_or(0);
    readCondition(reader, item, QStringLiteral("successCondition"), path, m.successCondition);
    readCondition(reader, item, QStringLiteral("failureCondition"), path, m.failureCondition);
    m.failureLimit = reader.integer(item, QStringLiteral("failureLimit"), path, -1, 100'000).value_or(0);
    m.inconclusiveLimit = reader.integer(item, QStringLiteral("inconclusiveLimit"), path, 0, 100'000).value_or(0);
    m.consecutiveErrorLimit = reader.integer(item, QStringLiteral("consecutiveErrorLimit"), path, 0, 100'000).value_or(4);
    m.consecutiveSuccessLimit = reader.integer(item, QStringLiteral("consecutiveSuccessLimit"), path, 0, 100'000).value_or(0);
    m.dryRun = reader.boolean(item, QStringLiteral("dryRun"), path).value_or(false);
    if (const YamlNode *provider = item.find(QStringLiteral("provider")))
        readProvider(reader, *provider, SpecReader::join(path, QStringLiteral("provider")), m);
    else
        reader.problem(item, SpecReader::join(path, QStringLiteral("provider")),
                       QStringLiteral("a metric needs a provider (proxy, prometheus, judge or sequential)"));
    // Argo Rollouts rules.
    if (m.count > 1 && m.intervalMs <= 0)
        reader.problem(item, path, QStringLiteral("count %1 needs an interval between measurements").arg(m.count));
    if (m.failureLimit == -1 && m.consecutiveSuccessLimit <= 0)
        reader.problem(item, path, QStringLiteral("failureLimit -1 turns failure counting off, so consecutiveSuccessLimit must be set"));
    if (m.kind == MetricSourceKind::Sequential && m.intervalMs <= 0)
        reader.problem(item, path, QStringLiteral("a sequential test needs an interval (how often it looks at the traffic)"));
    return m;
}
} // namespace

namespace AnalysisSpecParser {

QList<AnalysisTemplate> readTemplates(SpecReader &reader, const YamlNode &section, const QString &path)
{
    QList<AnalysisTemplate> out;
    if (!reader.expectMap(section, path))
        return out;
    reader.checkKeys(section, path, {"templates"});
    const YamlNode *templates = section.find(QStringLiteral("templates"));
    if (!templates)
        return out;
    const QString tpath = SpecReader::join(path, QStringLiteral("templates"));
    if (!reader.expectSequence(*templates, tpath))
        return out;
    for (size_t i = 0; i < templates->items.size(); ++i) {
        const YamlNode &item = templates->items[i];
        const QString ipath = indexed(tpath, i);
        if (!reader.expectMap(item, ipath))
            continue;
        reader.checkKeys(item, ipath, {"name", "metrics"});
        AnalysisTemplate t;
        t.location = SpecReader::location(item);
        t.name = reader.string(item, QStringLiteral("name"), ipath, true).value_or(QString());
        for (const AnalysisTemplate &seen : out) {
            if (!t.name.isEmpty() && seen.name == t.name)
                reader.problem(item, ipath, QStringLiteral("template '%1' is defined twice (first at line %2)").arg(t.name).arg(seen.location.line));
        }
        const YamlNode *metrics = item.find(QStringLiteral("metrics"));
        const QString mpath = SpecReader::join(ipath, QStringLiteral("metrics"));
        if (!metrics || !metrics->isSequence() || metrics->items.empty()) {
            reader.problem(metrics ? *metrics : item, mpath, QStringLiteral("a template needs a list of metrics"));
        } else {
            for (size_t j = 0; j < metrics->items.size(); ++j) {
                const YamlNode &mnode = metrics->items[j];
                const QString mp = indexed(mpath, j);
                if (!reader.expectMap(mnode, mp))
                    continue;
                MetricSpec m = readMetric(reader, mnode, mp);
                for (const MetricSpec &seen : std::as_const(t.metrics)) {
                    if (!m.name.isEmpty() && seen.name == m.name)
                        reader.problem(mnode, mp, QStringLiteral("metric '%1' appears twice in template '%2'").arg(m.name, t.name));
                }
                t.metrics.append(m);
            }
        }
        out.append(t);
    }
    return out;
}

AnalysisRef readRef(SpecReader &reader, const YamlNode &node, const QString &path, bool background)
{
    AnalysisRef ref;
    ref.location = SpecReader::location(node);
    if (!reader.expectMap(node, path))
        return ref;
    if (background)
        reader.checkKeys(node, path, {"templates", "args", "startingStep"});
    else
        reader.checkKeys(node, path, {"templates", "args"});
    ref.templates = reader.stringList(node, QStringLiteral("templates"), path).value_or(QStringList());
    if (ref.templates.isEmpty())
        reader.problem(node, SpecReader::join(path, QStringLiteral("templates")), QStringLiteral("name at least one analysis template"));
    if (background)
        ref.startingStep = reader.integer(node, QStringLiteral("startingStep"), path, 0, 1000).value_or(0);
    if (const YamlNode *args = node.find(QStringLiteral("args"))) {
        const QString apath = SpecReader::join(path, QStringLiteral("args"));
        if (reader.expectMap(*args, apath)) {
            for (size_t i = 0; i < args->keys.size(); ++i) {
                if (args->values[i].isScalar())
                    ref.args.insert(args->keys[i].scalar, args->values[i].scalar);
                else
                    reader.problem(args->values[i], SpecReader::join(apath, args->keys[i].scalar), QStringLiteral("an argument must be a single value"));
            }
        }
    }
    return ref;
}

void checkRef(SpecReader &reader, const DeploymentSpec &spec, const AnalysisRef &ref, const QString &path)
{
    for (const QString &name : ref.templates) {
        if (!spec.analysisTemplate(name)) {
            QStringList known;
            for (const AnalysisTemplate &t : spec.analysisTemplates)
                known.append(t.name);
            reader.problemAt(ref.location, path, QStringLiteral("no analysis template named '%1' (defined: %2)")
                                                     .arg(name, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
        }
    }
}

} // namespace AnalysisSpecParser
} // namespace shipdeck
