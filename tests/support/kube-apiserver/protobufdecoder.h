#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace shipdeck::kubetest {

// Decodes application/vnd.kubernetes.protobuf request bodies — the "k8s\0" envelope around a
// runtime.Unknown — for the kinds kubectl's typed commands send (create configmap, secret,
// namespace, serviceaccount, quota, deployment, job, cronjob, service, run, auth can-i,
// auth whoami), with the Kubernetes field numbers (protobufschema.cpp). A field the table does
// not know is refused with 415 naming it, never dropped. Answers stay JSON, which clients accept.
class ProtobufDecoder
{
public:
    static bool isProtobuf(const QByteArray &contentType);
    static Result<QJsonObject> decode(const QByteArray &body);
};

namespace protobuf {

enum class Kind { String, Int, Bool, Bytes, Double, Message, MapString, MapBytes, MapMessage };

struct FieldSpec
{
    const char *message;
    int number;
    const char *name;
    Kind kind;
    const char *type; // message type of Message / MapMessage fields
    bool repeated;
};

// The field table: message name -> fields.
const FieldSpec *findField(const QByteArray &message, int number);
bool knowsMessage(const QByteArray &message);

} // namespace protobuf
} // namespace shipdeck::kubetest
