#include "protobufdecoder.h"

#include "apierror.h"
#include "jsonutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <cstring>

namespace shipdeck::kubetest {

namespace {
using protobuf::FieldSpec;
using protobuf::Kind;

constexpr char kMagic[] = {'k', '8', 's', '\0'};
constexpr int kMaxDepth = 32;

Error unsupported(const QString &why)
{
    return apiError(415, QStringLiteral("UnsupportedMediaType"),
                    QStringLiteral("the protobuf body cannot be decoded by the test API server: %1; send application/json").arg(why));
}

Error malformed(const QString &why)
{
    return badRequest(QStringLiteral("malformed protobuf body: %1").arg(why));
}

// A cursor over protobuf wire data.
struct Reader
{
    const QByteArray &data;
    qsizetype pos = 0;
    qsizetype end = 0;

    bool atEnd() const { return pos >= end; }

    Result<quint64> varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end)
                return malformed(QStringLiteral("truncated varint at byte %1").arg(pos));
            const quint8 byte = quint8(data[pos++]);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return malformed(QStringLiteral("varint longer than 10 bytes at byte %1").arg(pos));
    }

    Result<QByteArray> bytes()
    {
        SD_TRY(const quint64 length, varint());
        if (length > quint64(end - pos))
            return malformed(QStringLiteral("a length of %1 bytes runs past the end of the message").arg(length));
        const QByteArray out = data.mid(pos, qsizetype(length));
        pos += qsizetype(length);
        return out;
    }

    Result<void> skipFixed(int size)
    {
        if (end - pos < size)
            return malformed(QStringLiteral("truncated fixed-size value"));
        pos += size;
        return success();
    }
};

Result<QJsonObject> decodeMessage(const QByteArray &data, const QByteArray &message, const QString &path, int depth);

// Go's protobuf code writes non-pointer fields even when they hold the zero value, and the API
// server's Go types treat such a zero as unset (omitempty). Only pointer fields keep a zero.
bool keepsZero(const QByteArray &message, const char *field)
{
    static const QSet<QByteArray> pointers{
        "ObjectMeta.deletionGracePeriodSeconds", "OwnerReference.controller", "OwnerReference.blockOwnerDeletion",
        "ConfigMap.immutable", "Secret.immutable", "ServiceAccount.automountServiceAccountToken",
        "PodSpec.terminationGracePeriodSeconds", "PodSpec.activeDeadlineSeconds", "PodSpec.automountServiceAccountToken",
        "PodSpec.shareProcessNamespace", "PodSpec.priority", "PodSpec.enableServiceLinks", "PodSpec.setHostnameAsFQDN",
        "PodSpec.hostUsers", "ServiceSpec.allocateLoadBalancerNodePorts", "DeploymentSpec.replicas",
        "DeploymentSpec.revisionHistoryLimit", "DeploymentSpec.progressDeadlineSeconds", "DeploymentStatus.terminatingReplicas",
        "DeploymentStatus.collisionCount", "JobSpec.parallelism", "JobSpec.completions", "JobSpec.activeDeadlineSeconds",
        "JobSpec.backoffLimit", "JobSpec.backoffLimitPerIndex", "JobSpec.maxFailedIndexes", "JobSpec.manualSelector",
        "JobSpec.ttlSecondsAfterFinished", "JobSpec.suspend", "JobStatus.terminating", "JobStatus.ready",
        "CronJobSpec.startingDeadlineSeconds", "CronJobSpec.suspend", "CronJobSpec.successfulJobsHistoryLimit",
        "CronJobSpec.failedJobsHistoryLimit"};
    return pointers.contains(message + '.' + field);
}

bool isZero(const QJsonValue &value)
{
    return (value.isString() && value.toString().isEmpty()) || (value.isDouble() && value.toDouble() == 0.0)
           || (value.isBool() && !value.toBool());
}

QJsonValue timeValue(const QJsonObject &time)
{
    const qint64 seconds = time.value(QLatin1String("seconds")).toInteger();
    if (seconds == 0 && time.value(QLatin1String("nanos")).toInteger() == 0)
        return QJsonValue::Null;
    return formatTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

// Converts the messages whose JSON form is not an object (Time, Quantity, IntOrString).
Result<QJsonValue> messageValue(const QByteArray &data, const QByteArray &type, const QString &path, int depth)
{
    SD_TRY(QJsonObject object, decodeMessage(data, type, path, depth + 1));
    if (type == "Time")
        return timeValue(object);
    if (type == "Quantity")
        return QJsonValue(object.value(QLatin1String("string")).toString());
    if (type == "IntOrString") {
        if (object.value(QLatin1String("type")).toInteger() == 1)
            return QJsonValue(object.value(QLatin1String("strVal")).toString());
        return QJsonValue(object.value(QLatin1String("intVal")).toInteger());
    }
    return QJsonValue(object);
}

Result<QJsonValue> scalar(Reader &reader, const FieldSpec &field, int wireType, const QString &path, int depth)
{
    switch (field.kind) {
    case Kind::Int:
    case Kind::Bool: {
        if (wireType != 0)
            return malformed(QStringLiteral("%1 expects a varint, got wire type %2").arg(path).arg(wireType));
        SD_TRY(const quint64 v, reader.varint());
        if (field.kind == Kind::Bool)
            return QJsonValue(v != 0);
        return QJsonValue(qint64(v));
    }
    case Kind::Double: {
        if (wireType != 1 || reader.end - reader.pos < 8)
            return malformed(QStringLiteral("%1 expects a 64-bit double").arg(path));
        double d = 0;
        std::memcpy(&d, reader.data.constData() + reader.pos, 8);
        reader.pos += 8;
        return QJsonValue(d);
    }
    default:
        break;
    }
    if (wireType != 2)
        return malformed(QStringLiteral("%1 expects a length-delimited value, got wire type %2").arg(path).arg(wireType));
    SD_TRY(const QByteArray raw, reader.bytes());
    switch (field.kind) {
    case Kind::String:
        return QJsonValue(QString::fromUtf8(raw));
    case Kind::Bytes:
        return QJsonValue(QString::fromLatin1(raw.toBase64()));
    case Kind::Message:
        return messageValue(raw, field.type, path, depth);
    default:
        return malformed(QStringLiteral("%1: unexpected field kind").arg(path));
    }
}

Result<QPair<QString, QJsonValue>> mapEntry(const QByteArray &raw, const FieldSpec &field, const QString &path, int depth)
{
    Reader reader{raw, 0, raw.size()};
    QString key;
    QJsonValue value = field.kind == Kind::MapBytes || field.kind == Kind::MapString ? QJsonValue(QString()) : QJsonValue(QJsonObject{});
    while (!reader.atEnd()) {
        SD_TRY(const quint64 tag, reader.varint());
        const int number = int(tag >> 3);
        if ((tag & 7) != 2)
            return malformed(QStringLiteral("%1: a map entry field must be length-delimited").arg(path));
        SD_TRY(const QByteArray bytes, reader.bytes());
        if (number == 1) {
            key = QString::fromUtf8(bytes);
        } else if (number == 2) {
            if (field.kind == Kind::MapString)
                value = QString::fromUtf8(bytes);
            else if (field.kind == Kind::MapBytes)
                value = QString::fromLatin1(bytes.toBase64());
            else {
                SD_TRY(value, messageValue(bytes, field.type, path + QLatin1Char('.') + key, depth));
            }
        } else {
            return malformed(QStringLiteral("%1: a map entry has field %2").arg(path).arg(number));
        }
    }
    return qMakePair(key, value);
}

Result<QJsonObject> decodeMessage(const QByteArray &data, const QByteArray &message, const QString &path, int depth)
{
    if (depth > kMaxDepth)
        return malformed(QStringLiteral("messages nested deeper than %1 levels").arg(kMaxDepth));
    Reader reader{data, 0, data.size()};
    QJsonObject object;
    while (!reader.atEnd()) {
        SD_TRY(const quint64 tag, reader.varint());
        const int number = int(tag >> 3);
        const int wireType = int(tag & 7);
        if (number <= 0)
            return malformed(QStringLiteral("field number 0 in %1").arg(QString::fromLatin1(message)));
        const FieldSpec *field = protobuf::findField(message, number);
        if (!field)
            return unsupported(QStringLiteral("field %1 of %2 (at %3) is not known to it").arg(number).arg(QString::fromLatin1(message),
                                                                                                             path.isEmpty() ? QStringLiteral("the top") : path));
        const QString name = QString::fromLatin1(field->name);
        const QString fieldPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
        if (field->kind == Kind::MapString || field->kind == Kind::MapBytes || field->kind == Kind::MapMessage) {
            if (wireType != 2)
                return malformed(QStringLiteral("%1: a map entry must be length-delimited").arg(fieldPath));
            SD_TRY(const QByteArray raw, reader.bytes());
            SD_TRY(const auto entry, mapEntry(raw, *field, fieldPath, depth));
            QJsonObject map = object.value(name).toObject();
            map.insert(entry.first, entry.second);
            object.insert(name, map);
            continue;
        }
        if (field->repeated) {
            QJsonArray array = object.value(name).toArray();
            if ((field->kind == Kind::Int || field->kind == Kind::Bool) && wireType == 2) {
                // packed repeated scalars
                SD_TRY(const QByteArray packed, reader.bytes());
                Reader inner{packed, 0, packed.size()};
                while (!inner.atEnd()) {
                    SD_TRY(const quint64 v, inner.varint());
                    array.append(field->kind == Kind::Bool ? QJsonValue(v != 0) : QJsonValue(qint64(v)));
                }
            } else {
                SD_TRY(const QJsonValue value, scalar(reader, *field, wireType, fieldPath, depth));
                array.append(value);
            }
            object.insert(name, array);
            continue;
        }
        SD_TRY(const QJsonValue value, scalar(reader, *field, wireType, fieldPath, depth));
        if (field->kind != Kind::Message && isZero(value) && !keepsZero(message, field->name))
            continue;
        object.insert(name, value);
    }
    return object;
}
} // namespace

bool ProtobufDecoder::isProtobuf(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower() == "application/vnd.kubernetes.protobuf";
}

Result<QJsonObject> ProtobufDecoder::decode(const QByteArray &body)
{
    if (body.size() < 4 || std::memcmp(body.constData(), kMagic, 4) != 0)
        return malformed(QStringLiteral("the body does not start with the \"k8s\\0\" envelope"));
    SD_TRY(QJsonObject unknown, decodeMessage(body.mid(4), "Unknown", QString(), 0));
    const QJsonObject typeMeta = unknown.value(QLatin1String("typeMeta")).toObject();
    const QString kind = typeMeta.value(QLatin1String("kind")).toString();
    if (!unknown.value(QLatin1String("contentEncoding")).toString().isEmpty())
        return unsupported(QStringLiteral("content encoding \"%1\"").arg(unknown.value(QLatin1String("contentEncoding")).toString()));
    if (kind.isEmpty() || !protobuf::findField(kind.toLatin1(), 1))
        return unsupported(QStringLiteral("kind \"%1\" is not one of the kinds it decodes").arg(kind));
    const QByteArray raw = QByteArray::fromBase64(unknown.value(QLatin1String("raw")).toString().toLatin1());
    SD_TRY(QJsonObject object, decodeMessage(raw, kind.toLatin1(), QString(), 0).context(QStringLiteral("decoding a protobuf %1").arg(kind)));
    object.insert(QStringLiteral("apiVersion"), typeMeta.value(QLatin1String("apiVersion")));
    object.insert(QStringLiteral("kind"), kind);
    return object;
}

} // namespace shipdeck::kubetest
