#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"

#include <QJsonArray>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl dora [--env ENV] [--days N] [--component ID]\n"
    "\n"
    "DORA's delivery metrics from the deployment history (default: production, last 30 days):\n"
    "deployment frequency, change lead time (commit to promotion; needs `change.createdAt` in\n"
    "the deployment files), change fail rate and failed deployment recovery time, with the Four\n"
    "Keys performance buckets. docs/deploy.md says exactly what each one counts.");

QString durationText(const QJsonValue &ms)
{
    if (ms.isNull() || ms.isUndefined())
        return QStringLiteral("no data");
    return formatDuration(qint64(ms.toDouble()));
}

int runDora(CtlContext &context, const QStringList &argv)
{
    QStringList args = argv;
    QString environment = QStringLiteral("production");
    QString component;
    int days = 30;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if ((a == QLatin1String("--env") || a == QLatin1String("--environment")) && !args.isEmpty())
            environment = args.takeFirst();
        else if (a == QLatin1String("--days") && !args.isEmpty())
            days = qMax(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--component") && !args.isEmpty())
            component = args.takeFirst();
        else
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
    }
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    RolloutsClient client(backend.value());
    auto report = context.await(client.dora(environment, days, component));
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson(report.value());
        return ExitOk;
    }
    const QJsonObject &r = report.value();
    const QJsonObject f = r.value(QStringLiteral("deploymentFrequency")).toObject();
    const QJsonObject lead = r.value(QStringLiteral("changeLeadTime")).toObject();
    const QJsonObject fail = r.value(QStringLiteral("changeFailRate")).toObject();
    const QJsonObject recovery = r.value(QStringLiteral("failedDeploymentRecoveryTime")).toObject();
    QTextStream &out = context.out();
    out << "DORA metrics · " << environment << (component.isEmpty() ? QString() : QStringLiteral(" · ") + component) << " · last " << days
        << " days\n"
        << "  deployments                  " << r.value(QStringLiteral("deployments")).toInt() << " (" << r.value(QStringLiteral("successful")).toInt()
        << " promoted, " << r.value(QStringLiteral("failed")).toInt() << " failed)\n"
        << "  deployment frequency         " << QString::number(f.value(QStringLiteral("perDay")).toDouble(), 'f', 2) << " per day ("
        << QString::number(f.value(QStringLiteral("perWeek")).toDouble(), 'f', 1) << " per week) · " << f.value(QStringLiteral("bucket")).toString() << '\n'
        << "  change lead time             median " << durationText(lead.value(QStringLiteral("medianMs"))) << ", p90 "
        << durationText(lead.value(QStringLiteral("p90Ms"))) << " (" << lead.value(QStringLiteral("samples")).toInt() << " changes) · "
        << lead.value(QStringLiteral("bucket")).toString() << '\n'
        << "  change fail rate             "
        << (fail.value(QStringLiteral("rate")).isNull() ? QStringLiteral("no data")
                                                         : QStringLiteral("%1 %").arg(100 * fail.value(QStringLiteral("rate")).toDouble(), 0, 'f', 1))
        << " · " << fail.value(QStringLiteral("bucket")).toString() << '\n'
        << "  failed deployment recovery   median " << durationText(recovery.value(QStringLiteral("medianMs"))) << " ("
        << recovery.value(QStringLiteral("samples")).toInt() << " failures) · " << recovery.value(QStringLiteral("bucket")).toString() << Qt::endl;
    return ExitOk;
}

} // namespace

SD_CTL_COMMAND(dora, {QStringLiteral("dora"), QStringLiteral("DORA delivery metrics from the deployment history"), kUsage, runDora});

} // namespace shipdeck::ctl
