#include "backend/deploy/analysis/conditionexpression.h"

#include <cmath>
#include <limits>
#include <variant>
#include <vector>

namespace shipdeck {

struct ConditionExpression::Node
{
    enum class Op { Number, Bool, Result, Index, Neg, Not, And, Or, Add, Sub, Mul, Div, Mod,
                    Lt, Le, Gt, Ge, Eq, Ne, Call };
    Op op = Op::Number;
    double number = 0;
    QString name; // Call
    int column = 0;
    std::vector<std::shared_ptr<const Node>> args;
};

namespace {
using NodePtr = std::shared_ptr<const ConditionExpression::Node>;
using Op = ConditionExpression::Node::Op;

struct Token
{
    enum class Kind { Number, Ident, Symbol, End };
    Kind kind = Kind::End;
    QString text;
    double number = 0;
    int column = 0;
};

Result<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    static const QStringList twoChar = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("=="),
                                        QStringLiteral("!="), QStringLiteral("&&"), QStringLiteral("||")};
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.column = i + 1;
        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text.at(i + 1).isDigit())) {
            int j = i;
            while (j < n && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.')))
                ++j;
            if (j < n && (text.at(j) == QLatin1Char('e') || text.at(j) == QLatin1Char('E'))) {
                int k = j + 1;
                if (k < n && (text.at(k) == QLatin1Char('+') || text.at(k) == QLatin1Char('-')))
                    ++k;
                if (k < n && text.at(k).isDigit()) {
                    j = k;
                    while (j < n && text.at(j).isDigit())
                        ++j;
                }
            }
            bool ok = false;
            t.number = text.mid(i, j - i).toDouble(&ok);
            if (!ok)
                return Error(ErrorCode::Parse, QStringLiteral("at column %1: '%2' is not a number").arg(i + 1).arg(text.mid(i, j - i)));
            t.kind = Token::Kind::Number;
            t.text = text.mid(i, j - i);
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('_')))
                ++j;
            t.kind = Token::Kind::Ident;
            t.text = text.mid(i, j - i);
            i = j;
        } else {
            const QString two = text.mid(i, 2);
            if (twoChar.contains(two)) {
                t.text = two;
                i += 2;
            } else if (QStringLiteral("<>!+-*/%()[],").contains(c)) {
                t.text = c;
                ++i;
            } else {
                return Error(ErrorCode::Parse, QStringLiteral("at column %1: unexpected character '%2'").arg(i + 1).arg(c));
            }
            t.kind = Token::Kind::Symbol;
        }
        tokens.append(t);
    }
    Token end;
    end.column = n + 1;
    tokens.append(end);
    return tokens;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<NodePtr> parseAll()
    {
        SD_TRY(NodePtr root, parseOr());
        if (peek().kind != Token::Kind::End)
            return unexpected(QStringLiteral("the end of the condition"));
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    bool accept(const QString &symbol)
    {
        const Token &t = peek();
        if ((t.kind == Token::Kind::Symbol || t.kind == Token::Kind::Ident) && t.text == symbol) {
            ++m_pos;
            return true;
        }
        return false;
    }
    Error unexpected(const QString &expected) const
    {
        const Token &t = peek();
        const QString found = t.kind == Token::Kind::End ? QStringLiteral("the end") : QStringLiteral("'%1'").arg(t.text);
        return Error(ErrorCode::Parse, QStringLiteral("at column %1: expected %2 but found %3").arg(t.column).arg(expected, found));
    }
    static NodePtr make(Op op, int column, std::vector<NodePtr> args = {}, double number = 0, QString name = {})
    {
        auto node = std::make_shared<ConditionExpression::Node>();
        node->op = op;
        node->column = column;
        node->args = std::move(args);
        node->number = number;
        node->name = std::move(name);
        return node;
    }

    Result<NodePtr> parseOr()
    {
        SD_TRY(NodePtr left, parseAnd());
        for (;;) {
            const int column = peek().column;
            if (!accept(QStringLiteral("||")) && !accept(QStringLiteral("or")))
                return left;
            SD_TRY(NodePtr right, parseAnd());
            left = make(Op::Or, column, {left, right});
        }
    }
    Result<NodePtr> parseAnd()
    {
        SD_TRY(NodePtr left, parseNot());
        for (;;) {
            const int column = peek().column;
            if (!accept(QStringLiteral("&&")) && !accept(QStringLiteral("and")))
                return left;
            SD_TRY(NodePtr right, parseNot());
            left = make(Op::And, column, {left, right});
        }
    }
    struct DepthGuard
    {
        int &depth;
        explicit DepthGuard(int &d) : depth(d) { ++depth; }
        ~DepthGuard() { --depth; }
    };
    Error tooDeep() const { return Error(ErrorCode::Parse, QStringLiteral("the condition is nested too deeply")); }

    Result<NodePtr> parseNot()
    {
        DepthGuard guard(m_depth);
        if (m_depth > 64)
            return tooDeep();
        const int column = peek().column;
        if (accept(QStringLiteral("!")) || accept(QStringLiteral("not"))) {
            SD_TRY(NodePtr inner, parseNot());
            return make(Op::Not, column, {inner});
        }
        return parseComparison();
    }
    Result<NodePtr> parseComparison()
    {
        SD_TRY(NodePtr left, parseAdditive());
        static const QList<std::pair<QString, Op>> ops = {
            {QStringLiteral("<="), Op::Le}, {QStringLiteral(">="), Op::Ge}, {QStringLiteral("=="), Op::Eq},
            {QStringLiteral("!="), Op::Ne}, {QStringLiteral("<"), Op::Lt},  {QStringLiteral(">"), Op::Gt}};
        for (const auto &[symbol, op] : ops) {
            const int column = peek().column;
            if (accept(symbol)) {
                SD_TRY(NodePtr right, parseAdditive());
                return make(op, column, {left, right});
            }
        }
        return left;
    }
    Result<NodePtr> parseAdditive()
    {
        SD_TRY(NodePtr left, parseMultiplicative());
        for (;;) {
            const int column = peek().column;
            Op op;
            if (accept(QStringLiteral("+")))
                op = Op::Add;
            else if (accept(QStringLiteral("-")))
                op = Op::Sub;
            else
                return left;
            SD_TRY(NodePtr right, parseMultiplicative());
            left = make(op, column, {left, right});
        }
    }
    Result<NodePtr> parseMultiplicative()
    {
        SD_TRY(NodePtr left, parseUnary());
        for (;;) {
            const int column = peek().column;
            Op op;
            if (accept(QStringLiteral("*")))
                op = Op::Mul;
            else if (accept(QStringLiteral("/")))
                op = Op::Div;
            else if (accept(QStringLiteral("%")))
                op = Op::Mod;
            else
                return left;
            SD_TRY(NodePtr right, parseUnary());
            left = make(op, column, {left, right});
        }
    }
    Result<NodePtr> parseUnary()
    {
        DepthGuard guard(m_depth);
        if (m_depth > 64)
            return tooDeep();
        const int column = peek().column;
        if (accept(QStringLiteral("-"))) {
            SD_TRY(NodePtr inner, parseUnary());
            return make(Op::Neg, column, {inner});
        }
        if (accept(QStringLiteral("+")))
            return parseUnary();
        return parsePostfix();
    }
    Result<NodePtr> parsePostfix()
    {
        SD_TRY(NodePtr node, parsePrimary());
        for (;;) {
            const int column = peek().column;
            if (!accept(QStringLiteral("[")))
                return node;
            SD_TRY(NodePtr index, parseOr());
            if (!accept(QStringLiteral("]")))
                return unexpected(QStringLiteral("']'"));
            node = make(Op::Index, column, {node, index});
        }
    }
    Result<NodePtr> parsePrimary()
    {
        DepthGuard guard(m_depth);
        if (m_depth > 64)
            return tooDeep();
        const Token t = peek();
        if (t.kind == Token::Kind::Number) {
            ++m_pos;
            return make(Op::Number, t.column, {}, t.number);
        }
        if (accept(QStringLiteral("("))) {
            SD_TRY(NodePtr inner, parseOr());
            if (!accept(QStringLiteral(")")))
                return unexpected(QStringLiteral("')'"));
            return inner;
        }
        if (t.kind == Token::Kind::Ident) {
            ++m_pos;
            if (t.text == QLatin1String("result"))
                return make(Op::Result, t.column);
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false"))
                return make(Op::Bool, t.column, {}, t.text == QLatin1String("true") ? 1 : 0);
            if (t.text == QLatin1String("NaN"))
                return make(Op::Number, t.column, {}, std::numeric_limits<double>::quiet_NaN());
            if (t.text == QLatin1String("Inf"))
                return make(Op::Number, t.column, {}, std::numeric_limits<double>::infinity());
            static const QStringList functions = {QStringLiteral("len"), QStringLiteral("isNaN"), QStringLiteral("isInf"),
                                                  QStringLiteral("abs"), QStringLiteral("min"), QStringLiteral("max"),
                                                  QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("default")};
            if (!functions.contains(t.text)) {
                return Error(ErrorCode::Parse, QStringLiteral("at column %1: unknown name '%2' (use result, a number, or one of %3)")
                                                   .arg(t.column).arg(t.text, functions.join(QStringLiteral(", "))));
            }
            if (!accept(QStringLiteral("(")))
                return unexpected(QStringLiteral("'(' after %1").arg(t.text));
            std::vector<NodePtr> args;
            if (!accept(QStringLiteral(")"))) {
                for (;;) {
                    SD_TRY(NodePtr arg, parseOr());
                    args.push_back(arg);
                    if (accept(QStringLiteral(")")))
                        break;
                    if (!accept(QStringLiteral(",")))
                        return unexpected(QStringLiteral("',' or ')'"));
                }
            }
            const bool unary = t.text != QLatin1String("min") && t.text != QLatin1String("max") && t.text != QLatin1String("default");
            if ((unary && args.size() != 1) || (t.text == QLatin1String("default") && args.size() != 2) || args.empty()) {
                return Error(ErrorCode::Parse, QStringLiteral("at column %1: %2() takes %3 argument(s), not %4")
                                                   .arg(t.column).arg(t.text, unary ? QStringLiteral("1") : t.text == QLatin1String("default") ? QStringLiteral("2") : QStringLiteral("1 or more"))
                                                   .arg(args.size()));
            }
            return make(Op::Call, t.column, std::move(args), 0, t.text);
        }
        return unexpected(QStringLiteral("a number, 'result', a function or '('"));
    }

    QList<Token> m_tokens;
    int m_pos = 0;
    int m_depth = 0;
};

// A value during evaluation.
struct Value
{
    enum class Kind { Number, Bool, Vector } kind = Kind::Number;
    double number = 0;
    bool boolean = false;
    QList<double> vector;
};

Error evalError(const ConditionExpression::Node &node, const QString &message)
{
    return Error(ErrorCode::InvalidArgument, QStringLiteral("at column %1: %2").arg(node.column).arg(message));
}

Result<double> asNumber(const Value &v, const ConditionExpression::Node &node)
{
    if (v.kind == Value::Kind::Number)
        return v.number;
    if (v.kind == Value::Kind::Vector && v.vector.size() == 1)
        return v.vector.first();
    if (v.kind == Value::Kind::Vector)
        return evalError(node, QStringLiteral("result has %1 values; pick one with result[0]").arg(v.vector.size()));
    return evalError(node, QStringLiteral("expected a number, found true/false"));
}

Result<bool> asBool(const Value &v, const ConditionExpression::Node &node)
{
    if (v.kind == Value::Kind::Bool)
        return v.boolean;
    return evalError(node, QStringLiteral("expected a comparison (true/false), found a number"));
}

Result<Value> eval(const ConditionExpression::Node &node, const MeasurementValue &result)
{
    auto number = [](double d) { Value v; v.number = d; return v; };
    auto boolean = [](bool b) { Value v; v.kind = Value::Kind::Bool; v.boolean = b; return v; };
    switch (node.op) {
    case Op::Number: return number(node.number);
    case Op::Bool: return boolean(node.number != 0);
    case Op::Result: {
        Value v;
        if (result.isVector) {
            v.kind = Value::Kind::Vector;
            v.vector = result.values;
        } else if (result.values.size() == 1) {
            v.number = result.values.first();
        } else {
            return evalError(node, QStringLiteral("the measurement has no value"));
        }
        return v;
    }
    case Op::Index: {
        SD_TRY(Value base, eval(*node.args[0], result));
        SD_TRY(Value index, eval(*node.args[1], result));
        SD_TRY(double i, asNumber(index, *node.args[1]));
        if (base.kind != Value::Kind::Vector)
            return evalError(node, QStringLiteral("only result can be indexed, and it is a single number here"));
        if (i < 0 || i >= base.vector.size() || std::floor(i) != i)
            return evalError(node, QStringLiteral("index %1 is out of range (result has %2 values)").arg(i).arg(base.vector.size()));
        return number(base.vector.at(int(i)));
    }
    case Op::Neg: {
        SD_TRY(Value v, eval(*node.args[0], result));
        SD_TRY(double d, asNumber(v, node));
        return number(-d);
    }
    case Op::Not: {
        SD_TRY(Value v, eval(*node.args[0], result));
        SD_TRY(bool b, asBool(v, node));
        return boolean(!b);
    }
    case Op::And:
    case Op::Or: {
        SD_TRY(Value l, eval(*node.args[0], result));
        SD_TRY(bool lb, asBool(l, *node.args[0]));
        if (node.op == Op::And && !lb)
            return boolean(false);
        if (node.op == Op::Or && lb)
            return boolean(true);
        SD_TRY(Value r, eval(*node.args[1], result));
        SD_TRY(bool rb, asBool(r, *node.args[1]));
        return boolean(rb);
    }
    case Op::Call: {
        std::vector<Value> args;
        for (const auto &a : node.args) {
            SD_TRY(Value v, eval(*a, result));
            args.push_back(std::move(v));
        }
        const QString &f = node.name;
        if (f == QLatin1String("default")) {
            const Value &x = args[0];
            const bool missing = (x.kind == Value::Kind::Vector && x.vector.isEmpty())
                              || (x.kind == Value::Kind::Number && std::isnan(x.number))
                              || (x.kind == Value::Kind::Vector && x.vector.size() == 1 && std::isnan(x.vector.first()));
            return missing ? args[1] : x;
        }
        // Functions over a vector or a list of numbers.
        QList<double> values;
        for (size_t i = 0; i < args.size(); ++i) {
            if (args[i].kind == Value::Kind::Vector) {
                values += args[i].vector;
            } else {
                SD_TRY(double d, asNumber(args[i], *node.args[i]));
                values.append(d);
            }
        }
        if (f == QLatin1String("len"))
            return number(args[0].kind == Value::Kind::Vector ? double(args[0].vector.size()) : 1.0);
        if (values.isEmpty())
            return evalError(node, QStringLiteral("%1() of an empty result").arg(f));
        if (f == QLatin1String("isNaN") || f == QLatin1String("isInf") || f == QLatin1String("abs")) {
            if (values.size() != 1)
                return evalError(node, QStringLiteral("%1() needs one number; result has %2 values").arg(f).arg(values.size()));
            const double d = values.first();
            if (f == QLatin1String("abs"))
                return number(std::fabs(d));
            return boolean(f == QLatin1String("isNaN") ? std::isnan(d) : std::isinf(d));
        }
        double acc = f == QLatin1String("min") ? values.first() : f == QLatin1String("max") ? values.first() : 0;
        for (double d : values) {
            if (f == QLatin1String("min"))
                acc = std::min(acc, d);
            else if (f == QLatin1String("max"))
                acc = std::max(acc, d);
            else
                acc += d;
        }
        if (f == QLatin1String("avg"))
            acc /= values.size();
        return number(acc);
    }
    default: break;
    }
    // Binary arithmetic and comparisons.
    SD_TRY(Value l, eval(*node.args[0], result));
    SD_TRY(Value r, eval(*node.args[1], result));
    if ((node.op == Op::Eq || node.op == Op::Ne) && l.kind == Value::Kind::Bool && r.kind == Value::Kind::Bool)
        return boolean((l.boolean == r.boolean) == (node.op == Op::Eq));
    SD_TRY(double a, asNumber(l, *node.args[0]));
    SD_TRY(double b, asNumber(r, *node.args[1]));
    switch (node.op) {
    case Op::Add: return number(a + b);
    case Op::Sub: return number(a - b);
    case Op::Mul: return number(a * b);
    case Op::Div: return number(a / b);
    case Op::Mod: return number(std::fmod(a, b));
    case Op::Lt: return boolean(a < b);
    case Op::Le: return boolean(a <= b);
    case Op::Gt: return boolean(a > b);
    case Op::Ge: return boolean(a >= b);
    case Op::Eq: return boolean(a == b);
    case Op::Ne: return boolean(a != b);
    default: break;
    }
    return evalError(node, QStringLiteral("unsupported operation"));
}
} // namespace

QString MeasurementValue::toString() const
{
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(v, 'g', 6));
    return isVector ? QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", "))) : parts.value(0, QStringLiteral("-"));
}

ConditionExpression::ConditionExpression(QString text, std::shared_ptr<const Node> root)
    : m_text(std::move(text)), m_root(std::move(root))
{
}

Result<ConditionExpression> ConditionExpression::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::Parse, QStringLiteral("the condition is empty"));
    if (text.size() > 4096)
        return Error(ErrorCode::Parse, QStringLiteral("the condition is longer than 4096 characters"));
    SD_TRY(QList<Token> tokens, tokenize(text));
    Parser parser(std::move(tokens));
    SD_TRY(NodePtr root, parser.parseAll());
    return ConditionExpression(text, root);
}

Result<bool> ConditionExpression::evaluate(const MeasurementValue &result) const
{
    auto value = eval(*m_root, result);
    if (!value)
        return value.error().withContext(QStringLiteral("evaluating '%1'").arg(m_text));
    if (value.value().kind != Value::Kind::Bool) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' gives a number, not true/false; compare it (e.g. result < 0.05)").arg(m_text));
    }
    return value.value().boolean;
}

} // namespace shipdeck
