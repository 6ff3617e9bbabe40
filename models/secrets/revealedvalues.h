#pragma once

#include "backend/secrets/secretstypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QTimer;

namespace shipdeck {

// Secret values the user revealed, each for a short time: after remaskAfterMs the value is
// dropped (its buffer is wiped with the last reference) and views show the mask again. Ids
// are the models' own ("vault/NAME", "sops/PATH#KEY", "kube/PATH#KEY").
class RevealedValues : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultRemaskMs = 20'000;

    explicit RevealedValues(QObject *parent = nullptr);
    ~RevealedValues() override;

    void setRemaskAfterMs(int ms) { m_remaskMs = ms; }
    int remaskAfterMs() const { return m_remaskMs; }

    void reveal(const QString &id, SharedSecret value);
    bool isRevealed(const QString &id) const { return m_values.contains(id); }
    // The plaintext while revealed, else an empty QString. Callers do not keep it.
    QString text(const QString &id) const;
    void mask(const QString &id);
    // Masks every id that starts with prefix (all when empty).
    void maskAll(const QString &prefix = {});
    int count() const { return int(m_values.size()); }

Q_SIGNALS:
    void changed(const QString &id); // revealed or masked

private:
    void schedule();
    void expire();

    struct Entry
    {
        SharedSecret value;
        qint64 deadline = 0; // on m_clock
    };
    QHash<QString, Entry> m_values;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    int m_remaskMs = kDefaultRemaskMs;
};

} // namespace shipdeck
