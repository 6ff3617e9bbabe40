#pragma once

#include "backend/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace shipdeck::kubetest {

struct ResourceType;

// A label selector in the API server's string syntax: "a=b,c!=d,e in (x,y),f notin (z),g,!h".
class LabelSelector
{
public:
    static Result<LabelSelector> parse(const QString &text);
    // The selector of a workload: matchLabels and matchExpressions of a meta/v1 LabelSelector.
    static Result<LabelSelector> fromJson(const QJsonObject &selector);
    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const QJsonObject &labels) const;
    QString toString() const;

private:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist, GreaterThan, LessThan };
    struct Requirement
    {
        QString key;
        Op op;
        QStringList values;
    };
    QList<Requirement> m_requirements;
};

// A field selector: "metadata.name=x,status.phase!=Running". Only the fields the real API
// server supports for the kind are accepted.
class FieldSelector
{
public:
    static Result<FieldSelector> parse(const QString &text, const ResourceType &type);
    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const QJsonObject &object) const;
    // The name an exact "metadata.name=" term asks for, if any (single-object watches).
    QString exactName() const;

private:
    struct Term
    {
        QString field;
        bool equals = true;
        QString value;
    };
    QList<Term> m_terms;
};

// The value of a dotted field path ("spec.nodeName") as the API server compares it.
QString fieldValue(const QJsonObject &object, const QString &path);
bool isQualifiedName(const QString &key);
bool isLabelValue(const QString &value);

} // namespace shipdeck::kubetest
