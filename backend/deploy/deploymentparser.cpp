#include "backend/deploy/deploymentparser.h"

#include "backend/deploy/analysisspecparser.h"
#include "backend/deploy/specreader.h"
#include "backend/deploy/yamldocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace shipdeck::DeploymentParser {

namespace {
QString indexed(const QString &path, size_t i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    return re.match(id).hasMatch();
}

void readComponents(SpecReader &r, const YamlNode &root, DeploymentSpec &spec)
{
    const YamlNode *list = root.find(QStringLiteral("components"));
    const YamlNode *single = root.find(QStringLiteral("component"));
    if (single && list) {
        r.problem(*single, QStringLiteral("component"), QStringLiteral("write either 'component' + 'version' or a 'components' list, not both"));
        return;
    }
    auto add = [&](const YamlNode &at, const QString &path, const QString &id, const QString &version) {
        ComponentRef ref{id, version, SpecReader::location(at)};
        if (!validId(id))
            r.problem(at, path, QStringLiteral("'%1' is not a component id (lowercase letters, digits and '-')").arg(id));
        if (version.trimmed().isEmpty())
            r.problem(at, path, QStringLiteral("component %1 needs a version").arg(id));
        for (const ComponentRef &seen : std::as_const(spec.components)) {
            if (seen.id == id)
                r.problem(at, path, QStringLiteral("component %1 is listed twice").arg(id));
        }
        spec.components.append(ref);
    };
    if (single) {
        auto id = r.string(root, QStringLiteral("component"), QString());
        auto version = r.string(root, QStringLiteral("version"), QString(), true);
        if (id)
            add(*single, QStringLiteral("component"), *id, version.value_or(QString()));
        return;
    }
    if (!list) {
        r.problem(root, QStringLiteral("components"), QStringLiteral("name what to deploy: 'components' (a list of id + version)"));
        return;
    }
    if (!r.expectSequence(*list, QStringLiteral("components")))
        return;
    if (list->items.empty())
        r.problem(*list, QStringLiteral("components"), QStringLiteral("the list is empty"));
    for (size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode &item = list->items[i];
        const QString path = indexed(QStringLiteral("components"), i);
        if (!r.expectMap(item, path))
            continue;
        r.checkKeys(item, path, {"id", "version"});
        auto id = r.string(item, QStringLiteral("id"), path, true);
        auto version = r.string(item, QStringLiteral("version"), path, true);
        if (id)
            add(item, path, *id, version.value_or(QString()));
    }
}

void readCanary(SpecReader &r, const YamlNode &node, DeploymentSpec &spec)
{
    const QString path = QStringLiteral("canary");
    if (!r.expectMap(node, path))
        return;
    r.checkKeys(node, path, {"steps", "maxWeight", "analysis", "headerRoute", "scaleDownDelay"});
    CanarySpec &c = spec.canary;
    c.maxWeight = r.integer(node, QStringLiteral("maxWeight"), path, 1, 100).value_or(100);
    c.scaleDownDelayMs = r.duration(node, QStringLiteral("scaleDownDelay"), path).value_or(c.scaleDownDelayMs);
    if (const YamlNode *bg = node.find(QStringLiteral("analysis")))
        c.background = AnalysisSpecParser::readRef(r, *bg, SpecReader::join(path, QStringLiteral("analysis")), true);
    if (const YamlNode *h = node.find(QStringLiteral("headerRoute"))) {
        const QString hpath = SpecReader::join(path, QStringLiteral("headerRoute"));
        if (r.expectMap(*h, hpath)) {
            r.checkKeys(*h, hpath, {"name", "value"});
            c.headerName = r.string(*h, QStringLiteral("name"), hpath, true).value_or(QString());
            c.headerValue = r.string(*h, QStringLiteral("value"), hpath).value_or(QString());
        }
    }
    const YamlNode *steps = node.find(QStringLiteral("steps"));
    const QString spath = SpecReader::join(path, QStringLiteral("steps"));
    if (!steps || (steps->isSequence() && steps->items.empty())) {
        r.problem(steps ? *steps : node, spath, QStringLiteral("a canary needs at least one step (setWeight, pause, analysis or approval)"));
        return;
    }
    if (!r.expectSequence(*steps, spath))
        return;
    for (size_t i = 0; i < steps->items.size(); ++i) {
        const YamlNode &item = steps->items[i];
        const QString ipath = indexed(spath, i);
        if (!r.expectMap(item, ipath))
            continue;
        r.checkKeys(item, ipath, {"setWeight", "pause", "analysis", "approval"});
        if (item.keys.size() != 1) {
            r.problem(item, ipath, QStringLiteral("a step has exactly one of setWeight, pause, analysis or approval"));
            continue;
        }
        CanaryStep step;
        step.location = SpecReader::location(item);
        const QString kind = item.keys.front().scalar;
        const YamlNode &body = item.values.front();
        const QString bpath = SpecReader::join(ipath, kind);
        if (kind == QLatin1String("setWeight")) {
            step.kind = CanaryStep::Kind::SetWeight;
            auto w = r.integer(item, kind, ipath, 0, 100, true);
            step.weight = w.value_or(0);
            if (w && *w > c.maxWeight)
                r.problem(body, bpath, QStringLiteral("weight %1 is above maxWeight %2").arg(*w).arg(c.maxWeight));
        } else if (kind == QLatin1String("pause")) {
            step.kind = CanaryStep::Kind::Pause;
            if (body.isMap()) {
                r.checkKeys(body, bpath, {"duration"});
                step.pauseMs = r.duration(body, QStringLiteral("duration"), bpath);
            } else if (!body.isNull()) {
                step.pauseMs = r.duration(item, kind, ipath);
            }
        } else if (kind == QLatin1String("analysis")) {
            step.kind = CanaryStep::Kind::Analysis;
            step.analysis = AnalysisSpecParser::readRef(r, body, bpath, false);
        } else if (kind == QLatin1String("approval")) {
            step.kind = CanaryStep::Kind::Approval;
            if (body.isMap()) {
                r.checkKeys(body, bpath, {"message", "required", "approvers"});
                step.approvalMessage = r.string(body, QStringLiteral("message"), bpath).value_or(QString());
                step.requiredApprovals = r.integer(body, QStringLiteral("required"), bpath, 1, 20).value_or(1);
                step.approvers = r.stringList(body, QStringLiteral("approvers"), bpath).value_or(QStringList());
                if (!step.approvers.isEmpty() && step.approvers.size() < step.requiredApprovals)
                    r.problem(body, bpath, QStringLiteral("%1 approvals are required but only %2 people may approve")
                                               .arg(step.requiredApprovals).arg(step.approvers.size()));
            } else if (!body.isNull()) {
                r.problem(body, bpath, QStringLiteral("write approval: {} or approval: {message: ..., required: N}"));
            }
        } else {
            continue;
        }
        c.steps.append(step);
    }
}

void readBlueGreen(SpecReader &r, const YamlNode &node, DeploymentSpec &spec)
{
    const QString path = QStringLiteral("blueGreen");
    if (!r.expectMap(node, path))
        return;
    r.checkKeys(node, path, {"previewReplicas", "previewHeader", "autoPromotionEnabled", "autoPromotionSeconds",
                             "prePromotionAnalysis", "postPromotionAnalysis", "scaleDownDelay"});
    BlueGreenSpec &b = spec.blueGreen;
    b.previewReplicas = r.integer(node, QStringLiteral("previewReplicas"), path, 0, 100).value_or(0);
    b.autoPromotionEnabled = r.boolean(node, QStringLiteral("autoPromotionEnabled"), path).value_or(true);
    b.autoPromotionMs = qint64(r.integer(node, QStringLiteral("autoPromotionSeconds"), path, 0, 86'400 * 7).value_or(0)) * 1000;
    b.scaleDownDelayMs = r.duration(node, QStringLiteral("scaleDownDelay"), path).value_or(b.scaleDownDelayMs);
    if (const YamlNode *h = node.find(QStringLiteral("previewHeader"))) {
        const QString hpath = SpecReader::join(path, QStringLiteral("previewHeader"));
        if (r.expectMap(*h, hpath)) {
            r.checkKeys(*h, hpath, {"name", "value"});
            b.previewHeaderName = r.string(*h, QStringLiteral("name"), hpath, true).value_or(b.previewHeaderName);
            b.previewHeaderValue = r.string(*h, QStringLiteral("value"), hpath).value_or(QString());
        }
    }
    if (const YamlNode *a = node.find(QStringLiteral("prePromotionAnalysis")))
        b.prePromotionAnalysis = AnalysisSpecParser::readRef(r, *a, SpecReader::join(path, QStringLiteral("prePromotionAnalysis")), false);
    if (const YamlNode *a = node.find(QStringLiteral("postPromotionAnalysis")))
        b.postPromotionAnalysis = AnalysisSpecParser::readRef(r, *a, SpecReader::join(path, QStringLiteral("postPromotionAnalysis")), false);
}

void readRolling(SpecReader &r, const YamlNode &node, DeploymentSpec &spec)
{
    const QString path = QStringLiteral("rolling");
    if (!r.expectMap(node, path))
        return;
    r.checkKeys(node, path, {"batchSize", "maxUnavailable"});
    if (auto v = r.intOrPercent(node, QStringLiteral("batchSize"), path, 1, 100)) {
        if (v->second)
            spec.rolling.batchPercent = v->first;
        else
            spec.rolling.batchSize = v->first;
    }
    if (auto v = r.intOrPercent(node, QStringLiteral("maxUnavailable"), path, 0, 100)) {
        if (v->second)
            spec.rolling.maxUnavailablePercent = v->first;
        else
            spec.rolling.maxUnavailable = v->first;
    }
}

void readWebhooks(SpecReader &r, const YamlNode &root, DeploymentSpec &spec)
{
    if (const YamlNode *gates = root.find(QStringLiteral("gates"))) {
        if (r.expectMap(*gates, QStringLiteral("gates"))) {
            r.checkKeys(*gates, QStringLiteral("gates"), {"interval", "failureThreshold"});
            if (auto i = r.duration(*gates, QStringLiteral("interval"), QStringLiteral("gates")))
                spec.webhookIntervalMs = qMax<qint64>(100, *i);
            spec.failureThreshold = r.integer(*gates, QStringLiteral("failureThreshold"), QStringLiteral("gates"), 1, 1000)
                                        .value_or(spec.failureThreshold);
        }
    }
    const YamlNode *list = root.find(QStringLiteral("webhooks"));
    if (!list || !r.expectSequence(*list, QStringLiteral("webhooks")))
        return;
    QStringList types;
    for (auto t : {WebhookType::ConfirmRollout, WebhookType::PreRollout, WebhookType::Rollout, WebhookType::ConfirmTrafficIncrease,
                   WebhookType::ConfirmPromotion, WebhookType::PostRollout, WebhookType::Rollback})
        types.append(webhookTypeName(t));
    for (size_t i = 0; i < list->items.size(); ++i) {
        const YamlNode &item = list->items[i];
        const QString path = indexed(QStringLiteral("webhooks"), i);
        if (!r.expectMap(item, path))
            continue;
        r.checkKeys(item, path, {"name", "type", "url", "timeout", "metadata"});
        WebhookSpec w;
        w.location = SpecReader::location(item);
        w.name = r.string(item, QStringLiteral("name"), path, true).value_or(QString());
        if (auto t = r.string(item, QStringLiteral("type"), path, true)) {
            if (auto type = webhookTypeFromName(*t))
                w.type = *type;
            else
                r.problem(*item.find(QStringLiteral("type")), SpecReader::join(path, QStringLiteral("type")),
                          QStringLiteral("unknown webhook type '%1' (expected %2)").arg(*t, types.join(QStringLiteral(", "))));
        }
        if (auto u = r.string(item, QStringLiteral("url"), path, true)) {
            w.url = QUrl(*u);
            if (!w.url.isValid() || (w.url.scheme() != QLatin1String("http") && w.url.scheme() != QLatin1String("https")) || w.url.host().isEmpty())
                r.problem(*item.find(QStringLiteral("url")), SpecReader::join(path, QStringLiteral("url")),
                          QStringLiteral("'%1' is not an http(s) URL").arg(*u));
        }
        w.timeoutMs = qMax<qint64>(100, r.duration(item, QStringLiteral("timeout"), path).value_or(w.timeoutMs));
        if (const YamlNode *meta = item.find(QStringLiteral("metadata"))) {
            if (r.expectMap(*meta, SpecReader::join(path, QStringLiteral("metadata"))))
                w.metadata = meta->toJson().toObject();
        }
        for (const WebhookSpec &seen : std::as_const(spec.webhooks)) {
            if (!w.name.isEmpty() && seen.name == w.name)
                r.problem(item, path, QStringLiteral("webhook '%1' is defined twice").arg(w.name));
        }
        spec.webhooks.append(w);
    }
}

void readTail(SpecReader &r, const YamlNode &root, DeploymentSpec &spec)
{
    if (const YamlNode *v = root.find(QStringLiteral("validation"))) {
        const QString path = QStringLiteral("validation");
        if (r.expectMap(*v, path)) {
            r.checkKeys(*v, path, {"readyTimeout", "analysis"});
            spec.validation.readyTimeoutMs = r.duration(*v, QStringLiteral("readyTimeout"), path).value_or(0);
            if (const YamlNode *a = v->find(QStringLiteral("analysis")))
                spec.validation.analysis = AnalysisSpecParser::readRef(r, *a, SpecReader::join(path, QStringLiteral("analysis")), false);
        }
    }
    if (const YamlNode *v = root.find(QStringLiteral("rollback"))) {
        const QString path = QStringLiteral("rollback");
        if (r.expectMap(*v, path)) {
            r.checkKeys(*v, path, {"automatic", "scaleDownDelay", "onProgressDeadline", "window"});
            RollbackSpec &rb = spec.rollback;
            rb.automatic = r.boolean(*v, QStringLiteral("automatic"), path).value_or(true);
            rb.abortScaleDownDelayMs = r.duration(*v, QStringLiteral("scaleDownDelay"), path).value_or(rb.abortScaleDownDelayMs);
            rb.window = r.integer(*v, QStringLiteral("window"), path, 0, 100).value_or(rb.window);
            if (auto p = r.string(*v, QStringLiteral("onProgressDeadline"), path)) {
                if (*p != QLatin1String("abort") && *p != QLatin1String("pause"))
                    r.problem(*v->find(QStringLiteral("onProgressDeadline")), path, QStringLiteral("onProgressDeadline must be abort or pause"));
                rb.abortOnProgressDeadline = *p != QLatin1String("pause");
            }
        }
    }
    if (const YamlNode *v = root.find(QStringLiteral("change"))) {
        const QString path = QStringLiteral("change");
        if (r.expectMap(*v, path)) {
            r.checkKeys(*v, path, {"commit", "createdAt", "url"});
            spec.change.commit = r.string(*v, QStringLiteral("commit"), path).value_or(QString());
            spec.change.url = r.string(*v, QStringLiteral("url"), path).value_or(QString());
            if (auto t = r.string(*v, QStringLiteral("createdAt"), path)) {
                auto ms = SpecReader::parseTimestamp(*t);
                if (!ms)
                    r.problem(*v->find(QStringLiteral("createdAt")), path, QStringLiteral("'%1' is not an ISO 8601 time (2024-05-01T10:00:00Z)").arg(*t));
                else
                    spec.change.createdAtMs = *ms;
            }
        }
    }
}

void crossCheck(SpecReader &r, const YamlNode &root, DeploymentSpec &spec, bool strategyKnown)
{
    const QString strategy = strategyName(spec.strategy);
    const QList<std::pair<QString, DeployStrategy>> sections = {{QStringLiteral("canary"), DeployStrategy::Canary},
                                                                {QStringLiteral("blueGreen"), DeployStrategy::BlueGreen},
                                                                {QStringLiteral("rolling"), DeployStrategy::Rolling}};
    for (size_t i = 0; strategyKnown && i < root.keys.size(); ++i) {
        for (const auto &[key, owner] : sections) {
            if (root.keys[i].scalar == key && owner != spec.strategy)
                r.problem(root.keys[i], key, QStringLiteral("section '%1' does not apply to strategy %2").arg(key, strategy));
        }
    }
    if (strategyKnown && spec.strategy == DeployStrategy::Canary && !root.find(QStringLiteral("canary")))
        r.problem(root, QStringLiteral("canary"), QStringLiteral("strategy canary needs a 'canary' section with steps"));
    for (int i = 0; i < spec.canary.steps.size(); ++i) {
        const CanaryStep &s = spec.canary.steps.at(i);
        if (s.kind == CanaryStep::Kind::Analysis)
            AnalysisSpecParser::checkRef(r, spec, s.analysis, QStringLiteral("canary.steps[%1].analysis").arg(i));
    }
    if (!spec.canary.background.isEmpty()) {
        AnalysisSpecParser::checkRef(r, spec, spec.canary.background, QStringLiteral("canary.analysis"));
        if (spec.canary.background.startingStep > spec.canary.steps.size())
            r.problemAt(spec.canary.background.location, QStringLiteral("canary.analysis.startingStep"),
                        QStringLiteral("startingStep %1 is past the last step (%2 steps)").arg(spec.canary.background.startingStep).arg(spec.canary.steps.size()));
    }
    AnalysisSpecParser::checkRef(r, spec, spec.blueGreen.prePromotionAnalysis, QStringLiteral("blueGreen.prePromotionAnalysis"));
    AnalysisSpecParser::checkRef(r, spec, spec.blueGreen.postPromotionAnalysis, QStringLiteral("blueGreen.postPromotionAnalysis"));
    AnalysisSpecParser::checkRef(r, spec, spec.validation.analysis, QStringLiteral("validation.analysis"));
    if (spec.components.size() > 1 && spec.strategy != DeployStrategy::Recreate && spec.strategy != DeployStrategy::Rolling
        && !spec.canary.headerName.isEmpty()) {
        r.problem(root, QStringLiteral("canary.headerRoute"), QStringLiteral("header routing applies to one component at a time"));
    }
}
} // namespace

Result<DeploymentSpec> parse(const QByteArray &yaml, const QString &sourceName)
{
    SD_TRY(YamlNode root, YamlDocument::parse(yaml, sourceName));
    SpecReader r(sourceName);
    DeploymentSpec spec;
    if (root.isNull()) {
        r.problem(root, QString(), QStringLiteral("the file is empty"));
        return r.toError();
    }
    if (!r.expectMap(root, QString()))
        return r.toError();
    r.checkKeys(root, QString(), {"apiVersion", "kind", "name", "description", "environment", "strategy", "provider",
                                  "components", "component", "version", "replicas", "progressDeadline", "canary",
                                  "blueGreen", "rolling", "analysis", "webhooks", "gates", "validation", "rollback", "change"});
    if (auto api = r.string(root, QStringLiteral("apiVersion"), QString()); api && *api != QLatin1String("shipdeck.io/v1"))
        r.problem(*root.find(QStringLiteral("apiVersion")), QStringLiteral("apiVersion"),
                  QStringLiteral("unsupported apiVersion '%1' (this Shipdeck reads shipdeck.io/v1)").arg(*api));
    if (auto kind = r.string(root, QStringLiteral("kind"), QString()); kind && *kind != QLatin1String("Deployment"))
        r.problem(*root.find(QStringLiteral("kind")), QStringLiteral("kind"), QStringLiteral("kind must be Deployment, not '%1'").arg(*kind));
    spec.name = r.string(root, QStringLiteral("name"), QString()).value_or(QString());
    spec.description = r.string(root, QStringLiteral("description"), QString()).value_or(QString());
    if (auto env = r.string(root, QStringLiteral("environment"), QString())) {
        if (auto e = environmentFromName(*env))
            spec.environment = *e;
        else
            r.problem(*root.find(QStringLiteral("environment")), QStringLiteral("environment"),
                      QStringLiteral("unknown environment '%1' (expected development, staging or production)").arg(*env));
    }
    bool strategyKnown = false;
    if (auto s = r.string(root, QStringLiteral("strategy"), QString(), true)) {
        strategyKnown = strategyFromName(*s).has_value();
        if (auto strategy = strategyFromName(*s))
            spec.strategy = *strategy;
        else
            r.problem(*root.find(QStringLiteral("strategy")), QStringLiteral("strategy"),
                      QStringLiteral("unknown strategy '%1' (expected recreate, rolling, blue-green or canary)").arg(*s));
    }
    spec.provider = r.string(root, QStringLiteral("provider"), QString()).value_or(spec.provider);
    spec.replicas = r.integer(root, QStringLiteral("replicas"), QString(), 1, 100).value_or(0);
    if (auto d = r.duration(root, QStringLiteral("progressDeadline"), QString()))
        spec.progressDeadlineMs = qMax<qint64>(1000, *d);
    readComponents(r, root, spec);
    if (const YamlNode *a = root.find(QStringLiteral("analysis")))
        spec.analysisTemplates = AnalysisSpecParser::readTemplates(r, *a, QStringLiteral("analysis"));
    if (const YamlNode *c = root.find(QStringLiteral("canary")))
        readCanary(r, *c, spec);
    if (const YamlNode *b = root.find(QStringLiteral("blueGreen")))
        readBlueGreen(r, *b, spec);
    if (const YamlNode *rl = root.find(QStringLiteral("rolling")))
        readRolling(r, *rl, spec);
    readWebhooks(r, root, spec);
    readTail(r, root, spec);
    crossCheck(r, root, spec, strategyKnown);
    if (r.hasProblems())
        return r.toError();
    if (spec.name.isEmpty() && !spec.components.isEmpty())
        spec.name = spec.components.first().id;
    return spec;
}

bool knowsVersion(const ComponentDefinition &component, const QString &version)
{
    return component.version == version || component.versions.contains(version);
}

QString programFor(const ComponentDefinition &component, const QString &version)
{
    QString command = component.run.command;
    if (auto it = component.versions.find(version); it != component.versions.end() && !it->command.isEmpty())
        command = it->command;
    command.replace(QLatin1String("{version}"), version);
    if (command.isEmpty())
        return {};
    if (command.contains(QLatin1Char('/')))
        return command;
    // As the local provider looks programs up: next to this executable, then on PATH.
    const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + command;
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString found = QStandardPaths::findExecutable(command);
    return found.isEmpty() ? command : found;
}

Result<void> checkComponents(const DeploymentSpec &spec, const ComponentLookup &lookup, const QString &sourceName)
{
    SpecReader r(sourceName);
    for (int i = 0; i < spec.components.size(); ++i) {
        const ComponentRef &ref = spec.components.at(i);
        const QString path = QStringLiteral("components[%1]").arg(i);
        const std::optional<ComponentDefinition> component = lookup ? lookup(ref.id) : std::nullopt;
        if (!component) {
            r.problemAt(ref.location, path, QStringLiteral("unknown component '%1' (add it with `shipdeckctl components add`)").arg(ref.id));
            continue;
        }
        if (!knowsVersion(*component, ref.version)) {
            QStringList known{component->version};
            known += component->versions.keys();
            known.removeDuplicates();
            r.problemAt(ref.location, path, QStringLiteral("component %1 has no version %2 (known: %3)")
                                                .arg(ref.id, ref.version, known.join(QStringLiteral(", "))));
            continue;
        }
        // On a cluster (kubernetes, kubernetes:<context>) the command names an image, not a program here.
        const bool runsPrograms = spec.provider != QLatin1String("kubernetes") && !spec.provider.startsWith(QLatin1String("kubernetes:"));
        const QString program = runsPrograms ? programFor(*component, ref.version) : QString();
        const QFileInfo info(program);
        if (runsPrograms && (program.isEmpty() || !info.exists() || !info.isExecutable() || info.isDir())) {
            r.problemAt(ref.location, path, QStringLiteral("the program of %1 %2 is missing or not executable: %3")
                                                .arg(ref.id, ref.version, program.isEmpty() ? QStringLiteral("(no command)") : program));
        }
        if (spec.replicas > 0 && component->scaling.maxReplicas > 0 && spec.replicas > qMax(component->scaling.maxReplicas, 1) * 4) {
            r.problemAt(ref.location, path, QStringLiteral("%1 replicas is far above the component's maxReplicas %2")
                                                .arg(spec.replicas).arg(component->scaling.maxReplicas));
        }
    }
    if (r.hasProblems())
        return r.toError();
    return success();
}

} // namespace shipdeck::DeploymentParser
