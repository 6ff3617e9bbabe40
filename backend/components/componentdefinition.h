#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace shipdeck {

enum class ComponentType { Service, Function, Worker, Extension };

// How to check that an instance is alive and ready (Kubernetes probe semantics).
struct HealthCheck
{
    enum class Kind { None, Http, Tcp, Exec };
    Kind kind = Kind::None;
    QString path = QStringLiteral("/healthz");  // Http
    int expectedStatusMin = 200;                // Http: accepted status range
    int expectedStatusMax = 399;
    QStringList command;                        // Exec: argv; exit code 0 = healthy
    int initialDelayMs = 0;
    int periodMs = 1000;
    int timeoutMs = 1000;
    int failureThreshold = 3;
    int successThreshold = 1;
};

struct ResourceRequirements
{
    double cpuCores = 0;   // advisory on the local provider
    qint64 memoryBytes = 0;
};

struct ScalingPolicy
{
    int minReplicas = 1;
    int maxReplicas = 1;
    int targetCpuPercent = 0; // 0 = no autoscaling
};

// How the local provider starts one instance. Arguments and environment values may contain
// {port} (the instance's ephemeral loopback port), {version}, {component} and {instance}.
struct RunSpec
{
    QString command;
    QStringList args;
    QMap<QString, QString> env;
};

// Per-version differences (e.g. a bad demo version adds --error-rate 0.05).
struct VersionOverride
{
    QStringList extraArgs;
    QMap<QString, QString> env;
    QString command; // empty = the component's command
};

// A component (seed ComponentDefinition): what it is, what it needs, how to run and probe it.
struct ComponentDefinition
{
    QString id;               // unique, DNS-label like: "storefront"
    QString name;             // for people
    QString version;          // the current stable version
    ComponentType type = ComponentType::Service;
    QStringList dependencies; // component ids that must be deployed first
    ResourceRequirements resources;
    HealthCheck healthCheck;
    ScalingPolicy scaling;
    RunSpec run;
    QMap<QString, VersionOverride> versions; // version -> override
    int port = 0;             // the component's public port (the proxy listens here); 0 = ephemeral
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::ComponentDefinition)
