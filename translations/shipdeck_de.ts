<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>KubeColumns</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Namespace</source>
            <translation>Namespace</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Restarts</source>
            <translation>Neustarts</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>IP</source>
            <translation>IP</translation>
        </message>
        <message>
            <source>Host IP</source>
            <translation>Host-IP</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Up-to-date</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Replicas</source>
            <translation>Replikate</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Selector</source>
            <translation>Selektor</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Desired</source>
            <translation>Gewünscht</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Aktuell vorhanden</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>Abschlüsse</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Suspend</source>
            <translation>Ausgesetzt</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Last schedule</source>
            <translation>Letzte Ausführung</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Cluster-IP</source>
            <translation>Cluster-IP</translation>
        </message>
        <message>
            <source>External-IP</source>
            <translation>Externe IP</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Hosts</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Canary</source>
            <translation>Canary</translation>
        </message>
        <message>
            <source>Hostnames</source>
            <translation>Hostnamen</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Eltern</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Backends</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Internal-IP</source>
            <translation>Interne IP</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>Erneuert</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Set weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Geltungsbereich</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
    </context>
    <context>
        <name>KubeKinds</name>
        <message>
            <source>Namespaces</source>
            <translation>Namespaces</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Deployments</source>
            <translation>Deployments</translation>
        </message>
        <message>
            <source>StatefulSets</source>
            <translation>StatefulSets</translation>
        </message>
        <message>
            <source>DaemonSets</source>
            <translation>DaemonSets</translation>
        </message>
        <message>
            <source>ReplicaSets</source>
            <translation>ReplicaSets</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>CronJobs</source>
            <translation>CronJobs</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>Pods</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Ingresses</source>
            <translation>Ingresses</translation>
        </message>
        <message>
            <source>HTTPRoutes</source>
            <translation>HTTPRoutes</translation>
        </message>
        <message>
            <source>ConfigMaps</source>
            <translation>ConfigMaps</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>Rollouts</source>
            <translation>Rollouts</translation>
        </message>
        <message>
            <source>AnalysisRuns</source>
            <translation>AnalysisRuns</translation>
        </message>
        <message>
            <source>Leases</source>
            <translation>Leases</translation>
        </message>
        <message>
            <source>Custom Resource Definitions</source>
            <translation>Custom Resource Definitions</translation>
        </message>
    </context>
    <context>
        <name>LogFilter</name>
        <message>
            <source>Invalid regular expression at character %1: %2</source>
            <translation>Ungültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
        </message>
    </context>
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
        <name>shipdeck::ClusterObjectActions</name>
        <message>
            <source>Show YAML of the Selected Object</source>
            <translation>YAML des gewählten Objekts zeigen</translation>
        </message>
        <message>
            <source>Edit Object…</source>
            <translation>Objekt bearbeiten…</translation>
        </message>
        <message>
            <source>Scale…</source>
            <translation>Skalieren…</translation>
        </message>
        <message>
            <source>Restart Rollout…</source>
            <translation>Rollout neu starten…</translation>
        </message>
        <message>
            <source>Delete Object…</source>
            <translation>Objekt löschen…</translation>
        </message>
        <message>
            <source>Show Logs</source>
            <translation>Logs zeigen</translation>
        </message>
        <message>
            <source>Promote Rollout…</source>
            <translation>Rollout fortsetzen…</translation>
        </message>
        <message>
            <source>Promote Rollout Fully…</source>
            <translation>Rollout vollständig fortsetzen…</translation>
        </message>
        <message>
            <source>Abort Rollout…</source>
            <translation>Rollout abbrechen…</translation>
        </message>
        <message>
            <source>Retry Rollout…</source>
            <translation>Rollout wiederholen…</translation>
        </message>
        <message>
            <source>Undo Rollout…</source>
            <translation>Rollout rückgängig machen…</translation>
        </message>
        <message>
            <source>Pause Rollout…</source>
            <translation>Rollout pausieren…</translation>
        </message>
        <message>
            <source>Restart Rollout Pods…</source>
            <translation>Pods des Rollouts neu starten…</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Checking your permissions…</source>
            <translation>Ihre Berechtigungen werden geprüft…</translation>
        </message>
        <message>
            <source>Context: %1</source>
            <translation>Kontext: %1</translation>
        </message>
        <message>
            <source>Namespace: %1</source>
            <translation>Namespace: %1</translation>
        </message>
        <message>
            <source>Scale %1</source>
            <translation>%1 skalieren</translation>
        </message>
        <message>
            <source>Replicas:</source>
            <translation>Replikate:</translation>
        </message>
        <message>
            <source>Scale %1?</source>
            <translation>%1 skalieren?</translation>
        </message>
        <message numerus="yes">
            <source>%1 will run %n replica(s).</source>
            <translation>
                <numerusform>%1 wird %n Replikat betreiben.</numerusform>
                <numerusform>%1 wird %n Replikate betreiben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replicas now: %1</source>
            <translation>Replikate jetzt: %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skalieren</translation>
        </message>
        <message>
            <source>Restart %1?</source>
            <translation>%1 neu starten?</translation>
        </message>
        <message>
            <source>Every pod of %1 is replaced, following its rollout strategy (kubectl rollout restart).</source>
            <translation>Jeder Pod von %1 wird gemäß seiner Rollout-Strategie ersetzt (kubectl rollout restart).</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>%1 löschen?</translation>
        </message>
        <message>
            <source>%1 is deleted from the cluster; objects it owns are deleted with it.</source>
            <translation>%1 wird aus dem Cluster gelöscht; Objekte, die ihm gehören, werden mit gelöscht.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>%1 moves on to its next step.</source>
            <translation>%1 geht zum nächsten Schritt über.</translation>
        </message>
        <message>
            <source>%1 skips its remaining steps and analyses and goes to 100%.</source>
            <translation>%1 überspringt die restlichen Schritte und Analysen und geht auf 100 %.</translation>
        </message>
        <message>
            <source>%1 is aborted: traffic goes back to the stable version.</source>
            <translation>%1 wird abgebrochen: der Verkehr geht zurück an die stabile Version.</translation>
        </message>
        <message>
            <source>The aborted %1 starts its steps again.</source>
            <translation>Das abgebrochene %1 beginnt seine Schritte erneut.</translation>
        </message>
        <message>
            <source>%1 rolls back to its previous revision.</source>
            <translation>%1 kehrt zu seiner vorigen Revision zurück.</translation>
        </message>
        <message>
            <source>%1 is paused until it is promoted.</source>
            <translation>%1 wird angehalten, bis es fortgesetzt wird.</translation>
        </message>
        <message>
            <source>The pods of %1 are restarted one after another.</source>
            <translation>Die Pods von %1 werden nacheinander neu gestartet.</translation>
        </message>
        <message>
            <source>%1 %2?</source>
            <translation>%1 %2?</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ClustersPage</name>
        <message>
            <source>Resource kinds</source>
            <translation>Ressourcenarten</translation>
        </message>
        <message>
            <source>Filter: text or label=value…</source>
            <translation>Filter: Text oder label=wert…</translation>
        </message>
        <message>
            <source>Objects</source>
            <translation>Objekte</translation>
        </message>
        <message>
            <source>Select an object to see its YAML.</source>
            <translation>Wählen Sie ein Objekt, um sein YAML zu sehen.</translation>
        </message>
        <message>
            <source>Object YAML</source>
            <translation>YAML des Objekts</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Logs</translation>
        </message>
        <message>
            <source>Cluster action done</source>
            <translation>Cluster-Aktion ausgeführt</translation>
        </message>
        <message>
            <source>Cluster action failed</source>
            <translation>Cluster-Aktion fehlgeschlagen</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Context:</source>
            <translation>Kontext:</translation>
        </message>
        <message>
            <source>Kubeconfig context</source>
            <translation>Kubeconfig-Kontext</translation>
        </message>
        <message>
            <source>Namespace:</source>
            <translation>Namespace:</translation>
        </message>
        <message>
            <source>Namespace</source>
            <translation>Namespace</translation>
        </message>
        <message>
            <source>Re&amp;connect</source>
            <translation>Neu &amp;verbinden</translation>
        </message>
        <message>
            <source>Read the kubeconfig again and reconnect</source>
            <translation>Die Kubeconfig neu lesen und neu verbinden</translation>
        </message>
        <message>
            <source>Switch Kubernetes Context…</source>
            <translation>Kubernetes-Kontext wechseln…</translation>
        </message>
        <message>
            <source>Switch Kubernetes Namespace…</source>
            <translation>Kubernetes-Namespace wechseln…</translation>
        </message>
        <message>
            <source>Reconnect to the Cluster</source>
            <translation>Neu mit dem Cluster verbinden</translation>
        </message>
        <message>
            <source>Filter Cluster Objects</source>
            <translation>Cluster-Objekte filtern</translation>
        </message>
        <message>
            <source>Connected · Kubernetes %1</source>
            <translation>Verbunden · Kubernetes %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ClustersViewModel</name>
        <message>
            <source>Reading the kubeconfig…</source>
            <translation>Kubeconfig wird gelesen…</translation>
        </message>
        <message>
            <source>Shipdeck reads the files of $KUBECONFIG, else ~/.kube/config.</source>
            <translation>Shipdeck liest die Dateien aus $KUBECONFIG, sonst ~/.kube/config.</translation>
        </message>
        <message>
            <source>No kubeconfig context found. %1</source>
            <translation>Kein Kubeconfig-Kontext gefunden. %1</translation>
        </message>
        <message>
            <source>The kubeconfig sets no current context: choose one.</source>
            <translation>Die Kubeconfig legt keinen aktuellen Kontext fest: wählen Sie einen.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Verbindung zu %1…</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
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
        <name>shipdeck::KubeContextModel</name>
        <message>
            <source>Cluster %1 at %2
User %3 · namespace %4
Defined in %5</source>
            <translation>Cluster %1 unter %2
Benutzer %3 · Namespace %4
Definiert in %5</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeKindModel</name>
        <message>
            <source>Workloads</source>
            <translation>Workloads</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Argo Rollouts</source>
            <translation>Argo Rollouts</translation>
        </message>
        <message>
            <source>Custom Resources</source>
            <translation>Benutzerdefinierte Ressourcen</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeNamespaceModel</name>
        <message>
            <source>All namespaces</source>
            <translation>Alle Namespaces</translation>
        </message>
        <message>
            <source>%1 (terminating)</source>
            <translation>%1 (wird beendet)</translation>
        </message>
        <message>
            <source>Objects of every namespace, with a Namespace column</source>
            <translation>Objekte aller Namespaces, mit einer Namespace-Spalte</translation>
        </message>
        <message>
            <source>Not listed by the cluster (it may not exist, or you may not list namespaces)</source>
            <translation>Vom Cluster nicht gelistet (er existiert vielleicht nicht, oder Sie dürfen Namespaces nicht auflisten)</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeObjectTableModel</name>
        <message>
            <source>Being deleted since %1</source>
            <translation>Wird seit %1 gelöscht</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::LogPanel</name>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Vorheriger</translation>
        </message>
        <message>
            <source>&amp;Timestamps</source>
            <translation>&amp;Zeitstempel</translation>
        </message>
        <message>
            <source>Re&amp;gex</source>
            <translation>Re&amp;gulärer Ausdruck</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>&amp;Groß-/Kleinschreibung</translation>
        </message>
        <message>
            <source>Close the log</source>
            <translation>Log schließen</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Folgen</translation>
        </message>
        <message>
            <source>Stream new lines and keep the end in view</source>
            <translation>Neue Zeilen streamen und das Ende im Blick behalten</translation>
        </message>
        <message>
            <source>The log of the previous (restarted or crashed) container</source>
            <translation>Das Log des vorherigen (neu gestarteten oder abgestürzten) Containers</translation>
        </message>
        <message>
            <source>Since:</source>
            <translation>Seit:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 Minuten</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 Stunden</translation>
        </message>
        <message>
            <source>Tail:</source>
            <translation>Letzte:</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Read only the last lines of each container (all: the whole log)</source>
            <translation>Nur die letzten Zeilen jedes Containers lesen (alle: das ganze Log)</translation>
        </message>
        <message>
            <source>Filter lines…</source>
            <translation>Zeilen filtern…</translation>
        </message>
        <message>
            <source>Opening the log…</source>
            <translation>Log wird geöffnet…</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%1 von %2 Zeilen</translation>
        </message>
        <message>
            <source>%1 lines</source>
            <translation>%1 Zeilen</translation>
        </message>
        <message>
            <source>filtering…</source>
            <translation>filtert…</translation>
        </message>
        <message>
            <source>%1 oldest lines dropped</source>
            <translation>%1 älteste Zeilen verworfen</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>vollständig</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::LogView</name>
        <message>
            <source>Log lines</source>
            <translation>Logzeilen</translation>
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
    <context>
        <name>shipdeck::YamlEditDialog</name>
        <message>
            <source>Edit %1 %2</source>
            <translation>%1 %2 bearbeiten</translation>
        </message>
        <message>
            <source>Object YAML</source>
            <translation>YAML des Objekts</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>&amp;Back to Editing</source>
            <translation>&amp;Zurück zum Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Review Changes</source>
            <translation>Änderungen &amp;prüfen</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Anwenden</translation>
        </message>
        <message>
            <source>Checking the edit with the server…</source>
            <translation>Die Änderung wird mit dem Server geprüft…</translation>
        </message>
        <message>
            <source>The edit changes nothing the server keeps.</source>
            <translation>Die Änderung ändert nichts, was der Server speichert.</translation>
        </message>
        <message>
            <source>The server accepted this change in a dry run. Apply replaces %1 %2.</source>
            <translation>Der Server hat diese Änderung im Probelauf akzeptiert. Anwenden ersetzt %1 %2.</translation>
        </message>
        <message>
            <source>Not validated by the server (%1). Apply replaces %2 %3.</source>
            <translation>Nicht vom Server geprüft (%1). Anwenden ersetzt %2 %3.</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Wird angewendet…</translation>
        </message>
        <message>
            <source>%1 %2 edited</source>
            <translation>%1 %2 bearbeitet</translation>
        </message>
    </context>
</TS>
