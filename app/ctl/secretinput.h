#pragma once
// Reading secrets on the command line without echoing them or leaving them in shell history:
// an environment variable, a file, or a prompt on the terminal with echo off.

#include "backend/core/result.h"
#include "backend/secrets/crypto/securebuffer.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace shipdeck::ctl {

inline Result<SecureBuffer> readSecretLine(const QString &prompt, const char *envVar, const QString &file)
{
    if (envVar && qEnvironmentVariableIsSet(envVar)) {
        QByteArray v = qgetenv(envVar);
        SecureBuffer out = SecureBuffer::fromByteArray(v);
        SecureBuffer::wipe(v);
        return out;
    }
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
        QByteArray v = f.readAll();
        while (v.endsWith('\n') || v.endsWith('\r'))
            v.chop(1);
        SecureBuffer out = SecureBuffer::fromByteArray(v);
        SecureBuffer::wipe(v);
        return out;
    }
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    SecureBuffer out;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        const char ch = char(c);
        if (ch != '\r')
            out.append(&ch, 1);
    }
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    if (out.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no secret given (%1)").arg(prompt.trimmed()));
    return out;
}

// Everything on stdin (for values with newlines), wiped after use by the caller.
inline SecureBuffer readAllStdin()
{
    SecureBuffer out;
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0)
        out.append(buf, n);
    return out;
}

} // namespace shipdeck::ctl
