// Canary analysis benchmarks (docs/bench/canary.md).
//
//   bench_canary [--runs N] [--simulations N] [--no-real]
//
// 1. Bad canary on the real local provider: storefront 1.4.2 (1 % errors) serves 100 requests/s
//    from the load generator; 1.5.1 (5 % errors) gets 10 % of them (10 requests/s) under a
//    background sequential analysis (alpha 0.01, one look a second). Measured per run: from the
//    moment the canary's traffic weight is applied to the decision (RolloutRolledBack) and to
//    the moment all traffic is back on 1.4.2 (the finalizer's traffic change), all from the
//    rollout's own records. Reference, same run: a canary that fails every request (1.9.0) —
//    the pipeline's latency (scrape, look, decision, traffic change) without statistics.
// 2. Simulation, same analysis on synthetic traffic: false-fail rate on identical versions (1 %
//    vs 1 %) and power / decision time on the regression (5 % vs 1 %) over a 120 s window, next
//    to a fixed-horizon z-test at the end of the window and the same z-test repeated every second.
#include "canarysimulation.h"
#include "rolloutbed.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

QByteArray canaryYaml(const char *version)
{
    return "strategy: canary\ncomponents: [{id: storefront, version: '" + QByteArray(version)
         + "'}]\nreplicas: 2\nprogressDeadline: 60s\nvalidation: {readyTimeout: 10s}\nrollback: {scaleDownDelay: 1s}\n"
           "canary:\n  scaleDownDelay: 1s\n  steps:\n    - setWeight: 10\n    - pause: {duration: 120s}\n"
           "  analysis: {templates: [errors], startingStep: 1}\n"
           "analysis:\n  templates:\n    - name: errors\n      metrics:\n        - name: error-rate-vs-stable\n"
           "          interval: 1s\n          provider: {sequential: {alpha: 0.01}}\n";
}

struct RealRun
{
    bool ok = false;
    QString error;
    double decisionSeconds = 0; // canary traffic applied -> rollout RolledBack
    double stableSeconds = 0;   // canary traffic applied -> all traffic on the stable version
    QString verdict;
};

RealRun runReal(const char *version)
{
    RealRun out;
    RolloutBed bed;
    ComponentDefinition component = RolloutBed::storefront(0.01);
    VersionOverride allFail;
    allFail.extraArgs = {QStringLiteral("--error-rate"), QStringLiteral("1")};
    component.versions.insert(QStringLiteral("1.9.0"), allFail);
    auto fail = [&](const Error &e) {
        out.error = e.toString();
        return out;
    };
    if (auto r = bed.open(component); !r)
        return fail(r.error());
    if (auto r = bed.startStable(); !r)
        return fail(r.error());
    if (auto r = bed.startLoad(100); !r)
        return fail(r.error());
    auto deployed = bed.deploy(canaryYaml(version));
    if (!deployed)
        return fail(deployed.error());
    auto final = bed.waitSettled(deployed->first().id, 180'000);
    bed.stopLoad();
    if (!final)
        return fail(final.error());
    if (final->value(QStringLiteral("phase")).toString() != QLatin1String("RolledBack")) {
        out.error = QStringLiteral("ended %1: %2").arg(final->value(QStringLiteral("phase")).toString(),
                                                       final->value(QStringLiteral("message")).toString());
        return out;
    }
    double canaryAt = 0, stableAt = 0, decidedAt = 0;
    for (const QJsonValue &v : final->value(QStringLiteral("transitions")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("action")).toString() != QLatin1String("set-traffic") || t.value(QStringLiteral("state")).toString() != QLatin1String("done"))
            continue;
        const QJsonObject intent = t.value(QStringLiteral("intent")).toObject();
        const double at = t.value(QStringLiteral("resultAt")).toDouble();
        if (intent.value(QStringLiteral("context")).toString() == QLatin1String("finalizer"))
            stableAt = at;
        else if (canaryAt == 0 && intent.value(QStringLiteral("split")).toObject().value(QStringLiteral("canaryWeight")).toInt() > 0)
            canaryAt = at;
    }
    for (const QJsonValue &v : final->value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("reason")).toString() == QLatin1String("RolloutRolledBack"))
            decidedAt = e.value(QStringLiteral("at")).toDouble();
    }
    if (canaryAt == 0 || stableAt == 0 || decidedAt == 0) {
        out.error = QStringLiteral("the rollout's records lack the traffic changes or the rollback event");
        return out;
    }
    out.ok = true;
    out.decisionSeconds = (decidedAt - canaryAt) / 1000;
    out.stableSeconds = (stableAt - canaryAt) / 1000;
    out.verdict = final->value(QStringLiteral("abortReason")).toString();
    return out;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

void printStats(const char *name, const bench::DecisionStats &s)
{
    std::printf("  %-34s %5d/%d = %6.2f %%   decision p50 %5.1f s  p90 %5.1f s  p95 %5.1f s\n", name, s.failed, s.runs, 100 * s.rate(),
                s.percentile(0.5), s.percentile(0.9), s.percentile(0.95));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    int simulations = 2000;
    bool real = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--simulations") && i + 1 < args.size())
            simulations = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--no-real"))
            real = false;
    }

    if (real) {
        std::printf("bad canary on the local provider: 1.4.2 at 1 %% errors, 100 req/s; canary at 10 %% weight (10 req/s)\n");
        QList<double> bad, badStable, floor, floorStable;
        for (int i = 0; i < runs; ++i) {
            for (const char *version : {"1.5.1", "1.9.0"}) {
                const RealRun r = runReal(version);
                const bool isBad = qstrcmp(version, "1.5.1") == 0;
                if (!r.ok) {
                    std::printf("  run %d %s: FAILED: %s\n", i + 1, version, qPrintable(r.error));
                    continue;
                }
                std::printf("  run %d %s (%s): decision %.1f s, traffic on 1.4.2 %.1f s after canary traffic started\n    %s\n", i + 1,
                            version, isBad ? "5 % errors" : "100 % errors", r.decisionSeconds, r.stableSeconds, qPrintable(r.verdict));
                std::fflush(stdout);
                (isBad ? bad : floor).append(r.decisionSeconds);
                (isBad ? badStable : floorStable).append(r.stableSeconds);
            }
        }
        const double b = median(badStable), f = median(floorStable);
        std::printf("time to rollback (canary traffic -> all traffic on stable), median of %d runs:\n", int(badStable.size()));
        std::printf("  5 %% vs 1 %% errors      %6.1f s (decision %.1f s, min %.1f s, max %.1f s)  budget 15 s\n", b, median(bad),
                    badStable.isEmpty() ? 0 : *std::min_element(badStable.begin(), badStable.end()),
                    badStable.isEmpty() ? 0 : *std::max_element(badStable.begin(), badStable.end()));
        std::printf("  reference: 100 %% errors %6.1f s (decision %.1f s)   ratio %.2f\n", f, median(floor), f > 0 ? b / f : 0.0);
    }

    std::printf("\nsimulation: %d runs each, 120 one-second looks, canary 10 req/s, baseline 90 req/s, alpha 0.01\n", simulations);
    const auto same = bench::simulate({10, 90, 0.01, 0.01, 120}, simulations, 0.01, 20261128);
    const auto regression = bench::simulate({10, 90, 0.05, 0.01, 120}, simulations, 0.01, 20261129);
    std::printf("identical versions (1 %% vs 1 %%): false-fail rate\n");
    printStats("sequential (mixture SPRT)", same.sequential);
    printStats("reference: fixed-horizon z-test", same.fixedHorizon);
    printStats("reference: z-test every second", same.peeking);
    std::printf("regression (5 %% vs 1 %%): power\n");
    printStats("sequential (mixture SPRT)", regression.sequential);
    printStats("reference: fixed-horizon z-test", regression.fixedHorizon);
    printStats("reference: z-test every second", regression.peeking);
    std::printf("sequential median decision / fixed horizon: %.2f\n", regression.sequential.percentile(0.5) / 120.0);
    return 0;
}
