<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ConfigValues</name>
        <message>
            <source>No value. Type one, or choose “Text” to set an empty string.</source>
            <translation>Kein Wert. Gib einen ein oder wähle „Text“ für eine leere Zeichenkette.</translation>
        </message>
        <message>
            <source>Not valid JSON (%1 at character %2). Fix it, or choose “Text” to store it as a string.</source>
            <translation>Kein gültiges JSON (%1 bei Zeichen %2). Korrigiere es oder wähle „Text“, um es als Zeichenkette zu speichern.</translation>
        </message>
        <message>
            <source>more than one value</source>
            <translation>mehr als ein Wert</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(fehlt)</translation>
        </message>
    </context>
    <context>
        <name>DeploymentDraft</name>
        <message>
            <source>Canary: 10 % → pause → 50 % → analysis → 100 %</source>
            <translation>Canary: 10 % → Pause → 50 % → Analyse → 100 %</translation>
        </message>
        <message>
            <source>Canary: 10 % → judge vs baseline → approval → 50 % → analysis → 100 %</source>
            <translation>Canary: 10 % → Vergleich mit Baseline → Freigabe → 50 % → Analyse → 100 %</translation>
        </message>
        <message>
            <source>Canary: 10 % → 1 min → 50 % → 1 min → 100 %</source>
            <translation>Canary: 10 % → 1 min → 50 % → 1 min → 100 %</translation>
        </message>
        <message>
            <source>Canary: +20 % every 30 s</source>
            <translation>Canary: +20 % alle 30 s</translation>
        </message>
        <message>
            <source>Blue-green: preview, promote by hand, switch</source>
            <translation>Blue-Green: Vorschau, manuell freigeben, umschalten</translation>
        </message>
        <message>
            <source>Rolling: one instance at a time</source>
            <translation>Rolling: eine Instanz nach der anderen</translation>
        </message>
        <message>
            <source>Recreate: stop the old version, start the new one</source>
            <translation>Recreate: alte Version stoppen, neue starten</translation>
        </message>
        <message>
            <source>a component</source>
            <translation>eine Komponente</translation>
        </message>
        <message>
            <source>a version</source>
            <translation>eine Version</translation>
        </message>
    </context>
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
            <translation>Aufträge</translation>
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
        <name>RevisionDiff</name>
        <message>
            <source>revision %1</source>
            <translation>Revision %1</translation>
        </message>
        <message numerus="yes">
            <source>first revision: version %1, %2, %n instance(s)</source>
            <translation>
                <numerusform>erste Revision: Version %1, %2, %n Instanz</numerusform>
                <numerusform>erste Revision: Version %1, %2, %n Instanzen</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1 → %2</source>
            <translation>Version %1 → %2</translation>
        </message>
        <message>
            <source>strategy %1 → %2</source>
            <translation>Strategie %1 → %2</translation>
        </message>
        <message>
            <source>instances %1 → %2</source>
            <translation>Instanzen %1 → %2</translation>
        </message>
        <message>
            <source>provider %1 → %2</source>
            <translation>Provider %1 → %2</translation>
        </message>
        <message>
            <source>steps: %1 → %2</source>
            <translation>Schritte: %1 → %2</translation>
        </message>
        <message>
            <source>returns to revision %1</source>
            <translation>kehrt zu Revision %1 zurück</translation>
        </message>
        <message>
            <source>deployment file changed (%1 lines added, %2 removed)</source>
            <translation>Deployment-Datei geändert (%1 Zeilen hinzugefügt, %2 entfernt)</translation>
        </message>
        <message>
            <source>nothing changed: the same file was deployed again</source>
            <translation>nichts geändert: dieselbe Datei wurde erneut ausgerollt</translation>
        </message>
    </context>
    <context>
        <name>RolloutActionRules</name>
        <message>
            <source>No rollout selected.</source>
            <translation>Kein Rollout ausgewählt.</translation>
        </message>
        <message>
            <source>The rollout was %1; retry it first, or roll back to an earlier revision.</source>
            <translation>Der Rollout wurde %1; erst erneut versuchen oder auf eine frühere Revision zurücksetzen.</translation>
        </message>
        <message>
            <source>Version %1 is already fully promoted.</source>
            <translation>Version %1 ist bereits vollständig freigegeben.</translation>
        </message>
        <message>
            <source>Version %1 is still being deployed; wait for it or abort.</source>
            <translation>Version %1 wird noch ausgerollt; warten oder abbrechen.</translation>
        </message>
        <message>
            <source>Only %1 may approve this step, not %2.</source>
            <translation>Nur %1 darf diesen Schritt freigeben, nicht %2.</translation>
        </message>
        <message>
            <source>Nothing to abort: the rollout was already %1.</source>
            <translation>Nichts abzubrechen: der Rollout wurde bereits %1.</translation>
        </message>
        <message>
            <source>Nothing to abort: version %1 is fully promoted; roll back to an earlier revision instead.</source>
            <translation>Nichts abzubrechen: Version %1 ist vollständig freigegeben; stattdessen auf eine frühere Revision zurücksetzen.</translation>
        </message>
        <message>
            <source>Only an aborted or rolled back rollout can be retried.</source>
            <translation>Nur ein abgebrochener oder zurückgesetzter Rollout kann erneut versucht werden.</translation>
        </message>
        <message>
            <source>The rollout has ended.</source>
            <translation>Der Rollout ist beendet.</translation>
        </message>
        <message>
            <source>Already paused by a person.</source>
            <translation>Bereits von einer Person angehalten.</translation>
        </message>
        <message>
            <source>Not paused by a person; it waits for %1 — use Promote.</source>
            <translation>Nicht von einer Person angehalten; er wartet auf %1 — Freigeben verwenden.</translation>
        </message>
        <message>
            <source>Not paused.</source>
            <translation>Nicht angehalten.</translation>
        </message>
        <message>
            <source>The rollout was %1.</source>
            <translation>Der Rollout wurde %1.</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>Freigeben</translation>
        </message>
        <message>
            <source>Promote Full</source>
            <translation>Vollständig freigeben</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <source>nothing (first deployment)</source>
            <translation>nichts (erstes Deployment)</translation>
        </message>
        <message>
            <source>Environment: %1 · revision %2 · rollout %3</source>
            <translation>Umgebung: %1 · Revision %2 · Rollout %3</translation>
        </message>
        <message>
            <source>Now: canary %1 receives %2, stable %3 receives %4</source>
            <translation>Jetzt: Canary %1 erhält %2, stabile Version %3 erhält %4</translation>
        </message>
        <message>
            <source>Recorded in the audit log as %1, with your reason</source>
            <translation>Wird im Audit-Log als %1 mit Ihrer Begründung festgehalten</translation>
        </message>
        <message>
            <source>Approve %1 %2?</source>
            <translation>%1 %2 freigeben?</translation>
        </message>
        <message>
            <source>Promote %1 %2?</source>
            <translation>%1 %2 weiterschalten?</translation>
        </message>
        <message>
            <source>Approves step %1 of %2 (%3) in %4; the rollout continues with the next step.</source>
            <translation>Gibt Schritt %1 von %2 (%3) in %4 frei; der Rollout fährt mit dem nächsten Schritt fort.</translation>
        </message>
        <message>
            <source>Completes step %1 of %2 (%3) in %4 now; the rollout continues with the next step.</source>
            <translation>Schließt Schritt %1 von %2 (%3) in %4 jetzt ab; der Rollout fährt mit dem nächsten Schritt fort.</translation>
        </message>
        <message>
            <source>Next: canary %1 moves towards %2 of the traffic (stable %3 keeps %4)</source>
            <translation>Danach: Canary %1 geht auf %2 des Verkehrs zu (stabile Version %3 behält %4)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Freigeben</translation>
        </message>
        <message>
            <source>Promote %1 %2 fully?</source>
            <translation>%1 %2 vollständig freigeben?</translation>
        </message>
        <message>
            <source>Skips all remaining steps, pauses and analysis: %1 takes 100 % of the traffic in %2 at once.</source>
            <translation>Überspringt alle übrigen Schritte, Pausen und Analysen: %1 übernimmt in %2 sofort 100 % des Verkehrs.</translation>
        </message>
        <message>
            <source>Then: canary %1 receives 100 %; stable %2 is stopped after its scale-down delay</source>
            <translation>Danach: Canary %1 erhält 100 %; die stabile Version %2 wird nach ihrer Abbauverzögerung gestoppt</translation>
        </message>
        <message>
            <source>Abort the rollout of %1 %2?</source>
            <translation>Rollout von %1 %2 abbrechen?</translation>
        </message>
        <message>
            <source>Stops the rollout in %1 and returns all traffic to %2; the instances of %3 are stopped.</source>
            <translation>Stoppt den Rollout in %1 und leitet den gesamten Verkehr zurück auf %2; die Instanzen von %3 werden gestoppt.</translation>
        </message>
        <message>
            <source>Then: stable %1 receives 100 %, canary %2 0 %</source>
            <translation>Danach: stabile Version %1 erhält 100 %, Canary %2 0 %</translation>
        </message>
        <message>
            <source>Abort Rollout</source>
            <translation>Rollout abbrechen</translation>
        </message>
        <message>
            <source>Retry the rollout of %1 %2?</source>
            <translation>Rollout von %1 %2 erneut versuchen?</translation>
        </message>
        <message>
            <source>Starts the rollout of %1 in %2 again from step 1 of %3, with its analysis.</source>
            <translation>Startet den Rollout von %1 in %2 erneut ab Schritt 1 von %3, mit seiner Analyse.</translation>
        </message>
        <message>
            <source>Now: stable %1 receives 100 %</source>
            <translation>Jetzt: stabile Version %1 erhält 100 %</translation>
        </message>
        <message>
            <source>Then: canary %1 is deployed again and receives traffic step by step</source>
            <translation>Danach: Canary %1 wird erneut ausgerollt und erhält schrittweise Verkehr</translation>
        </message>
        <message>
            <source>Pause the rollout of %1 %2?</source>
            <translation>Rollout von %1 %2 anhalten?</translation>
        </message>
        <message>
            <source>Holds the rollout at step %1 of %2 in %3 until someone resumes it; traffic stays as it is.</source>
            <translation>Hält den Rollout bei Schritt %1 von %2 in %3 an, bis ihn jemand fortsetzt; der Verkehr bleibt, wie er ist.</translation>
        </message>
        <message>
            <source>Resume the rollout of %1 %2?</source>
            <translation>Rollout von %1 %2 fortsetzen?</translation>
        </message>
        <message>
            <source>Continues the rollout at step %1 of %2 (%3) in %4.</source>
            <translation>Setzt den Rollout bei Schritt %1 von %2 (%3) in %4 fort.</translation>
        </message>
        <message>
            <source>Restart the instances of %1?</source>
            <translation>Instanzen von %1 neu starten?</translation>
        </message>
        <message>
            <source>Restarts the instances one by one in %1; traffic keeps its split.</source>
            <translation>Startet die Instanzen in %1 nacheinander neu; die Verkehrsaufteilung bleibt.</translation>
        </message>
        <message>
            <source>Roll %1 back to revision %2?</source>
            <translation>%1 auf Revision %2 zurücksetzen?</translation>
        </message>
        <message>
            <source>Deploys the file of revision %1 again as a new revision: version %2 replaces %3 in %4.</source>
            <translation>Rollt die Datei von Revision %1 als neue Revision erneut aus: Version %2 ersetzt %3 in %4.</translation>
        </message>
        <message>
            <source>the current version</source>
            <translation>die aktuelle Version</translation>
        </message>
        <message>
            <source>Now: %1 receives 100 % of the traffic</source>
            <translation>Jetzt: %1 erhält 100 % des Verkehrs</translation>
        </message>
        <message>
            <source>Then: %1 receives 100 %; within the rollback window steps and analysis are skipped</source>
            <translation>Danach: %1 erhält 100 %; innerhalb des Rollback-Fensters werden Schritte und Analysen übersprungen</translation>
        </message>
        <message>
            <source>Environment: %1</source>
            <translation>Umgebung: %1</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>RolloutText</name>
        <message>
            <source>Progressing</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Beeinträchtigt</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Gesund</translation>
        </message>
        <message>
            <source>Aborted</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Zurückgesetzt</translation>
        </message>
        <message>
            <source>pause step</source>
            <translation>Pausenschritt</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>wartet auf Freigabe</translation>
        </message>
        <message>
            <source>waiting for promotion before the switch</source>
            <translation>wartet vor dem Umschalten auf Freigabe</translation>
        </message>
        <message>
            <source>analysis inconclusive</source>
            <translation>Analyse ohne Ergebnis</translation>
        </message>
        <message>
            <source>paused by a person</source>
            <translation>von einer Person angehalten</translation>
        </message>
        <message>
            <source>waiting for the confirm-rollout webhook</source>
            <translation>wartet auf den Webhook confirm-rollout</translation>
        </message>
        <message>
            <source>waiting for the confirm-traffic-increase webhook</source>
            <translation>wartet auf den Webhook confirm-traffic-increase</translation>
        </message>
        <message>
            <source>waiting for the confirm-promotion webhook</source>
            <translation>wartet auf den Webhook confirm-promotion</translation>
        </message>
        <message>
            <source>progress deadline passed</source>
            <translation>Fortschrittsfrist überschritten</translation>
        </message>
        <message>
            <source>interrupted while driven by a stopped process</source>
            <translation>unterbrochen, als der steuernde Prozess endete</translation>
        </message>
        <message>
            <source>Canary</source>
            <translation>Canary</translation>
        </message>
        <message>
            <source>Blue-green</source>
            <translation>Blue-Green</translation>
        </message>
        <message>
            <source>Rolling</source>
            <translation>Rolling</translation>
        </message>
        <message>
            <source>Recreate</source>
            <translation>Recreate</translation>
        </message>
        <message>
            <source>production</source>
            <translation>Produktion</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>Staging</translation>
        </message>
        <message>
            <source>development</source>
            <translation>Entwicklung</translation>
        </message>
        <message>
            <source>%1 % traffic</source>
            <translation>%1 % Verkehr</translation>
        </message>
        <message>
            <source>wait for promotion</source>
            <translation>auf Freigabe warten</translation>
        </message>
        <message>
            <source>pause until promoted</source>
            <translation>Pause bis zur Freigabe</translation>
        </message>
        <message>
            <source>auto-promote after %1</source>
            <translation>automatisch freigeben nach %1</translation>
        </message>
        <message>
            <source>pause %1</source>
            <translation>Pause %1</translation>
        </message>
        <message>
            <source>pre-promotion analysis</source>
            <translation>Analyse vor der Freigabe</translation>
        </message>
        <message>
            <source>post-promotion analysis</source>
            <translation>Analyse nach der Freigabe</translation>
        </message>
        <message>
            <source>validation analysis</source>
            <translation>Validierungsanalyse</translation>
        </message>
        <message>
            <source>analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>analysis %1</source>
            <translation>Analyse %1</translation>
        </message>
        <message numerus="yes">
            <source>approval (%n people)</source>
            <translation>
                <numerusform>Freigabe (%n Person)</numerusform>
                <numerusform>Freigabe (%n Personen)</numerusform>
            </translation>
        </message>
        <message>
            <source>approval</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>deploy preview ×%1</source>
            <translation>Vorschau ausrollen ×%1</translation>
        </message>
        <message>
            <source>deploy ×%1</source>
            <translation>ausrollen ×%1</translation>
        </message>
        <message>
            <source>scale to %1 %</source>
            <translation>skalieren auf %1 %</translation>
        </message>
        <message>
            <source>switch traffic</source>
            <translation>Verkehr umschalten</translation>
        </message>
        <message>
            <source>stop old version</source>
            <translation>alte Version stoppen</translation>
        </message>
        <message>
            <source>promote</source>
            <translation>freigeben</translation>
        </message>
        <message numerus="yes">
            <source>all %n step(s) done</source>
            <translation>
                <numerusform>%n Schritt erledigt</numerusform>
                <numerusform>alle %n Schritte erledigt</numerusform>
            </translation>
        </message>
        <message>
            <source>finishing</source>
            <translation>wird abgeschlossen</translation>
        </message>
        <message>
            <source>%1 of %2 · %3</source>
            <translation>%1 von %2 · %3</translation>
        </message>
        <message>
            <source>a person: degraded, promote or abort</source>
            <translation>eine Person: beeinträchtigt, freigeben oder abbrechen</translation>
        </message>
        <message>
            <source>resume by a person</source>
            <translation>Fortsetzen durch eine Person</translation>
        </message>
        <message numerus="yes">
            <source>approval by %n more person(s) of %1</source>
            <translation>
                <numerusform>Freigabe durch %n weitere Person aus %1</numerusform>
                <numerusform>Freigabe durch %n weitere Personen aus %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>approval by %n more person(s)</source>
            <translation>
                <numerusform>Freigabe durch %n weitere Person</numerusform>
                <numerusform>Freigabe durch %n weitere Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>a decision: analysis inconclusive</source>
            <translation>eine Entscheidung: Analyse ohne Ergebnis</translation>
        </message>
        <message>
            <source>a decision: progress deadline passed</source>
            <translation>eine Entscheidung: Fortschrittsfrist überschritten</translation>
        </message>
        <message>
            <source>a decision: interrupted</source>
            <translation>eine Entscheidung: unterbrochen</translation>
        </message>
        <message>
            <source>promotion by a person</source>
            <translation>Freigabe durch eine Person</translation>
        </message>
        <message>
            <source>a webhook: %1</source>
            <translation>einen Webhook: %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
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
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 T %2 h</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 T</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 (actual %2)</source>
            <translation>%1 (gemessen %2)</translation>
        </message>
    </context>
    <context>
        <name>VaultItemModel</name>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>rotation overdue</source>
            <translation>Rotation überfällig</translation>
        </message>
        <message>
            <source>expiring</source>
            <translation>läuft bald ab</translation>
        </message>
        <message>
            <source>duplicate value</source>
            <translation>doppelter Wert</translation>
        </message>
        <message>
            <source>never rotated</source>
            <translation>nie rotiert</translation>
        </message>
        <message>
            <source>unused</source>
            <translation>unbenutzt</translation>
        </message>
    </context>
    <context>
        <name>VerdictExplainer</name>
        <message>
            <source>pts</source>
            <translation>Pkt.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Inconclusive</source>
            <translation>Ohne Ergebnis</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Marginal</source>
            <translation>Grenzwertig</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Durchgefallen</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Höher</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedriger</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>No data (fails)</source>
            <translation>Keine Daten (durchgefallen)</translation>
        </message>
        <message>
            <source>error rate</source>
            <translation>Fehlerrate</translation>
        </message>
        <message>
            <source>success rate</source>
            <translation>Erfolgsrate</translation>
        </message>
        <message>
            <source>upstream error rate</source>
            <translation>Upstream-Fehlerrate</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>Anfragen/s</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>mean latency</source>
            <translation>mittlere Latenz</translation>
        </message>
        <message>
            <source>p50 latency</source>
            <translation>p50-Latenz</translation>
        </message>
        <message>
            <source>p90 latency</source>
            <translation>p90-Latenz</translation>
        </message>
        <message>
            <source>p95 latency</source>
            <translation>p95-Latenz</translation>
        </message>
        <message>
            <source>p99 latency</source>
            <translation>p99-Latenz</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>Prometheus query</source>
            <translation>Prometheus-Abfrage</translation>
        </message>
        <message>
            <source>success when %1</source>
            <translation>Erfolg bei %1</translation>
        </message>
        <message>
            <source>failure when %1</source>
            <translation>Fehlschlag bei %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>stable version</source>
            <translation>stabile Version</translation>
        </message>
        <message>
            <source>all versions</source>
            <translation>alle Versionen</translation>
        </message>
        <message>
            <source>canary</source>
            <translation>Canary</translation>
        </message>
        <message>
            <source>threshold on the %1's %2</source>
            <translation>Schwellwert auf %2 von %1</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) in %1</source>
            <translation>
                <numerusform>%n Anfrage in %1</numerusform>
                <numerusform>%n Anfragen in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n measurement(s) successful</source>
            <translation>
                <numerusform>%1 von %n Messung erfolgreich</numerusform>
                <numerusform>%1 von %n Messungen erfolgreich</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>none (always successful)</source>
            <translation>keiner (immer erfolgreich)</translation>
        </message>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message numerus="yes">
            <source>(%1 of %n request(s))</source>
            <translation>
                <numerusform>(%1 von %n Anfrage)</numerusform>
                <numerusform>(%1 von %n Anfragen)</numerusform>
            </translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>über %1</translation>
        </message>
        <message>
            <source>%1; %2 → %3</source>
            <translation>%1; %2 → %3</translation>
        </message>
        <message>
            <source>Regression</source>
            <translation>Regression</translation>
        </message>
        <message>
            <source>No regression yet</source>
            <translation>Noch keine Regression</translation>
        </message>
        <message>
            <source>sequential test on the error rate (mixture SPRT, α %1)</source>
            <translation>sequenzieller Test der Fehlerrate (Mixture-SPRT, α %1)</translation>
        </message>
        <message>
            <source>%1 canary / %2 stable requests</source>
            <translation>%1 Canary- / %2 stabile Anfragen</translation>
        </message>
        <message>
            <source>log-likelihood ratio %1</source>
            <translation>Log-Likelihood-Quotient %1</translation>
        </message>
        <message>
            <source>regression at ≥ %1</source>
            <translation>Regression ab ≥ %1</translation>
        </message>
        <message>
            <source>canary error rate %1 (%2 of %3) vs stable %4 (%5 of %6)</source>
            <translation>Canary-Fehlerrate %1 (%2 von %3) gegenüber stabil %4 (%5 von %6)</translation>
        </message>
        <message>
            <source>%1; log-likelihood ratio %2 ≥ bound %3 → regression (always-valid p = %4) → %5</source>
            <translation>%1; Log-Likelihood-Quotient %2 ≥ Grenze %3 → Regression (stets gültiges p = %4) → %5</translation>
        </message>
        <message>
            <source>%1; log-likelihood ratio %2 &lt; bound %3 → no regression so far → %4</source>
            <translation>%1; Log-Likelihood-Quotient %2 &lt; Grenze %3 → bisher keine Regression → %4</translation>
        </message>
        <message>
            <source>canary-vs-baseline judge (Mann-Whitney U per metric, weighted score)</source>
            <translation>Canary-gegen-Baseline-Bewertung (Mann-Whitney-U je Metrik, gewichtete Punktzahl)</translation>
        </message>
        <message>
            <source>pass ≥ %1, marginal ≥ %2</source>
            <translation>bestanden ≥ %1, grenzwertig ≥ %2</translation>
        </message>
        <message>
            <source>%1 canary / %2 baseline samples</source>
            <translation>%1 Canary- / %2 Baseline-Stichproben</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>Punktzahl %1</translation>
        </message>
        <message>
            <source>score %1 (%2) → %3</source>
            <translation>Punktzahl %1 (%2) → %3</translation>
        </message>
        <message>
            <source>%1 (critical)</source>
            <translation>%1 (kritisch)</translation>
        </message>
        <message>
            <source>Mann-Whitney U, %1 CI</source>
            <translation>Mann-Whitney-U, %1-KI</translation>
        </message>
        <message>
            <source>canary %1 %2 vs baseline %3</source>
            <translation>Canary-%1 %2 gegenüber Baseline %3</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>shift %1</source>
            <translation>Verschiebung %1</translation>
        </message>
        <message>
            <source>%1 CI [%2, %3]</source>
            <translation>%1-KI [%2, %3]</translation>
        </message>
        <message>
            <source>&gt; tolerance %1</source>
            <translation>&gt; Toleranz %1</translation>
        </message>
        <message>
            <source>&lt; tolerance %1</source>
            <translation>&lt; Toleranz %1</translation>
        </message>
        <message>
            <source>within tolerance ±%1</source>
            <translation>innerhalb der Toleranz ±%1</translation>
        </message>
        <message>
            <source>tolerance ±%1</source>
            <translation>Toleranz ±%1</translation>
        </message>
        <message>
            <source>, mean ratio %1</source>
            <translation>, Mittelwertverhältnis %1</translation>
        </message>
        <message>
            <source>%1, Mann-Whitney shift %2, %3 %4%5 → %6</source>
            <translation>%1, Mann-Whitney-Verschiebung %2, %3 %4%5 → %6</translation>
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
        <name>shipdeck::AnalysisPanel</name>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>No analysis has run yet. Verdicts appear here as soon as the first measurement is taken.</source>
            <translation>Noch keine Analyse gelaufen. Urteile erscheinen hier, sobald die erste Messung vorliegt.</translation>
        </message>
        <message>
            <source>Select a metric to read why it got its verdict.</source>
            <translation>Eine Metrik auswählen, um zu lesen, warum sie ihr Urteil bekam.</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
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
        <name>shipdeck::ConfigActions</name>
        <message>
            <source>Save Unsaved Configuration Edits…</source>
            <translation>Ungespeicherte Konfigurationsänderungen speichern…</translation>
        </message>
        <message>
            <source>Discard Unsaved Configuration Edits…</source>
            <translation>Ungespeicherte Konfigurationsänderungen verwerfen…</translation>
        </message>
        <message>
            <source>Commit Configuration…</source>
            <translation>Konfiguration committen…</translation>
        </message>
        <message>
            <source>Sync Configuration…</source>
            <translation>Konfiguration synchronisieren…</translation>
        </message>
        <message>
            <source>New Configuration Branch…</source>
            <translation>Neuer Konfigurations-Branch…</translation>
        </message>
        <message>
            <source>Switch Configuration Branch…</source>
            <translation>Konfigurations-Branch wechseln…</translation>
        </message>
        <message>
            <source>Configuration Migrations…</source>
            <translation>Konfigurationsmigrationen…</translation>
        </message>
        <message>
            <source>Complete Configuration Merge…</source>
            <translation>Konfigurations-Merge abschließen…</translation>
        </message>
        <message>
            <source>Abort Configuration Merge…</source>
            <translation>Konfigurations-Merge abbrechen…</translation>
        </message>
        <message>
            <source>Keep My Unsaved Edits Over the Change on Disk…</source>
            <translation>Meine ungespeicherten Änderungen statt der Änderung auf der Platte behalten…</translation>
        </message>
        <message>
            <source>Take the Change on Disk, Drop My Edits…</source>
            <translation>Änderung auf der Platte übernehmen, meine Änderungen verwerfen…</translation>
        </message>
        <message>
            <source>Create a Configuration Repository…</source>
            <translation>Konfigurations-Repository anlegen…</translation>
        </message>
        <message>
            <source>Clone a Configuration Repository…</source>
            <translation>Konfigurations-Repository klonen…</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <source>Validate Configuration</source>
            <translation>Konfiguration validieren</translation>
        </message>
        <message>
            <source>The configuration validates in every environment.</source>
            <translation>Die Konfiguration ist in jeder Umgebung gültig.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n Problem gefunden.</numerusform>
                <numerusform>%n Probleme gefunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show Configuration Changes</source>
            <translation>Konfigurationsänderungen anzeigen</translation>
        </message>
        <message>
            <source>Show Configuration History</source>
            <translation>Konfigurationsverlauf anzeigen</translation>
        </message>
        <message>
            <source>Resolve Configuration Conflicts</source>
            <translation>Konfigurationskonflikte lösen</translation>
        </message>
        <message>
            <source>Reload Configuration</source>
            <translation>Konfiguration neu laden</translation>
        </message>
        <message>
            <source>Cancel Configuration Sync</source>
            <translation>Konfigurations-Synchronisation abbrechen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Commit…</source>
            <translation>Committen…</translation>
        </message>
        <message>
            <source>Sync…</source>
            <translation>Synchronisieren…</translation>
        </message>
        <message>
            <source>Create Repository…</source>
            <translation>Repository anlegen…</translation>
        </message>
        <message>
            <source>Clone…</source>
            <translation>Klonen…</translation>
        </message>
        <message>
            <source>Show Changes</source>
            <translation>Änderungen anzeigen</translation>
        </message>
        <message>
            <source>Keep Mine…</source>
            <translation>Meine behalten…</translation>
        </message>
        <message>
            <source>Take Theirs…</source>
            <translation>Ihre übernehmen…</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Lösen</translation>
        </message>
        <message>
            <source>%1 = %2 in %3 — unsaved: save or commit to keep it.</source>
            <translation>%1 = %2 in %3 – ungespeichert: speichern oder committen, um es zu behalten.</translation>
        </message>
        <message>
            <source>%1 removed from %2 — unsaved: save or commit to keep it.</source>
            <translation>%1 aus %2 entfernt – ungespeichert: speichern oder committen, um es zu behalten.</translation>
        </message>
        <message>
            <source>Save unsaved edits?</source>
            <translation>Ungespeicherte Änderungen speichern?</translation>
        </message>
        <message numerus="yes">
            <source>Shipdeck will write %n unsaved edit(s) to the files below. Only the changed values' lines change; nothing is committed.</source>
            <translation>
                <numerusform>Shipdeck schreibt %n ungespeicherte Änderung in die folgenden Dateien. Nur die Zeilen der geänderten Werte ändern sich; nichts wird committet.</numerusform>
                <numerusform>Shipdeck schreibt %n ungespeicherte Änderungen in die folgenden Dateien. Nur die Zeilen der geänderten Werte ändern sich; nichts wird committet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1 — choose Keep Mine or Take Theirs first.</source>
            <translation>Nicht gespeichert: %1 – zuerst „Meine behalten“ oder „Ihre übernehmen“ wählen.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>Discard unsaved edits?</source>
            <translation>Ungespeicherte Änderungen verwerfen?</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved edit(s) will be lost; the files keep what is on disk.</source>
            <translation>
                <numerusform>%n ungespeicherte Änderung geht verloren; die Dateien behalten den Stand auf der Platte.</numerusform>
                <numerusform>%n ungespeicherte Änderungen gehen verloren; die Dateien behalten den Stand auf der Platte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Unsaved edits discarded.</source>
            <translation>Ungespeicherte Änderungen verworfen.</translation>
        </message>
        <message>
            <source>Nothing to commit: the working tree matches the last commit.</source>
            <translation>Nichts zu committen: das Arbeitsverzeichnis entspricht dem letzten Commit.</translation>
        </message>
        <message>
            <source>Committed %1: %2</source>
            <translation>Committet %1: %2</translation>
        </message>
        <message>
            <source>Sync cancelled; nothing was changed.</source>
            <translation>Synchronisation abgebrochen; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Sync finished: %1</source>
            <translation>Synchronisation beendet: %1</translation>
        </message>
        <message>
            <source>%1  (%2)</source>
            <translation>%1  (%2)</translation>
        </message>
        <message>
            <source>New Branch</source>
            <translation>Neuer Branch</translation>
        </message>
        <message>
            <source>Create a branch from %1 (%2). Name:</source>
            <translation>Branch von %1 (%2) anlegen. Name:</translation>
        </message>
        <message>
            <source>Branch %1 created.</source>
            <translation>Branch %1 angelegt.</translation>
        </message>
        <message>
            <source>There is no other branch; create one first.</source>
            <translation>Es gibt keinen anderen Branch; lege zuerst einen an.</translation>
        </message>
        <message>
            <source>Switch Branch</source>
            <translation>Branch wechseln</translation>
        </message>
        <message>
            <source>Switch from %1 to:</source>
            <translation>Von %1 wechseln zu:</translation>
        </message>
        <message>
            <source>Switch to %1?</source>
            <translation>Zu %1 wechseln?</translation>
        </message>
        <message>
            <source>The configuration files change to their versions on %1. Uncommitted changes stay when they do not clash; otherwise the switch is refused and nothing changes.</source>
            <translation>Die Konfigurationsdateien wechseln zu ihrem Stand auf %1. Nicht committete Änderungen bleiben, wenn sie nicht kollidieren; sonst wird der Wechsel abgelehnt und nichts ändert sich.</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved edit(s) must be saved or discarded first</source>
            <translation>
                <numerusform>%n ungespeicherte Änderung muss zuerst gespeichert oder verworfen werden</numerusform>
                <numerusform>%n ungespeicherte Änderungen müssen zuerst gespeichert oder verworfen werden</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>Von %1 nach %2</translation>
        </message>
        <message>
            <source>Switch</source>
            <translation>Wechseln</translation>
        </message>
        <message>
            <source>Now on %1.</source>
            <translation>Jetzt auf %1.</translation>
        </message>
        <message>
            <source>Apply the migrations?</source>
            <translation>Migrationen anwenden?</translation>
        </message>
        <message numerus="yes">
            <source>Shipdeck will write the changes shown to %n file(s) and commit them as “Config migration %1 -&gt; %2”.</source>
            <translation>
                <numerusform>Shipdeck schreibt die gezeigten Änderungen in %n Datei und committet sie als „Config migration %1 -&gt; %2“.</numerusform>
                <numerusform>Shipdeck schreibt die gezeigten Änderungen in %n Dateien und committet sie als „Config migration %1 -&gt; %2“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <source>Migrated to version %1.</source>
            <translation>Auf Version %1 migriert.</translation>
        </message>
        <message>
            <source>Complete the merge?</source>
            <translation>Merge abschließen?</translation>
        </message>
        <message>
            <source>Shipdeck checks that the result validates, commits the merge with %1 and pushes it. If the result does not validate, nothing is committed.</source>
            <translation>Shipdeck prüft, dass das Ergebnis gültig ist, committet den Merge mit %1 und pusht ihn. Ist das Ergebnis ungültig, wird nichts committet.</translation>
        </message>
        <message>
            <source>the remote</source>
            <translation>dem Remote</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>Complete Merge</source>
            <translation>Merge abschließen</translation>
        </message>
        <message>
            <source>Abort the merge?</source>
            <translation>Merge abbrechen?</translation>
        </message>
        <message>
            <source>The resolutions chosen so far are dropped. Your commits and the working tree stay as they are; sync again later.</source>
            <translation>Die bisher gewählten Lösungen werden verworfen. Deine Commits und das Arbeitsverzeichnis bleiben, wie sie sind; synchronisiere später erneut.</translation>
        </message>
        <message>
            <source>Abort Merge</source>
            <translation>Merge abbrechen</translation>
        </message>
        <message>
            <source>Merge aborted; nothing was changed.</source>
            <translation>Merge abgebrochen; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Keep your unsaved edits?</source>
            <translation>Deine ungespeicherten Änderungen behalten?</translation>
        </message>
        <message>
            <source>The next save writes your version of these files over the change made on disk.</source>
            <translation>Das nächste Speichern schreibt deine Fassung dieser Dateien über die Änderung auf der Platte.</translation>
        </message>
        <message>
            <source>Keep Mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>Keeping your edits of %1.</source>
            <translation>Deine Änderungen an %1 werden behalten.</translation>
        </message>
        <message>
            <source>Take the change on disk?</source>
            <translation>Änderung auf der Platte übernehmen?</translation>
        </message>
        <message>
            <source>Your unsaved edits of these files are dropped and the version on disk is shown.</source>
            <translation>Deine ungespeicherten Änderungen an diesen Dateien werden verworfen und der Stand auf der Platte wird angezeigt.</translation>
        </message>
        <message>
            <source>Take Theirs</source>
            <translation>Ihre übernehmen</translation>
        </message>
        <message>
            <source>%1 reloaded from disk.</source>
            <translation>%1 von der Platte neu geladen.</translation>
        </message>
        <message>
            <source>Revert %1?</source>
            <translation>%1 rückgängig machen?</translation>
        </message>
        <message>
            <source>Shipdeck creates a new commit that undoes “%1”. History is kept; refused with nothing changed when later changes conflict or files have uncommitted changes.</source>
            <translation>Shipdeck legt einen neuen Commit an, der „%1“ rückgängig macht. Der Verlauf bleibt erhalten; abgelehnt ohne Änderung, wenn spätere Änderungen kollidieren oder Dateien nicht committete Änderungen haben.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Rückgängig machen</translation>
        </message>
        <message>
            <source>Reverted in %1.</source>
            <translation>Rückgängig gemacht in %1.</translation>
        </message>
        <message>
            <source>Create a configuration repository?</source>
            <translation>Konfigurations-Repository anlegen?</translation>
        </message>
        <message>
            <source>Shipdeck creates a git repository in the workspace with base/, schema/ and an overlay folder for each environment.</source>
            <translation>Shipdeck legt im Arbeitsbereich ein Git-Repository mit base/, schema/ und einem Overlay-Ordner je Umgebung an.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Repository created at %1.</source>
            <translation>Repository in %1 angelegt.</translation>
        </message>
        <message>
            <source>Clone Configuration</source>
            <translation>Konfiguration klonen</translation>
        </message>
        <message>
            <source>Clone this repository into the workspace (a path, file://, https:// or ssh://):</source>
            <translation>Dieses Repository in den Arbeitsbereich klonen (ein Pfad, file://, https:// oder ssh://):</translation>
        </message>
        <message>
            <source>Cloned into %1.</source>
            <translation>Nach %1 geklont.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigBlameModel</name>
        <message>
            <source>Line %1: last changed by %2 in %3</source>
            <translation>Zeile %1: zuletzt geändert von %2 in %3</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigBranchModel</name>
        <message>
            <source>%1 (current)</source>
            <translation>%1 (aktuell)</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>Remote</translation>
        </message>
        <message>
            <source>up to date</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>↑%1 ↓%2</source>
            <translation>↑%1 ↓%2</translation>
        </message>
        <message>
            <source>Remote-tracking branch at %1</source>
            <translation>Remote-Tracking-Branch auf %1</translation>
        </message>
        <message>
            <source>No upstream: sync publishes it</source>
            <translation>Kein Upstream: die Synchronisation veröffentlicht ihn</translation>
        </message>
        <message numerus="yes">
            <source>%n commit(s) to push</source>
            <translation>
                <numerusform>%n Commit zu pushen</numerusform>
                <numerusform>%n Commits zu pushen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commit(s) to pull</source>
            <translation>
                <numerusform>%n Commit zu holen</numerusform>
                <numerusform>%n Commits zu holen</numerusform>
            </translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>Upstream</source>
            <translation>Upstream</translation>
        </message>
        <message>
            <source>Ahead/behind</source>
            <translation>Voraus/zurück</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigChangesPanel</name>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Uncommitted changes, unsaved edits included</source>
            <translation>Nicht committete Änderungen, einschließlich ungespeicherter</translation>
        </message>
        <message>
            <source>Between two revisions</source>
            <translation>Zwischen zwei Revisionen</translation>
        </message>
        <message>
            <source>What to compare</source>
            <translation>Was verglichen wird</translation>
        </message>
        <message>
            <source>A commit, branch or tag (HEAD~1, main, origin/main …)</source>
            <translation>Ein Commit, Branch oder Tag (HEAD~1, main, origin/main …)</translation>
        </message>
        <message>
            <source>Older revision</source>
            <translation>Ältere Revision</translation>
        </message>
        <message>
            <source>Newer revision</source>
            <translation>Neuere Revision</translation>
        </message>
        <message>
            <source>No changes: the working tree matches the last commit.</source>
            <translation>Keine Änderungen: das Arbeitsverzeichnis entspricht dem letzten Commit.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s), +%1 −%2</source>
            <translation>
                <numerusform>%n Datei, +%1 −%2</numerusform>
                <numerusform>%n Dateien, +%1 −%2</numerusform>
            </translation>
        </message>
        <message>
            <source>No differences between these revisions.</source>
            <translation>Keine Unterschiede zwischen diesen Revisionen.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigCommitDialog</name>
        <message>
            <source>Commit Configuration</source>
            <translation>Konfiguration committen</translation>
        </message>
        <message numerus="yes">
            <source>Commit %n file(s) to %1?</source>
            <translation>
                <numerusform>%n Datei auf %1 committen?</numerusform>
                <numerusform>%n Dateien auf %1 committen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved edits are saved first. The commit stays local until you sync.</source>
            <translation>Ungespeicherte Änderungen werden zuerst gespeichert. Der Commit bleibt lokal, bis du synchronisierst.</translation>
        </message>
        <message>
            <source>%1 — %2, +%3 −%4</source>
            <translation>%1 – %2, +%3 −%4</translation>
        </message>
        <message>
            <source> (unsaved edits)</source>
            <translation> (ungespeicherte Änderungen)</translation>
        </message>
        <message>
            <source>Files in the commit</source>
            <translation>Dateien im Commit</translation>
        </message>
        <message>
            <source>Author:</source>
            <translation>Autor:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-Mail:</translation>
        </message>
        <message>
            <source>From the workspace settings; a change here is kept for the next commits.</source>
            <translation>Aus den Arbeitsbereich-Einstellungen; eine Änderung hier gilt auch für die nächsten Commits.</translation>
        </message>
        <message>
            <source>From git's user.name and user.email; kept in the workspace settings from this commit on.</source>
            <translation>Aus user.name und user.email von Git; ab diesem Commit in den Arbeitsbereich-Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>A default: enter your name and e-mail; they are kept in the workspace settings.</source>
            <translation>Ein Vorgabewert: gib deinen Namen und deine E-Mail ein; sie werden in den Arbeitsbereich-Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>Message (required):</source>
            <translation>Nachricht (erforderlich):</translation>
        </message>
        <message>
            <source>What changed and why, e.g. “More production workers for the sale”</source>
            <translation>Was sich geändert hat und warum, z. B. „Mehr Produktions-Worker für den Sale“</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigConflictModel</name>
        <message>
            <source>(whole file)</source>
            <translation>(ganze Datei)</translation>
        </message>
        <message>
            <source>unresolved</source>
            <translation>ungelöst</translation>
        </message>
        <message>
            <source>edited: %1</source>
            <translation>bearbeitet: %1</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>unsere</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>ihre</translation>
        </message>
        <message>
            <source>base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>Unsere</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Ihre</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Lösung</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigConflictPanel</name>
        <message>
            <source>Use This Value</source>
            <translation>Diesen Wert verwenden</translation>
        </message>
        <message>
            <source>Complete Merge…</source>
            <translation>Merge abschließen…</translation>
        </message>
        <message>
            <source>Abort Merge…</source>
            <translation>Merge abbrechen…</translation>
        </message>
        <message>
            <source>Conflicting keys</source>
            <translation>Kollidierende Schlüssel</translation>
        </message>
        <message>
            <source>Base (common ancestor)</source>
            <translation>Basis (gemeinsamer Vorfahr)</translation>
        </message>
        <message>
            <source>Ours (this workspace)</source>
            <translation>Unsere (dieser Arbeitsbereich)</translation>
        </message>
        <message>
            <source>Theirs (remote)</source>
            <translation>Ihre (Remote)</translation>
        </message>
        <message>
            <source>Use Base</source>
            <translation>Basis verwenden</translation>
        </message>
        <message>
            <source>Use Ours</source>
            <translation>Unsere verwenden</translation>
        </message>
        <message>
            <source>Use Theirs</source>
            <translation>Ihre verwenden</translation>
        </message>
        <message>
            <source>Or type the value the merge should have</source>
            <translation>Oder den Wert eingeben, den der Merge haben soll</translation>
        </message>
        <message>
            <source>Merged value</source>
            <translation>Zusammengeführter Wert</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>No sync is waiting for conflict resolution.</source>
            <translation>Keine Synchronisation wartet auf Konfliktlösung.</translation>
        </message>
        <message numerus="yes">
            <source>A sync found %n key(s) changed differently here and on %1. Nothing was changed yet: choose the value of each key, then complete the merge.</source>
            <translation>
                <numerusform>Eine Synchronisation hat %n Schlüssel gefunden, der hier und auf %1 unterschiedlich geändert wurde. Noch wurde nichts geändert: wähle den Wert jedes Schlüssels und schließe dann den Merge ab.</numerusform>
                <numerusform>Eine Synchronisation hat %n Schlüssel gefunden, die hier und auf %1 unterschiedlich geändert wurden. Noch wurde nichts geändert: wähle den Wert jedes Schlüssels und schließe dann den Merge ab.</numerusform>
            </translation>
        </message>
        <message>
            <source>the remote</source>
            <translation>dem Remote</translation>
        </message>
        <message numerus="yes">
            <source>%n still open.</source>
            <translation>
                <numerusform>%n noch offen.</numerusform>
                <numerusform>%n noch offen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in %2 resolved</source>
            <translation>%1 in %2 gelöst</translation>
        </message>
        <message>
            <source>The whole file</source>
            <translation>Die ganze Datei</translation>
        </message>
        <message>
            <source>Validating the merge result…</source>
            <translation>Merge-Ergebnis wird validiert…</translation>
        </message>
        <message>
            <source>✔ With these choices the merge result validates (open keys keep our value for now).</source>
            <translation>✔ Mit dieser Auswahl ist das Merge-Ergebnis gültig (offene Schlüssel behalten vorerst unseren Wert).</translation>
        </message>
        <message>
            <source>✔ The merge result validates: schema and YAML checks pass.</source>
            <translation>✔ Das Merge-Ergebnis ist gültig: Schema- und YAML-Prüfungen bestanden.</translation>
        </message>
        <message>
            <source>✘ The merge result would not validate:
%1</source>
            <translation>✘ Das Merge-Ergebnis wäre ungültig:
%1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigDetailPane</name>
        <message>
            <source>Set</source>
            <translation>Setzen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Edit value in</source>
            <translation>Wert bearbeiten in</translation>
        </message>
        <message>
            <source>Layer to edit</source>
            <translation>Zu bearbeitende Ebene</translation>
        </message>
        <message>
            <source>The base, or the overlay of one environment</source>
            <translation>Die Basis oder das Overlay einer Umgebung</translation>
        </message>
        <message>
            <source>8080, true, "text", [1, 2] …</source>
            <translation>8080, true, "text", [1, 2] …</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Neuer Wert</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Auto reads numbers, true/false, null and JSON; Text stores exactly what you type</source>
            <translation>Automatisch liest Zahlen, true/false, null und JSON; Text speichert genau, was du eingibst</translation>
        </message>
        <message>
            <source>Change the value in this layer's file; the change stays an unsaved edit until you save or commit</source>
            <translation>Den Wert in der Datei dieser Ebene ändern; die Änderung bleibt ungespeichert, bis du speicherst oder committest</translation>
        </message>
        <message>
            <source>Remove the key from this layer's file (an environment then inherits the base)</source>
            <translation>Den Schlüssel aus der Datei dieser Ebene entfernen (eine Umgebung erbt dann die Basis)</translation>
        </message>
        <message>
            <source>No key selected</source>
            <translation>Kein Schlüssel ausgewählt</translation>
        </message>
        <message>
            <source>Select a cell to see where its value comes from and to edit it.</source>
            <translation>Wähle eine Zelle, um zu sehen, woher ihr Wert kommt, und um ihn zu bearbeiten.</translation>
        </message>
        <message>
            <source>Namespace %1: base/%1.yaml and environments/&lt;environment&gt;/%1.yaml</source>
            <translation>Namensraum %1: base/%1.yaml und environments/&lt;Umgebung&gt;/%1.yaml</translation>
        </message>
        <message>
            <source>base (every environment)</source>
            <translation>Basis (jede Umgebung)</translation>
        </message>
        <message>
            <source>%1 overlay</source>
            <translation>Overlay %1</translation>
        </message>
        <message>
            <source>Will be stored as %1 in %2</source>
            <translation>Wird als %1 in %2 gespeichert</translation>
        </message>
        <message>
            <source>base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>set here</source>
            <translation>hier gesetzt</translation>
        </message>
        <message>
            <source>inherits the base</source>
            <translation>erbt die Basis</translation>
        </message>
        <message>
            <source>overrides the base</source>
            <translation>überschreibt die Basis</translation>
        </message>
        <message>
            <source>%1 · %2:%3</source>
            <translation>%1 · %2:%3</translation>
        </message>
        <message>
            <source> · unsaved edit (was %1)</source>
            <translation> · ungespeicherte Änderung (war %1)</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigDiffModel</name>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 · %2 · +%3 −%4</source>
            <translation>%1 · %2 · +%3 −%4</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigDraftModel</name>
        <message>
            <source>(whole file)</source>
            <translation>(ganze Datei)</translation>
        </message>
        <message>
            <source>base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(entfernt)</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>On disk</source>
            <translation>Auf der Platte</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigHistoryModel</name>
        <message>
            <source>%1
%2 &lt;%3&gt;

%4</source>
            <translation>%1
%2 &lt;%3&gt;

%4</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigHistoryPanel</name>
        <message>
            <source>Show Changes</source>
            <translation>Änderungen anzeigen</translation>
        </message>
        <message>
            <source>Revert…</source>
            <translation>Rückgängig machen…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Open what the selected commit changed in the Changes tab</source>
            <translation>Die Änderungen des gewählten Commits im Tab „Änderungen“ öffnen</translation>
        </message>
        <message>
            <source>Create a new commit that undoes the selected one</source>
            <translation>Einen neuen Commit anlegen, der den gewählten rückgängig macht</translation>
        </message>
        <message>
            <source>History of</source>
            <translation>Verlauf von</translation>
        </message>
        <message>
            <source>Commits</source>
            <translation>Commits</translation>
        </message>
        <message>
            <source>Blame</source>
            <translation>Blame</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigIssueModel</name>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>File and line</source>
            <translation>Datei und Zeile</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigMigrationDialog</name>
        <message>
            <source>Reading the migrations…</source>
            <translation>Migrationen werden gelesen…</translation>
        </message>
        <message>
            <source>Configuration Migrations</source>
            <translation>Konfigurationsmigrationen</translation>
        </message>
        <message>
            <source>Pending migrations</source>
            <translation>Ausstehende Migrationen</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nichts zu ändern.</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>Anwenden…</translation>
        </message>
        <message>
            <source>The configuration is at version %1; no migration is pending.</source>
            <translation>Die Konfiguration ist auf Version %1; keine Migration steht aus.</translation>
        </message>
        <message>
            <source>Version %1 → %2. Applying writes these changes and commits them as one commit (recorded in the audit log):
%3</source>
            <translation>Version %1 → %2. Anwenden schreibt diese Änderungen und committet sie als einen Commit (im Audit-Log festgehalten):
%3</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigPage</name>
        <message>
            <source>Reloaded what changed on disk: %1</source>
            <translation>Neu geladen, was sich auf der Platte geändert hat: %1</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <source>The branch you work on; switch or create one</source>
            <translation>Der Branch, auf dem du arbeitest; wechseln oder neu anlegen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Filter keys and values…</source>
            <translation>Schlüssel und Werte filtern…</translation>
        </message>
        <message>
            <source>All keys</source>
            <translation>Alle Schlüssel</translation>
        </message>
        <message>
            <source>Overridden somewhere</source>
            <translation>Irgendwo überschrieben</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>Mit Problemen</translation>
        </message>
        <message>
            <source>With unsaved edits</source>
            <translation>Mit ungespeicherten Änderungen</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>&lt;b&gt;bold&lt;/b&gt; = overridden · grey = inherited from base · &lt;i&gt;italic&lt;/i&gt; = unsaved · red = problem</source>
            <translation>&lt;b&gt;fett&lt;/b&gt; = überschrieben · grau = von der Basis geerbt · &lt;i&gt;kursiv&lt;/i&gt; = ungespeichert · rot = Problem</translation>
        </message>
        <message>
            <source>Configuration keys by environment</source>
            <translation>Konfigurationsschlüssel nach Umgebung</translation>
        </message>
        <message>
            <source>Validation problems</source>
            <translation>Validierungsprobleme</translation>
        </message>
        <message>
            <source>Unsaved edits</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Unsaved Edits</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>detached HEAD</source>
            <translation>losgelöster HEAD</translation>
        </message>
        <message>
            <source>↑%1 ↓%2 %3</source>
            <translation>↑%1 ↓%2 %3</translation>
        </message>
        <message>
            <source>no remote</source>
            <translation>kein Remote</translation>
        </message>
        <message numerus="yes">
            <source>%n uncommitted file(s)</source>
            <translation>
                <numerusform>%n nicht committete Datei</numerusform>
                <numerusform>%n nicht committete Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved edit(s)</source>
            <translation>
                <numerusform>%n ungespeicherte Änderung</numerusform>
                <numerusform>%n ungespeicherte Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>a %1 started with other tools is in progress</source>
            <translation>ein mit anderen Werkzeugen begonnener %1 läuft</translation>
        </message>
        <message>
            <source>HEAD is detached: commit and sync are blocked</source>
            <translation>HEAD ist losgelöst: Commit und Synchronisation sind gesperrt</translation>
        </message>
        <message numerus="yes">
            <source>A sync is waiting: %n key(s) conflict with the remote. Resolve them in the Conflicts tab.</source>
            <translation>
                <numerusform>Eine Synchronisation wartet: %n Schlüssel kollidiert mit dem Remote. Löse ihn im Tab „Konflikte“.</numerusform>
                <numerusform>Eine Synchronisation wartet: %n Schlüssel kollidieren mit dem Remote. Löse sie im Tab „Konflikte“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Probleme (%1)</translation>
        </message>
        <message>
            <source>Unsaved Edits (%1)</source>
            <translation>Ungespeicherte Änderungen (%1)</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Konflikte (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n key(s)</source>
            <translation>
                <numerusform>%1 von %n Schlüssel</numerusform>
                <numerusform>%1 von %n Schlüsseln</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on disk while you have unsaved edits: %1. Your edits are kept and not saved over the change until you choose.</source>
            <translation>Auf der Platte geändert, während du ungespeicherte Änderungen hast: %1. Deine Änderungen bleiben erhalten und werden nicht über die Änderung gespeichert, bis du entscheidest.</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchronisiere</translation>
        </message>
        <message>
            <source>Completing the merge</source>
            <translation>Merge wird abgeschlossen</translation>
        </message>
        <message>
            <source>Migrating</source>
            <translation>Migriere</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The operation failed.</source>
            <translation>Der Vorgang ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Config</source>
            <translation>Konfiguration</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigSyncDialog</name>
        <message>
            <source>Merge key by key (a merge commit; conflicts resolved per key)</source>
            <translation>Schlüssel für Schlüssel zusammenführen (ein Merge-Commit; Konflikte je Schlüssel gelöst)</translation>
        </message>
        <message>
            <source>Rebase my commits onto the remote (linear history; merges when keys conflict)</source>
            <translation>Meine Commits auf das Remote rebasen (linearer Verlauf; Merge, wenn Schlüssel kollidieren)</translation>
        </message>
        <message>
            <source>Push my commits afterwards</source>
            <translation>Meine Commits danach pushen</translation>
        </message>
        <message>
            <source>Sync Configuration</source>
            <translation>Konfiguration synchronisieren</translation>
        </message>
        <message>
            <source>Sync %1 with its remote?</source>
            <translation>%1 mit seinem Remote synchronisieren?</translation>
        </message>
        <message>
            <source>%1 has no upstream yet: the sync publishes it.</source>
            <translation>%1 hat noch keinen Upstream: die Synchronisation veröffentlicht ihn.</translation>
        </message>
        <message numerus="yes">
            <source>%1 tracks %2: %n commit(s) to push</source>
            <translation>
                <numerusform>%1 folgt %2: %n Commit zu pushen</numerusform>
                <numerusform>%1 folgt %2: %n Commits zu pushen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n to pull (as of the last fetch).</source>
            <translation>
                <numerusform>, %n zu holen (Stand des letzten Fetch).</numerusform>
                <numerusform>, %n zu holen (Stand des letzten Fetch).</numerusform>
            </translation>
        </message>
        <message>
            <source>https://git.example.com/team/config.git, git@host:team/config.git or a path</source>
            <translation>https://git.example.com/team/config.git, git@host:team/config.git oder ein Pfad</translation>
        </message>
        <message>
            <source>Remote URL (added as origin):</source>
            <translation>Remote-URL (als origin hinzugefügt):</translation>
        </message>
        <message>
            <source>Remote:</source>
            <translation>Remote:</translation>
        </message>
        <message>
            <source>When both sides have new commits</source>
            <translation>Wenn beide Seiten neue Commits haben</translation>
        </message>
        <message>
            <source>Credentials for HTTPS (optional, used for this sync only)</source>
            <translation>Zugangsdaten für HTTPS (optional, nur für diese Synchronisation)</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>password or token; empty: SSH agent, keys or the keychain</source>
            <translation>Passwort oder Token; leer: SSH-Agent, Schlüssel oder Schlüsselbund</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Benutzer:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Shipdeck will fetch %1, then bring %2 up to date with %1/%2: </source>
            <translation>Shipdeck holt %1 und bringt dann %2 auf den Stand von %1/%2: </translation>
        </message>
        <message>
            <source>a fast-forward, or a merge that combines both sides key by key.</source>
            <translation>ein Fast-Forward oder ein Merge, der beide Seiten Schlüssel für Schlüssel zusammenführt.</translation>
        </message>
        <message>
            <source>a fast-forward, or your commits replayed on top of the remote's.</source>
            <translation>ein Fast-Forward oder deine Commits auf denen des Remotes neu angewendet.</translation>
        </message>
        <message>
            <source>Then it pushes %1 to %2.</source>
            <translation>Dann pusht es %1 nach %2.</translation>
        </message>
        <message>
            <source>Nothing is pushed.</source>
            <translation>Nichts wird gepusht.</translation>
        </message>
        <message>
            <source>Keys changed differently on both sides stop the sync before anything changes; you resolve them in the Conflicts tab. The sync runs as a job you can cancel.</source>
            <translation>Auf beiden Seiten unterschiedlich geänderte Schlüssel halten die Synchronisation an, bevor sich etwas ändert; du löst sie im Tab „Konflikte“. Die Synchronisation läuft als abbrechbarer Job.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigTableModel</name>
        <message>
            <source>Not set in the base</source>
            <translation>In der Basis nicht gesetzt</translation>
        </message>
        <message>
            <source>Not set for %1</source>
            <translation>Für %1 nicht gesetzt</translation>
        </message>
        <message>
            <source>Set in the base: %1:%2</source>
            <translation>In der Basis gesetzt: %1:%2</translation>
        </message>
        <message>
            <source>Inherited from the base: %1:%2</source>
            <translation>Von der Basis geerbt: %1:%2</translation>
        </message>
        <message>
            <source>Overridden for %1: %2:%3</source>
            <translation>Für %1 überschrieben: %2:%3</translation>
        </message>
        <message>
            <source>Unsaved edit (was %1)</source>
            <translation>Ungespeicherte Änderung (war %1)</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Namespace (file name) and path of the key</source>
            <translation>Namensraum (Dateiname) und Pfad des Schlüssels</translation>
        </message>
        <message>
            <source>Values in base/: shared by every environment</source>
            <translation>Werte in base/: von jeder Umgebung geteilt</translation>
        </message>
        <message>
            <source>Effective value in %1: its overlay over the base</source>
            <translation>Wirksamer Wert in %1: sein Overlay über der Basis</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigViewModel</name>
        <message>
            <source>No workspace is open.</source>
            <translation>Kein Arbeitsbereich ist geöffnet.</translation>
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
        <name>shipdeck::DemoBanner</name>
        <message>
            <source>Start storefront with traffic</source>
            <translation>Storefront mit Verkehr starten</translation>
        </message>
        <message>
            <source>Deploy healthy canary 1.5.0…</source>
            <translation>Gesunden Canary 1.5.0 ausrollen…</translation>
        </message>
        <message>
            <source>Deploy bad canary 1.5.1…</source>
            <translation>Fehlerhaften Canary 1.5.1 ausrollen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo workspace.&lt;/b&gt; Start the storefront (1.4.2, with catalog and payments) on the local provider with 100 requests/s of traffic, then deploy a healthy canary and approve it, or a bad one and watch the engine roll it back.</source>
            <translation>&lt;b&gt;Demo-Arbeitsbereich.&lt;/b&gt; Die Storefront (1.4.2, mit Catalog und Payments) auf dem lokalen Provider mit 100 Anfragen/s starten, dann einen gesunden Canary ausrollen und freigeben oder einen fehlerhaften und zusehen, wie die Engine ihn zurücksetzt.</translation>
        </message>
        <message>
            <source>Could not start the demo traffic: %1</source>
            <translation>Der Demo-Verkehr konnte nicht gestartet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::DemoTraffic</name>
        <message>
            <source>Starting %1 and its dependencies…</source>
            <translation>%1 und seine Abhängigkeiten werden gestartet…</translation>
        </message>
        <message>
            <source>%1 did not become ready within 40 s; see its instance logs</source>
            <translation>%1 wurde nicht innerhalb von 40 s bereit; siehe die Instanz-Logs</translation>
        </message>
        <message>
            <source>%1 serves at %2 with %3 requests/s of demo traffic</source>
            <translation>%1 antwortet unter %2 mit %3 Anfragen/s Demo-Verkehr</translation>
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
        <name>shipdeck::DiffView</name>
        <message>
            <source>Changed files</source>
            <translation>Geänderte Dateien</translation>
        </message>
        <message>
            <source>Changed lines</source>
            <translation>Geänderte Zeilen</translation>
        </message>
        <message>
            <source>%1  +%2 −%3</source>
            <translation>%1  +%2 −%3</translation>
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
        <name>shipdeck::KubeSecretEntryModel</name>
        <message>
            <source>(not valid base64)</source>
            <translation>(kein gültiges Base64)</translation>
        </message>
        <message>
            <source>Revealed; masked again in a few seconds</source>
            <translation>Aufgedeckt; in wenigen Sekunden wieder maskiert</translation>
        </message>
        <message>
            <source>Base64 in the file, shown decoded; reveal to read it (recorded in the audit log)</source>
            <translation>Base64 in der Datei, dekodiert angezeigt; aufdecken, um es zu lesen (im Audit-Log festgehalten)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeSecretFileModel</name>
        <message>
            <source>unreadable</source>
            <translation>unlesbar</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Werte</translation>
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
        <name>shipdeck::MeasurementModel</name>
        <message>
            <source>background</source>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <source>pre-promotion</source>
            <translation>vor der Freigabe</translation>
        </message>
        <message>
            <source>post-promotion</source>
            <translation>nach der Freigabe</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>Validierung</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 › %2</source>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Stichproben</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellwert</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
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
        <name>shipdeck::NewDeploymentDialog</name>
        <message>
            <source>New Deployment</source>
            <translation>Neues Deployment</translation>
        </message>
        <message>
            <source>New deployment</source>
            <translation>Neues Deployment</translation>
        </message>
        <message>
            <source>component default</source>
            <translation>Vorgabe der Komponente</translation>
        </message>
        <message>
            <source>&amp;Component:</source>
            <translation>&amp;Komponente:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Umgebung:</translation>
        </message>
        <message>
            <source>&amp;Steps:</source>
            <translation>&amp;Schritte:</translation>
        </message>
        <message>
            <source>&amp;Instances:</source>
            <translation>&amp;Instanzen:</translation>
        </message>
        <message>
            <source>&amp;Open a Deployment File…</source>
            <translation>Deployment-Datei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>The form writes the file on the right; edit the file directly for anything else (analysis templates, webhooks, rollback settings).</source>
            <translation>Das Formular schreibt die Datei rechts; alles andere (Analysevorlagen, Webhooks, Rollback-Einstellungen) direkt in der Datei bearbeiten.</translation>
        </message>
        <message>
            <source>Deployment file</source>
            <translation>Deployment-Datei</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Why this deployment? Recorded with your name (%1)</source>
            <translation>Warum dieses Deployment? Wird mit Ihrem Namen (%1) festgehalten</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Begründung (erforderlich):</translation>
        </message>
        <message>
            <source>&amp;Deploy</source>
            <translation>&amp;Ausrollen</translation>
        </message>
        <message>
            <source>Open a Deployment File</source>
            <translation>Deployment-Datei öffnen</translation>
        </message>
        <message>
            <source>Deployment files (*.yaml *.yml);;All files (*)</source>
            <translation>Deployment-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Valid: %1 of %2 in %3.</source>
            <translation>Gültig: %1 von %2 in %3.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) — deploying is possible once the file is valid.</source>
            <translation>
                <numerusform>%n Problem — Ausrollen ist möglich, sobald die Datei gültig ist.</numerusform>
                <numerusform>%n Probleme — Ausrollen ist möglich, sobald die Datei gültig ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problem on this line</source>
            <translation>Problem in dieser Zeile</translation>
        </message>
        <message>
            <source>The file has problems or is being checked.</source>
            <translation>Die Datei hat Probleme oder wird geprüft.</translation>
        </message>
        <message>
            <source>Type a reason first.</source>
            <translation>Zuerst eine Begründung eingeben.</translation>
        </message>
        <message>
            <source>Start the rollout.</source>
            <translation>Den Rollout starten.</translation>
        </message>
        <message>
            <source>Starting the deployment…</source>
            <translation>Das Deployment wird gestartet…</translation>
        </message>
        <message>
            <source>The deployment did not start: %1</source>
            <translation>Das Deployment ist nicht gestartet: %1</translation>
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
        <name>shipdeck::RevisionModel</name>
        <message>
            <source>A rollout of %1 is in progress; abort it or wait for it to end first.</source>
            <translation>Ein Rollout von %1 läuft; erst abbrechen oder sein Ende abwarten.</translation>
        </message>
        <message>
            <source>Revision %1 was never fully promoted (%2); only promoted revisions are rollback targets.</source>
            <translation>Revision %1 wurde nie vollständig freigegeben (%2); nur freigegebene Revisionen sind Rollback-Ziele.</translation>
        </message>
        <message>
            <source>Version %1 serves now (revision %2); there is nothing to roll back.</source>
            <translation>Version %1 läuft jetzt (Revision %2); es gibt nichts zurückzusetzen.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 · serving</source>
            <translation>%1 · aktiv</translation>
        </message>
        <message>
            <source>%1 · rollback to %2</source>
            <translation>%1 · Rollback auf %2</translation>
        </message>
        <message>
            <source>%1 (stopped: %2)</source>
            <translation>%1 (gestoppt: %2)</translation>
        </message>
        <message>
            <source>Revision %1 (%2), rollout %3</source>
            <translation>Revision %1 (%2), Rollout %3</translation>
        </message>
        <message>
            <source>Rev.</source>
            <translation>Rev.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Rollback</source>
            <translation>Rollback</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RevisionPanel</name>
        <message>
            <source>Revisions</source>
            <translation>Revisionen</translation>
        </message>
        <message>
            <source>Changes of the selected revision</source>
            <translation>Änderungen der ausgewählten Revision</translation>
        </message>
        <message>
            <source>Roll back to %1</source>
            <translation>Zurück auf %1</translation>
        </message>
        <message>
            <source>Deploy revision %1 (version %2) again</source>
            <translation>Revision %1 (Version %2) erneut ausrollen</translation>
        </message>
        <message>
            <source>Select a revision to see what changed.</source>
            <translation>Eine Revision auswählen, um die Änderungen zu sehen.</translation>
        </message>
        <message>
            <source>Revision %1: %2</source>
            <translation>Revision %1: %2</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutActionController</name>
        <message>
            <source>&amp;Promote Rollout…</source>
            <translation>Rollout &amp;freigeben…</translation>
        </message>
        <message>
            <source>Promote Rollout &amp;Fully…</source>
            <translation>Rollout &amp;vollständig freigeben…</translation>
        </message>
        <message>
            <source>&amp;Abort Rollout…</source>
            <translation>Rollout &amp;abbrechen…</translation>
        </message>
        <message>
            <source>&amp;Retry Rollout…</source>
            <translation>Rollout &amp;erneut versuchen…</translation>
        </message>
        <message>
            <source>Pa&amp;use Rollout…</source>
            <translation>Rollout an&amp;halten…</translation>
        </message>
        <message>
            <source>Res&amp;ume Rollout…</source>
            <translation>Rollout fort&amp;setzen…</translation>
        </message>
        <message>
            <source>Roll &amp;Back to a Revision…</source>
            <translation>Auf eine Revision &amp;zurücksetzen…</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Rollout</source>
            <translation>Rollout</translation>
        </message>
        <message>
            <source>No earlier fully promoted revision to return to, or a rollout is in progress.</source>
            <translation>Keine frühere vollständig freigegebene Revision, zu der zurückgekehrt werden kann, oder ein Rollout läuft.</translation>
        </message>
        <message>
            <source>Why? e.g. "judge passed, dashboards green" — recorded with your name (%1)</source>
            <translation>Warum? z. B. „Bewertung bestanden, Dashboards grün“ — wird mit Ihrem Namen (%1) festgehalten</translation>
        </message>
        <message>
            <source>There is no earlier fully promoted revision to roll back to.</source>
            <translation>Es gibt keine frühere vollständig freigegebene Revision zum Zurücksetzen.</translation>
        </message>
        <message>
            <source>Why roll back? Recorded with your name (%1)</source>
            <translation>Warum zurücksetzen? Wird mit Ihrem Namen (%1) festgehalten</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>%1: done</source>
            <translation>%1: erledigt</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Roll back to revision %1</source>
            <translation>Zurück auf Revision %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutCharts</name>
        <message>
            <source>Error rate (%)</source>
            <translation>Fehlerrate (%)</translation>
        </message>
        <message>
            <source>Latency p50 (ms)</source>
            <translation>Latenz p50 (ms)</translation>
        </message>
        <message>
            <source>Latency p99 (ms)</source>
            <translation>Latenz p99 (ms)</translation>
        </message>
        <message>
            <source>Requests per second</source>
            <translation>Anfragen pro Sekunde</translation>
        </message>
        <message>
            <source>canary</source>
            <translation>Canary</translation>
        </message>
        <message>
            <source>canary %1</source>
            <translation>Canary %1</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>baseline %1</source>
            <translation>Baseline %1</translation>
        </message>
        <message>
            <source>analysis window</source>
            <translation>Analysezeitraum</translation>
        </message>
        <message>
            <source>analysis threshold</source>
            <translation>Analyse-Schwellenwert</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutDetailViewModel</name>
        <message>
            <source>analysis %1</source>
            <translation>Analyse %1</translation>
        </message>
        <message>
            <source>%1 threshold %2</source>
            <translation>%1 Schwellenwert %2</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutEventModel</name>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Step completed</source>
            <translation>Schritt abgeschlossen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Fortgesetzt</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Aborted</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Zurückgesetzt</translation>
        </message>
        <message>
            <source>Retried</source>
            <translation>Erneut versucht</translation>
        </message>
        <message>
            <source>Full promotion</source>
            <translation>Vollständige Freigabe</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Analysis started</source>
            <translation>Analyse gestartet</translation>
        </message>
        <message>
            <source>Analysis successful</source>
            <translation>Analyse erfolgreich</translation>
        </message>
        <message>
            <source>Analysis failed</source>
            <translation>Analyse fehlgeschlagen</translation>
        </message>
        <message>
            <source>Analysis inconclusive</source>
            <translation>Analyse ohne Ergebnis</translation>
        </message>
        <message>
            <source>Action failed</source>
            <translation>Aktion fehlgeschlagen</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Wiederherstellung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Traffic restored</source>
            <translation>Verkehr wiederhergestellt</translation>
        </message>
        <message>
            <source>Webhook answered</source>
            <translation>Webhook hat geantwortet</translation>
        </message>
        <message>
            <source>engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutListModel</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2 → %3</source>
            <translation>%1 %2 → %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Rollout %1, revision %2, started by %3: %4</source>
            <translation>Rollout %1, Revision %2, gestartet von %3: %4</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Canary weight</source>
            <translation>Canary-Anteil</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Braucht</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>Rev.</source>
            <translation>Rev.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutOverviewSection</name>
        <message>
            <source>Active rollouts — approvals first</source>
            <translation>Aktive Rollouts — Freigaben zuerst</translation>
        </message>
        <message>
            <source>Component health</source>
            <translation>Zustand der Komponenten</translation>
        </message>
        <message>
            <source>Active rollouts</source>
            <translation>Aktive Rollouts</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Verkehr</translation>
        </message>
        <message>
            <source>Delivery performance (DORA) in production</source>
            <translation>Lieferleistung (DORA) in Produktion</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Deployment frequency</source>
            <translation>Deployment-Häufigkeit</translation>
        </message>
        <message>
            <source>Change lead time</source>
            <translation>Durchlaufzeit von Änderungen</translation>
        </message>
        <message>
            <source>Change fail rate</source>
            <translation>Änderungsfehlerrate</translation>
        </message>
        <message>
            <source>Failed deployment recovery time</source>
            <translation>Wiederherstellungszeit nach Fehl-Deployments</translation>
        </message>
        <message>
            <source>Deployments per day</source>
            <translation>Deployments pro Tag</translation>
        </message>
        <message>
            <source>Change fail rate, 7-day window (%)</source>
            <translation>Änderungsfehlerrate, 7-Tage-Fenster (%)</translation>
        </message>
        <message>
            <source>Recent failures</source>
            <translation>Letzte Fehlschläge</translation>
        </message>
        <message>
            <source>%1 %2 · %3 %4</source>
            <translation>%1 %2 · %3 %4</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>gesund</translation>
        </message>
        <message>
            <source>degraded</source>
            <translation>beeinträchtigt</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>läuft nicht</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>No components registered</source>
            <translation>Keine Komponenten registriert</translation>
        </message>
        <message>
            <source>%1 / week</source>
            <translation>%1 / Woche</translation>
        </message>
        <message numerus="yes">
            <source>%n deployment(s) ended · %1</source>
            <translation>
                <numerusform>%n Deployment beendet · %1</numerusform>
                <numerusform>%n Deployments beendet · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <source>median of %n change(s), commit to production</source>
            <translation>
                <numerusform>Median von %n Änderung, Commit bis Produktion</numerusform>
                <numerusform>Median von %n Änderungen, Commit bis Produktion</numerusform>
            </translation>
        </message>
        <message>
            <source>no commit times recorded (change.createdAt)</source>
            <translation>keine Commit-Zeiten erfasst (change.createdAt)</translation>
        </message>
        <message>
            <source>%1 of %2 deployments rolled back, aborted or undone</source>
            <translation>%1 von %2 Deployments zurückgesetzt, abgebrochen oder rückgängig gemacht</translation>
        </message>
        <message numerus="yes">
            <source>median from exposure to the stable version serving again (%n failure(s))</source>
            <translation>
                <numerusform>Median von der Auslieferung bis die stabile Version wieder antwortet (%n Fehlschlag)</numerusform>
                <numerusform>Median von der Auslieferung bis die stabile Version wieder antwortet (%n Fehlschläge)</numerusform>
            </translation>
        </message>
        <message>
            <source>promoted</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>change fail rate</source>
            <translation>Änderungsfehlerrate</translation>
        </message>
        <message>
            <source>15 % (elite and high performers)</source>
            <translation>15 % (Elite- und Hochleister)</translation>
        </message>
        <message>
            <source>No rollout in progress</source>
            <translation>Kein Rollout läuft</translation>
        </message>
        <message>
            <source>No failed rollouts</source>
            <translation>Keine fehlgeschlagenen Rollouts</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutStepModel</name>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>waits for %1</source>
            <translation>wartet auf %1</translation>
        </message>
        <message>
            <source>paused by a person</source>
            <translation>von einer Person angehalten</translation>
        </message>
        <message>
            <source>continues in %1</source>
            <translation>geht weiter in %1</translation>
        </message>
        <message>
            <source>continuing</source>
            <translation>geht weiter</translation>
        </message>
        <message>
            <source>analysis running</source>
            <translation>Analyse läuft</translation>
        </message>
        <message>
            <source>waits for approval</source>
            <translation>wartet auf Freigabe</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Waits on / result</source>
            <translation>Wartet auf / Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutView</name>
        <message>
            <source>All rollouts</source>
            <translation>Alle Rollouts</translation>
        </message>
        <message>
            <source>Back to all rollouts (Esc)</source>
            <translation>Zurück zu allen Rollouts (Esc)</translation>
        </message>
        <message>
            <source>Metrics &amp;&amp; analysis</source>
            <translation>Metriken &amp;&amp; Analyse</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Deployment file</source>
            <translation>Deployment-Datei</translation>
        </message>
        <message>
            <source>Rollout not found</source>
            <translation>Rollout nicht gefunden</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 %2 · %3 · %4 · revision %5</source>
            <translation>%1 %2 · %3 · %4 · Revision %5</translation>
        </message>
        <message>
            <source>Rolled back automatically by %1: %2</source>
            <translation>Automatisch zurückgesetzt durch %1: %2</translation>
        </message>
        <message>
            <source>the engine</source>
            <translation>die Engine</translation>
        </message>
        <message>
            <source>Aborted by %1: %2</source>
            <translation>Abgebrochen von %1: %2</translation>
        </message>
        <message>
            <source>Needs %1</source>
            <translation>Braucht %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Step %1: %2 — %3</source>
            <translation>Schritt %1: %2 — %3</translation>
        </message>
        <message>
            <source>stable %1</source>
            <translation>stabil %1</translation>
        </message>
        <message>
            <source>canary %1</source>
            <translation>Canary %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutsPage</name>
        <message>
            <source>Requires &amp;attention</source>
            <translation>Braucht &amp;Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Rollouts</source>
            <translation>Rollouts</translation>
        </message>
        <message>
            <source>Filter by component, version, phase or reason…</source>
            <translation>Nach Komponente, Version, Phase oder Grund filtern…</translation>
        </message>
        <message>
            <source>Filter rollouts</source>
            <translation>Rollouts filtern</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>All environments</source>
            <translation>Alle Umgebungen</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <source>&amp;New Deployment…</source>
            <translation>&amp;Neues Deployment…</translation>
        </message>
        <message>
            <source>Back to All Rollouts</source>
            <translation>Zurück zu allen Rollouts</translation>
        </message>
        <message>
            <source>Open the Next Rollout That Needs Attention</source>
            <translation>Nächsten Rollout öffnen, der Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>Show Only Rollouts That Need Attention</source>
            <translation>Nur Rollouts zeigen, die Aufmerksamkeit brauchen</translation>
        </message>
        <message>
            <source>Find Rollouts…</source>
            <translation>Rollouts suchen…</translation>
        </message>
        <message>
            <source>Refresh Rollouts</source>
            <translation>Rollouts aktualisieren</translation>
        </message>
        <message>
            <source>Start the Demo Storefront With Traffic</source>
            <translation>Demo-Storefront mit Verkehr starten</translation>
        </message>
        <message>
            <source>No rollout needs attention.</source>
            <translation>Kein Rollout braucht Aufmerksamkeit.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>No rollouts yet — start one with New Deployment (Ctrl+N).</source>
            <translation>Noch keine Rollouts — einen mit Neues Deployment (Strg+N) starten.</translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n braucht Aufmerksamkeit</numerusform>
                <numerusform>%n brauchen Aufmerksamkeit</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval waiting: %1 %2</source>
            <translation>Freigabe wartet: %1 %2</translation>
        </message>
        <message>
            <source>%1 %2 needs a decision</source>
            <translation>%1 %2 braucht eine Entscheidung</translation>
        </message>
        <message>
            <source>%1 in %2: needs %3</source>
            <translation>%1 in %2: braucht %3</translation>
        </message>
        <message>
            <source>Rolled back: %1</source>
            <translation>Zurückgesetzt: %1</translation>
        </message>
        <message>
            <source>Aborted: %1</source>
            <translation>Abgebrochen: %1</translation>
        </message>
        <message>
            <source>%1 serves %2 again. Reason: %3</source>
            <translation>%1 liefert wieder %2 aus. Grund: %3</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SecretValueDialog</name>
        <message>
            <source>Show while typing</source>
            <translation>Beim Tippen anzeigen</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Neuer Wert</translation>
        </message>
        <message>
            <source>The SOPS value type</source>
            <translation>Der SOPS-Werttyp</translation>
        </message>
        <message>
            <source>Generate a random value (32 characters) instead</source>
            <translation>Stattdessen einen Zufallswert (32 Zeichen) erzeugen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>A random value is generated; reveal or copy it afterwards to use it.</source>
            <translation>Ein Zufallswert wird erzeugt; decke ihn danach auf oder kopiere ihn, um ihn zu verwenden.</translation>
        </message>
        <message>
            <source>The value is encrypted before it is written; it is never logged.</source>
            <translation>Der Wert wird vor dem Schreiben verschlüsselt; er wird nie protokolliert.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SecretsActions</name>
        <message>
            <source>Unlock Vault…</source>
            <translation>Tresor entsperren…</translation>
        </message>
        <message>
            <source>Lock Vault</source>
            <translation>Tresor sperren</translation>
        </message>
        <message>
            <source>Reveal Vault Value…</source>
            <translation>Tresorwert aufdecken…</translation>
        </message>
        <message>
            <source>Copy Vault Value</source>
            <translation>Tresorwert kopieren</translation>
        </message>
        <message>
            <source>Rotate Vault Value…</source>
            <translation>Tresorwert rotieren…</translation>
        </message>
        <message>
            <source>Reveal SOPS Value…</source>
            <translation>SOPS-Wert aufdecken…</translation>
        </message>
        <message>
            <source>Edit SOPS Value…</source>
            <translation>SOPS-Wert bearbeiten…</translation>
        </message>
        <message>
            <source>SOPS Recipients…</source>
            <translation>SOPS-Empfänger…</translation>
        </message>
        <message>
            <source>Rotate SOPS Data Key…</source>
            <translation>SOPS-Datenschlüssel rotieren…</translation>
        </message>
        <message>
            <source>Reveal Kubernetes Secret Value…</source>
            <translation>Kubernetes-Secret-Wert aufdecken…</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>Mask All Revealed Secrets</source>
            <translation>Alle aufgedeckten Secrets maskieren</translation>
        </message>
        <message>
            <source>Every revealed value is masked again.</source>
            <translation>Jeder aufgedeckte Wert ist wieder maskiert.</translation>
        </message>
        <message>
            <source>Show Secrets Audit Report</source>
            <translation>Secrets-Prüfbericht anzeigen</translation>
        </message>
        <message>
            <source>Reload Secrets</source>
            <translation>Secrets neu laden</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Entsperren…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Reveal…</source>
            <translation>Aufdecken…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Rotate…</source>
            <translation>Rotieren…</translation>
        </message>
        <message>
            <source>Edit Value…</source>
            <translation>Wert bearbeiten…</translation>
        </message>
        <message>
            <source>Recipients…</source>
            <translation>Empfänger…</translation>
        </message>
        <message>
            <source>Rotate Data Key…</source>
            <translation>Datenschlüssel rotieren…</translation>
        </message>
        <message>
            <source>Reveal %1?</source>
            <translation>%1 aufdecken?</translation>
        </message>
        <message>
            <source>The value is shown on this page for %1 seconds, then masked again. The reveal is recorded in the audit log with your name and the reason below.</source>
            <translation>Der Wert wird auf dieser Seite %1 Sekunden lang angezeigt und dann wieder maskiert. Das Aufdecken wird mit deinem Namen und dem Grund unten im Audit-Log festgehalten.</translation>
        </message>
        <message>
            <source>Secret: %1</source>
            <translation>Secret: %1</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Aufdecken</translation>
        </message>
        <message>
            <source>Why (optional, recorded): incident number, ticket…</source>
            <translation>Warum (optional, wird festgehalten): Incident-Nummer, Ticket…</translation>
        </message>
        <message>
            <source>The vault is unlocked.</source>
            <translation>Der Tresor ist entsperrt.</translation>
        </message>
        <message>
            <source>The vault is locked; revealed values are masked again.</source>
            <translation>Der Tresor ist gesperrt; aufgedeckte Werte sind wieder maskiert.</translation>
        </message>
        <message>
            <source>%1 is shown for %2 seconds.</source>
            <translation>%1 wird %2 Sekunden lang angezeigt.</translation>
        </message>
        <message>
            <source>Rotate %1?</source>
            <translation>%1 rotieren?</translation>
        </message>
        <message>
            <source>The vault stores the new value as the next version of %1 and records the rotation. Services that read the old value keep it until they are given the new one.</source>
            <translation>Der Tresor speichert den neuen Wert als nächste Version von %1 und hält die Rotation fest. Dienste, die den alten Wert lesen, behalten ihn, bis sie den neuen bekommen.</translation>
        </message>
        <message>
            <source>Item: %1</source>
            <translation>Eintrag: %1</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Rotieren</translation>
        </message>
        <message>
            <source>%1 rotated (version %2).</source>
            <translation>%1 rotiert (Version %2).</translation>
        </message>
        <message>
            <source>Change %1?</source>
            <translation>%1 ändern?</translation>
        </message>
        <message>
            <source>The new value is encrypted with the file's data key and %1 is rewritten; the other values and the recipients stay as they are.</source>
            <translation>Der neue Wert wird mit dem Datenschlüssel der Datei verschlüsselt und %1 neu geschrieben; die anderen Werte und die Empfänger bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>%1 is stored in cleartext in %2 (it does not match the file's encrypted keys).</source>
            <translation>%1 wird im Klartext in %2 gespeichert (er passt nicht zu den verschlüsselten Schlüsseln der Datei).</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Datei: %1</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Schlüssel: %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>%1 saved in %2.</source>
            <translation>%1 in %2 gespeichert.</translation>
        </message>
        <message>
            <source>Recipients of %1</source>
            <translation>Empfänger von %1</translation>
        </message>
        <message>
            <source>One age recipient (age1…) per line. Everyone listed can decrypt the file.</source>
            <translation>Ein age-Empfänger (age1…) je Zeile. Jeder Aufgeführte kann die Datei entschlüsseln.</translation>
        </message>
        <message>
            <source>Add: %1</source>
            <translation>Hinzufügen: %1</translation>
        </message>
        <message>
            <source>Remove: %1</source>
            <translation>Entfernen: %1</translation>
        </message>
        <message>
            <source>The recipients of %1 are unchanged.</source>
            <translation>Die Empfänger von %1 sind unverändert.</translation>
        </message>
        <message>
            <source>Change the recipients of %1?</source>
            <translation>Empfänger von %1 ändern?</translation>
        </message>
        <message numerus="yes">
            <source>The file's data key is encrypted again for exactly these %n recipient(s); removed ones can no longer decrypt new versions (they keep what they already have — rotate the data key and the values for that).</source>
            <translation>
                <numerusform>Der Datenschlüssel der Datei wird für genau diesen %n Empfänger neu verschlüsselt; entfernte können neue Versionen nicht mehr entschlüsseln (was sie schon haben, behalten sie – rotiere dafür den Datenschlüssel und die Werte).</numerusform>
                <numerusform>Der Datenschlüssel der Datei wird für genau diese %n Empfänger neu verschlüsselt; entfernte können neue Versionen nicht mehr entschlüsseln (was sie schon haben, behalten sie – rotiere dafür den Datenschlüssel und die Werte).</numerusform>
            </translation>
        </message>
        <message>
            <source>Update Recipients</source>
            <translation>Empfänger aktualisieren</translation>
        </message>
        <message>
            <source>The recipients of %1 are updated.</source>
            <translation>Die Empfänger von %1 sind aktualisiert.</translation>
        </message>
        <message>
            <source>Rotate the data key of %1?</source>
            <translation>Datenschlüssel von %1 rotieren?</translation>
        </message>
        <message numerus="yes">
            <source>Every value of the file is decrypted and encrypted again with a new data key, which is encrypted for the same %n recipient(s). The values themselves do not change.</source>
            <translation>
                <numerusform>Jeder Wert der Datei wird entschlüsselt und mit einem neuen Datenschlüssel neu verschlüsselt, der für denselben %n Empfänger verschlüsselt wird. Die Werte selbst ändern sich nicht.</numerusform>
                <numerusform>Jeder Wert der Datei wird entschlüsselt und mit einem neuen Datenschlüssel neu verschlüsselt, der für dieselben %n Empfänger verschlüsselt wird. Die Werte selbst ändern sich nicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recipient: %1</source>
            <translation>Empfänger: %1</translation>
        </message>
        <message>
            <source>Rotate Data Key</source>
            <translation>Datenschlüssel rotieren</translation>
        </message>
        <message>
            <source>The data key of %1 is rotated.</source>
            <translation>Der Datenschlüssel von %1 ist rotiert.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SecretsPage</name>
        <message>
            <source>Vault</source>
            <translation>Tresor</translation>
        </message>
        <message>
            <source>Audit Report</source>
            <translation>Prüfbericht</translation>
        </message>
        <message>
            <source>SOPS Files</source>
            <translation>SOPS-Dateien</translation>
        </message>
        <message>
            <source>Kubernetes Secrets</source>
            <translation>Kubernetes-Secrets</translation>
        </message>
        <message numerus="yes">
            <source>Copied %1. The clipboard is cleared in %n second(s).</source>
            <translation>
                <numerusform>%1 kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
                <numerusform>%1 kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cleared %1 from the clipboard.</source>
            <translation>%1 aus der Zwischenablage entfernt.</translation>
        </message>
        <message>
            <source>%1 · %2 · recipients: %3</source>
            <translation>%1 · %2 · Empfänger: %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>%1 · base64 is an encoding, not encryption: anyone who can read this file can read these values.</source>
            <translation>%1 · Base64 ist eine Kodierung, keine Verschlüsselung: wer diese Datei lesen kann, kann diese Werte lesen.</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>Choose a file on the left.</source>
            <translation>Wähle links eine Datei.</translation>
        </message>
        <message>
            <source>Kubernetes Secret manifests of the workspace, decoded and masked. Choose a file on the left.</source>
            <translation>Kubernetes-Secret-Manifeste des Arbeitsbereichs, dekodiert und maskiert. Wähle links eine Datei.</translation>
        </message>
        <message>
            <source>No workspace is open</source>
            <translation>Kein Arbeitsbereich ist geöffnet</translation>
        </message>
        <message>
            <source>No vault in this workspace yet</source>
            <translation>Noch kein Tresor in diesem Arbeitsbereich</translation>
        </message>
        <message numerus="yes">
            <source>Vault unlocked · locks itself after %n minute(s) without use</source>
            <translation>
                <numerusform>Tresor entsperrt · sperrt sich nach %n Minute ohne Nutzung</numerusform>
                <numerusform>Tresor entsperrt · sperrt sich nach %n Minuten ohne Nutzung</numerusform>
            </translation>
        </message>
        <message>
            <source>Vault unlocked</source>
            <translation>Tresor entsperrt</translation>
        </message>
        <message>
            <source>Vault locked</source>
            <translation>Tresor gesperrt</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it with its passphrase to see its items.</source>
            <translation>Der Tresor ist gesperrt. Entsperre ihn mit seiner Passphrase, um seine Einträge zu sehen.</translation>
        </message>
        <message>
            <source>This workspace has no vault yet.</source>
            <translation>Dieser Arbeitsbereich hat noch keinen Tresor.</translation>
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation>Nichts erfordert Aufmerksamkeit.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s) need action now</source>
            <translation>
                <numerusform>%n Befund erfordert sofortiges Handeln</numerusform>
                <numerusform>%n Befunde erfordern sofortiges Handeln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s) in all</source>
            <translation>
                <numerusform>%n Befund insgesamt</numerusform>
                <numerusform>%n Befunde insgesamt</numerusform>
            </translation>
        </message>
        <message>
            <source>Audit Report (%1)</source>
            <translation>Prüfbericht (%1)</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SopsEntryModel</name>
        <message>
            <source>Revealed; masked again in a few seconds</source>
            <translation>Aufgedeckt; in wenigen Sekunden wieder maskiert</translation>
        </message>
        <message>
            <source>Encrypted; reveal to read it (recorded in the audit log)</source>
            <translation>Verschlüsselt; aufdecken, um es zu lesen (im Audit-Log festgehalten)</translation>
        </message>
        <message>
            <source>Not encrypted (unencrypted suffix or regex of the file)</source>
            <translation>Nicht verschlüsselt (Suffix oder regulärer Ausdruck der Datei für Unverschlüsseltes)</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SopsFileModel</name>
        <message>
            <source>unreadable</source>
            <translation>unlesbar</translation>
        </message>
        <message>
            <source>%1 of %2 encrypted</source>
            <translation>%1 von %2 verschlüsselt</translation>
        </message>
        <message>
            <source>%1 (not age: kept as it is)</source>
            <translation>%1 (nicht age: bleibt, wie es ist)</translation>
        </message>
        <message>
            <source>SOPS %1, %2</source>
            <translation>SOPS %1, %2</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>Last modified</source>
            <translation>Zuletzt geändert</translation>
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
        <name>shipdeck::UnlockVaultDialog</name>
        <message>
            <source>Unlock the Vault</source>
            <translation>Tresor entsperren</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Tresor entsperren</translation>
        </message>
        <message numerus="yes">
            <source>Enter the vault passphrase. It derives the vault key (scrypt) and is not stored; the vault locks itself again after %n minute(s) without use.</source>
            <translation>
                <numerusform>Gib die Passphrase des Tresors ein. Aus ihr wird der Tresorschlüssel abgeleitet (scrypt); sie wird nicht gespeichert. Der Tresor sperrt sich nach %n Minute ohne Nutzung wieder.</numerusform>
                <numerusform>Gib die Passphrase des Tresors ein. Aus ihr wird der Tresorschlüssel abgeleitet (scrypt); sie wird nicht gespeichert. Der Tresor sperrt sich nach %n Minuten ohne Nutzung wieder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Vault passphrase</source>
            <translation>Tresor-Passphrase</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Use the Keychain</source>
            <translation>Schlüsselbund verwenden</translation>
        </message>
        <message>
            <source>Deriving the key…</source>
            <translation>Schlüssel wird abgeleitet…</translation>
        </message>
        <message>
            <source>Wrong passphrase. Try again.</source>
            <translation>Falsche Passphrase. Versuche es erneut.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::VaultAuditModel</name>
        <message>
            <source>act now</source>
            <translation>sofort handeln</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Found by comparing keyed hashes of the values, never the values themselves</source>
            <translation>Gefunden durch Vergleich verschlüsselter Hashes der Werte, nie der Werte selbst</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::VaultItemModel</name>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Revealed; masked again in a few seconds</source>
            <translation>Aufgedeckt; in wenigen Sekunden wieder maskiert</translation>
        </message>
        <message>
            <source>Masked; reveal to read it (recorded in the audit log)</source>
            <translation>Maskiert; aufdecken, um es zu lesen (im Audit-Log festgehalten)</translation>
        </message>
        <message>
            <source>Nothing needs attention</source>
            <translation>Nichts erfordert Aufmerksamkeit</translation>
        </message>
        <message numerus="yes">
            <source>Rotate every %n day(s); version %1</source>
            <translation>
                <numerusform>Rotation nach %n Tag; Version %1</numerusform>
                <numerusform>Rotation nach %n Tagen; Version %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No rotation policy; version %1</source>
            <translation>Keine Rotationsregel; Version %1</translation>
        </message>
        <message numerus="yes">
            <source>Revealed or copied %n time(s)</source>
            <translation>
                <numerusform>%n-mal aufgedeckt oder kopiert</numerusform>
                <numerusform>%n-mal aufgedeckt oder kopiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Besitzer</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Rotated</source>
            <translation>Rotiert</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt benutzt</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::VersionScaleRow</name>
        <message>
            <source>Apply…</source>
            <translation>Anwenden…</translation>
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
