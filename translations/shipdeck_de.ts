<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>shipdeck::AboutDialog</name>
        <message>
            <source>About Shipdeck</source>
            <translation>Über Shipdeck</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Shipdeck %1&lt;/h2&gt;&lt;p&gt;A desktop operations console with an embedded orchestration backend: approve canary promotions with the evidence in front of you, edit configuration and secrets offline, watch clusters, read logs, traces and metrics.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), on %4.&lt;/p&gt;&lt;p&gt;Workspace: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Shipdeck %1&lt;/h2&gt;&lt;p&gt;Eine Betriebskonsole für den Desktop mit eingebautem Orchestrierungs-Backend: Canary-Freigaben mit allen Belegen vor Augen erteilen, Konfiguration und Secrets offline bearbeiten, Cluster beobachten, Logs, Traces und Metriken lesen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3) auf %4.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>none open</source>
            <translation>keiner geöffnet</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ActiveJobsModel</name>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::AddComponentsDialog</name>
        <message>
            <source>Add Components from YAML</source>
            <translation>Komponenten aus YAML hinzufügen</translation>
        </message>
        <message>
            <source>Add components from a YAML file</source>
            <translation>Komponenten aus einer YAML-Datei hinzufügen</translation>
        </message>
        <message>
            <source>Each YAML document of the file is one component (see docs/components.md). New components are added; components that are registered already are replaced. Nothing is started.</source>
            <translation>Jedes YAML-Dokument der Datei ist eine Komponente (siehe docs/components.md). Neue Komponenten werden hinzugefügt, bereits registrierte ersetzt. Gestartet wird nichts.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Path of a component YAML file</source>
            <translation>Pfad einer Komponenten-YAML-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen …</translation>
        </message>
        <message>
            <source>Content of the file</source>
            <translation>Inhalt der Datei</translation>
        </message>
        <message>
            <source>The file's content appears here.</source>
            <translation>Hier erscheint der Inhalt der Datei.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Choose a file.</source>
            <translation>Wählen Sie eine Datei.</translation>
        </message>
        <message>
            <source>Component YAML File</source>
            <translation>Komponenten-YAML-Datei</translation>
        </message>
        <message>
            <source>YAML files (*.yaml *.yml);;All files (*)</source>
            <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>%1 wird geprüft …</translation>
        </message>
        <message>
            <source>%1 %2 replaces the registered definition</source>
            <translation>%1 %2 ersetzt die registrierte Definition</translation>
        </message>
        <message>
            <source>%1 %2 is new</source>
            <translation>%1 %2 ist neu</translation>
        </message>
        <message numerus="yes">
            <source>The file is valid: %n component(s).</source>
            <translation>
                <numerusform>Die Datei ist gültig: %n Komponente.</numerusform>
                <numerusform>Die Datei ist gültig: %n Komponenten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n Component(s)</source>
            <translation>
                <numerusform>%n Komponente hinzufügen</numerusform>
                <numerusform>%n Komponenten hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Wird hinzugefügt …</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::AuditModel</name>
        <message>
            <source>Record %1, hash %2</source>
            <translation>Eintrag %1, Hash %2</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <source>Filter by person, action or target…</source>
            <translation>Nach Person, Aktion oder Ziel filtern …</translation>
        </message>
        <message>
            <source>&amp;Verify Chain</source>
            <translation>Kette &amp;prüfen</translation>
        </message>
        <message>
            <source>Recompute every record's hash and check that none was altered, removed or inserted</source>
            <translation>Den Hash jedes Eintrags neu berechnen und prüfen, dass keiner verändert, entfernt oder eingefügt wurde</translation>
        </message>
        <message>
            <source>Audit records</source>
            <translation>Prüfeinträge</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Wird geprüft …</translation>
        </message>
        <message numerus="yes">
            <source>✔ The audit chain is intact: %n record(s), each hash verified against the one before it.</source>
            <translation>
                <numerusform>✔ Die Prüfkette ist intakt: %n Eintrag, sein Hash gegen den vorherigen geprüft.</numerusform>
                <numerusform>✔ Die Prüfkette ist intakt: %n Einträge, jeder Hash gegen den vorherigen geprüft.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ The audit chain is broken: %1</source>
            <translation>✘ Die Prüfkette ist beschädigt: %1</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Prüfprotokoll</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::CommandPalette</name>
        <message>
            <source>Command palette</source>
            <translation>Befehlspalette</translation>
        </message>
        <message>
            <source>Type a command or page…</source>
            <translation>Befehl oder Seite eingeben …</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentActions</name>
        <message numerus="yes">
            <source>%n instance(s)</source>
            <translation>
                <numerusform>%n Instanz</numerusform>
                <numerusform>%n Instanzen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (pid %2, port %3, %4)</source>
            <translation>%1 (PID %2, Port %3, %4)</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>not ready</source>
            <translation>nicht bereit</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Komponenten</translation>
        </message>
        <message>
            <source>&amp;Deploy Stable Version…</source>
            <translation>Stabile Version &amp;bereitstellen …</translation>
        </message>
        <message>
            <source>S&amp;top Stable Version…</source>
            <translation>Stabile Version &amp;stoppen …</translation>
        </message>
        <message>
            <source>&amp;Scale Stable Version…</source>
            <translation>Stabile Version s&amp;kalieren …</translation>
        </message>
        <message>
            <source>&amp;Restart Instance…</source>
            <translation>Instanz &amp;neu starten …</translation>
        </message>
        <message>
            <source>&amp;Add Components from YAML…</source>
            <translation>Komponenten aus YAML &amp;hinzufügen …</translation>
        </message>
        <message>
            <source>Re&amp;move Component…</source>
            <translation>Komponente &amp;entfernen …</translation>
        </message>
        <message>
            <source>Deploy %1 %2?</source>
            <translation>%1 %2 bereitstellen?</translation>
        </message>
        <message>
            <source>Shipdeck starts %1 of %2 %3 on this machine, after what it depends on, and sends all of %2's traffic to them once they pass their readiness probe.</source>
            <translation>Shipdeck startet %1 von %2 %3 auf diesem Rechner, nach dem, wovon es abhängt, und leitet den gesamten Verkehr von %2 dorthin, sobald sie ihre Bereitschaftsprüfung bestehen.</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2 (%3)</translation>
        </message>
        <message>
            <source>Starts first: %1</source>
            <translation>Startet zuerst: %1</translation>
        </message>
        <message>
            <source>Command: %1 %2</source>
            <translation>Befehl: %1 %2</translation>
        </message>
        <message>
            <source>Endpoint: http://127.0.0.1:%1</source>
            <translation>Endpunkt: http://127.0.0.1:%1</translation>
        </message>
        <message>
            <source>Endpoint: a free port on 127.0.0.1, shown once it runs</source>
            <translation>Endpunkt: ein freier Port auf 127.0.0.1, angezeigt, sobald es läuft</translation>
        </message>
        <message>
            <source>Readiness probe: %1</source>
            <translation>Bereitschaftsprüfung: %1</translation>
        </message>
        <message>
            <source>Deploy</source>
            <translation>Bereitstellen</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Warum (optional)</translation>
        </message>
        <message>
            <source>Stop %1 %2?</source>
            <translation>%1 %2 stoppen?</translation>
        </message>
        <message>
            <source>All %1 of %2 %3 leave the routes and stop (SIGTERM, then SIGKILL after 5 s).</source>
            <translation>Alle %1 von %2 %3 werden aus den Routen genommen und gestoppt (SIGTERM, nach 5 s SIGKILL).</translation>
        </message>
        <message>
            <source>The version serves %1 % of %2's traffic: until another version is ready, those requests get 503.</source>
            <translation>Die Version bedient %1 % des Verkehrs von %2: Bis eine andere Version bereit ist, erhalten diese Anfragen 503.</translation>
        </message>
        <message>
            <source>Running components that depend on %1: %2</source>
            <translation>Laufende Komponenten, die von %1 abhängen: %2</translation>
        </message>
        <message>
            <source>Stop %1</source>
            <translation>%1 stoppen</translation>
        </message>
        <message>
            <source>Scale %1 %2 from %3 to %4?</source>
            <translation>%1 %2 von %3 auf %4 skalieren?</translation>
        </message>
        <message>
            <source>Shipdeck starts %1 more of %2 %3; each gets traffic once its readiness probe passes.</source>
            <translation>Shipdeck startet %1 mehr von %2 %3; jede erhält Verkehr, sobald sie ihre Bereitschaftsprüfung besteht.</translation>
        </message>
        <message>
            <source>Shipdeck stops the newest %1 of %2 %3: they leave the routes first, then get SIGTERM (SIGKILL after 5 s).</source>
            <translation>Shipdeck stoppt die neuesten %1 von %2 %3: Sie werden zuerst aus den Routen genommen und erhalten dann SIGTERM (nach 5 s SIGKILL).</translation>
        </message>
        <message>
            <source>No instance of %1 is left: the %2 % of traffic it serves gets 503 until another version is ready.</source>
            <translation>Keine Instanz von %1 bleibt übrig: Die %2 % des Verkehrs, die sie bedient, erhalten 503, bis eine andere Version bereit ist.</translation>
        </message>
        <message>
            <source>Component: %1</source>
            <translation>Komponente: %1</translation>
        </message>
        <message>
            <source>Version: %1 (%2 % of traffic)</source>
            <translation>Version: %1 (%2 % des Verkehrs)</translation>
        </message>
        <message>
            <source>Version: %1</source>
            <translation>Version: %1</translation>
        </message>
        <message>
            <source>Instances: %1 → %2</source>
            <translation>Instanzen: %1 → %2</translation>
        </message>
        <message>
            <source>Outside the definition's scaling range (%1–%2)</source>
            <translation>Außerhalb des Skalierungsbereichs der Definition (%1–%2)</translation>
        </message>
        <message>
            <source>This changes what runs now, not the definition: deploying %1 again runs %2.</source>
            <translation>Das ändert, was jetzt läuft, nicht die Definition: Wird %1 erneut bereitgestellt, laufen %2.</translation>
        </message>
        <message>
            <source>Scale to %1</source>
            <translation>Auf %1 skalieren</translation>
        </message>
        <message>
            <source>Restart %1?</source>
            <translation>%1 neu starten?</translation>
        </message>
        <message>
            <source>The instance leaves the routes, stops (SIGTERM, then SIGKILL after 5 s) and starts again on a new port; it gets traffic again once its readiness probe passes.</source>
            <translation>Die Instanz wird aus den Routen genommen, gestoppt (SIGTERM, nach 5 s SIGKILL) und auf einem neuen Port wieder gestartet; sie erhält wieder Verkehr, sobald ihre Bereitschaftsprüfung besteht.</translation>
        </message>
        <message numerus="yes">
            <source>%n other ready instance(s) of %1 will keep serving</source>
            <translation>
                <numerusform>%n weitere bereite Instanz von %1 bedient weiter</numerusform>
                <numerusform>%n weitere bereite Instanzen von %1 bedienen weiter</numerusform>
            </translation>
        </message>
        <message>
            <source>No other instance of %1 is ready: its share of traffic gets 503 until this one is ready again</source>
            <translation>Keine andere Instanz von %1 ist bereit: Ihr Anteil am Verkehr erhält 503, bis diese wieder bereit ist</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <source>%1 is needed</source>
            <translation>%1 wird benötigt</translation>
        </message>
        <message>
            <source>%1 cannot be removed: it is needed by %2. Remove those components or change their dependencies first.</source>
            <translation>%1 kann nicht entfernt werden, denn %2 benötigt diese Komponente. Entfernen Sie zuerst diese Komponenten oder ändern Sie ihre Abhängigkeiten.</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>%1 entfernen?</translation>
        </message>
        <message>
            <source>%1 is removed from the workspace's registry. Everything of it that runs stops and its proxy closes.</source>
            <translation>%1 wird aus der Registry des Arbeitsbereichs entfernt. Alles, was davon läuft, wird gestoppt, und sein Proxy wird geschlossen.</translation>
        </message>
        <message>
            <source>Stops %1 %2: %3</source>
            <translation>Stoppt %1 %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Definition: stable %1, %n other known version(s)</source>
            <translation>
                <numerusform>Definition: stabil %1, %n weitere bekannte Version</numerusform>
                <numerusform>Definition: stabil %1, %n weitere bekannte Versionen</numerusform>
            </translation>
        </message>
        <message>
            <source>It can be added again from its YAML file (shipdeckctl components show %1 prints it now).</source>
            <translation>Sie kann aus ihrer YAML-Datei wieder hinzugefügt werden (shipdeckctl components show %1 gibt sie jetzt aus).</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentDetailsPanel</name>
        <message>
            <source>Deploy…</source>
            <translation>Bereitstellen …</translation>
        </message>
        <message>
            <source>Stop…</source>
            <translation>Stoppen …</translation>
        </message>
        <message>
            <source>Restart Instance…</source>
            <translation>Instanz neu starten …</translation>
        </message>
        <message>
            <source>Instances</source>
            <translation>Instanzen</translation>
        </message>
        <message>
            <source>No component selected</source>
            <translation>Keine Komponente ausgewählt</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Komponenten</translation>
        </message>
        <message>
            <source>Select a component in the table or the graph.</source>
            <translation>Wählen Sie eine Komponente in der Tabelle oder im Graphen.</translation>
        </message>
        <message>
            <source>stable %1</source>
            <translation>stabil %1</translation>
        </message>
        <message>
            <source>all traffic to %1</source>
            <translation>gesamter Verkehr an %1</translation>
        </message>
        <message>
            <source>traffic %1 %2 % · %3 %4 %</source>
            <translation>Verkehr %1 %2 % · %3 %4 %</translation>
        </message>
        <message>
            <source>needs nothing</source>
            <translation>benötigt nichts</translation>
        </message>
        <message>
            <source>needs %1</source>
            <translation>benötigt %1</translation>
        </message>
        <message>
            <source>needed by %1</source>
            <translation>benötigt von %1</translation>
        </message>
        <message>
            <source>Deploy %1…</source>
            <translation>%1 bereitstellen …</translation>
        </message>
        <message>
            <source>Stop %1…</source>
            <translation>%1 stoppen …</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>stabil</translation>
        </message>
        <message>
            <source>canary, %1 % of traffic</source>
            <translation>Canary, %1 % des Verkehrs</translation>
        </message>
        <message>
            <source>%1 % of traffic</source>
            <translation>%1 % des Verkehrs</translation>
        </message>
        <message>
            <source>known version, not running</source>
            <translation>bekannte Version, läuft nicht</translation>
        </message>
        <message>
            <source>running, no traffic</source>
            <translation>läuft, kein Verkehr</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentListModel</name>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Erweiterung</translation>
        </message>
        <message>
            <source>Not running</source>
            <translation>Läuft nicht</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Gesund</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Beeinträchtigt</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Nicht verfügbar</translation>
        </message>
        <message>
            <source>%1 %2/%3 ready</source>
            <translation>%1 %2/%3 bereit</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No version runs</source>
            <translation>Keine Version läuft</translation>
        </message>
        <message>
            <source>Running: %1</source>
            <translation>Läuft: %1</translation>
        </message>
        <message>
            <source>No component depends on %1</source>
            <translation>Keine Komponente hängt von %1 ab</translation>
        </message>
        <message>
            <source>Needed by %1</source>
            <translation>Benötigt von %1</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Stabil</translation>
        </message>
        <message>
            <source>Other versions</source>
            <translation>Weitere Versionen</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Hängt ab von</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentsPage</name>
        <message>
            <source>Add from YAML…</source>
            <translation>Aus YAML hinzufügen …</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen …</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Komponenten</translation>
        </message>
        <message>
            <source>Filter by id, version, dependency or endpoint…</source>
            <translation>Nach ID, Version, Abhängigkeit oder Endpunkt filtern …</translation>
        </message>
        <message>
            <source>Filter components</source>
            <translation>Komponenten filtern</translation>
        </message>
        <message>
            <source>Registered components</source>
            <translation>Registrierte Komponenten</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Abhängigkeiten</translation>
        </message>
        <message>
            <source>Arrows point from a component to those that need it; colours show health.</source>
            <translation>Pfeile zeigen von einer Komponente zu denen, die sie benötigen; Farben zeigen den Zustand.</translation>
        </message>
        <message>
            <source>%1: done.</source>
            <translation>%1: erledigt.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Added or updated: %1</source>
            <translation>Hinzugefügt oder aktualisiert: %1</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>läuft nicht</translation>
        </message>
        <message>
            <source>%1/%2 ready</source>
            <translation>%1/%2 bereit</translation>
        </message>
        <message>
            <source>v%1 · %2</source>
            <translation>v%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>%n registriert</numerusform>
                <numerusform>%n registriert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n running</source>
            <translation>
                <numerusform>%n läuft</numerusform>
                <numerusform>%n laufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n healthy</source>
            <translation>
                <numerusform>%n gesund</numerusform>
                <numerusform>%n gesund</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentsViewModel</name>
        <message>
            <source>Deploy %1</source>
            <translation>%1 bereitstellen</translation>
        </message>
        <message numerus="yes">
            <source>Scale %1 %2 to %n instance(s)</source>
            <translation>
                <numerusform>%1 %2 auf %n Instanz skalieren</numerusform>
                <numerusform>%1 %2 auf %n Instanzen skalieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop %1 %2</source>
            <translation>%1 %2 stoppen</translation>
        </message>
        <message>
            <source>Restart %1</source>
            <translation>%1 neu starten</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>Add the components of %1</source>
            <translation>Komponenten aus %1 hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfirmDialog</name>
        <message>
            <source>Reason (required, recorded in the audit log):</source>
            <translation>Begründung (erforderlich, wird im Prüfprotokoll festgehalten):</translation>
        </message>
        <message>
            <source>Reason (recorded in the audit log):</source>
            <translation>Begründung (wird im Prüfprotokoll festgehalten):</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::DependencyGraphView</name>
        <message>
            <source>Dependency graph</source>
            <translation>Abhängigkeitsgraph</translation>
        </message>
        <message>
            <source>No components registered</source>
            <translation>Keine Komponenten registriert</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::DurationChart</name>
        <message>
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>No finished workflow runs yet</source>
            <translation>Noch keine abgeschlossenen Workflow-Läufe</translation>
        </message>
        <message numerus="yes">
            <source>Duration of the last %n run(s)</source>
            <translation>
                <numerusform>Dauer des letzten Laufs</numerusform>
                <numerusform>Dauer der letzten %n Läufe</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shipdeck::InstanceListModel</name>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Startet</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Nicht bereit</translation>
        </message>
        <message>
            <source>Restarting</source>
            <translation>Neustart ausstehend</translation>
        </message>
        <message>
            <source>%1 at %2 (%3)</source>
            <translation>%1 um %2 (%3)</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>No probe yet</source>
            <translation>Noch keine Prüfung</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>Instanz</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>PID</source>
            <translation>PID</translation>
        </message>
        <message>
            <source>Restarts</source>
            <translation>Neustarts</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Last probe</source>
            <translation>Letzte Prüfung</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::InstanceLogModel</name>
        <message>
            <source>err</source>
            <translation>err</translation>
        </message>
        <message>
            <source>out</source>
            <translation>out</translation>
        </message>
        <message>
            <source>A note of Shipdeck's supervisor</source>
            <translation>Eine Notiz von Shipdecks Supervisor</translation>
        </message>
        <message>
            <source>Standard error</source>
            <translation>Standardfehlerausgabe</translation>
        </message>
        <message>
            <source>Standard output</source>
            <translation>Standardausgabe</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::InstanceLogTail</name>
        <message>
            <source>%1 no longer runs; its whole output is in the workspace's logs/instances folder.</source>
            <translation>%1 läuft nicht mehr; die gesamte Ausgabe liegt im Ordner logs/instances des Arbeitsbereichs.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::InstanceLogView</name>
        <message>
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Mitlaufen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Keep the newest line in view</source>
            <translation>Die neueste Zeile im Blick behalten</translation>
        </message>
        <message>
            <source>Clear the lines shown (the instance's log file keeps them)</source>
            <translation>Die angezeigten Zeilen leeren (die Logdatei der Instanz behält sie)</translation>
        </message>
        <message>
            <source>Output of the selected instance</source>
            <translation>Ausgabe der ausgewählten Instanz</translation>
        </message>
        <message>
            <source>Output of %1</source>
            <translation>Ausgabe von %1</translation>
        </message>
        <message>
            <source>Select an instance to see what it writes.</source>
            <translation>Wählen Sie eine Instanz, um zu sehen, was sie schreibt.</translation>
        </message>
        <message>
            <source>%1 earlier lines are only in the instance's log file (logs/instances/%2.log).</source>
            <translation>%1 frühere Zeilen stehen nur in der Logdatei der Instanz (logs/instances/%2.log).</translation>
        </message>
        <message>
            <source>stdout and stderr as the instance writes them; notes of Shipdeck's supervisor in grey.</source>
            <translation>stdout und stderr, wie die Instanz sie schreibt; Notizen von Shipdecks Supervisor in Grau.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::JobProgressWidget</name>
        <message>
            <source>Show all jobs</source>
            <translation>Alle Aufträge anzeigen</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>No jobs running</source>
            <translation>Keine Aufträge aktiv</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source> (+%n more)</source>
            <translation>
                <numerusform> (+%n weiterer)</numerusform>
                <numerusform> (+%n weitere)</numerusform>
            </translation>
        </message>
        <message>
            <source> — %1 %</source>
            <translation> — %1 %</translation>
        </message>
        <message>
            <source> — running</source>
            <translation> — läuft</translation>
        </message>
        <message>
            <source> — done</source>
            <translation> — fertig</translation>
        </message>
        <message>
            <source> — failed: %1</source>
            <translation> — fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source> — cancelled</source>
            <translation> — abgebrochen</translation>
        </message>
        <message>
            <source> — waiting</source>
            <translation> — wartet</translation>
        </message>
        <message>
            <source>Cancel this job</source>
            <translation>Diesen Auftrag abbrechen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::JobQueueModel</name>
        <message>
            <source>Waiting</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::JobsPage</name>
        <message>
            <source>&amp;Retry Job…</source>
            <translation>Auftrag &amp;wiederholen …</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Job…</source>
            <translation>Auftrag a&amp;bbrechen …</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Alle Zustände</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>Nach Zustand filtern</translation>
        </message>
        <message>
            <source>Filter by workflow or error…</source>
            <translation>Nach Workflow oder Fehler filtern …</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Span</source>
            <translation>Span</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Trace of the selected attempt</source>
            <translation>Trace des ausgewählten Versuchs</translation>
        </message>
        <message>
            <source>Select a job to see its attempts and traces.</source>
            <translation>Wählen Sie einen Auftrag, um seine Versuche und Traces zu sehen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · priority %3 · attempt %4 of %5&lt;br&gt;&lt;span&gt;id %6&lt;/span&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Priorität %3 · Versuch %4 von %5&lt;br&gt;&lt;span&gt;ID %6&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;b&gt;Last error:&lt;/b&gt; %1</source>
            <translation>&lt;br&gt;&lt;b&gt;Letzter Fehler:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;b&gt;Payload:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
            <translation>&lt;br&gt;&lt;b&gt;Nutzdaten:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Retry %1?</source>
            <translation>%1 wiederholen?</translation>
        </message>
        <message>
            <source>The job goes back into the queue with fresh attempts and runs again as soon as a worker is free.</source>
            <translation>Der Auftrag kommt mit neuen Versuchen zurück in die Warteschlange und läuft erneut, sobald ein Worker frei ist.</translation>
        </message>
        <message>
            <source>Job %1, now %2 after %3 attempt(s)</source>
            <translation>Auftrag %1, jetzt %2 nach %3 Versuch(en)</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Letzter Fehler: %1</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Cancel %1?</source>
            <translation>%1 abbrechen?</translation>
        </message>
        <message>
            <source>The running workflow is asked to stop at its next step; it is then marked failed and not retried.</source>
            <translation>Der laufende Workflow wird gebeten, beim nächsten Schritt anzuhalten; er wird dann als fehlgeschlagen markiert und nicht wiederholt.</translation>
        </message>
        <message>
            <source>The job will not run; it is moved to the failed jobs, where it can be retried later.</source>
            <translation>Der Auftrag wird nicht ausgeführt; er wandert zu den fehlgeschlagenen Aufträgen und kann später wiederholt werden.</translation>
        </message>
        <message>
            <source>Job %1</source>
            <translation>Auftrag %1</translation>
        </message>
        <message>
            <source>Cancel Job</source>
            <translation>Auftrag abbrechen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::MainWindow</name>
        <message>
            <source>Shipdeck</source>
            <translation>Shipdeck</translation>
        </message>
        <message>
            <source>%1 — Shipdeck</source>
            <translation>%1 — Shipdeck</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Gehe zu %1</translation>
        </message>
        <message>
            <source>Navigate</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ansicht</translation>
        </message>
        <message>
            <source>Command &amp;Palette…</source>
            <translation>Befehls&amp;palette …</translation>
        </message>
        <message>
            <source>Theme: Follow System</source>
            <translation>Farbschema: wie System</translation>
        </message>
        <message>
            <source>Theme: Light</source>
            <translation>Farbschema: Hell</translation>
        </message>
        <message>
            <source>Theme: Dark</source>
            <translation>Farbschema: Dunkel</translation>
        </message>
        <message>
            <source>Switch Light/Dark Theme</source>
            <translation>Zwischen hellem und dunklem Farbschema wechseln</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Sprache: %1</translation>
        </message>
        <message>
            <source>Shipdeck will use %1 from its next start.</source>
            <translation>Shipdeck verwendet %1 ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Shipdeck</source>
            <translation>&amp;Über Shipdeck</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::NavigationSidebar</name>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n waiting)</source>
            <translation>
                <numerusform>%1 (%n wartet)</numerusform>
                <numerusform>%1 (%n warten)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shipdeck::NotificationCenter</name>
        <message>
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>Shipdeck</source>
            <translation>Shipdeck</translation>
        </message>
        <message numerus="yes">
            <source>%n unread notification(s)</source>
            <translation>
                <numerusform>%n ungelesene Benachrichtigung</numerusform>
                <numerusform>%n ungelesene Benachrichtigungen</numerusform>
            </translation>
        </message>
        <message>
            <source>No new notifications</source>
            <translation>Keine neuen Benachrichtigungen</translation>
        </message>
        <message>
            <source>No notifications</source>
            <translation>Keine Benachrichtigungen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::OverviewPage</name>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>Job queue</source>
            <translation>Auftragswarteschlange</translation>
        </message>
        <message>
            <source>Failed jobs</source>
            <translation>Fehlgeschlagene Aufträge</translation>
        </message>
        <message>
            <source>Last maintenance</source>
            <translation>Letzte Wartung</translation>
        </message>
        <message>
            <source>Recent workflow runs</source>
            <translation>Letzte Workflow-Läufe</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>Kein Arbeitsbereich geöffnet</translation>
        </message>
        <message>
            <source>Open a workspace (Ctrl+O) or the demo workspace to begin.</source>
            <translation>Öffnen Sie einen Arbeitsbereich (Strg+O) oder den Demo-Arbeitsbereich, um zu beginnen.</translation>
        </message>
        <message>
            <source>%1 (demo)</source>
            <translation>%1 (Demo)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · database %2 KiB · schema %3 · %n audit record(s)</source>
            <translation>
                <numerusform>%1 · Datenbank %2 KiB · Schema %3 · %n Prüfeintrag</numerusform>
                <numerusform>%1 · Datenbank %2 KiB · Schema %3 · %n Prüfeinträge</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Run it to check integrity and make a backup</source>
            <translation>Ausführen, um die Integrität zu prüfen und eine Sicherung anzulegen</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 running · %2 waiting · %3 retrying · %4 done</source>
            <translation>%1 laufen · %2 warten · %3 in Wiederholung · %4 erledigt</translation>
        </message>
        <message>
            <source>Dead-lettered after their last attempt — open Jobs to retry</source>
            <translation>Nach dem letzten Versuch ausgesondert — zum Wiederholen die Aufträge öffnen</translation>
        </message>
        <message>
            <source>Nothing needs attention</source>
            <translation>Nichts erfordert Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Engine running, workspace open</source>
            <translation>Engine läuft, Arbeitsbereich geöffnet</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Wird geöffnet …</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Untätig</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::StatusBarWidget</name>
        <message>
            <source>Backend state</source>
            <translation>Backend-Zustand</translation>
        </message>
        <message>
            <source>workspace %1</source>
            <translation>Arbeitsbereich %1</translation>
        </message>
        <message>
            <source>backend starting</source>
            <translation>Backend startet</translation>
        </message>
        <message>
            <source>opening workspace…</source>
            <translation>Arbeitsbereich wird geöffnet …</translation>
        </message>
        <message>
            <source>backend ready</source>
            <translation>Backend bereit</translation>
        </message>
        <message>
            <source>backend: workspace could not be opened</source>
            <translation>Backend: Arbeitsbereich konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>no workspace open</source>
            <translation>kein Arbeitsbereich geöffnet</translation>
        </message>
        <message>
            <source>no workspace</source>
            <translation>kein Arbeitsbereich</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::StepTimeline</name>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::TrafficSplitBar</name>
        <message>
            <source>Traffic split</source>
            <translation>Verkehrsaufteilung</translation>
        </message>
        <message>
            <source>%1 %2 %</source>
            <translation>%1 %2 %</translation>
        </message>
        <message>
            <source> (actual %1 %)</source>
            <translation> (tatsächlich %1 %)</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::VersionScaleRow</name>
        <message>
            <source>Apply…</source>
            <translation>Anwenden …</translation>
        </message>
        <message>
            <source>Stop…</source>
            <translation>Stoppen …</translation>
        </message>
        <message>
            <source>Instances of %1</source>
            <translation>Instanzen von %1</translation>
        </message>
        <message>
            <source>How many instances of %1 to run</source>
            <translation>Wie viele Instanzen von %1 laufen sollen</translation>
        </message>
        <message>
            <source>Scale %1 to the number on the left (asks first)</source>
            <translation>%1 auf die Zahl links skalieren (fragt vorher)</translation>
        </message>
        <message>
            <source>Stop every instance of %1 (asks first)</source>
            <translation>Jede Instanz von %1 stoppen (fragt vorher)</translation>
        </message>
        <message>
            <source>%1/%2 ready</source>
            <translation>%1/%2 bereit</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>läuft nicht</translation>
        </message>
        <message>
            <source>The stable version in the component's definition</source>
            <translation>Die stabile Version in der Definition der Komponente</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::WorkflowRunModel</name>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>Trace %1</source>
            <translation>Trace %1</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Versuch</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>Angefordert von</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::WorkspaceActions</name>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>Arbeitsbereich ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workspace</source>
            <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>&amp;Back Up Workspace…</source>
            <translation>Arbeitsbereich &amp;sichern …</translation>
        </message>
        <message>
            <source>Run &amp;Maintenance…</source>
            <translation>&amp;Wartung ausführen …</translation>
        </message>
        <message>
            <source>&amp;Check Workspace Integrity</source>
            <translation>Integrität des Arbeitsbereichs &amp;prüfen</translation>
        </message>
        <message>
            <source>Preparing the demo workspace…</source>
            <translation>Demo-Arbeitsbereich wird vorbereitet …</translation>
        </message>
        <message>
            <source>Demo workspace ready</source>
            <translation>Demo-Arbeitsbereich bereit</translation>
        </message>
        <message>
            <source>Create a workspace?</source>
            <translation>Arbeitsbereich anlegen?</translation>
        </message>
        <message>
            <source>%1 is not a Shipdeck workspace yet.

Create a new workspace there? Shipdeck will add its database (shipdeck.db) and a backups folder; nothing else in the folder changes.</source>
            <translation>%1 ist noch kein Shipdeck-Arbeitsbereich.

Dort einen neuen Arbeitsbereich anlegen? Shipdeck legt seine Datenbank (shipdeck.db) und einen Ordner für Sicherungen an; sonst ändert sich nichts im Ordner.</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>Back Up Workspace</source>
            <translation>Arbeitsbereich sichern</translation>
        </message>
        <message>
            <source>Shipdeck database (*.db)</source>
            <translation>Shipdeck-Datenbank (*.db)</translation>
        </message>
        <message>
            <source>Run maintenance on %1?</source>
            <translation>Wartung für %1 ausführen?</translation>
        </message>
        <message>
            <source>Shipdeck will check and compact the workspace database. Running rollouts are not affected.</source>
            <translation>Shipdeck prüft und verdichtet die Datenbank des Arbeitsbereichs. Laufende Rollouts sind nicht betroffen.</translation>
        </message>
        <message>
            <source>Check the integrity of the database and of the audit chain</source>
            <translation>Integrität der Datenbank und der Prüfkette prüfen</translation>
        </message>
        <message>
            <source>Write the write-ahead log back into the database</source>
            <translation>Das Write-Ahead-Log in die Datenbank zurückschreiben</translation>
        </message>
        <message>
            <source>Write a verified backup to %1/backups (the five newest are kept)</source>
            <translation>Eine geprüfte Sicherung nach %1/backups schreiben (die fünf neuesten bleiben erhalten)</translation>
        </message>
        <message>
            <source>Remove finished jobs, workflow runs and traces older than 30 days</source>
            <translation>Abgeschlossene Aufträge, Workflow-Läufe und Traces entfernen, die älter als 30 Tage sind</translation>
        </message>
        <message>
            <source>Compact the database file (VACUUM)</source>
            <translation>Die Datenbankdatei verdichten (VACUUM)</translation>
        </message>
        <message>
            <source>Run Maintenance</source>
            <translation>Wartung ausführen</translation>
        </message>
        <message>
            <source>Maintenance started</source>
            <translation>Wartung gestartet</translation>
        </message>
        <message>
            <source>Maintenance finished in %1 ms: integrity ok, backup written, %2 KiB → %3 KiB</source>
            <translation>Wartung nach %1 ms abgeschlossen: Integrität in Ordnung, Sicherung geschrieben, %2 KiB → %3 KiB</translation>
        </message>
        <message>
            <source>Maintenance failed: %1</source>
            <translation>Wartung fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Workspace intact: database ok, audit chain of %n record(s) verified</source>
            <translation>
                <numerusform>Arbeitsbereich intakt: Datenbank in Ordnung, Prüfkette mit %n Eintrag geprüft</numerusform>
                <numerusform>Arbeitsbereich intakt: Datenbank in Ordnung, Prüfkette mit %n Einträgen geprüft</numerusform>
            </translation>
        </message>
        <message>
            <source>Workspace check found problems: database %1; audit chain: %2</source>
            <translation>Die Prüfung des Arbeitsbereichs fand Probleme: Datenbank %1; Prüfkette: %2</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>intakt</translation>
        </message>
    </context>
</TS>
