#pragma once

#include "backend/core/result.h"
#include "faultinjector.h"
#include "resourcetype.h"
#include "selectors.h"
#include "storedobject.h"
#include "tableprinter.h"

#include <QObject>
#include <QPointer>

#include <list>
#include <memory>

class QTimer;

namespace shipdeck::kubetest {

class HttpExchange;
class ObjectStore;

struct WatchRequest
{
    ResourceTypePtr type;
    QString ns; // empty: every namespace (or a cluster-scoped kind)
    LabelSelector labels;
    FieldSelector fields;
    quint64 fromVersion = 0; // 0: begin with the current state (synthetic ADDED events)
    bool bookmarks = false;
    bool sendInitialEvents = false;
    bool table = false;
    TablePrinter::Include include = TablePrinter::Include::Metadata;
    int timeoutSeconds = 0;
    QList<FaultRule> faults; // Drop / Truncate / Gone-as-event for this stream
};

// Open watch streams: each is a chunked response with one JSON event per line. Streams start
// from the current state or from a resourceVersion in the history (410 Expired when it is too
// old), follow selector transitions (an object leaving the selector is DELETED for the watcher),
// receive periodic BOOKMARKs when asked, end at timeoutSeconds and obey stream faults.
class WatchManager : public QObject
{
    Q_OBJECT
public:
    WatchManager(ObjectStore &store, QObject *parent = nullptr);
    ~WatchManager() override;

    // Starts streaming on exchange; an error (410 Expired) means nothing was sent.
    Result<void> start(HttpExchange *exchange, WatchRequest request);
    int activeCount(const QString &groupResource = {}) const;
    // Closes streams mid-stream (clients see an unexpected end). Returns how many.
    int drop(const QString &groupResource = {});
    // Sends an ERROR event with a 410 Expired Status to streams and ends them.
    int expire(const QString &groupResource = {});
    void setBookmarkIntervalMs(int ms);
    int bookmarkIntervalMs() const { return m_bookmarkMs; }
    void sendBookmarks();
    quint64 eventsSent() const { return m_eventsSent; }

private:
    struct Stream;
    void onChanged(const StoreEvent &event);
    bool deliver(Stream &stream, const QByteArray &type, const ObjectPtr &object);
    void sendInitial(Stream &stream);
    void endStream(Stream *stream, bool clean);
    bool matches(const Stream &stream, const ObjectPtr &object) const;
    QByteArray encode(const Stream &stream, const QByteArray &type, const ObjectPtr &object);
    void removeClosed();

    ObjectStore &m_store;
    std::list<std::unique_ptr<Stream>> m_streams;
    QTimer *m_bookmarkTimer;
    int m_bookmarkMs = 5000;
    quint64 m_eventsSent = 0;
};

QByteArray expiredStatusJson(quint64 requested, quint64 oldest);

} // namespace shipdeck::kubetest
