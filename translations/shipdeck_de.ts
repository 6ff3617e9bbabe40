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
