#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shipdeck {

// A deployment file written from a form: component, version, environment, strategy and a
// step preset ("10 % → pause → 50 % → analysis → 100 %"). toYaml() gives the file the
// backend validates and deploys; the dialog shows it as it is typed.
class DeploymentDraft
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentDraft)
public:
    enum class Preset {
        CanaryPauseAnalysis, // 10 % → pause → 50 % → analysis → 100 %
        CanaryJudgeApproval, // 10 % → judge → approval → 50 % → 10 s → analysis → 100 %
        CanaryTimed,         // 10 % → 1 min → 50 % → 1 min → 100 %
        CanaryLinear,        // +20 % every 30 s
        BlueGreenManual,     // preview, promote by hand, switch
        Rolling,             // one instance at a time
        Recreate,            // stop all, start all
    };
    static QList<Preset> presets();
    static QString presetText(Preset preset);
    static QString strategyOf(Preset preset);

    QString name;
    QString component;
    QString version;
    QString environment = QStringLiteral("production");
    Preset preset = Preset::CanaryPauseAnalysis;
    int replicas = 0;            // 0 = the component's default
    QString description;

    QString toYaml() const;
    // "component, version and environment are required" …; empty when the form is complete.
    QStringList missing() const;

private:
    static QString quoted(const QString &value);
};

} // namespace shipdeck
