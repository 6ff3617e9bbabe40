#include "validation.h"

#include "apierror.h"
#include "jsonutil.h"
#include "resourcetype.h"
#include "selectors.h"

#include <QRegularExpression>

namespace shipdeck::kubetest {

namespace {
const QString kRequired = QStringLiteral("FieldValueRequired");
const QString kInvalid = QStringLiteral("FieldValueInvalid");
const QString kForbidden = QStringLiteral("FieldValueForbidden");
const QString kDuplicate = QStringLiteral("FieldValueDuplicate");

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString::fromUtf8(value.isObject() ? toCompactJson(value.toObject()) : toCompactJson(value.toArray()));
}

void metadataChecks(const ResourceType &type, const QJsonObject &meta, QJsonArray &causes)
{
    const QString name = meta.value(QLatin1String("name")).toString();
    const bool label = type.resource == QLatin1String("namespaces") || type.resource == QLatin1String("services");
    if (name.isEmpty())
        causes.append(fieldCause(kRequired, QStringLiteral("metadata.name"), QStringLiteral("Required value: name or generateName is required")));
    else if (label ? !Validation::isDnsLabel(name) : !Validation::isDnsSubdomain(name))
        causes.append(fieldCause(kInvalid, QStringLiteral("metadata.name"),
                                 QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 %2 must consist of lower case "
                                                "alphanumeric characters, '-' or '.', and must start and end with an "
                                                "alphanumeric character")
                                     .arg(name, label ? QStringLiteral("label") : QStringLiteral("subdomain"))));
    const QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!isQualifiedName(it.key()))
            causes.append(fieldCause(kInvalid, QStringLiteral("metadata.labels"),
                                     QStringLiteral("Invalid value: \"%1\": name part must consist of alphanumeric characters, '-', '_' or '.'").arg(it.key())));
        if (!it.value().isString() || !isLabelValue(it.value().toString()))
            causes.append(fieldCause(kInvalid, QStringLiteral("metadata.labels"),
                                     QStringLiteral("Invalid value: %1: a valid label must be an empty string or consist of "
                                                    "alphanumeric characters, '-', '_' or '.'").arg(quoted(it.value()))));
    }
    const QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
    qsizetype annotationBytes = 0;
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (!isQualifiedName(it.key()))
            causes.append(fieldCause(kInvalid, QStringLiteral("metadata.annotations"),
                                     QStringLiteral("Invalid value: \"%1\": name part must consist of alphanumeric characters, '-', '_' or '.'").arg(it.key())));
        annotationBytes += it.key().size() + it.value().toString().toUtf8().size();
    }
    if (annotationBytes > 256 * 1024)
        causes.append(fieldCause(QStringLiteral("FieldValueTooLong"), QStringLiteral("metadata.annotations"),
                                 QStringLiteral("Too long: must have at most 262144 bytes")));
}

void containerChecks(const QJsonArray &containers, const QString &path, QJsonArray &causes, bool required)
{
    if (containers.isEmpty() && required)
        causes.append(fieldCause(kRequired, path, QStringLiteral("Required value")));
    QStringList names;
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QJsonObject c = containers.at(i).toObject();
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QString name = c.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            causes.append(fieldCause(kRequired, at + QStringLiteral(".name"), QStringLiteral("Required value")));
        else if (!Validation::isDnsLabel(name))
            causes.append(fieldCause(kInvalid, at + QStringLiteral(".name"), QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'").arg(name)));
        else if (names.contains(name))
            causes.append(fieldCause(kDuplicate, at + QStringLiteral(".name"), QStringLiteral("Duplicate value: \"%1\"").arg(name)));
        names.append(name);
        if (c.value(QLatin1String("image")).toString().trimmed().isEmpty())
            causes.append(fieldCause(kRequired, at + QStringLiteral(".image"), QStringLiteral("Required value")));
        const QJsonArray ports = c.value(QLatin1String("ports")).toArray();
        for (qsizetype p = 0; p < ports.size(); ++p) {
            const int port = ports.at(p).toObject().value(QLatin1String("containerPort")).toInt(-1);
            if (port < 1 || port > 65535)
                causes.append(fieldCause(kInvalid, QStringLiteral("%1.ports[%2].containerPort").arg(at).arg(p),
                                         QStringLiteral("Invalid value: %1: must be between 1 and 65535, inclusive").arg(port)));
        }
    }
}

void podSpecChecks(const QJsonObject &spec, const QString &path, QJsonArray &causes)
{
    containerChecks(spec.value(QLatin1String("containers")).toArray(), path + QStringLiteral(".containers"), causes, true);
    containerChecks(spec.value(QLatin1String("initContainers")).toArray(), path + QStringLiteral(".initContainers"), causes, false);
    const QString restart = spec.value(QLatin1String("restartPolicy")).toString();
    if (!restart.isEmpty() && restart != QLatin1String("Always") && restart != QLatin1String("OnFailure") && restart != QLatin1String("Never"))
        causes.append(fieldCause(QStringLiteral("FieldValueNotSupported"), path + QStringLiteral(".restartPolicy"),
                                 QStringLiteral("Unsupported value: \"%1\": supported values: \"Always\", \"OnFailure\", \"Never\"").arg(restart)));
}

void workloadChecks(const ResourceType &type, const QJsonObject &object, const QJsonObject *old, QJsonArray &causes)
{
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonValue selectorValue = spec.value(QLatin1String("selector"));
    const QJsonObject templ = spec.value(QLatin1String("template")).toObject();
    if (spec.contains(QLatin1String("replicas")) && spec.value(QLatin1String("replicas")).toInt() < 0)
        causes.append(fieldCause(kInvalid, QStringLiteral("spec.replicas"),
                                 QStringLiteral("Invalid value: %1: must be greater than or equal to 0").arg(spec.value(QLatin1String("replicas")).toInt())));
    if (!selectorValue.isObject() || selectorValue.toObject().isEmpty()) {
        causes.append(fieldCause(kRequired, QStringLiteral("spec.selector"), QStringLiteral("Required value")));
    } else {
        const auto selector = LabelSelector::fromJson(selectorValue.toObject());
        const QJsonObject labels = valueAt(templ, QStringLiteral("metadata.labels")).toObject();
        if (!selector || selector->isEmpty() || !selector->matches(labels))
            causes.append(fieldCause(kInvalid, QStringLiteral("spec.template.metadata.labels"),
                                     QStringLiteral("Invalid value: %1: `selector` does not match template `labels`").arg(quoted(labels))));
    }
    podSpecChecks(templ.value(QLatin1String("spec")).toObject(), QStringLiteral("spec.template.spec"), causes);
    if (old && type.group == QLatin1String("apps")) {
        const QJsonValue oldSelector = valueAt(*old, QStringLiteral("spec.selector"));
        if (oldSelector.isObject() && oldSelector != selectorValue)
            causes.append(fieldCause(kInvalid, QStringLiteral("spec.selector"),
                                     QStringLiteral("Invalid value: %1: field is immutable").arg(quoted(selectorValue))));
    }
}

void serviceChecks(const QJsonObject &object, QJsonArray &causes)
{
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QString type = spec.value(QLatin1String("type")).toString();
    const QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
    const bool headless = spec.value(QLatin1String("clusterIP")).toString() == QLatin1String("None");
    if (ports.isEmpty() && type != QLatin1String("ExternalName") && !headless)
        causes.append(fieldCause(kRequired, QStringLiteral("spec.ports"), QStringLiteral("Required value")));
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const int port = ports.at(i).toObject().value(QLatin1String("port")).toInt(-1);
        if (port < 1 || port > 65535)
            causes.append(fieldCause(kInvalid, QStringLiteral("spec.ports[%1].port").arg(i),
                                     QStringLiteral("Invalid value: %1: must be between 1 and 65535, inclusive").arg(port)));
        if (ports.size() > 1 && ports.at(i).toObject().value(QLatin1String("name")).toString().isEmpty())
            causes.append(fieldCause(kRequired, QStringLiteral("spec.ports[%1].name").arg(i), QStringLiteral("Required value")));
    }
}

void podUpdateChecks(const QJsonObject &object, const QJsonObject &old, QJsonArray &causes)
{
    // Only images, activeDeadlineSeconds, tolerations (additions) and schedulingGates may change.
    auto masked = [](QJsonObject spec) {
        for (const QString &list : {QStringLiteral("containers"), QStringLiteral("initContainers")}) {
            QJsonArray containers = spec.value(list).toArray();
            for (qsizetype i = 0; i < containers.size(); ++i) {
                QJsonObject c = containers.at(i).toObject();
                c.remove(QStringLiteral("image"));
                containers[i] = c;
            }
            if (spec.contains(list))
                spec.insert(list, containers);
        }
        spec.remove(QStringLiteral("activeDeadlineSeconds"));
        spec.remove(QStringLiteral("tolerations"));
        spec.remove(QStringLiteral("schedulingGates"));
        spec.remove(QStringLiteral("nodeName"));
        return spec;
    };
    if (masked(object.value(QLatin1String("spec")).toObject()) != masked(old.value(QLatin1String("spec")).toObject()))
        causes.append(fieldCause(kForbidden, QStringLiteral("spec"),
                                 QStringLiteral("Forbidden: pod updates may not change fields other than `spec.containers[*].image`, "
                                                "`spec.initContainers[*].image`, `spec.activeDeadlineSeconds`, "
                                                "`spec.tolerations` (only additions to existing tolerations)")));
}
} // namespace

bool Validation::isDnsSubdomain(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return name.size() <= 253 && re.match(name).hasMatch();
}

bool Validation::isDnsLabel(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= 63 && re.match(name).hasMatch();
}

QJsonArray Validation::validate(const ResourceType &type, const QJsonObject &object, const QJsonObject *old)
{
    QJsonArray causes;
    metadataChecks(type, object.value(QLatin1String("metadata")).toObject(), causes);
    if (type.custom)
        return causes;
    const QString &r = type.resource;
    if (type.group.isEmpty()) {
        if (r == QLatin1String("pods")) {
            podSpecChecks(object.value(QLatin1String("spec")).toObject(), QStringLiteral("spec"), causes);
            if (old)
                podUpdateChecks(object, *old, causes);
        } else if (r == QLatin1String("services")) {
            serviceChecks(object, causes);
        } else if (r == QLatin1String("configmaps") || r == QLatin1String("secrets")) {
            static const QRegularExpression key(QStringLiteral("^[-._a-zA-Z0-9]+$"));
            const QJsonObject data = object.value(QLatin1String("data")).toObject();
            for (auto it = data.begin(); it != data.end(); ++it) {
                if (!key.match(it.key()).hasMatch())
                    causes.append(fieldCause(kInvalid, QStringLiteral("data"),
                                             QStringLiteral("Invalid value: \"%1\": a valid config key must consist of alphanumeric characters, '-', '_' or '.'").arg(it.key())));
            }
            if (old && old->value(QLatin1String("immutable")).toBool()
                && (old->value(QLatin1String("data")) != object.value(QLatin1String("data"))
                    || old->value(QLatin1String("binaryData")) != object.value(QLatin1String("binaryData"))))
                causes.append(fieldCause(kForbidden, QStringLiteral("data"), QStringLiteral("Forbidden: field is immutable when `immutable` is set")));
        } else if (r == QLatin1String("events")) {
            if (object.value(QLatin1String("involvedObject")).toObject().isEmpty())
                causes.append(fieldCause(kRequired, QStringLiteral("involvedObject"), QStringLiteral("Required value")));
        }
    } else if (type.group == QLatin1String("apps") && r != QLatin1String("controllerrevisions")) {
        workloadChecks(type, object, old, causes);
    } else if (type.group == QLatin1String("batch") && r == QLatin1String("jobs")) {
        const QJsonObject podSpec = valueAt(object, QStringLiteral("spec.template.spec")).toObject();
        podSpecChecks(podSpec, QStringLiteral("spec.template.spec"), causes);
        const QString restart = podSpec.value(QLatin1String("restartPolicy")).toString();
        if (restart != QLatin1String("OnFailure") && restart != QLatin1String("Never"))
            causes.append(fieldCause(QStringLiteral("FieldValueNotSupported"), QStringLiteral("spec.template.spec.restartPolicy"),
                                     QStringLiteral("Unsupported value: \"%1\": supported values: \"OnFailure\", \"Never\"").arg(restart)));
    } else if (type.group == QLatin1String("batch") && r == QLatin1String("cronjobs")) {
        if (valueAt(object, QStringLiteral("spec.schedule")).toString().trimmed().isEmpty())
            causes.append(fieldCause(kRequired, QStringLiteral("spec.schedule"), QStringLiteral("Required value")));
    }
    return causes;
}

} // namespace shipdeck::kubetest
