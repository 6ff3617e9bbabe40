#pragma once

#include <QDialog>

namespace shipdeck {

// Version, the versions of the parts Shipdeck runs on, and where its data lives.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &workspacePath, QWidget *parent = nullptr);
};

} // namespace shipdeck
