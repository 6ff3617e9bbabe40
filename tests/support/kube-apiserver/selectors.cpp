#include "selectors.h"

#include "apierror.h"
#include "resourcetype.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace shipdeck::kubetest {

namespace {
Error selectorError(const QString &text, const QString &why)
{
    return badRequest(QStringLiteral("unable to parse requirement: %1 (in selector \"%2\")").arg(why, text));
}

// Splits on commas outside parentheses.
QStringList splitTerms(const QString &text, bool *balanced)
{
    QStringList terms;
    int depth = 0;
    QString current;
    for (QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            terms.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
        if (depth < 0)
            break;
    }
    terms.append(current.trimmed());
    *balanced = depth == 0;
    return terms;
}
} // namespace

bool isQualifiedName(const QString &key)
{
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$"));
    static const QRegularExpression prefix(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return name.match(key).hasMatch();
    const QString p = key.left(slash);
    return p.size() <= 253 && prefix.match(p).hasMatch() && name.match(key.mid(slash + 1)).hasMatch();
}

bool isLabelValue(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    return value.size() <= 63 && re.match(value).hasMatch();
}

Result<LabelSelector> LabelSelector::parse(const QString &text)
{
    LabelSelector selector;
    if (text.trimmed().isEmpty())
        return selector;
    bool balanced = true;
    const QStringList terms = splitTerms(text, &balanced);
    if (!balanced)
        return selectorError(text, QStringLiteral("unbalanced parentheses"));
    static const QRegularExpression setRe(QStringLiteral("^(\\S+)\\s+(in|notin)\\s*\\((.*)\\)$"));
    static const QRegularExpression cmpRe(QStringLiteral("^([^=!<>\\s]+)\\s*(==|=|!=|>|<)\\s*(.*)$"));
    for (const QString &term : terms) {
        if (term.isEmpty())
            return selectorError(text, QStringLiteral("found '', expected: identifier"));
        Requirement req;
        if (const auto m = setRe.match(term); m.hasMatch()) {
            req.key = m.captured(1);
            req.op = m.captured(2) == QLatin1String("in") ? Op::In : Op::NotIn;
            for (const QString &v : m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                req.values.append(v.trimmed());
            if (req.values.isEmpty())
                return selectorError(text, QStringLiteral("for 'in', 'notin' operators, values set can't be empty"));
        } else if (const auto c = cmpRe.match(term); c.hasMatch()) {
            req.key = c.captured(1);
            const QString op = c.captured(2);
            req.values = {c.captured(3).trimmed()};
            req.op = op == QLatin1String("!=") ? Op::NotEquals
                     : op == QLatin1String(">") ? Op::GreaterThan
                     : op == QLatin1String("<") ? Op::LessThan
                                                : Op::Equals;
            if ((req.op == Op::GreaterThan || req.op == Op::LessThan)) {
                bool ok = false;
                req.values.first().toLongLong(&ok);
                if (!ok)
                    return selectorError(text, QStringLiteral("for 'Gt', 'Lt' operators, the value must be an integer"));
            }
        } else if (term.startsWith(QLatin1Char('!'))) {
            req.key = term.mid(1).trimmed();
            req.op = Op::DoesNotExist;
        } else {
            req.key = term;
            req.op = Op::Exists;
        }
        if (!isQualifiedName(req.key))
            return selectorError(text, QStringLiteral("invalid label key \"%1\"").arg(req.key));
        for (const QString &v : std::as_const(req.values)) {
            if (!isLabelValue(v))
                return selectorError(text, QStringLiteral("invalid label value: \"%1\"").arg(v));
        }
        selector.m_requirements.append(req);
    }
    return selector;
}

Result<LabelSelector> LabelSelector::fromJson(const QJsonObject &json)
{
    LabelSelector selector;
    const QJsonObject matchLabels = json.value(QLatin1String("matchLabels")).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it)
        selector.m_requirements.append({it.key(), Op::Equals, {it.value().toString()}});
    const QJsonArray expressions = json.value(QLatin1String("matchExpressions")).toArray();
    for (const auto &e : expressions) {
        const QJsonObject expr = e.toObject();
        Requirement req;
        req.key = expr.value(QLatin1String("key")).toString();
        const QString op = expr.value(QLatin1String("operator")).toString();
        if (op == QLatin1String("In"))
            req.op = Op::In;
        else if (op == QLatin1String("NotIn"))
            req.op = Op::NotIn;
        else if (op == QLatin1String("Exists"))
            req.op = Op::Exists;
        else if (op == QLatin1String("DoesNotExist"))
            req.op = Op::DoesNotExist;
        else
            return badRequest(QStringLiteral("\"%1\" is not a valid label selector operator").arg(op));
        for (const auto &v : expr.value(QLatin1String("values")).toArray())
            req.values.append(v.toString());
        selector.m_requirements.append(req);
    }
    return selector;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &req : m_requirements) {
        const bool has = labels.contains(req.key);
        const QString value = labels.value(req.key).toString();
        switch (req.op) {
        case Op::Equals:
            if (!has || value != req.values.first())
                return false;
            break;
        case Op::NotEquals:
            if (has && value == req.values.first())
                return false;
            break;
        case Op::In:
            if (!has || !req.values.contains(value))
                return false;
            break;
        case Op::NotIn:
            if (has && req.values.contains(value))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::DoesNotExist:
            if (has)
                return false;
            break;
        case Op::GreaterThan:
        case Op::LessThan: {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            const qint64 bound = req.values.first().toLongLong();
            if (!has || !ok || (req.op == Op::GreaterThan ? v <= bound : v >= bound))
                return false;
            break;
        }
        }
    }
    return true;
}

QString LabelSelector::toString() const
{
    QStringList parts;
    for (const Requirement &req : m_requirements) {
        switch (req.op) {
        case Op::Equals: parts.append(req.key + QLatin1Char('=') + req.values.first()); break;
        case Op::NotEquals: parts.append(req.key + QStringLiteral("!=") + req.values.first()); break;
        case Op::In: parts.append(req.key + QStringLiteral(" in (") + req.values.join(QLatin1Char(',')) + QLatin1Char(')')); break;
        case Op::NotIn: parts.append(req.key + QStringLiteral(" notin (") + req.values.join(QLatin1Char(',')) + QLatin1Char(')')); break;
        case Op::Exists: parts.append(req.key); break;
        case Op::DoesNotExist: parts.append(QLatin1Char('!') + req.key); break;
        case Op::GreaterThan: parts.append(req.key + QLatin1Char('>') + req.values.first()); break;
        case Op::LessThan: parts.append(req.key + QLatin1Char('<') + req.values.first()); break;
        }
    }
    return parts.join(QLatin1Char(','));
}

QString fieldValue(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &part : path.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

namespace {
QStringList supportedFields(const ResourceType &type)
{
    QStringList fields{QStringLiteral("metadata.name")};
    if (type.namespaced)
        fields.append(QStringLiteral("metadata.namespace"));
    if (!type.group.isEmpty())
        return fields;
    if (type.resource == QLatin1String("pods"))
        fields << QStringLiteral("spec.nodeName") << QStringLiteral("spec.restartPolicy") << QStringLiteral("spec.schedulerName")
               << QStringLiteral("spec.serviceAccountName") << QStringLiteral("spec.hostNetwork")
               << QStringLiteral("status.phase") << QStringLiteral("status.podIP") << QStringLiteral("status.nominatedNodeName");
    else if (type.resource == QLatin1String("events"))
        fields << QStringLiteral("involvedObject.kind") << QStringLiteral("involvedObject.namespace")
               << QStringLiteral("involvedObject.name") << QStringLiteral("involvedObject.uid")
               << QStringLiteral("involvedObject.apiVersion") << QStringLiteral("involvedObject.resourceVersion")
               << QStringLiteral("involvedObject.fieldPath") << QStringLiteral("reason") << QStringLiteral("reportingComponent")
               << QStringLiteral("source") << QStringLiteral("type");
    else if (type.resource == QLatin1String("secrets"))
        fields << QStringLiteral("type");
    else if (type.resource == QLatin1String("namespaces"))
        fields << QStringLiteral("status.phase");
    else if (type.resource == QLatin1String("nodes"))
        fields << QStringLiteral("spec.unschedulable");
    return fields;
}
} // namespace

Result<FieldSelector> FieldSelector::parse(const QString &text, const ResourceType &type)
{
    FieldSelector selector;
    if (text.trimmed().isEmpty())
        return selector;
    const QStringList supported = supportedFields(type);
    for (const QString &raw : text.split(QLatin1Char(','))) {
        const QString term = raw.trimmed();
        Term t;
        qsizetype at = term.indexOf(QStringLiteral("!="));
        if (at >= 0) {
            t.equals = false;
            t.field = term.left(at).trimmed();
            t.value = term.mid(at + 2).trimmed();
        } else if ((at = term.indexOf(QStringLiteral("=="))) >= 0) {
            t.field = term.left(at).trimmed();
            t.value = term.mid(at + 2).trimmed();
        } else if ((at = term.indexOf(QLatin1Char('='))) >= 0) {
            t.field = term.left(at).trimmed();
            t.value = term.mid(at + 1).trimmed();
        } else {
            return badRequest(QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, term));
        }
        if (!supported.contains(t.field))
            return badRequest(QStringLiteral("field label not supported: %1").arg(t.field));
        selector.m_terms.append(t);
    }
    return selector;
}

bool FieldSelector::matches(const QJsonObject &object) const
{
    for (const Term &t : m_terms) {
        QString actual = t.field == QLatin1String("source")
                             ? fieldValue(object, QStringLiteral("source.component"))
                             : fieldValue(object, t.field);
        if ((actual == t.value) != t.equals)
            return false;
    }
    return true;
}

QString FieldSelector::exactName() const
{
    for (const Term &t : m_terms) {
        if (t.field == QLatin1String("metadata.name") && t.equals)
            return t.value;
    }
    return {};
}

} // namespace shipdeck::kubetest
