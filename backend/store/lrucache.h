#pragma once

#include "backend/core/clock.h"

#include <QHash>
#include <QMutex>

#include <list>
#include <optional>

namespace shipdeck {

// A bounded least-recently-used cache whose entries also expire after ttlMs (0 = never).
// Thread-safe. Expiry is checked on access against the injectable clock.
template<typename Key, typename Value>
class LruCache
{
public:
    struct Stats
    {
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 evictions = 0;
        qint64 expirations = 0;
    };

    explicit LruCache(int capacity, qint64 ttlMs = 0, const Clock *clock = nullptr)
        : m_capacity(qMax(1, capacity)), m_ttlMs(ttlMs), m_clock(clock ? clock : Clock::system())
    {
    }

    void insert(const Key &key, const Value &value)
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_index.find(key); it != m_index.end()) {
            m_order.erase(it.value());
            m_index.erase(it);
        }
        m_order.push_front({key, value, m_clock->nowMs()});
        m_index.insert(key, m_order.begin());
        while (int(m_order.size()) > m_capacity) {
            m_index.remove(m_order.back().key);
            m_order.pop_back();
            ++m_stats.evictions;
        }
    }

    std::optional<Value> get(const Key &key)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            ++m_stats.misses;
            return std::nullopt;
        }
        auto entry = it.value();
        if (m_ttlMs > 0 && m_clock->nowMs() - entry->insertedAtMs >= m_ttlMs) {
            m_order.erase(entry);
            m_index.erase(it);
            ++m_stats.expirations;
            ++m_stats.misses;
            return std::nullopt;
        }
        m_order.splice(m_order.begin(), m_order, entry); // most recently used first
        ++m_stats.hits;
        return entry->value;
    }

    bool remove(const Key &key)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_index.find(key);
        if (it == m_index.end())
            return false;
        m_order.erase(it.value());
        m_index.erase(it);
        return true;
    }

    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_order.clear();
        m_index.clear();
    }

    int size() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_order.size());
    }

    Stats stats() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stats;
    }

private:
    struct Entry
    {
        Key key;
        Value value;
        qint64 insertedAtMs;
    };

    int m_capacity;
    qint64 m_ttlMs;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    std::list<Entry> m_order;
    QHash<Key, typename std::list<Entry>::iterator> m_index;
    Stats m_stats;
};

} // namespace shipdeck
