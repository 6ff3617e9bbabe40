#pragma once

#include "backend/core/result.h"
#include "accesscontrol.h"
#include "httpexchange.h"
#include "resourcetype.h"
#include "servercontext.h"

#include <QObject>

namespace shipdeck::kubetest {

// Where a request goes, parsed from its path as the API server's RequestInfoFactory does.
struct RequestInfo
{
    bool isResource = false;
    QString verb; // get, list, watch, create, update, patch, delete, deletecollection
    QString group;
    QString version;
    QString ns;
    QString resource;
    QString name;
    QString subresource;

    static RequestInfo parse(const QByteArray &method, const QString &path, bool watchParam);
};

// Serves the Kubernetes API over an HttpExchange: authentication, authorization, fault
// injection, discovery and OpenAPI, and the verbs on resources and their subresources.
class ApiHandler : public QObject
{
    Q_OBJECT
public:
    explicit ApiHandler(ServerContext context, QObject *parent = nullptr);

    void handle(HttpExchange *exchange);

private:
    void dispatch(HttpExchange *exchange, const RequestInfo &info, const UserInfo &user);
    void serveNonResource(HttpExchange *exchange, const RequestInfo &info);
    void serveResource(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type, const UserInfo &user);

    // Single objects (apihandler.cpp)
    void get(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type);
    void create(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type, const UserInfo &user);
    void update(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type);
    void patch(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type);
    void remove(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type);
    // Collections (apicollections.cpp)
    void list(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type);
    void watch(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type);
    void removeCollection(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type);
    // Access reviews (apireviews.cpp)
    void review(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type, const UserInfo &user);

    void sendJson(HttpExchange *exchange, int status, const QByteArray &json, const QStringList &warnings = {});
    void sendObject(HttpExchange *exchange, int status, const ResourceType &type, const QJsonObject &object,
                    const QStringList &warnings = {});
    void sendError(HttpExchange *exchange, const Error &error);
    static bool wantsTable(const HttpRequest &request);
    static Result<QJsonObject> parseBody(const HttpRequest &request);

    ServerContext m_ctx;
};

} // namespace shipdeck::kubetest
