#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/core/tracer.h"
#include "backend/facade/backend.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl trace show TRACE_ID [--otlp]\n"
    "\n"
    "Shows the spans of a workflow run as a tree; --otlp prints OTLP/JSON\n"
    "(an ExportTraceServiceRequest that Jaeger, Tempo or an OTLP collector accepts).");

void printTree(QTextStream &out, const QList<SpanData> &spans, const QByteArray &parent, int depth)
{
    for (const auto &span : spans) {
        if (span.parentSpanId != parent)
            continue;
        const QString status = span.status == SpanStatus::Error ? QStringLiteral(" ERROR: ") + span.statusMessage
                               : span.status == SpanStatus::Ok ? QStringLiteral(" ok") : QString();
        out << QString(depth * 2, QLatin1Char(' ')) << span.name << "  " << formatDuration(span.durationMs()) << status << '\n';
        printTree(out, spans, span.spanId, depth + 1);
    }
}

int runTrace(CtlContext &context, const QStringList &args)
{
    if (args.value(0) != QLatin1String("show") || args.size() < 2)
        return context.usage(QStringLiteral("trace needs: show TRACE_ID"), kUsage);
    const QByteArray traceId = args.at(1).toLatin1().toLower();
    const bool otlp = args.contains(QStringLiteral("--otlp"));
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto spans = context.await(backend.value()->trace(traceId));
    if (!spans)
        return context.fail(spans.error());
    if (spans.value().isEmpty())
        return context.fail(Error(ErrorCode::NotFound, QStringLiteral("no spans recorded for trace %1").arg(QString::fromLatin1(traceId))));
    if (otlp || context.json) {
        context.out() << QString::fromUtf8(Tracer::toOtlpJson(spans.value(), QStringLiteral("shipdeck"))) << Qt::endl;
        return ExitOk;
    }
    printTree(context.out(), spans.value(), QByteArray(), 0);
    context.out().flush();
    return ExitOk;
}

} // namespace

SD_CTL_COMMAND(trace, {QStringLiteral("trace"), QStringLiteral("show the spans of a workflow run (or export OTLP/JSON)"), kUsage,
                       runTrace});

} // namespace shipdeck::ctl
