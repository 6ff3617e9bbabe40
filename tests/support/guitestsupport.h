#pragma once

#include "testsupport.h"

#include <QString>

class QWidget;

namespace shipdeck::test {

// Saves a PNG of the widget under <build>/test-artifacts/screenshots/NAME.png (kept as test
// artifacts) and returns the path; fails the test if the image is blank.
QString saveScreenshot(QWidget *widget, const QString &name);
// Points QSettings and QStandardPaths at throwaway locations for this test process.
void isolateUserSettings();

} // namespace shipdeck::test
