#pragma once

#include <QJsonObject>

namespace shipdeck::kubetest {

struct ResourceType;

// Fills in what the real API server defaults on create and update (pod spec fields, Deployment
// strategy, Service type and ports, Secret stringData ...), so that kubectl and clients see the
// shapes they see on a cluster.
class Defaults
{
public:
    static void apply(const ResourceType &type, QJsonObject &object);
    static void podSpec(QJsonObject &spec);
    static void podTemplate(QJsonObject &templ);
};

} // namespace shipdeck::kubetest
