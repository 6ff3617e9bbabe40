#include "testsupport.h"

#include "testpaths.h"

#include <QFileInfo>

namespace shipdeck::test {

QString sourceDir() { return QStringLiteral(SHIPDECK_TEST_SOURCE_DIR); }
QString fixturesDir() { return QStringLiteral(SHIPDECK_TEST_FIXTURES_DIR); }
QString binDir() { return QStringLiteral(SHIPDECK_TEST_BIN_DIR); }
QString buildDir() { return QStringLiteral(SHIPDECK_TEST_BUILD_DIR); }

QString program(const QString &name)
{
    const QString path = binDir() + QLatin1Char('/') + name;
    if (!QFileInfo(path).isExecutable())
        qFatal("test program %s was not built", qPrintable(path));
    return path;
}

} // namespace shipdeck::test
