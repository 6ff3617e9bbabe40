#include "guitestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace shipdeck::test {

QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = buildDir() + QStringLiteral("/test-artifacts/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    const QImage image = widget->grab().toImage();
    // A rendered page has more than a handful of distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    }
    if (colours.size() < 4)
        qWarning("screenshot %s looks blank", qPrintable(name));
    image.save(path);
    return path;
}

void isolateUserSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShipdeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ShipdeckTest-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
}

} // namespace shipdeck::test
