<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ConfigValues</name>
        <message>
            <source>No value. Type one, or choose “Text” to set an empty string.</source>
            <translation>No value. Type one, or choose “Text” to set an empty string.</translation>
        </message>
        <message>
            <source>Not valid JSON (%1 at character %2). Fix it, or choose “Text” to store it as a string.</source>
            <translation>Not valid JSON (%1 at character %2). Fix it, or choose “Text” to store it as a string.</translation>
        </message>
        <message>
            <source>more than one value</source>
            <translation>more than one value</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(absent)</translation>
        </message>
    </context>
    <context>
        <name>DeploymentDraft</name>
        <message>
            <source>Canary: 10 % → pause → 50 % → analysis → 100 %</source>
            <translation>Canary: 10 % → pause → 50 % → analysis → 100 %</translation>
        </message>
        <message>
            <source>Canary: 10 % → judge vs baseline → approval → 50 % → analysis → 100 %</source>
            <translation>Canary: 10 % → judge vs baseline → approval → 50 % → analysis → 100 %</translation>
        </message>
        <message>
            <source>Canary: 10 % → 1 min → 50 % → 1 min → 100 %</source>
            <translation>Canary: 10 % → 1 min → 50 % → 1 min → 100 %</translation>
        </message>
        <message>
            <source>Canary: +20 % every 30 s</source>
            <translation>Canary: +20 % every 30 s</translation>
        </message>
        <message>
            <source>Blue-green: preview, promote by hand, switch</source>
            <translation>Blue-green: preview, promote by hand, switch</translation>
        </message>
        <message>
            <source>Rolling: one instance at a time</source>
            <translation>Rolling: one instance at a time</translation>
        </message>
        <message>
            <source>Recreate: stop the old version, start the new one</source>
            <translation>Recreate: stop the old version, start the new one</translation>
        </message>
        <message>
            <source>a component</source>
            <translation>a component</translation>
        </message>
        <message>
            <source>a version</source>
            <translation>a version</translation>
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
            <translation>Age</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Restarts</source>
            <translation>Restarts</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Node</translation>
        </message>
        <message>
            <source>IP</source>
            <translation>IP</translation>
        </message>
        <message>
            <source>Host IP</source>
            <translation>Host IP</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Containers</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Up-to-date</source>
            <translation>Up-to-date</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>Replicas</source>
            <translation>Replicas</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Selector</source>
            <translation>Selector</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Desired</source>
            <translation>Desired</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>Completions</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Suspend</source>
            <translation>Suspend</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Last schedule</source>
            <translation>Last schedule</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Cluster-IP</source>
            <translation>Cluster-IP</translation>
        </message>
        <message>
            <source>External-IP</source>
            <translation>External-IP</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Hosts</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Canary</source>
            <translation>Canary</translation>
        </message>
        <message>
            <source>Hostnames</source>
            <translation>Hostnames</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Parents</translation>
        </message>
        <message>
            <source>Backends</source>
            <translation>Backends</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Internal-IP</source>
            <translation>Internal-IP</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>Renewed</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Set weight</source>
            <translation>Set weight</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
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
            <translation>Nodes</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
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
            <translation>Invalid regular expression at character %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RevisionDiff</name>
        <message>
            <source>revision %1</source>
            <translation>revision %1</translation>
        </message>
        <message numerus="yes">
            <source>first revision: version %1, %2, %n instance(s)</source>
            <translation>
                <numerusform>first revision: version %1, %2, %n instance</numerusform>
                <numerusform>first revision: version %1, %2, %n instances</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1 → %2</source>
            <translation>version %1 → %2</translation>
        </message>
        <message>
            <source>strategy %1 → %2</source>
            <translation>strategy %1 → %2</translation>
        </message>
        <message>
            <source>instances %1 → %2</source>
            <translation>instances %1 → %2</translation>
        </message>
        <message>
            <source>provider %1 → %2</source>
            <translation>provider %1 → %2</translation>
        </message>
        <message>
            <source>steps: %1 → %2</source>
            <translation>steps: %1 → %2</translation>
        </message>
        <message>
            <source>returns to revision %1</source>
            <translation>returns to revision %1</translation>
        </message>
        <message>
            <source>deployment file changed (%1 lines added, %2 removed)</source>
            <translation>deployment file changed (%1 lines added, %2 removed)</translation>
        </message>
        <message>
            <source>nothing changed: the same file was deployed again</source>
            <translation>nothing changed: the same file was deployed again</translation>
        </message>
    </context>
    <context>
        <name>RolloutActionRules</name>
        <message>
            <source>No rollout selected.</source>
            <translation>No rollout selected.</translation>
        </message>
        <message>
            <source>The rollout was %1; retry it first, or roll back to an earlier revision.</source>
            <translation>The rollout was %1; retry it first, or roll back to an earlier revision.</translation>
        </message>
        <message>
            <source>Version %1 is already fully promoted.</source>
            <translation>Version %1 is already fully promoted.</translation>
        </message>
        <message>
            <source>Version %1 is still being deployed; wait for it or abort.</source>
            <translation>Version %1 is still being deployed; wait for it or abort.</translation>
        </message>
        <message>
            <source>Only %1 may approve this step, not %2.</source>
            <translation>Only %1 may approve this step, not %2.</translation>
        </message>
        <message>
            <source>Nothing to abort: the rollout was already %1.</source>
            <translation>Nothing to abort: the rollout was already %1.</translation>
        </message>
        <message>
            <source>Nothing to abort: version %1 is fully promoted; roll back to an earlier revision instead.</source>
            <translation>Nothing to abort: version %1 is fully promoted; roll back to an earlier revision instead.</translation>
        </message>
        <message>
            <source>Only an aborted or rolled back rollout can be retried.</source>
            <translation>Only an aborted or rolled back rollout can be retried.</translation>
        </message>
        <message>
            <source>The rollout has ended.</source>
            <translation>The rollout has ended.</translation>
        </message>
        <message>
            <source>Already paused by a person.</source>
            <translation>Already paused by a person.</translation>
        </message>
        <message>
            <source>Not paused by a person; it waits for %1 — use Promote.</source>
            <translation>Not paused by a person; it waits for %1 — use Promote.</translation>
        </message>
        <message>
            <source>Not paused.</source>
            <translation>Not paused.</translation>
        </message>
        <message>
            <source>The rollout was %1.</source>
            <translation>The rollout was %1.</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>Promote</translation>
        </message>
        <message>
            <source>Promote Full</source>
            <translation>Promote Full</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Restart</translation>
        </message>
        <message>
            <source>nothing (first deployment)</source>
            <translation>nothing (first deployment)</translation>
        </message>
        <message>
            <source>Environment: %1 · revision %2 · rollout %3</source>
            <translation>Environment: %1 · revision %2 · rollout %3</translation>
        </message>
        <message>
            <source>Now: canary %1 receives %2, stable %3 receives %4</source>
            <translation>Now: canary %1 receives %2, stable %3 receives %4</translation>
        </message>
        <message>
            <source>Recorded in the audit log as %1, with your reason</source>
            <translation>Recorded in the audit log as %1, with your reason</translation>
        </message>
        <message>
            <source>Approve %1 %2?</source>
            <translation>Approve %1 %2?</translation>
        </message>
        <message>
            <source>Promote %1 %2?</source>
            <translation>Promote %1 %2?</translation>
        </message>
        <message>
            <source>Approves step %1 of %2 (%3) in %4; the rollout continues with the next step.</source>
            <translation>Approves step %1 of %2 (%3) in %4; the rollout continues with the next step.</translation>
        </message>
        <message>
            <source>Completes step %1 of %2 (%3) in %4 now; the rollout continues with the next step.</source>
            <translation>Completes step %1 of %2 (%3) in %4 now; the rollout continues with the next step.</translation>
        </message>
        <message>
            <source>Next: canary %1 moves towards %2 of the traffic (stable %3 keeps %4)</source>
            <translation>Next: canary %1 moves towards %2 of the traffic (stable %3 keeps %4)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Promote %1 %2 fully?</source>
            <translation>Promote %1 %2 fully?</translation>
        </message>
        <message>
            <source>Skips all remaining steps, pauses and analysis: %1 takes 100 % of the traffic in %2 at once.</source>
            <translation>Skips all remaining steps, pauses and analysis: %1 takes 100 % of the traffic in %2 at once.</translation>
        </message>
        <message>
            <source>Then: canary %1 receives 100 %; stable %2 is stopped after its scale-down delay</source>
            <translation>Then: canary %1 receives 100 %; stable %2 is stopped after its scale-down delay</translation>
        </message>
        <message>
            <source>Abort the rollout of %1 %2?</source>
            <translation>Abort the rollout of %1 %2?</translation>
        </message>
        <message>
            <source>Stops the rollout in %1 and returns all traffic to %2; the instances of %3 are stopped.</source>
            <translation>Stops the rollout in %1 and returns all traffic to %2; the instances of %3 are stopped.</translation>
        </message>
        <message>
            <source>Then: stable %1 receives 100 %, canary %2 0 %</source>
            <translation>Then: stable %1 receives 100 %, canary %2 0 %</translation>
        </message>
        <message>
            <source>Abort Rollout</source>
            <translation>Abort Rollout</translation>
        </message>
        <message>
            <source>Retry the rollout of %1 %2?</source>
            <translation>Retry the rollout of %1 %2?</translation>
        </message>
        <message>
            <source>Starts the rollout of %1 in %2 again from step 1 of %3, with its analysis.</source>
            <translation>Starts the rollout of %1 in %2 again from step 1 of %3, with its analysis.</translation>
        </message>
        <message>
            <source>Now: stable %1 receives 100 %</source>
            <translation>Now: stable %1 receives 100 %</translation>
        </message>
        <message>
            <source>Then: canary %1 is deployed again and receives traffic step by step</source>
            <translation>Then: canary %1 is deployed again and receives traffic step by step</translation>
        </message>
        <message>
            <source>Pause the rollout of %1 %2?</source>
            <translation>Pause the rollout of %1 %2?</translation>
        </message>
        <message>
            <source>Holds the rollout at step %1 of %2 in %3 until someone resumes it; traffic stays as it is.</source>
            <translation>Holds the rollout at step %1 of %2 in %3 until someone resumes it; traffic stays as it is.</translation>
        </message>
        <message>
            <source>Resume the rollout of %1 %2?</source>
            <translation>Resume the rollout of %1 %2?</translation>
        </message>
        <message>
            <source>Continues the rollout at step %1 of %2 (%3) in %4.</source>
            <translation>Continues the rollout at step %1 of %2 (%3) in %4.</translation>
        </message>
        <message>
            <source>Restart the instances of %1?</source>
            <translation>Restart the instances of %1?</translation>
        </message>
        <message>
            <source>Restarts the instances one by one in %1; traffic keeps its split.</source>
            <translation>Restarts the instances one by one in %1; traffic keeps its split.</translation>
        </message>
        <message>
            <source>Roll %1 back to revision %2?</source>
            <translation>Roll %1 back to revision %2?</translation>
        </message>
        <message>
            <source>Deploys the file of revision %1 again as a new revision: version %2 replaces %3 in %4.</source>
            <translation>Deploys the file of revision %1 again as a new revision: version %2 replaces %3 in %4.</translation>
        </message>
        <message>
            <source>the current version</source>
            <translation>the current version</translation>
        </message>
        <message>
            <source>Now: %1 receives 100 % of the traffic</source>
            <translation>Now: %1 receives 100 % of the traffic</translation>
        </message>
        <message>
            <source>Then: %1 receives 100 %; within the rollback window steps and analysis are skipped</source>
            <translation>Then: %1 receives 100 %; within the rollback window steps and analysis are skipped</translation>
        </message>
        <message>
            <source>Environment: %1</source>
            <translation>Environment: %1</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Roll Back</translation>
        </message>
    </context>
    <context>
        <name>RolloutText</name>
        <message>
            <source>Progressing</source>
            <translation>Progressing</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Degraded</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Healthy</translation>
        </message>
        <message>
            <source>Aborted</source>
            <translation>Aborted</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Rolled back</translation>
        </message>
        <message>
            <source>pause step</source>
            <translation>pause step</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>waiting for approval</translation>
        </message>
        <message>
            <source>waiting for promotion before the switch</source>
            <translation>waiting for promotion before the switch</translation>
        </message>
        <message>
            <source>analysis inconclusive</source>
            <translation>analysis inconclusive</translation>
        </message>
        <message>
            <source>paused by a person</source>
            <translation>paused by a person</translation>
        </message>
        <message>
            <source>waiting for the confirm-rollout webhook</source>
            <translation>waiting for the confirm-rollout webhook</translation>
        </message>
        <message>
            <source>waiting for the confirm-traffic-increase webhook</source>
            <translation>waiting for the confirm-traffic-increase webhook</translation>
        </message>
        <message>
            <source>waiting for the confirm-promotion webhook</source>
            <translation>waiting for the confirm-promotion webhook</translation>
        </message>
        <message>
            <source>progress deadline passed</source>
            <translation>progress deadline passed</translation>
        </message>
        <message>
            <source>interrupted while driven by a stopped process</source>
            <translation>interrupted while driven by a stopped process</translation>
        </message>
        <message>
            <source>Canary</source>
            <translation>Canary</translation>
        </message>
        <message>
            <source>Blue-green</source>
            <translation>Blue-green</translation>
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
            <translation>production</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>staging</translation>
        </message>
        <message>
            <source>development</source>
            <translation>development</translation>
        </message>
        <message>
            <source>%1 % traffic</source>
            <translation>%1 % traffic</translation>
        </message>
        <message>
            <source>wait for promotion</source>
            <translation>wait for promotion</translation>
        </message>
        <message>
            <source>pause until promoted</source>
            <translation>pause until promoted</translation>
        </message>
        <message>
            <source>auto-promote after %1</source>
            <translation>auto-promote after %1</translation>
        </message>
        <message>
            <source>pause %1</source>
            <translation>pause %1</translation>
        </message>
        <message>
            <source>pre-promotion analysis</source>
            <translation>pre-promotion analysis</translation>
        </message>
        <message>
            <source>post-promotion analysis</source>
            <translation>post-promotion analysis</translation>
        </message>
        <message>
            <source>validation analysis</source>
            <translation>validation analysis</translation>
        </message>
        <message>
            <source>analysis</source>
            <translation>analysis</translation>
        </message>
        <message>
            <source>analysis %1</source>
            <translation>analysis %1</translation>
        </message>
        <message numerus="yes">
            <source>approval (%n people)</source>
            <translation>
                <numerusform>approval (%n person)</numerusform>
                <numerusform>approval (%n people)</numerusform>
            </translation>
        </message>
        <message>
            <source>approval</source>
            <translation>approval</translation>
        </message>
        <message>
            <source>deploy preview ×%1</source>
            <translation>deploy preview ×%1</translation>
        </message>
        <message>
            <source>deploy ×%1</source>
            <translation>deploy ×%1</translation>
        </message>
        <message>
            <source>scale to %1 %</source>
            <translation>scale to %1 %</translation>
        </message>
        <message>
            <source>switch traffic</source>
            <translation>switch traffic</translation>
        </message>
        <message>
            <source>stop old version</source>
            <translation>stop old version</translation>
        </message>
        <message>
            <source>promote</source>
            <translation>promote</translation>
        </message>
        <message numerus="yes">
            <source>all %n step(s) done</source>
            <translation>
                <numerusform>all %n step done</numerusform>
                <numerusform>all %n steps done</numerusform>
            </translation>
        </message>
        <message>
            <source>finishing</source>
            <translation>finishing</translation>
        </message>
        <message>
            <source>%1 of %2 · %3</source>
            <translation>%1 of %2 · %3</translation>
        </message>
        <message>
            <source>a person: degraded, promote or abort</source>
            <translation>a person: degraded, promote or abort</translation>
        </message>
        <message>
            <source>resume by a person</source>
            <translation>resume by a person</translation>
        </message>
        <message numerus="yes">
            <source>approval by %n more person(s) of %1</source>
            <translation>
                <numerusform>approval by %n more person of %1</numerusform>
                <numerusform>approval by %n more people of %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>approval by %n more person(s)</source>
            <translation>
                <numerusform>approval by %n more person</numerusform>
                <numerusform>approval by %n more people</numerusform>
            </translation>
        </message>
        <message>
            <source>a decision: analysis inconclusive</source>
            <translation>a decision: analysis inconclusive</translation>
        </message>
        <message>
            <source>a decision: progress deadline passed</source>
            <translation>a decision: progress deadline passed</translation>
        </message>
        <message>
            <source>a decision: interrupted</source>
            <translation>a decision: interrupted</translation>
        </message>
        <message>
            <source>promotion by a person</source>
            <translation>promotion by a person</translation>
        </message>
        <message>
            <source>a webhook: %1</source>
            <translation>a webhook: %1</translation>
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
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 d</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 (actual %2)</source>
            <translation>%1 (actual %2)</translation>
        </message>
    </context>
    <context>
        <name>VaultItemModel</name>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>rotation overdue</source>
            <translation>rotation overdue</translation>
        </message>
        <message>
            <source>expiring</source>
            <translation>expiring</translation>
        </message>
        <message>
            <source>duplicate value</source>
            <translation>duplicate value</translation>
        </message>
        <message>
            <source>never rotated</source>
            <translation>never rotated</translation>
        </message>
        <message>
            <source>unused</source>
            <translation>unused</translation>
        </message>
    </context>
    <context>
        <name>VerdictExplainer</name>
        <message>
            <source>pts</source>
            <translation>pts</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Successful</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Inconclusive</source>
            <translation>Inconclusive</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Marginal</source>
            <translation>Marginal</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Fail</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>No data (fails)</source>
            <translation>No data (fails)</translation>
        </message>
        <message>
            <source>error rate</source>
            <translation>error rate</translation>
        </message>
        <message>
            <source>success rate</source>
            <translation>success rate</translation>
        </message>
        <message>
            <source>upstream error rate</source>
            <translation>upstream error rate</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>requests/s</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>requests</translation>
        </message>
        <message>
            <source>errors</source>
            <translation>errors</translation>
        </message>
        <message>
            <source>mean latency</source>
            <translation>mean latency</translation>
        </message>
        <message>
            <source>p50 latency</source>
            <translation>p50 latency</translation>
        </message>
        <message>
            <source>p90 latency</source>
            <translation>p90 latency</translation>
        </message>
        <message>
            <source>p95 latency</source>
            <translation>p95 latency</translation>
        </message>
        <message>
            <source>p99 latency</source>
            <translation>p99 latency</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
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
            <translation>Prometheus query</translation>
        </message>
        <message>
            <source>success when %1</source>
            <translation>success when %1</translation>
        </message>
        <message>
            <source>failure when %1</source>
            <translation>failure when %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>stable version</source>
            <translation>stable version</translation>
        </message>
        <message>
            <source>all versions</source>
            <translation>all versions</translation>
        </message>
        <message>
            <source>canary</source>
            <translation>canary</translation>
        </message>
        <message>
            <source>threshold on the %1's %2</source>
            <translation>threshold on the %1's %2</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) in %1</source>
            <translation>
                <numerusform>%n request in %1</numerusform>
                <numerusform>%n requests in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n measurement(s) successful</source>
            <translation>
                <numerusform>%1 of %n measurement successful</numerusform>
                <numerusform>%1 of %n measurements successful</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>none (always successful)</source>
            <translation>none (always successful)</translation>
        </message>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message numerus="yes">
            <source>(%1 of %n request(s))</source>
            <translation>
                <numerusform>(%1 of %n request)</numerusform>
                <numerusform>(%1 of %n requests)</numerusform>
            </translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>over %1</translation>
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
            <translation>No regression yet</translation>
        </message>
        <message>
            <source>sequential test on the error rate (mixture SPRT, α %1)</source>
            <translation>sequential test on the error rate (mixture SPRT, α %1)</translation>
        </message>
        <message>
            <source>%1 canary / %2 stable requests</source>
            <translation>%1 canary / %2 stable requests</translation>
        </message>
        <message>
            <source>log-likelihood ratio %1</source>
            <translation>log-likelihood ratio %1</translation>
        </message>
        <message>
            <source>regression at ≥ %1</source>
            <translation>regression at ≥ %1</translation>
        </message>
        <message>
            <source>canary error rate %1 (%2 of %3) vs stable %4 (%5 of %6)</source>
            <translation>canary error rate %1 (%2 of %3) vs stable %4 (%5 of %6)</translation>
        </message>
        <message>
            <source>%1; log-likelihood ratio %2 ≥ bound %3 → regression (always-valid p = %4) → %5</source>
            <translation>%1; log-likelihood ratio %2 ≥ bound %3 → regression (always-valid p = %4) → %5</translation>
        </message>
        <message>
            <source>%1; log-likelihood ratio %2 &lt; bound %3 → no regression so far → %4</source>
            <translation>%1; log-likelihood ratio %2 &lt; bound %3 → no regression so far → %4</translation>
        </message>
        <message>
            <source>canary-vs-baseline judge (Mann-Whitney U per metric, weighted score)</source>
            <translation>canary-vs-baseline judge (Mann-Whitney U per metric, weighted score)</translation>
        </message>
        <message>
            <source>pass ≥ %1, marginal ≥ %2</source>
            <translation>pass ≥ %1, marginal ≥ %2</translation>
        </message>
        <message>
            <source>%1 canary / %2 baseline samples</source>
            <translation>%1 canary / %2 baseline samples</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>score %1</translation>
        </message>
        <message>
            <source>score %1 (%2) → %3</source>
            <translation>score %1 (%2) → %3</translation>
        </message>
        <message>
            <source>%1 (critical)</source>
            <translation>%1 (critical)</translation>
        </message>
        <message>
            <source>Mann-Whitney U, %1 CI</source>
            <translation>Mann-Whitney U, %1 CI</translation>
        </message>
        <message>
            <source>canary %1 %2 vs baseline %3</source>
            <translation>canary %1 %2 vs baseline %3</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>shift %1</source>
            <translation>shift %1</translation>
        </message>
        <message>
            <source>%1 CI [%2, %3]</source>
            <translation>%1 CI [%2, %3]</translation>
        </message>
        <message>
            <source>&gt; tolerance %1</source>
            <translation>&gt; tolerance %1</translation>
        </message>
        <message>
            <source>&lt; tolerance %1</source>
            <translation>&lt; tolerance %1</translation>
        </message>
        <message>
            <source>within tolerance ±%1</source>
            <translation>within tolerance ±%1</translation>
        </message>
        <message>
            <source>tolerance ±%1</source>
            <translation>tolerance ±%1</translation>
        </message>
        <message>
            <source>, mean ratio %1</source>
            <translation>, mean ratio %1</translation>
        </message>
        <message>
            <source>%1, Mann-Whitney shift %2, %3 %4%5 → %6</source>
            <translation>%1, Mann-Whitney shift %2, %3 %4%5 → %6</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::AboutDialog</name>
        <message>
            <source>About Shipdeck</source>
            <translation>About Shipdeck</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Shipdeck %1&lt;/h2&gt;&lt;p&gt;A desktop operations console with an embedded orchestration backend: approve canary promotions with the evidence in front of you, edit configuration and secrets offline, watch clusters, read logs, traces and metrics.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), on %4.&lt;/p&gt;&lt;p&gt;Workspace: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Shipdeck %1&lt;/h2&gt;&lt;p&gt;A desktop operations console with an embedded orchestration backend: approve canary promotions with the evidence in front of you, edit configuration and secrets offline, watch clusters, read logs, traces and metrics.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), on %4.&lt;/p&gt;&lt;p&gt;Workspace: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>none open</source>
            <translation>none open</translation>
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
            <translation>Add Components from YAML</translation>
        </message>
        <message>
            <source>Add components from a YAML file</source>
            <translation>Add components from a YAML file</translation>
        </message>
        <message>
            <source>Each YAML document of the file is one component (see docs/components.md). New components are added; components that are registered already are replaced. Nothing is started.</source>
            <translation>Each YAML document of the file is one component (see docs/components.md). New components are added; components that are registered already are replaced. Nothing is started.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Path of a component YAML file</source>
            <translation>Path of a component YAML file</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Content of the file</source>
            <translation>Content of the file</translation>
        </message>
        <message>
            <source>The file's content appears here.</source>
            <translation>The file's content appears here.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Choose a file.</source>
            <translation>Choose a file.</translation>
        </message>
        <message>
            <source>Component YAML File</source>
            <translation>Component YAML File</translation>
        </message>
        <message>
            <source>YAML files (*.yaml *.yml);;All files (*)</source>
            <translation>YAML files (*.yaml *.yml);;All files (*)</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Checking %1…</translation>
        </message>
        <message>
            <source>%1 %2 replaces the registered definition</source>
            <translation>%1 %2 replaces the registered definition</translation>
        </message>
        <message>
            <source>%1 %2 is new</source>
            <translation>%1 %2 is new</translation>
        </message>
        <message numerus="yes">
            <source>The file is valid: %n component(s).</source>
            <translation>
                <numerusform>The file is valid: %n component.</numerusform>
                <numerusform>The file is valid: %n components.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n Component(s)</source>
            <translation>
                <numerusform>Add %n Component</numerusform>
                <numerusform>Add %n Components</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Adding…</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::AnalysisPanel</name>
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>No analysis has run yet. Verdicts appear here as soon as the first measurement is taken.</source>
            <translation>No analysis has run yet. Verdicts appear here as soon as the first measurement is taken.</translation>
        </message>
        <message>
            <source>Select a metric to read why it got its verdict.</source>
            <translation>Select a metric to read why it got its verdict.</translation>
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
            <translation>Record %1, hash %2</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Filter by person, action or target…</source>
            <translation>Filter by person, action or target…</translation>
        </message>
        <message>
            <source>&amp;Verify Chain</source>
            <translation>&amp;Verify Chain</translation>
        </message>
        <message>
            <source>Recompute every record's hash and check that none was altered, removed or inserted</source>
            <translation>Recompute every record's hash and check that none was altered, removed or inserted</translation>
        </message>
        <message>
            <source>Audit records</source>
            <translation>Audit records</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Verifying…</translation>
        </message>
        <message numerus="yes">
            <source>✔ The audit chain is intact: %n record(s), each hash verified against the one before it.</source>
            <translation>
                <numerusform>✔ The audit chain is intact: %n record, each hash verified against the one before it.</numerusform>
                <numerusform>✔ The audit chain is intact: %n records, each hash verified against the one before it.</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ The audit chain is broken: %1</source>
            <translation>✘ The audit chain is broken: %1</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ClusterObjectActions</name>
        <message>
            <source>Show YAML of the Selected Object</source>
            <translation>Show YAML of the Selected Object</translation>
        </message>
        <message>
            <source>Edit Object…</source>
            <translation>Edit Object…</translation>
        </message>
        <message>
            <source>Scale…</source>
            <translation>Scale…</translation>
        </message>
        <message>
            <source>Restart Rollout…</source>
            <translation>Restart Rollout…</translation>
        </message>
        <message>
            <source>Delete Object…</source>
            <translation>Delete Object…</translation>
        </message>
        <message>
            <source>Show Logs</source>
            <translation>Show Logs</translation>
        </message>
        <message>
            <source>Promote Rollout…</source>
            <translation>Promote Rollout…</translation>
        </message>
        <message>
            <source>Promote Rollout Fully…</source>
            <translation>Promote Rollout Fully…</translation>
        </message>
        <message>
            <source>Abort Rollout…</source>
            <translation>Abort Rollout…</translation>
        </message>
        <message>
            <source>Retry Rollout…</source>
            <translation>Retry Rollout…</translation>
        </message>
        <message>
            <source>Undo Rollout…</source>
            <translation>Undo Rollout…</translation>
        </message>
        <message>
            <source>Pause Rollout…</source>
            <translation>Pause Rollout…</translation>
        </message>
        <message>
            <source>Restart Rollout Pods…</source>
            <translation>Restart Rollout Pods…</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Checking your permissions…</source>
            <translation>Checking your permissions…</translation>
        </message>
        <message>
            <source>Context: %1</source>
            <translation>Context: %1</translation>
        </message>
        <message>
            <source>Namespace: %1</source>
            <translation>Namespace: %1</translation>
        </message>
        <message>
            <source>Scale %1</source>
            <translation>Scale %1</translation>
        </message>
        <message>
            <source>Replicas:</source>
            <translation>Replicas:</translation>
        </message>
        <message>
            <source>Scale %1?</source>
            <translation>Scale %1?</translation>
        </message>
        <message numerus="yes">
            <source>%1 will run %n replica(s).</source>
            <translation>
                <numerusform>%1 will run %n replica.</numerusform>
                <numerusform>%1 will run %n replicas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replicas now: %1</source>
            <translation>Replicas now: %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Restart %1?</source>
            <translation>Restart %1?</translation>
        </message>
        <message>
            <source>Every pod of %1 is replaced, following its rollout strategy (kubectl rollout restart).</source>
            <translation>Every pod of %1 is replaced, following its rollout strategy (kubectl rollout restart).</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Restart</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>Delete %1?</translation>
        </message>
        <message>
            <source>%1 is deleted from the cluster; objects it owns are deleted with it.</source>
            <translation>%1 is deleted from the cluster; objects it owns are deleted with it.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>%1 moves on to its next step.</source>
            <translation>%1 moves on to its next step.</translation>
        </message>
        <message>
            <source>%1 skips its remaining steps and analyses and goes to 100%.</source>
            <translation>%1 skips its remaining steps and analyses and goes to 100%.</translation>
        </message>
        <message>
            <source>%1 is aborted: traffic goes back to the stable version.</source>
            <translation>%1 is aborted: traffic goes back to the stable version.</translation>
        </message>
        <message>
            <source>The aborted %1 starts its steps again.</source>
            <translation>The aborted %1 starts its steps again.</translation>
        </message>
        <message>
            <source>%1 rolls back to its previous revision.</source>
            <translation>%1 rolls back to its previous revision.</translation>
        </message>
        <message>
            <source>%1 is paused until it is promoted.</source>
            <translation>%1 is paused until it is promoted.</translation>
        </message>
        <message>
            <source>The pods of %1 are restarted one after another.</source>
            <translation>The pods of %1 are restarted one after another.</translation>
        </message>
        <message>
            <source>%1 %2?</source>
            <translation>%1 %2?</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ClustersPage</name>
        <message>
            <source>Resource kinds</source>
            <translation>Resource kinds</translation>
        </message>
        <message>
            <source>Filter: text or label=value…</source>
            <translation>Filter: text or label=value…</translation>
        </message>
        <message>
            <source>Objects</source>
            <translation>Objects</translation>
        </message>
        <message>
            <source>Select an object to see its YAML.</source>
            <translation>Select an object to see its YAML.</translation>
        </message>
        <message>
            <source>Object YAML</source>
            <translation>Object YAML</translation>
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
            <translation>Cluster action done</translation>
        </message>
        <message>
            <source>Cluster action failed</source>
            <translation>Cluster action failed</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Context:</source>
            <translation>Context:</translation>
        </message>
        <message>
            <source>Kubeconfig context</source>
            <translation>Kubeconfig context</translation>
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
            <translation>Re&amp;connect</translation>
        </message>
        <message>
            <source>Read the kubeconfig again and reconnect</source>
            <translation>Read the kubeconfig again and reconnect</translation>
        </message>
        <message>
            <source>Switch Kubernetes Context…</source>
            <translation>Switch Kubernetes Context…</translation>
        </message>
        <message>
            <source>Switch Kubernetes Namespace…</source>
            <translation>Switch Kubernetes Namespace…</translation>
        </message>
        <message>
            <source>Reconnect to the Cluster</source>
            <translation>Reconnect to the Cluster</translation>
        </message>
        <message>
            <source>Filter Cluster Objects</source>
            <translation>Filter Cluster Objects</translation>
        </message>
        <message>
            <source>Connected · Kubernetes %1</source>
            <translation>Connected · Kubernetes %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ClustersViewModel</name>
        <message>
            <source>Reading the kubeconfig…</source>
            <translation>Reading the kubeconfig…</translation>
        </message>
        <message>
            <source>Shipdeck reads the files of $KUBECONFIG, else ~/.kube/config.</source>
            <translation>Shipdeck reads the files of $KUBECONFIG, else ~/.kube/config.</translation>
        </message>
        <message>
            <source>No kubeconfig context found. %1</source>
            <translation>No kubeconfig context found. %1</translation>
        </message>
        <message>
            <source>The kubeconfig sets no current context: choose one.</source>
            <translation>The kubeconfig sets no current context: choose one.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
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
            <translation>Command palette</translation>
        </message>
        <message>
            <source>Type a command or page…</source>
            <translation>Type a command or page…</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentActions</name>
        <message numerus="yes">
            <source>%n instance(s)</source>
            <translation>
                <numerusform>%n instance</numerusform>
                <numerusform>%n instances</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (pid %2, port %3, %4)</source>
            <translation>%1 (pid %2, port %3, %4)</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>not ready</source>
            <translation>not ready</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Components</translation>
        </message>
        <message>
            <source>&amp;Deploy Stable Version…</source>
            <translation>&amp;Deploy Stable Version…</translation>
        </message>
        <message>
            <source>S&amp;top Stable Version…</source>
            <translation>S&amp;top Stable Version…</translation>
        </message>
        <message>
            <source>&amp;Scale Stable Version…</source>
            <translation>&amp;Scale Stable Version…</translation>
        </message>
        <message>
            <source>&amp;Restart Instance…</source>
            <translation>&amp;Restart Instance…</translation>
        </message>
        <message>
            <source>&amp;Add Components from YAML…</source>
            <translation>&amp;Add Components from YAML…</translation>
        </message>
        <message>
            <source>Re&amp;move Component…</source>
            <translation>Re&amp;move Component…</translation>
        </message>
        <message>
            <source>Deploy %1 %2?</source>
            <translation>Deploy %1 %2?</translation>
        </message>
        <message>
            <source>Shipdeck starts %1 of %2 %3 on this machine, after what it depends on, and sends all of %2's traffic to them once they pass their readiness probe.</source>
            <translation>Shipdeck starts %1 of %2 %3 on this machine, after what it depends on, and sends all of %2's traffic to them once they pass their readiness probe.</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2 (%3)</translation>
        </message>
        <message>
            <source>Starts first: %1</source>
            <translation>Starts first: %1</translation>
        </message>
        <message>
            <source>Command: %1 %2</source>
            <translation>Command: %1 %2</translation>
        </message>
        <message>
            <source>Endpoint: http://127.0.0.1:%1</source>
            <translation>Endpoint: http://127.0.0.1:%1</translation>
        </message>
        <message>
            <source>Endpoint: a free port on 127.0.0.1, shown once it runs</source>
            <translation>Endpoint: a free port on 127.0.0.1, shown once it runs</translation>
        </message>
        <message>
            <source>Readiness probe: %1</source>
            <translation>Readiness probe: %1</translation>
        </message>
        <message>
            <source>Deploy</source>
            <translation>Deploy</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Why (optional)</translation>
        </message>
        <message>
            <source>Stop %1 %2?</source>
            <translation>Stop %1 %2?</translation>
        </message>
        <message>
            <source>All %1 of %2 %3 leave the routes and stop (SIGTERM, then SIGKILL after 5 s).</source>
            <translation>All %1 of %2 %3 leave the routes and stop (SIGTERM, then SIGKILL after 5 s).</translation>
        </message>
        <message>
            <source>The version serves %1 % of %2's traffic: until another version is ready, those requests get 503.</source>
            <translation>The version serves %1 % of %2's traffic: until another version is ready, those requests get 503.</translation>
        </message>
        <message>
            <source>Running components that depend on %1: %2</source>
            <translation>Running components that depend on %1: %2</translation>
        </message>
        <message>
            <source>Stop %1</source>
            <translation>Stop %1</translation>
        </message>
        <message>
            <source>Scale %1 %2 from %3 to %4?</source>
            <translation>Scale %1 %2 from %3 to %4?</translation>
        </message>
        <message>
            <source>Shipdeck starts %1 more of %2 %3; each gets traffic once its readiness probe passes.</source>
            <translation>Shipdeck starts %1 more of %2 %3; each gets traffic once its readiness probe passes.</translation>
        </message>
        <message>
            <source>Shipdeck stops the newest %1 of %2 %3: they leave the routes first, then get SIGTERM (SIGKILL after 5 s).</source>
            <translation>Shipdeck stops the newest %1 of %2 %3: they leave the routes first, then get SIGTERM (SIGKILL after 5 s).</translation>
        </message>
        <message>
            <source>No instance of %1 is left: the %2 % of traffic it serves gets 503 until another version is ready.</source>
            <translation>No instance of %1 is left: the %2 % of traffic it serves gets 503 until another version is ready.</translation>
        </message>
        <message>
            <source>Component: %1</source>
            <translation>Component: %1</translation>
        </message>
        <message>
            <source>Version: %1 (%2 % of traffic)</source>
            <translation>Version: %1 (%2 % of traffic)</translation>
        </message>
        <message>
            <source>Version: %1</source>
            <translation>Version: %1</translation>
        </message>
        <message>
            <source>Instances: %1 → %2</source>
            <translation>Instances: %1 → %2</translation>
        </message>
        <message>
            <source>Outside the definition's scaling range (%1–%2)</source>
            <translation>Outside the definition's scaling range (%1–%2)</translation>
        </message>
        <message>
            <source>This changes what runs now, not the definition: deploying %1 again runs %2.</source>
            <translation>This changes what runs now, not the definition: deploying %1 again runs %2.</translation>
        </message>
        <message>
            <source>Scale to %1</source>
            <translation>Scale to %1</translation>
        </message>
        <message>
            <source>Restart %1?</source>
            <translation>Restart %1?</translation>
        </message>
        <message>
            <source>The instance leaves the routes, stops (SIGTERM, then SIGKILL after 5 s) and starts again on a new port; it gets traffic again once its readiness probe passes.</source>
            <translation>The instance leaves the routes, stops (SIGTERM, then SIGKILL after 5 s) and starts again on a new port; it gets traffic again once its readiness probe passes.</translation>
        </message>
        <message numerus="yes">
            <source>%n other ready instance(s) of %1 will keep serving</source>
            <translation>
                <numerusform>%n other ready instance of %1 will keep serving</numerusform>
                <numerusform>%n other ready instances of %1 will keep serving</numerusform>
            </translation>
        </message>
        <message>
            <source>No other instance of %1 is ready: its share of traffic gets 503 until this one is ready again</source>
            <translation>No other instance of %1 is ready: its share of traffic gets 503 until this one is ready again</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Restart</translation>
        </message>
        <message>
            <source>%1 is needed</source>
            <translation>%1 is needed</translation>
        </message>
        <message>
            <source>%1 cannot be removed: it is needed by %2. Remove those components or change their dependencies first.</source>
            <translation>%1 cannot be removed: it is needed by %2. Remove those components or change their dependencies first.</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>Remove %1?</translation>
        </message>
        <message>
            <source>%1 is removed from the workspace's registry. Everything of it that runs stops and its proxy closes.</source>
            <translation>%1 is removed from the workspace's registry. Everything of it that runs stops and its proxy closes.</translation>
        </message>
        <message>
            <source>Stops %1 %2: %3</source>
            <translation>Stops %1 %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Definition: stable %1, %n other known version(s)</source>
            <translation>
                <numerusform>Definition: stable %1, %n other known version</numerusform>
                <numerusform>Definition: stable %1, %n other known versions</numerusform>
            </translation>
        </message>
        <message>
            <source>It can be added again from its YAML file (shipdeckctl components show %1 prints it now).</source>
            <translation>It can be added again from its YAML file (shipdeckctl components show %1 prints it now).</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentDetailsPanel</name>
        <message>
            <source>Deploy…</source>
            <translation>Deploy…</translation>
        </message>
        <message>
            <source>Stop…</source>
            <translation>Stop…</translation>
        </message>
        <message>
            <source>Restart Instance…</source>
            <translation>Restart Instance…</translation>
        </message>
        <message>
            <source>Instances</source>
            <translation>Instances</translation>
        </message>
        <message>
            <source>No component selected</source>
            <translation>No component selected</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Components</translation>
        </message>
        <message>
            <source>Select a component in the table or the graph.</source>
            <translation>Select a component in the table or the graph.</translation>
        </message>
        <message>
            <source>stable %1</source>
            <translation>stable %1</translation>
        </message>
        <message>
            <source>all traffic to %1</source>
            <translation>all traffic to %1</translation>
        </message>
        <message>
            <source>traffic %1 %2 % · %3 %4 %</source>
            <translation>traffic %1 %2 % · %3 %4 %</translation>
        </message>
        <message>
            <source>needs nothing</source>
            <translation>needs nothing</translation>
        </message>
        <message>
            <source>needs %1</source>
            <translation>needs %1</translation>
        </message>
        <message>
            <source>needed by %1</source>
            <translation>needed by %1</translation>
        </message>
        <message>
            <source>Deploy %1…</source>
            <translation>Deploy %1…</translation>
        </message>
        <message>
            <source>Stop %1…</source>
            <translation>Stop %1…</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>stable</translation>
        </message>
        <message>
            <source>canary, %1 % of traffic</source>
            <translation>canary, %1 % of traffic</translation>
        </message>
        <message>
            <source>%1 % of traffic</source>
            <translation>%1 % of traffic</translation>
        </message>
        <message>
            <source>known version, not running</source>
            <translation>known version, not running</translation>
        </message>
        <message>
            <source>running, no traffic</source>
            <translation>running, no traffic</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentListModel</name>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extension</translation>
        </message>
        <message>
            <source>Not running</source>
            <translation>Not running</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Healthy</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Degraded</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Unavailable</translation>
        </message>
        <message>
            <source>%1 %2/%3 ready</source>
            <translation>%1 %2/%3 ready</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No version runs</source>
            <translation>No version runs</translation>
        </message>
        <message>
            <source>Running: %1</source>
            <translation>Running: %1</translation>
        </message>
        <message>
            <source>No component depends on %1</source>
            <translation>No component depends on %1</translation>
        </message>
        <message>
            <source>Needed by %1</source>
            <translation>Needed by %1</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Stable</translation>
        </message>
        <message>
            <source>Other versions</source>
            <translation>Other versions</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Depends on</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentsPage</name>
        <message>
            <source>Add from YAML…</source>
            <translation>Add from YAML…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Components</translation>
        </message>
        <message>
            <source>Filter by id, version, dependency or endpoint…</source>
            <translation>Filter by id, version, dependency or endpoint…</translation>
        </message>
        <message>
            <source>Filter components</source>
            <translation>Filter components</translation>
        </message>
        <message>
            <source>Registered components</source>
            <translation>Registered components</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Dependencies</translation>
        </message>
        <message>
            <source>Arrows point from a component to those that need it; colours show health.</source>
            <translation>Arrows point from a component to those that need it; colours show health.</translation>
        </message>
        <message>
            <source>%1: done.</source>
            <translation>%1: done.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 failed: %2</translation>
        </message>
        <message>
            <source>Added or updated: %1</source>
            <translation>Added or updated: %1</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>not running</translation>
        </message>
        <message>
            <source>%1/%2 ready</source>
            <translation>%1/%2 ready</translation>
        </message>
        <message>
            <source>v%1 · %2</source>
            <translation>v%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>%n registered</numerusform>
                <numerusform>%n registered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n running</source>
            <translation>
                <numerusform>%n running</numerusform>
                <numerusform>%n running</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n healthy</source>
            <translation>
                <numerusform>%n healthy</numerusform>
                <numerusform>%n healthy</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ComponentsViewModel</name>
        <message>
            <source>Deploy %1</source>
            <translation>Deploy %1</translation>
        </message>
        <message numerus="yes">
            <source>Scale %1 %2 to %n instance(s)</source>
            <translation>
                <numerusform>Scale %1 %2 to %n instance</numerusform>
                <numerusform>Scale %1 %2 to %n instances</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop %1 %2</source>
            <translation>Stop %1 %2</translation>
        </message>
        <message>
            <source>Restart %1</source>
            <translation>Restart %1</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Add the components of %1</source>
            <translation>Add the components of %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigActions</name>
        <message>
            <source>Save Unsaved Configuration Edits…</source>
            <translation>Save Unsaved Configuration Edits…</translation>
        </message>
        <message>
            <source>Discard Unsaved Configuration Edits…</source>
            <translation>Discard Unsaved Configuration Edits…</translation>
        </message>
        <message>
            <source>Commit Configuration…</source>
            <translation>Commit Configuration…</translation>
        </message>
        <message>
            <source>Sync Configuration…</source>
            <translation>Sync Configuration…</translation>
        </message>
        <message>
            <source>New Configuration Branch…</source>
            <translation>New Configuration Branch…</translation>
        </message>
        <message>
            <source>Switch Configuration Branch…</source>
            <translation>Switch Configuration Branch…</translation>
        </message>
        <message>
            <source>Configuration Migrations…</source>
            <translation>Configuration Migrations…</translation>
        </message>
        <message>
            <source>Complete Configuration Merge…</source>
            <translation>Complete Configuration Merge…</translation>
        </message>
        <message>
            <source>Abort Configuration Merge…</source>
            <translation>Abort Configuration Merge…</translation>
        </message>
        <message>
            <source>Keep My Unsaved Edits Over the Change on Disk…</source>
            <translation>Keep My Unsaved Edits Over the Change on Disk…</translation>
        </message>
        <message>
            <source>Take the Change on Disk, Drop My Edits…</source>
            <translation>Take the Change on Disk, Drop My Edits…</translation>
        </message>
        <message>
            <source>Create a Configuration Repository…</source>
            <translation>Create a Configuration Repository…</translation>
        </message>
        <message>
            <source>Clone a Configuration Repository…</source>
            <translation>Clone a Configuration Repository…</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <source>Validate Configuration</source>
            <translation>Validate Configuration</translation>
        </message>
        <message>
            <source>The configuration validates in every environment.</source>
            <translation>The configuration validates in every environment.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problem found.</numerusform>
                <numerusform>%n problems found.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show Configuration Changes</source>
            <translation>Show Configuration Changes</translation>
        </message>
        <message>
            <source>Show Configuration History</source>
            <translation>Show Configuration History</translation>
        </message>
        <message>
            <source>Resolve Configuration Conflicts</source>
            <translation>Resolve Configuration Conflicts</translation>
        </message>
        <message>
            <source>Reload Configuration</source>
            <translation>Reload Configuration</translation>
        </message>
        <message>
            <source>Cancel Configuration Sync</source>
            <translation>Cancel Configuration Sync</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Commit…</source>
            <translation>Commit…</translation>
        </message>
        <message>
            <source>Sync…</source>
            <translation>Sync…</translation>
        </message>
        <message>
            <source>Create Repository…</source>
            <translation>Create Repository…</translation>
        </message>
        <message>
            <source>Clone…</source>
            <translation>Clone…</translation>
        </message>
        <message>
            <source>Show Changes</source>
            <translation>Show Changes</translation>
        </message>
        <message>
            <source>Keep Mine…</source>
            <translation>Keep Mine…</translation>
        </message>
        <message>
            <source>Take Theirs…</source>
            <translation>Take Theirs…</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>%1 = %2 in %3 — unsaved: save or commit to keep it.</source>
            <translation>%1 = %2 in %3 — unsaved: save or commit to keep it.</translation>
        </message>
        <message>
            <source>%1 removed from %2 — unsaved: save or commit to keep it.</source>
            <translation>%1 removed from %2 — unsaved: save or commit to keep it.</translation>
        </message>
        <message>
            <source>Save unsaved edits?</source>
            <translation>Save unsaved edits?</translation>
        </message>
        <message numerus="yes">
            <source>Shipdeck will write %n unsaved edit(s) to the files below. Only the changed values' lines change; nothing is committed.</source>
            <translation>
                <numerusform>Shipdeck will write %n unsaved edit to the files below. Only the changed values' lines change; nothing is committed.</numerusform>
                <numerusform>Shipdeck will write %n unsaved edits to the files below. Only the changed values' lines change; nothing is committed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1 — choose Keep Mine or Take Theirs first.</source>
            <translation>Not saved: %1 — choose Keep Mine or Take Theirs first.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <source>Discard unsaved edits?</source>
            <translation>Discard unsaved edits?</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved edit(s) will be lost; the files keep what is on disk.</source>
            <translation>
                <numerusform>%n unsaved edit will be lost; the files keep what is on disk.</numerusform>
                <numerusform>%n unsaved edits will be lost; the files keep what is on disk.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Unsaved edits discarded.</source>
            <translation>Unsaved edits discarded.</translation>
        </message>
        <message>
            <source>Nothing to commit: the working tree matches the last commit.</source>
            <translation>Nothing to commit: the working tree matches the last commit.</translation>
        </message>
        <message>
            <source>Committed %1: %2</source>
            <translation>Committed %1: %2</translation>
        </message>
        <message>
            <source>Sync cancelled; nothing was changed.</source>
            <translation>Sync cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>Sync finished: %1</source>
            <translation>Sync finished: %1</translation>
        </message>
        <message>
            <source>%1  (%2)</source>
            <translation>%1  (%2)</translation>
        </message>
        <message>
            <source>New Branch</source>
            <translation>New Branch</translation>
        </message>
        <message>
            <source>Create a branch from %1 (%2). Name:</source>
            <translation>Create a branch from %1 (%2). Name:</translation>
        </message>
        <message>
            <source>Branch %1 created.</source>
            <translation>Branch %1 created.</translation>
        </message>
        <message>
            <source>There is no other branch; create one first.</source>
            <translation>There is no other branch; create one first.</translation>
        </message>
        <message>
            <source>Switch Branch</source>
            <translation>Switch Branch</translation>
        </message>
        <message>
            <source>Switch from %1 to:</source>
            <translation>Switch from %1 to:</translation>
        </message>
        <message>
            <source>Switch to %1?</source>
            <translation>Switch to %1?</translation>
        </message>
        <message>
            <source>The configuration files change to their versions on %1. Uncommitted changes stay when they do not clash; otherwise the switch is refused and nothing changes.</source>
            <translation>The configuration files change to their versions on %1. Uncommitted changes stay when they do not clash; otherwise the switch is refused and nothing changes.</translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved edit(s) must be saved or discarded first</source>
            <translation>
                <numerusform>%n unsaved edit must be saved or discarded first</numerusform>
                <numerusform>%n unsaved edits must be saved or discarded first</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>From %1 to %2</translation>
        </message>
        <message>
            <source>Switch</source>
            <translation>Switch</translation>
        </message>
        <message>
            <source>Now on %1.</source>
            <translation>Now on %1.</translation>
        </message>
        <message>
            <source>Apply the migrations?</source>
            <translation>Apply the migrations?</translation>
        </message>
        <message numerus="yes">
            <source>Shipdeck will write the changes shown to %n file(s) and commit them as “Config migration %1 -&gt; %2”.</source>
            <translation>
                <numerusform>Shipdeck will write the changes shown to %n file and commit them as “Config migration %1 -&gt; %2”.</numerusform>
                <numerusform>Shipdeck will write the changes shown to %n files and commit them as “Config migration %1 -&gt; %2”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Migrated to version %1.</source>
            <translation>Migrated to version %1.</translation>
        </message>
        <message>
            <source>Complete the merge?</source>
            <translation>Complete the merge?</translation>
        </message>
        <message>
            <source>Shipdeck checks that the result validates, commits the merge with %1 and pushes it. If the result does not validate, nothing is committed.</source>
            <translation>Shipdeck checks that the result validates, commits the merge with %1 and pushes it. If the result does not validate, nothing is committed.</translation>
        </message>
        <message>
            <source>the remote</source>
            <translation>the remote</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>Complete Merge</source>
            <translation>Complete Merge</translation>
        </message>
        <message>
            <source>Abort the merge?</source>
            <translation>Abort the merge?</translation>
        </message>
        <message>
            <source>The resolutions chosen so far are dropped. Your commits and the working tree stay as they are; sync again later.</source>
            <translation>The resolutions chosen so far are dropped. Your commits and the working tree stay as they are; sync again later.</translation>
        </message>
        <message>
            <source>Abort Merge</source>
            <translation>Abort Merge</translation>
        </message>
        <message>
            <source>Merge aborted; nothing was changed.</source>
            <translation>Merge aborted; nothing was changed.</translation>
        </message>
        <message>
            <source>Keep your unsaved edits?</source>
            <translation>Keep your unsaved edits?</translation>
        </message>
        <message>
            <source>The next save writes your version of these files over the change made on disk.</source>
            <translation>The next save writes your version of these files over the change made on disk.</translation>
        </message>
        <message>
            <source>Keep Mine</source>
            <translation>Keep Mine</translation>
        </message>
        <message>
            <source>Keeping your edits of %1.</source>
            <translation>Keeping your edits of %1.</translation>
        </message>
        <message>
            <source>Take the change on disk?</source>
            <translation>Take the change on disk?</translation>
        </message>
        <message>
            <source>Your unsaved edits of these files are dropped and the version on disk is shown.</source>
            <translation>Your unsaved edits of these files are dropped and the version on disk is shown.</translation>
        </message>
        <message>
            <source>Take Theirs</source>
            <translation>Take Theirs</translation>
        </message>
        <message>
            <source>%1 reloaded from disk.</source>
            <translation>%1 reloaded from disk.</translation>
        </message>
        <message>
            <source>Revert %1?</source>
            <translation>Revert %1?</translation>
        </message>
        <message>
            <source>Shipdeck creates a new commit that undoes “%1”. History is kept; refused with nothing changed when later changes conflict or files have uncommitted changes.</source>
            <translation>Shipdeck creates a new commit that undoes “%1”. History is kept; refused with nothing changed when later changes conflict or files have uncommitted changes.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>Reverted in %1.</source>
            <translation>Reverted in %1.</translation>
        </message>
        <message>
            <source>Create a configuration repository?</source>
            <translation>Create a configuration repository?</translation>
        </message>
        <message>
            <source>Shipdeck creates a git repository in the workspace with base/, schema/ and an overlay folder for each environment.</source>
            <translation>Shipdeck creates a git repository in the workspace with base/, schema/ and an overlay folder for each environment.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Repository created at %1.</source>
            <translation>Repository created at %1.</translation>
        </message>
        <message>
            <source>Clone Configuration</source>
            <translation>Clone Configuration</translation>
        </message>
        <message>
            <source>Clone this repository into the workspace (a path, file://, https:// or ssh://):</source>
            <translation>Clone this repository into the workspace (a path, file://, https:// or ssh://):</translation>
        </message>
        <message>
            <source>Cloned into %1.</source>
            <translation>Cloned into %1.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigBlameModel</name>
        <message>
            <source>Line %1: last changed by %2 in %3</source>
            <translation>Line %1: last changed by %2 in %3</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
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
            <translation>%1 (current)</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>remote</translation>
        </message>
        <message>
            <source>up to date</source>
            <translation>up to date</translation>
        </message>
        <message>
            <source>↑%1 ↓%2</source>
            <translation>↑%1 ↓%2</translation>
        </message>
        <message>
            <source>Remote-tracking branch at %1</source>
            <translation>Remote-tracking branch at %1</translation>
        </message>
        <message>
            <source>No upstream: sync publishes it</source>
            <translation>No upstream: sync publishes it</translation>
        </message>
        <message numerus="yes">
            <source>%n commit(s) to push</source>
            <translation>
                <numerusform>%n commit to push</numerusform>
                <numerusform>%n commits to push</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commit(s) to pull</source>
            <translation>
                <numerusform>%n commit to pull</numerusform>
                <numerusform>%n commits to pull</numerusform>
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
            <translation>Ahead/behind</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigChangesPanel</name>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Uncommitted changes, unsaved edits included</source>
            <translation>Uncommitted changes, unsaved edits included</translation>
        </message>
        <message>
            <source>Between two revisions</source>
            <translation>Between two revisions</translation>
        </message>
        <message>
            <source>What to compare</source>
            <translation>What to compare</translation>
        </message>
        <message>
            <source>A commit, branch or tag (HEAD~1, main, origin/main …)</source>
            <translation>A commit, branch or tag (HEAD~1, main, origin/main …)</translation>
        </message>
        <message>
            <source>Older revision</source>
            <translation>Older revision</translation>
        </message>
        <message>
            <source>Newer revision</source>
            <translation>Newer revision</translation>
        </message>
        <message>
            <source>No changes: the working tree matches the last commit.</source>
            <translation>No changes: the working tree matches the last commit.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s), +%1 −%2</source>
            <translation>
                <numerusform>%n file, +%1 −%2</numerusform>
                <numerusform>%n files, +%1 −%2</numerusform>
            </translation>
        </message>
        <message>
            <source>No differences between these revisions.</source>
            <translation>No differences between these revisions.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigCommitDialog</name>
        <message>
            <source>Commit Configuration</source>
            <translation>Commit Configuration</translation>
        </message>
        <message numerus="yes">
            <source>Commit %n file(s) to %1?</source>
            <translation>
                <numerusform>Commit %n file to %1?</numerusform>
                <numerusform>Commit %n files to %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved edits are saved first. The commit stays local until you sync.</source>
            <translation>Unsaved edits are saved first. The commit stays local until you sync.</translation>
        </message>
        <message>
            <source>%1 — %2, +%3 −%4</source>
            <translation>%1 — %2, +%3 −%4</translation>
        </message>
        <message>
            <source> (unsaved edits)</source>
            <translation> (unsaved edits)</translation>
        </message>
        <message>
            <source>Files in the commit</source>
            <translation>Files in the commit</translation>
        </message>
        <message>
            <source>Author:</source>
            <translation>Author:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>From the workspace settings; a change here is kept for the next commits.</source>
            <translation>From the workspace settings; a change here is kept for the next commits.</translation>
        </message>
        <message>
            <source>From git's user.name and user.email; kept in the workspace settings from this commit on.</source>
            <translation>From git's user.name and user.email; kept in the workspace settings from this commit on.</translation>
        </message>
        <message>
            <source>A default: enter your name and e-mail; they are kept in the workspace settings.</source>
            <translation>A default: enter your name and e-mail; they are kept in the workspace settings.</translation>
        </message>
        <message>
            <source>Message (required):</source>
            <translation>Message (required):</translation>
        </message>
        <message>
            <source>What changed and why, e.g. “More production workers for the sale”</source>
            <translation>What changed and why, e.g. “More production workers for the sale”</translation>
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
            <translation>(whole file)</translation>
        </message>
        <message>
            <source>unresolved</source>
            <translation>unresolved</translation>
        </message>
        <message>
            <source>edited: %1</source>
            <translation>edited: %1</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>ours</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>theirs</translation>
        </message>
        <message>
            <source>base</source>
            <translation>base</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>Ours</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigConflictPanel</name>
        <message>
            <source>Use This Value</source>
            <translation>Use This Value</translation>
        </message>
        <message>
            <source>Complete Merge…</source>
            <translation>Complete Merge…</translation>
        </message>
        <message>
            <source>Abort Merge…</source>
            <translation>Abort Merge…</translation>
        </message>
        <message>
            <source>Conflicting keys</source>
            <translation>Conflicting keys</translation>
        </message>
        <message>
            <source>Base (common ancestor)</source>
            <translation>Base (common ancestor)</translation>
        </message>
        <message>
            <source>Ours (this workspace)</source>
            <translation>Ours (this workspace)</translation>
        </message>
        <message>
            <source>Theirs (remote)</source>
            <translation>Theirs (remote)</translation>
        </message>
        <message>
            <source>Use Base</source>
            <translation>Use Base</translation>
        </message>
        <message>
            <source>Use Ours</source>
            <translation>Use Ours</translation>
        </message>
        <message>
            <source>Use Theirs</source>
            <translation>Use Theirs</translation>
        </message>
        <message>
            <source>Or type the value the merge should have</source>
            <translation>Or type the value the merge should have</translation>
        </message>
        <message>
            <source>Merged value</source>
            <translation>Merged value</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>No sync is waiting for conflict resolution.</source>
            <translation>No sync is waiting for conflict resolution.</translation>
        </message>
        <message numerus="yes">
            <source>A sync found %n key(s) changed differently here and on %1. Nothing was changed yet: choose the value of each key, then complete the merge.</source>
            <translation>
                <numerusform>A sync found %n key changed differently here and on %1. Nothing was changed yet: choose the value of each key, then complete the merge.</numerusform>
                <numerusform>A sync found %n keys changed differently here and on %1. Nothing was changed yet: choose the value of each key, then complete the merge.</numerusform>
            </translation>
        </message>
        <message>
            <source>the remote</source>
            <translation>the remote</translation>
        </message>
        <message numerus="yes">
            <source>%n still open.</source>
            <translation>
                <numerusform>%n still open.</numerusform>
                <numerusform>%n still open.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in %2 resolved</source>
            <translation>%1 in %2 resolved</translation>
        </message>
        <message>
            <source>The whole file</source>
            <translation>The whole file</translation>
        </message>
        <message>
            <source>Validating the merge result…</source>
            <translation>Validating the merge result…</translation>
        </message>
        <message>
            <source>✔ With these choices the merge result validates (open keys keep our value for now).</source>
            <translation>✔ With these choices the merge result validates (open keys keep our value for now).</translation>
        </message>
        <message>
            <source>✔ The merge result validates: schema and YAML checks pass.</source>
            <translation>✔ The merge result validates: schema and YAML checks pass.</translation>
        </message>
        <message>
            <source>✘ The merge result would not validate:
%1</source>
            <translation>✘ The merge result would not validate:
%1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigDetailPane</name>
        <message>
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Edit value in</source>
            <translation>Edit value in</translation>
        </message>
        <message>
            <source>Layer to edit</source>
            <translation>Layer to edit</translation>
        </message>
        <message>
            <source>The base, or the overlay of one environment</source>
            <translation>The base, or the overlay of one environment</translation>
        </message>
        <message>
            <source>8080, true, "text", [1, 2] …</source>
            <translation>8080, true, "text", [1, 2] …</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Auto</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Auto reads numbers, true/false, null and JSON; Text stores exactly what you type</source>
            <translation>Auto reads numbers, true/false, null and JSON; Text stores exactly what you type</translation>
        </message>
        <message>
            <source>Change the value in this layer's file; the change stays an unsaved edit until you save or commit</source>
            <translation>Change the value in this layer's file; the change stays an unsaved edit until you save or commit</translation>
        </message>
        <message>
            <source>Remove the key from this layer's file (an environment then inherits the base)</source>
            <translation>Remove the key from this layer's file (an environment then inherits the base)</translation>
        </message>
        <message>
            <source>No key selected</source>
            <translation>No key selected</translation>
        </message>
        <message>
            <source>Select a cell to see where its value comes from and to edit it.</source>
            <translation>Select a cell to see where its value comes from and to edit it.</translation>
        </message>
        <message>
            <source>Namespace %1: base/%1.yaml and environments/&lt;environment&gt;/%1.yaml</source>
            <translation>Namespace %1: base/%1.yaml and environments/&lt;environment&gt;/%1.yaml</translation>
        </message>
        <message>
            <source>base (every environment)</source>
            <translation>base (every environment)</translation>
        </message>
        <message>
            <source>%1 overlay</source>
            <translation>%1 overlay</translation>
        </message>
        <message>
            <source>Will be stored as %1 in %2</source>
            <translation>Will be stored as %1 in %2</translation>
        </message>
        <message>
            <source>base</source>
            <translation>base</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>set here</source>
            <translation>set here</translation>
        </message>
        <message>
            <source>inherits the base</source>
            <translation>inherits the base</translation>
        </message>
        <message>
            <source>overrides the base</source>
            <translation>overrides the base</translation>
        </message>
        <message>
            <source>%1 · %2:%3</source>
            <translation>%1 · %2:%3</translation>
        </message>
        <message>
            <source> · unsaved edit (was %1)</source>
            <translation> · unsaved edit (was %1)</translation>
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
            <translation>Old</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigDraftModel</name>
        <message>
            <source>(whole file)</source>
            <translation>(whole file)</translation>
        </message>
        <message>
            <source>base</source>
            <translation>base</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(removed)</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>On disk</source>
            <translation>On disk</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
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
            <translation>Summary</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigHistoryPanel</name>
        <message>
            <source>Show Changes</source>
            <translation>Show Changes</translation>
        </message>
        <message>
            <source>Revert…</source>
            <translation>Revert…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Open what the selected commit changed in the Changes tab</source>
            <translation>Open what the selected commit changed in the Changes tab</translation>
        </message>
        <message>
            <source>Create a new commit that undoes the selected one</source>
            <translation>Create a new commit that undoes the selected one</translation>
        </message>
        <message>
            <source>History of</source>
            <translation>History of</translation>
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
            <translation>All files</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigIssueModel</name>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>File and line</source>
            <translation>File and line</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
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
            <translation>Reading the migrations…</translation>
        </message>
        <message>
            <source>Configuration Migrations</source>
            <translation>Configuration Migrations</translation>
        </message>
        <message>
            <source>Pending migrations</source>
            <translation>Pending migrations</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nothing to change.</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>Apply…</translation>
        </message>
        <message>
            <source>The configuration is at version %1; no migration is pending.</source>
            <translation>The configuration is at version %1; no migration is pending.</translation>
        </message>
        <message>
            <source>Version %1 → %2. Applying writes these changes and commits them as one commit (recorded in the audit log):
%3</source>
            <translation>Version %1 → %2. Applying writes these changes and commits them as one commit (recorded in the audit log):
%3</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigPage</name>
        <message>
            <source>Reloaded what changed on disk: %1</source>
            <translation>Reloaded what changed on disk: %1</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <source>The branch you work on; switch or create one</source>
            <translation>The branch you work on; switch or create one</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Filter keys and values…</source>
            <translation>Filter keys and values…</translation>
        </message>
        <message>
            <source>All keys</source>
            <translation>All keys</translation>
        </message>
        <message>
            <source>Overridden somewhere</source>
            <translation>Overridden somewhere</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>With problems</translation>
        </message>
        <message>
            <source>With unsaved edits</source>
            <translation>With unsaved edits</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>&lt;b&gt;bold&lt;/b&gt; = overridden · grey = inherited from base · &lt;i&gt;italic&lt;/i&gt; = unsaved · red = problem</source>
            <translation>&lt;b&gt;bold&lt;/b&gt; = overridden · grey = inherited from base · &lt;i&gt;italic&lt;/i&gt; = unsaved · red = problem</translation>
        </message>
        <message>
            <source>Configuration keys by environment</source>
            <translation>Configuration keys by environment</translation>
        </message>
        <message>
            <source>Validation problems</source>
            <translation>Validation problems</translation>
        </message>
        <message>
            <source>Unsaved edits</source>
            <translation>Unsaved edits</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Unsaved Edits</source>
            <translation>Unsaved Edits</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>detached HEAD</source>
            <translation>detached HEAD</translation>
        </message>
        <message>
            <source>↑%1 ↓%2 %3</source>
            <translation>↑%1 ↓%2 %3</translation>
        </message>
        <message>
            <source>no remote</source>
            <translation>no remote</translation>
        </message>
        <message numerus="yes">
            <source>%n uncommitted file(s)</source>
            <translation>
                <numerusform>%n uncommitted file</numerusform>
                <numerusform>%n uncommitted files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved edit(s)</source>
            <translation>
                <numerusform>%n unsaved edit</numerusform>
                <numerusform>%n unsaved edits</numerusform>
            </translation>
        </message>
        <message>
            <source>a %1 started with other tools is in progress</source>
            <translation>a %1 started with other tools is in progress</translation>
        </message>
        <message>
            <source>HEAD is detached: commit and sync are blocked</source>
            <translation>HEAD is detached: commit and sync are blocked</translation>
        </message>
        <message numerus="yes">
            <source>A sync is waiting: %n key(s) conflict with the remote. Resolve them in the Conflicts tab.</source>
            <translation>
                <numerusform>A sync is waiting: %n key conflict with the remote. Resolve them in the Conflicts tab.</numerusform>
                <numerusform>A sync is waiting: %n keys conflict with the remote. Resolve them in the Conflicts tab.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Problems (%1)</translation>
        </message>
        <message>
            <source>Unsaved Edits (%1)</source>
            <translation>Unsaved Edits (%1)</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n key(s)</source>
            <translation>
                <numerusform>%1 of %n key</numerusform>
                <numerusform>%1 of %n keys</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on disk while you have unsaved edits: %1. Your edits are kept and not saved over the change until you choose.</source>
            <translation>Changed on disk while you have unsaved edits: %1. Your edits are kept and not saved over the change until you choose.</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Syncing</translation>
        </message>
        <message>
            <source>Completing the merge</source>
            <translation>Completing the merge</translation>
        </message>
        <message>
            <source>Migrating</source>
            <translation>Migrating</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The operation failed.</source>
            <translation>The operation failed.</translation>
        </message>
        <message>
            <source>Config</source>
            <translation>Config</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigSyncDialog</name>
        <message>
            <source>Merge key by key (a merge commit; conflicts resolved per key)</source>
            <translation>Merge key by key (a merge commit; conflicts resolved per key)</translation>
        </message>
        <message>
            <source>Rebase my commits onto the remote (linear history; merges when keys conflict)</source>
            <translation>Rebase my commits onto the remote (linear history; merges when keys conflict)</translation>
        </message>
        <message>
            <source>Push my commits afterwards</source>
            <translation>Push my commits afterwards</translation>
        </message>
        <message>
            <source>Sync Configuration</source>
            <translation>Sync Configuration</translation>
        </message>
        <message>
            <source>Sync %1 with its remote?</source>
            <translation>Sync %1 with its remote?</translation>
        </message>
        <message>
            <source>%1 has no upstream yet: the sync publishes it.</source>
            <translation>%1 has no upstream yet: the sync publishes it.</translation>
        </message>
        <message numerus="yes">
            <source>%1 tracks %2: %n commit(s) to push</source>
            <translation>
                <numerusform>%1 tracks %2: %n commit to push</numerusform>
                <numerusform>%1 tracks %2: %n commits to push</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n to pull (as of the last fetch).</source>
            <translation>
                <numerusform>, %n to pull (as of the last fetch).</numerusform>
                <numerusform>, %n to pull (as of the last fetch).</numerusform>
            </translation>
        </message>
        <message>
            <source>https://git.example.com/team/config.git, git@host:team/config.git or a path</source>
            <translation>https://git.example.com/team/config.git, git@host:team/config.git or a path</translation>
        </message>
        <message>
            <source>Remote URL (added as origin):</source>
            <translation>Remote URL (added as origin):</translation>
        </message>
        <message>
            <source>Remote:</source>
            <translation>Remote:</translation>
        </message>
        <message>
            <source>When both sides have new commits</source>
            <translation>When both sides have new commits</translation>
        </message>
        <message>
            <source>Credentials for HTTPS (optional, used for this sync only)</source>
            <translation>Credentials for HTTPS (optional, used for this sync only)</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>user name</translation>
        </message>
        <message>
            <source>password or token; empty: SSH agent, keys or the keychain</source>
            <translation>password or token; empty: SSH agent, keys or the keychain</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Shipdeck will fetch %1, then bring %2 up to date with %1/%2: </source>
            <translation>Shipdeck will fetch %1, then bring %2 up to date with %1/%2: </translation>
        </message>
        <message>
            <source>a fast-forward, or a merge that combines both sides key by key.</source>
            <translation>a fast-forward, or a merge that combines both sides key by key.</translation>
        </message>
        <message>
            <source>a fast-forward, or your commits replayed on top of the remote's.</source>
            <translation>a fast-forward, or your commits replayed on top of the remote's.</translation>
        </message>
        <message>
            <source>Then it pushes %1 to %2.</source>
            <translation>Then it pushes %1 to %2.</translation>
        </message>
        <message>
            <source>Nothing is pushed.</source>
            <translation>Nothing is pushed.</translation>
        </message>
        <message>
            <source>Keys changed differently on both sides stop the sync before anything changes; you resolve them in the Conflicts tab. The sync runs as a job you can cancel.</source>
            <translation>Keys changed differently on both sides stop the sync before anything changes; you resolve them in the Conflicts tab. The sync runs as a job you can cancel.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigTableModel</name>
        <message>
            <source>Not set in the base</source>
            <translation>Not set in the base</translation>
        </message>
        <message>
            <source>Not set for %1</source>
            <translation>Not set for %1</translation>
        </message>
        <message>
            <source>Set in the base: %1:%2</source>
            <translation>Set in the base: %1:%2</translation>
        </message>
        <message>
            <source>Inherited from the base: %1:%2</source>
            <translation>Inherited from the base: %1:%2</translation>
        </message>
        <message>
            <source>Overridden for %1: %2:%3</source>
            <translation>Overridden for %1: %2:%3</translation>
        </message>
        <message>
            <source>Unsaved edit (was %1)</source>
            <translation>Unsaved edit (was %1)</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>base</source>
            <translation>base</translation>
        </message>
        <message>
            <source>Namespace (file name) and path of the key</source>
            <translation>Namespace (file name) and path of the key</translation>
        </message>
        <message>
            <source>Values in base/: shared by every environment</source>
            <translation>Values in base/: shared by every environment</translation>
        </message>
        <message>
            <source>Effective value in %1: its overlay over the base</source>
            <translation>Effective value in %1: its overlay over the base</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfigViewModel</name>
        <message>
            <source>No workspace is open.</source>
            <translation>No workspace is open.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::ConfirmDialog</name>
        <message>
            <source>Reason (required, recorded in the audit log):</source>
            <translation>Reason (required, recorded in the audit log):</translation>
        </message>
        <message>
            <source>Reason (recorded in the audit log):</source>
            <translation>Reason (recorded in the audit log):</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::DemoBanner</name>
        <message>
            <source>Start storefront with traffic</source>
            <translation>Start storefront with traffic</translation>
        </message>
        <message>
            <source>Deploy healthy canary 1.5.0…</source>
            <translation>Deploy healthy canary 1.5.0…</translation>
        </message>
        <message>
            <source>Deploy bad canary 1.5.1…</source>
            <translation>Deploy bad canary 1.5.1…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo workspace.&lt;/b&gt; Start the storefront (1.4.2, with catalog and payments) on the local provider with 100 requests/s of traffic, then deploy a healthy canary and approve it, or a bad one and watch the engine roll it back.</source>
            <translation>&lt;b&gt;Demo workspace.&lt;/b&gt; Start the storefront (1.4.2, with catalog and payments) on the local provider with 100 requests/s of traffic, then deploy a healthy canary and approve it, or a bad one and watch the engine roll it back.</translation>
        </message>
        <message>
            <source>Could not start the demo traffic: %1</source>
            <translation>Could not start the demo traffic: %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::DemoTraffic</name>
        <message>
            <source>Starting %1 and its dependencies…</source>
            <translation>Starting %1 and its dependencies…</translation>
        </message>
        <message>
            <source>%1 did not become ready within 40 s; see its instance logs</source>
            <translation>%1 did not become ready within 40 s; see its instance logs</translation>
        </message>
        <message>
            <source>%1 serves at %2 with %3 requests/s of demo traffic</source>
            <translation>%1 serves at %2 with %3 requests/s of demo traffic</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::DependencyGraphView</name>
        <message>
            <source>Dependency graph</source>
            <translation>Dependency graph</translation>
        </message>
        <message>
            <source>No components registered</source>
            <translation>No components registered</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::DiffView</name>
        <message>
            <source>Changed files</source>
            <translation>Changed files</translation>
        </message>
        <message>
            <source>Changed lines</source>
            <translation>Changed lines</translation>
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
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>No finished workflow runs yet</source>
            <translation>No finished workflow runs yet</translation>
        </message>
        <message numerus="yes">
            <source>Duration of the last %n run(s)</source>
            <translation>
                <numerusform>Duration of the last %n run</numerusform>
                <numerusform>Duration of the last %n runs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shipdeck::InstanceListModel</name>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Starting</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Not ready</translation>
        </message>
        <message>
            <source>Restarting</source>
            <translation>Restarting</translation>
        </message>
        <message>
            <source>%1 at %2 (%3)</source>
            <translation>%1 at %2 (%3)</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>No probe yet</source>
            <translation>No probe yet</translation>
        </message>
        <message>
            <source>Instance</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
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
            <translation>Restarts</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Last probe</source>
            <translation>Last probe</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
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
            <translation>A note of Shipdeck's supervisor</translation>
        </message>
        <message>
            <source>Standard error</source>
            <translation>Standard error</translation>
        </message>
        <message>
            <source>Standard output</source>
            <translation>Standard output</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::InstanceLogTail</name>
        <message>
            <source>%1 no longer runs; its whole output is in the workspace's logs/instances folder.</source>
            <translation>%1 no longer runs; its whole output is in the workspace's logs/instances folder.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::InstanceLogView</name>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Follow</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Keep the newest line in view</source>
            <translation>Keep the newest line in view</translation>
        </message>
        <message>
            <source>Clear the lines shown (the instance's log file keeps them)</source>
            <translation>Clear the lines shown (the instance's log file keeps them)</translation>
        </message>
        <message>
            <source>Output of the selected instance</source>
            <translation>Output of the selected instance</translation>
        </message>
        <message>
            <source>Output of %1</source>
            <translation>Output of %1</translation>
        </message>
        <message>
            <source>Select an instance to see what it writes.</source>
            <translation>Select an instance to see what it writes.</translation>
        </message>
        <message>
            <source>%1 earlier lines are only in the instance's log file (logs/instances/%2.log).</source>
            <translation>%1 earlier lines are only in the instance's log file (logs/instances/%2.log).</translation>
        </message>
        <message>
            <source>stdout and stderr as the instance writes them; notes of Shipdeck's supervisor in grey.</source>
            <translation>stdout and stderr as the instance writes them; notes of Shipdeck's supervisor in grey.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::JobProgressWidget</name>
        <message>
            <source>Show all jobs</source>
            <translation>Show all jobs</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>No jobs running</source>
            <translation>No jobs running</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source> (+%n more)</source>
            <translation>
                <numerusform> (+%n more)</numerusform>
                <numerusform> (+%n more)</numerusform>
            </translation>
        </message>
        <message>
            <source> — %1 %</source>
            <translation> — %1 %</translation>
        </message>
        <message>
            <source> — running</source>
            <translation> — running</translation>
        </message>
        <message>
            <source> — done</source>
            <translation> — done</translation>
        </message>
        <message>
            <source> — failed: %1</source>
            <translation> — failed: %1</translation>
        </message>
        <message>
            <source> — cancelled</source>
            <translation> — cancelled</translation>
        </message>
        <message>
            <source> — waiting</source>
            <translation> — waiting</translation>
        </message>
        <message>
            <source>Cancel this job</source>
            <translation>Cancel this job</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::JobQueueModel</name>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::JobsPage</name>
        <message>
            <source>&amp;Retry Job…</source>
            <translation>&amp;Retry Job…</translation>
        </message>
        <message>
            <source>Ca&amp;ncel Job…</source>
            <translation>Ca&amp;ncel Job…</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>Filter by state</translation>
        </message>
        <message>
            <source>Filter by workflow or error…</source>
            <translation>Filter by workflow or error…</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Span</source>
            <translation>Span</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Trace of the selected attempt</source>
            <translation>Trace of the selected attempt</translation>
        </message>
        <message>
            <source>Select a job to see its attempts and traces.</source>
            <translation>Select a job to see its attempts and traces.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · priority %3 · attempt %4 of %5&lt;br&gt;&lt;span&gt;id %6&lt;/span&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · priority %3 · attempt %4 of %5&lt;br&gt;&lt;span&gt;id %6&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;b&gt;Last error:&lt;/b&gt; %1</source>
            <translation>&lt;br&gt;&lt;b&gt;Last error:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;b&gt;Payload:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
            <translation>&lt;br&gt;&lt;b&gt;Payload:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Retry %1?</source>
            <translation>Retry %1?</translation>
        </message>
        <message>
            <source>The job goes back into the queue with fresh attempts and runs again as soon as a worker is free.</source>
            <translation>The job goes back into the queue with fresh attempts and runs again as soon as a worker is free.</translation>
        </message>
        <message>
            <source>Job %1, now %2 after %3 attempt(s)</source>
            <translation>Job %1, now %2 after %3 attempt(s)</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Cancel %1?</source>
            <translation>Cancel %1?</translation>
        </message>
        <message>
            <source>The running workflow is asked to stop at its next step; it is then marked failed and not retried.</source>
            <translation>The running workflow is asked to stop at its next step; it is then marked failed and not retried.</translation>
        </message>
        <message>
            <source>The job will not run; it is moved to the failed jobs, where it can be retried later.</source>
            <translation>The job will not run; it is moved to the failed jobs, where it can be retried later.</translation>
        </message>
        <message>
            <source>Job %1</source>
            <translation>Job %1</translation>
        </message>
        <message>
            <source>Cancel Job</source>
            <translation>Cancel Job</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeContextModel</name>
        <message>
            <source>Cluster %1 at %2
User %3 · namespace %4
Defined in %5</source>
            <translation>Cluster %1 at %2
User %3 · namespace %4
Defined in %5</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
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
            <translation>Network</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
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
            <translation>Custom Resources</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeNamespaceModel</name>
        <message>
            <source>All namespaces</source>
            <translation>All namespaces</translation>
        </message>
        <message>
            <source>%1 (terminating)</source>
            <translation>%1 (terminating)</translation>
        </message>
        <message>
            <source>Objects of every namespace, with a Namespace column</source>
            <translation>Objects of every namespace, with a Namespace column</translation>
        </message>
        <message>
            <source>Not listed by the cluster (it may not exist, or you may not list namespaces)</source>
            <translation>Not listed by the cluster (it may not exist, or you may not list namespaces)</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeObjectTableModel</name>
        <message>
            <source>Being deleted since %1</source>
            <translation>Being deleted since %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeSecretEntryModel</name>
        <message>
            <source>(not valid base64)</source>
            <translation>(not valid base64)</translation>
        </message>
        <message>
            <source>Revealed; masked again in a few seconds</source>
            <translation>Revealed; masked again in a few seconds</translation>
        </message>
        <message>
            <source>Base64 in the file, shown decoded; reveal to read it (recorded in the audit log)</source>
            <translation>Base64 in the file, shown decoded; reveal to read it (recorded in the audit log)</translation>
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
            <translation>Field</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::KubeSecretFileModel</name>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::LogPanel</name>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Previous</translation>
        </message>
        <message>
            <source>&amp;Timestamps</source>
            <translation>&amp;Timestamps</translation>
        </message>
        <message>
            <source>Re&amp;gex</source>
            <translation>Re&amp;gex</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>Match &amp;case</translation>
        </message>
        <message>
            <source>Close the log</source>
            <translation>Close the log</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Follow</translation>
        </message>
        <message>
            <source>Stream new lines and keep the end in view</source>
            <translation>Stream new lines and keep the end in view</translation>
        </message>
        <message>
            <source>The log of the previous (restarted or crashed) container</source>
            <translation>The log of the previous (restarted or crashed) container</translation>
        </message>
        <message>
            <source>Since:</source>
            <translation>Since:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 minutes</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hour</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 hours</translation>
        </message>
        <message>
            <source>Tail:</source>
            <translation>Tail:</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Read only the last lines of each container (all: the whole log)</source>
            <translation>Read only the last lines of each container (all: the whole log)</translation>
        </message>
        <message>
            <source>Filter lines…</source>
            <translation>Filter lines…</translation>
        </message>
        <message>
            <source>Opening the log…</source>
            <translation>Opening the log…</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%1 of %2 lines</translation>
        </message>
        <message>
            <source>%1 lines</source>
            <translation>%1 lines</translation>
        </message>
        <message>
            <source>filtering…</source>
            <translation>filtering…</translation>
        </message>
        <message>
            <source>%1 oldest lines dropped</source>
            <translation>%1 oldest lines dropped</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complete</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::LogView</name>
        <message>
            <source>Log lines</source>
            <translation>Log lines</translation>
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
            <translation>Go to %1</translation>
        </message>
        <message>
            <source>Navigate</source>
            <translation>Navigate</translation>
        </message>
        <message>
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Command &amp;Palette…</source>
            <translation>Command &amp;Palette…</translation>
        </message>
        <message>
            <source>Theme: Follow System</source>
            <translation>Theme: Follow System</translation>
        </message>
        <message>
            <source>Theme: Light</source>
            <translation>Theme: Light</translation>
        </message>
        <message>
            <source>Theme: Dark</source>
            <translation>Theme: Dark</translation>
        </message>
        <message>
            <source>Switch Light/Dark Theme</source>
            <translation>Switch Light/Dark Theme</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
        <message>
            <source>Shipdeck will use %1 from its next start.</source>
            <translation>Shipdeck will use %1 from its next start.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>&amp;About Shipdeck</source>
            <translation>&amp;About Shipdeck</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::MeasurementModel</name>
        <message>
            <source>background</source>
            <translation>background</translation>
        </message>
        <message>
            <source>pre-promotion</source>
            <translation>pre-promotion</translation>
        </message>
        <message>
            <source>post-promotion</source>
            <translation>post-promotion</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>step %1</translation>
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
            <translation>Metric</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Samples</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Statistic</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::NavigationSidebar</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n waiting)</source>
            <translation>
                <numerusform>%1 (%n waiting)</numerusform>
                <numerusform>%1 (%n waiting)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shipdeck::NewDeploymentDialog</name>
        <message>
            <source>New Deployment</source>
            <translation>New Deployment</translation>
        </message>
        <message>
            <source>New deployment</source>
            <translation>New deployment</translation>
        </message>
        <message>
            <source>component default</source>
            <translation>component default</translation>
        </message>
        <message>
            <source>&amp;Component:</source>
            <translation>&amp;Component:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Environment:</translation>
        </message>
        <message>
            <source>&amp;Steps:</source>
            <translation>&amp;Steps:</translation>
        </message>
        <message>
            <source>&amp;Instances:</source>
            <translation>&amp;Instances:</translation>
        </message>
        <message>
            <source>&amp;Open a Deployment File…</source>
            <translation>&amp;Open a Deployment File…</translation>
        </message>
        <message>
            <source>The form writes the file on the right; edit the file directly for anything else (analysis templates, webhooks, rollback settings).</source>
            <translation>The form writes the file on the right; edit the file directly for anything else (analysis templates, webhooks, rollback settings).</translation>
        </message>
        <message>
            <source>Deployment file</source>
            <translation>Deployment file</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Why this deployment? Recorded with your name (%1)</source>
            <translation>Why this deployment? Recorded with your name (%1)</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Reason (required):</translation>
        </message>
        <message>
            <source>&amp;Deploy</source>
            <translation>&amp;Deploy</translation>
        </message>
        <message>
            <source>Open a Deployment File</source>
            <translation>Open a Deployment File</translation>
        </message>
        <message>
            <source>Deployment files (*.yaml *.yml);;All files (*)</source>
            <translation>Deployment files (*.yaml *.yml);;All files (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Valid: %1 of %2 in %3.</source>
            <translation>Valid: %1 of %2 in %3.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) — deploying is possible once the file is valid.</source>
            <translation>
                <numerusform>%n problem — deploying is possible once the file is valid.</numerusform>
                <numerusform>%n problems — deploying is possible once the file is valid.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problem on this line</source>
            <translation>Problem on this line</translation>
        </message>
        <message>
            <source>The file has problems or is being checked.</source>
            <translation>The file has problems or is being checked.</translation>
        </message>
        <message>
            <source>Type a reason first.</source>
            <translation>Type a reason first.</translation>
        </message>
        <message>
            <source>Start the rollout.</source>
            <translation>Start the rollout.</translation>
        </message>
        <message>
            <source>Starting the deployment…</source>
            <translation>Starting the deployment…</translation>
        </message>
        <message>
            <source>The deployment did not start: %1</source>
            <translation>The deployment did not start: %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::NotificationCenter</name>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>Shipdeck</source>
            <translation>Shipdeck</translation>
        </message>
        <message numerus="yes">
            <source>%n unread notification(s)</source>
            <translation>
                <numerusform>%n unread notification</numerusform>
                <numerusform>%n unread notifications</numerusform>
            </translation>
        </message>
        <message>
            <source>No new notifications</source>
            <translation>No new notifications</translation>
        </message>
        <message>
            <source>No notifications</source>
            <translation>No notifications</translation>
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
            <translation>Job queue</translation>
        </message>
        <message>
            <source>Failed jobs</source>
            <translation>Failed jobs</translation>
        </message>
        <message>
            <source>Last maintenance</source>
            <translation>Last maintenance</translation>
        </message>
        <message>
            <source>Recent workflow runs</source>
            <translation>Recent workflow runs</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>No workspace open</translation>
        </message>
        <message>
            <source>Open a workspace (Ctrl+O) or the demo workspace to begin.</source>
            <translation>Open a workspace (Ctrl+O) or the demo workspace to begin.</translation>
        </message>
        <message>
            <source>%1 (demo)</source>
            <translation>%1 (demo)</translation>
        </message>
        <message numerus="yes">
            <source>%1 · database %2 KiB · schema %3 · %n audit record(s)</source>
            <translation>
                <numerusform>%1 · database %2 KiB · schema %3 · %n audit record</numerusform>
                <numerusform>%1 · database %2 KiB · schema %3 · %n audit records</numerusform>
            </translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Run it to check integrity and make a backup</source>
            <translation>Run it to check integrity and make a backup</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 running · %2 waiting · %3 retrying · %4 done</source>
            <translation>%1 running · %2 waiting · %3 retrying · %4 done</translation>
        </message>
        <message>
            <source>Dead-lettered after their last attempt — open Jobs to retry</source>
            <translation>Dead-lettered after their last attempt — open Jobs to retry</translation>
        </message>
        <message>
            <source>Nothing needs attention</source>
            <translation>Nothing needs attention</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Engine running, workspace open</source>
            <translation>Engine running, workspace open</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Idle</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RevisionModel</name>
        <message>
            <source>A rollout of %1 is in progress; abort it or wait for it to end first.</source>
            <translation>A rollout of %1 is in progress; abort it or wait for it to end first.</translation>
        </message>
        <message>
            <source>Revision %1 was never fully promoted (%2); only promoted revisions are rollback targets.</source>
            <translation>Revision %1 was never fully promoted (%2); only promoted revisions are rollback targets.</translation>
        </message>
        <message>
            <source>Version %1 serves now (revision %2); there is nothing to roll back.</source>
            <translation>Version %1 serves now (revision %2); there is nothing to roll back.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 · serving</source>
            <translation>%1 · serving</translation>
        </message>
        <message>
            <source>%1 · rollback to %2</source>
            <translation>%1 · rollback to %2</translation>
        </message>
        <message>
            <source>%1 (stopped: %2)</source>
            <translation>%1 (stopped: %2)</translation>
        </message>
        <message>
            <source>Revision %1 (%2), rollout %3</source>
            <translation>Revision %1 (%2), rollout %3</translation>
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
            <translation>Result</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
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
            <translation>Revisions</translation>
        </message>
        <message>
            <source>Changes of the selected revision</source>
            <translation>Changes of the selected revision</translation>
        </message>
        <message>
            <source>Roll back to %1</source>
            <translation>Roll back to %1</translation>
        </message>
        <message>
            <source>Deploy revision %1 (version %2) again</source>
            <translation>Deploy revision %1 (version %2) again</translation>
        </message>
        <message>
            <source>Select a revision to see what changed.</source>
            <translation>Select a revision to see what changed.</translation>
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
            <translation>&amp;Promote Rollout…</translation>
        </message>
        <message>
            <source>Promote Rollout &amp;Fully…</source>
            <translation>Promote Rollout &amp;Fully…</translation>
        </message>
        <message>
            <source>&amp;Abort Rollout…</source>
            <translation>&amp;Abort Rollout…</translation>
        </message>
        <message>
            <source>&amp;Retry Rollout…</source>
            <translation>&amp;Retry Rollout…</translation>
        </message>
        <message>
            <source>Pa&amp;use Rollout…</source>
            <translation>Pa&amp;use Rollout…</translation>
        </message>
        <message>
            <source>Res&amp;ume Rollout…</source>
            <translation>Res&amp;ume Rollout…</translation>
        </message>
        <message>
            <source>Roll &amp;Back to a Revision…</source>
            <translation>Roll &amp;Back to a Revision…</translation>
        </message>
        <message>
            <source>Roll Back</source>
            <translation>Roll Back</translation>
        </message>
        <message>
            <source>Rollout</source>
            <translation>Rollout</translation>
        </message>
        <message>
            <source>No earlier fully promoted revision to return to, or a rollout is in progress.</source>
            <translation>No earlier fully promoted revision to return to, or a rollout is in progress.</translation>
        </message>
        <message>
            <source>Why? e.g. "judge passed, dashboards green" — recorded with your name (%1)</source>
            <translation>Why? e.g. "judge passed, dashboards green" — recorded with your name (%1)</translation>
        </message>
        <message>
            <source>There is no earlier fully promoted revision to roll back to.</source>
            <translation>There is no earlier fully promoted revision to roll back to.</translation>
        </message>
        <message>
            <source>Why roll back? Recorded with your name (%1)</source>
            <translation>Why roll back? Recorded with your name (%1)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>%1: done</source>
            <translation>%1: done</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Roll back to revision %1</source>
            <translation>Roll back to revision %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutCharts</name>
        <message>
            <source>Error rate (%)</source>
            <translation>Error rate (%)</translation>
        </message>
        <message>
            <source>Latency p50 (ms)</source>
            <translation>Latency p50 (ms)</translation>
        </message>
        <message>
            <source>Latency p99 (ms)</source>
            <translation>Latency p99 (ms)</translation>
        </message>
        <message>
            <source>Requests per second</source>
            <translation>Requests per second</translation>
        </message>
        <message>
            <source>canary</source>
            <translation>canary</translation>
        </message>
        <message>
            <source>canary %1</source>
            <translation>canary %1</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>baseline</translation>
        </message>
        <message>
            <source>baseline %1</source>
            <translation>baseline %1</translation>
        </message>
        <message>
            <source>analysis window</source>
            <translation>analysis window</translation>
        </message>
        <message>
            <source>analysis threshold</source>
            <translation>analysis threshold</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutDetailViewModel</name>
        <message>
            <source>analysis %1</source>
            <translation>analysis %1</translation>
        </message>
        <message>
            <source>%1 threshold %2</source>
            <translation>%1 threshold %2</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutEventModel</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Step completed</source>
            <translation>Step completed</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Resumed</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Aborted</source>
            <translation>Aborted</translation>
        </message>
        <message>
            <source>Rolled back</source>
            <translation>Rolled back</translation>
        </message>
        <message>
            <source>Retried</source>
            <translation>Retried</translation>
        </message>
        <message>
            <source>Full promotion</source>
            <translation>Full promotion</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Restart</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Analysis started</source>
            <translation>Analysis started</translation>
        </message>
        <message>
            <source>Analysis successful</source>
            <translation>Analysis successful</translation>
        </message>
        <message>
            <source>Analysis failed</source>
            <translation>Analysis failed</translation>
        </message>
        <message>
            <source>Analysis inconclusive</source>
            <translation>Analysis inconclusive</translation>
        </message>
        <message>
            <source>Action failed</source>
            <translation>Action failed</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>Traffic restored</source>
            <translation>Traffic restored</translation>
        </message>
        <message>
            <source>Webhook answered</source>
            <translation>Webhook answered</translation>
        </message>
        <message>
            <source>engine</source>
            <translation>engine</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
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
            <translation>Rollout %1, revision %2, started by %3: %4</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Canary weight</source>
            <translation>Canary weight</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
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
            <translation>Active rollouts — approvals first</translation>
        </message>
        <message>
            <source>Component health</source>
            <translation>Component health</translation>
        </message>
        <message>
            <source>Active rollouts</source>
            <translation>Active rollouts</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>Delivery performance (DORA) in production</source>
            <translation>Delivery performance (DORA) in production</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Last 90 days</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Deployment frequency</source>
            <translation>Deployment frequency</translation>
        </message>
        <message>
            <source>Change lead time</source>
            <translation>Change lead time</translation>
        </message>
        <message>
            <source>Change fail rate</source>
            <translation>Change fail rate</translation>
        </message>
        <message>
            <source>Failed deployment recovery time</source>
            <translation>Failed deployment recovery time</translation>
        </message>
        <message>
            <source>Deployments per day</source>
            <translation>Deployments per day</translation>
        </message>
        <message>
            <source>Change fail rate, 7-day window (%)</source>
            <translation>Change fail rate, 7-day window (%)</translation>
        </message>
        <message>
            <source>Recent failures</source>
            <translation>Recent failures</translation>
        </message>
        <message>
            <source>%1 %2 · %3 %4</source>
            <translation>%1 %2 · %3 %4</translation>
        </message>
        <message>
            <source>healthy</source>
            <translation>healthy</translation>
        </message>
        <message>
            <source>degraded</source>
            <translation>degraded</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>unavailable</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>not running</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>No components registered</source>
            <translation>No components registered</translation>
        </message>
        <message>
            <source>%1 / week</source>
            <translation>%1 / week</translation>
        </message>
        <message numerus="yes">
            <source>%n deployment(s) ended · %1</source>
            <translation>
                <numerusform>%n deployment ended · %1</numerusform>
                <numerusform>%n deployments ended · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message numerus="yes">
            <source>median of %n change(s), commit to production</source>
            <translation>
                <numerusform>median of %n change, commit to production</numerusform>
                <numerusform>median of %n changes, commit to production</numerusform>
            </translation>
        </message>
        <message>
            <source>no commit times recorded (change.createdAt)</source>
            <translation>no commit times recorded (change.createdAt)</translation>
        </message>
        <message>
            <source>%1 of %2 deployments rolled back, aborted or undone</source>
            <translation>%1 of %2 deployments rolled back, aborted or undone</translation>
        </message>
        <message numerus="yes">
            <source>median from exposure to the stable version serving again (%n failure(s))</source>
            <translation>
                <numerusform>median from exposure to the stable version serving again (%n failure)</numerusform>
                <numerusform>median from exposure to the stable version serving again (%n failures)</numerusform>
            </translation>
        </message>
        <message>
            <source>promoted</source>
            <translation>promoted</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>change fail rate</source>
            <translation>change fail rate</translation>
        </message>
        <message>
            <source>15 % (elite and high performers)</source>
            <translation>15 % (elite and high performers)</translation>
        </message>
        <message>
            <source>No rollout in progress</source>
            <translation>No rollout in progress</translation>
        </message>
        <message>
            <source>No failed rollouts</source>
            <translation>No failed rollouts</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutStepModel</name>
        <message>
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>waits for %1</source>
            <translation>waits for %1</translation>
        </message>
        <message>
            <source>paused by a person</source>
            <translation>paused by a person</translation>
        </message>
        <message>
            <source>continues in %1</source>
            <translation>continues in %1</translation>
        </message>
        <message>
            <source>continuing</source>
            <translation>continuing</translation>
        </message>
        <message>
            <source>analysis running</source>
            <translation>analysis running</translation>
        </message>
        <message>
            <source>waits for approval</source>
            <translation>waits for approval</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Waits on / result</source>
            <translation>Waits on / result</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutView</name>
        <message>
            <source>All rollouts</source>
            <translation>All rollouts</translation>
        </message>
        <message>
            <source>Back to all rollouts (Esc)</source>
            <translation>Back to all rollouts (Esc)</translation>
        </message>
        <message>
            <source>Metrics &amp;&amp; analysis</source>
            <translation>Metrics &amp;&amp; analysis</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Deployment file</source>
            <translation>Deployment file</translation>
        </message>
        <message>
            <source>Rollout not found</source>
            <translation>Rollout not found</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Loading %1…</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 %2 · %3 · %4 · revision %5</source>
            <translation>%1 %2 · %3 · %4 · revision %5</translation>
        </message>
        <message>
            <source>Rolled back automatically by %1: %2</source>
            <translation>Rolled back automatically by %1: %2</translation>
        </message>
        <message>
            <source>the engine</source>
            <translation>the engine</translation>
        </message>
        <message>
            <source>Aborted by %1: %2</source>
            <translation>Aborted by %1: %2</translation>
        </message>
        <message>
            <source>Needs %1</source>
            <translation>Needs %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Step %1: %2 — %3</source>
            <translation>Step %1: %2 — %3</translation>
        </message>
        <message>
            <source>stable %1</source>
            <translation>stable %1</translation>
        </message>
        <message>
            <source>canary %1</source>
            <translation>canary %1</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::RolloutsPage</name>
        <message>
            <source>Requires &amp;attention</source>
            <translation>Requires &amp;attention</translation>
        </message>
        <message>
            <source>Rollouts</source>
            <translation>Rollouts</translation>
        </message>
        <message>
            <source>Filter by component, version, phase or reason…</source>
            <translation>Filter by component, version, phase or reason…</translation>
        </message>
        <message>
            <source>Filter rollouts</source>
            <translation>Filter rollouts</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>All environments</source>
            <translation>All environments</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>All phases</translation>
        </message>
        <message>
            <source>&amp;New Deployment…</source>
            <translation>&amp;New Deployment…</translation>
        </message>
        <message>
            <source>Back to All Rollouts</source>
            <translation>Back to All Rollouts</translation>
        </message>
        <message>
            <source>Open the Next Rollout That Needs Attention</source>
            <translation>Open the Next Rollout That Needs Attention</translation>
        </message>
        <message>
            <source>Show Only Rollouts That Need Attention</source>
            <translation>Show Only Rollouts That Need Attention</translation>
        </message>
        <message>
            <source>Find Rollouts…</source>
            <translation>Find Rollouts…</translation>
        </message>
        <message>
            <source>Refresh Rollouts</source>
            <translation>Refresh Rollouts</translation>
        </message>
        <message>
            <source>Start the Demo Storefront With Traffic</source>
            <translation>Start the Demo Storefront With Traffic</translation>
        </message>
        <message>
            <source>No rollout needs attention.</source>
            <translation>No rollout needs attention.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>No rollouts yet — start one with New Deployment (Ctrl+N).</source>
            <translation>No rollouts yet — start one with New Deployment (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n need attention</numerusform>
                <numerusform>%n needs attention</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval waiting: %1 %2</source>
            <translation>Approval waiting: %1 %2</translation>
        </message>
        <message>
            <source>%1 %2 needs a decision</source>
            <translation>%1 %2 needs a decision</translation>
        </message>
        <message>
            <source>%1 in %2: needs %3</source>
            <translation>%1 in %2: needs %3</translation>
        </message>
        <message>
            <source>Rolled back: %1</source>
            <translation>Rolled back: %1</translation>
        </message>
        <message>
            <source>Aborted: %1</source>
            <translation>Aborted: %1</translation>
        </message>
        <message>
            <source>%1 serves %2 again. Reason: %3</source>
            <translation>%1 serves %2 again. Reason: %3</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SecretValueDialog</name>
        <message>
            <source>Show while typing</source>
            <translation>Show while typing</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>The SOPS value type</source>
            <translation>The SOPS value type</translation>
        </message>
        <message>
            <source>Generate a random value (32 characters) instead</source>
            <translation>Generate a random value (32 characters) instead</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>A random value is generated; reveal or copy it afterwards to use it.</source>
            <translation>A random value is generated; reveal or copy it afterwards to use it.</translation>
        </message>
        <message>
            <source>The value is encrypted before it is written; it is never logged.</source>
            <translation>The value is encrypted before it is written; it is never logged.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SecretsActions</name>
        <message>
            <source>Unlock Vault…</source>
            <translation>Unlock Vault…</translation>
        </message>
        <message>
            <source>Lock Vault</source>
            <translation>Lock Vault</translation>
        </message>
        <message>
            <source>Reveal Vault Value…</source>
            <translation>Reveal Vault Value…</translation>
        </message>
        <message>
            <source>Copy Vault Value</source>
            <translation>Copy Vault Value</translation>
        </message>
        <message>
            <source>Rotate Vault Value…</source>
            <translation>Rotate Vault Value…</translation>
        </message>
        <message>
            <source>Reveal SOPS Value…</source>
            <translation>Reveal SOPS Value…</translation>
        </message>
        <message>
            <source>Edit SOPS Value…</source>
            <translation>Edit SOPS Value…</translation>
        </message>
        <message>
            <source>SOPS Recipients…</source>
            <translation>SOPS Recipients…</translation>
        </message>
        <message>
            <source>Rotate SOPS Data Key…</source>
            <translation>Rotate SOPS Data Key…</translation>
        </message>
        <message>
            <source>Reveal Kubernetes Secret Value…</source>
            <translation>Reveal Kubernetes Secret Value…</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>Mask All Revealed Secrets</source>
            <translation>Mask All Revealed Secrets</translation>
        </message>
        <message>
            <source>Every revealed value is masked again.</source>
            <translation>Every revealed value is masked again.</translation>
        </message>
        <message>
            <source>Show Secrets Audit Report</source>
            <translation>Show Secrets Audit Report</translation>
        </message>
        <message>
            <source>Reload Secrets</source>
            <translation>Reload Secrets</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Reveal…</source>
            <translation>Reveal…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Rotate…</source>
            <translation>Rotate…</translation>
        </message>
        <message>
            <source>Edit Value…</source>
            <translation>Edit Value…</translation>
        </message>
        <message>
            <source>Recipients…</source>
            <translation>Recipients…</translation>
        </message>
        <message>
            <source>Rotate Data Key…</source>
            <translation>Rotate Data Key…</translation>
        </message>
        <message>
            <source>Reveal %1?</source>
            <translation>Reveal %1?</translation>
        </message>
        <message>
            <source>The value is shown on this page for %1 seconds, then masked again. The reveal is recorded in the audit log with your name and the reason below.</source>
            <translation>The value is shown on this page for %1 seconds, then masked again. The reveal is recorded in the audit log with your name and the reason below.</translation>
        </message>
        <message>
            <source>Secret: %1</source>
            <translation>Secret: %1</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <source>Why (optional, recorded): incident number, ticket…</source>
            <translation>Why (optional, recorded): incident number, ticket…</translation>
        </message>
        <message>
            <source>The vault is unlocked.</source>
            <translation>The vault is unlocked.</translation>
        </message>
        <message>
            <source>The vault is locked; revealed values are masked again.</source>
            <translation>The vault is locked; revealed values are masked again.</translation>
        </message>
        <message>
            <source>%1 is shown for %2 seconds.</source>
            <translation>%1 is shown for %2 seconds.</translation>
        </message>
        <message>
            <source>Rotate %1?</source>
            <translation>Rotate %1?</translation>
        </message>
        <message>
            <source>The vault stores the new value as the next version of %1 and records the rotation. Services that read the old value keep it until they are given the new one.</source>
            <translation>The vault stores the new value as the next version of %1 and records the rotation. Services that read the old value keep it until they are given the new one.</translation>
        </message>
        <message>
            <source>Item: %1</source>
            <translation>Item: %1</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Rotate</translation>
        </message>
        <message>
            <source>%1 rotated (version %2).</source>
            <translation>%1 rotated (version %2).</translation>
        </message>
        <message>
            <source>Change %1?</source>
            <translation>Change %1?</translation>
        </message>
        <message>
            <source>The new value is encrypted with the file's data key and %1 is rewritten; the other values and the recipients stay as they are.</source>
            <translation>The new value is encrypted with the file's data key and %1 is rewritten; the other values and the recipients stay as they are.</translation>
        </message>
        <message>
            <source>%1 is stored in cleartext in %2 (it does not match the file's encrypted keys).</source>
            <translation>%1 is stored in cleartext in %2 (it does not match the file's encrypted keys).</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Key: %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>%1 saved in %2.</source>
            <translation>%1 saved in %2.</translation>
        </message>
        <message>
            <source>Recipients of %1</source>
            <translation>Recipients of %1</translation>
        </message>
        <message>
            <source>One age recipient (age1…) per line. Everyone listed can decrypt the file.</source>
            <translation>One age recipient (age1…) per line. Everyone listed can decrypt the file.</translation>
        </message>
        <message>
            <source>Add: %1</source>
            <translation>Add: %1</translation>
        </message>
        <message>
            <source>Remove: %1</source>
            <translation>Remove: %1</translation>
        </message>
        <message>
            <source>The recipients of %1 are unchanged.</source>
            <translation>The recipients of %1 are unchanged.</translation>
        </message>
        <message>
            <source>Change the recipients of %1?</source>
            <translation>Change the recipients of %1?</translation>
        </message>
        <message numerus="yes">
            <source>The file's data key is encrypted again for exactly these %n recipient(s); removed ones can no longer decrypt new versions (they keep what they already have — rotate the data key and the values for that).</source>
            <translation>
                <numerusform>The file's data key is encrypted again for exactly these %n recipient; removed ones can no longer decrypt new versions (they keep what they already have — rotate the data key and the values for that).</numerusform>
                <numerusform>The file's data key is encrypted again for exactly these %n recipients; removed ones can no longer decrypt new versions (they keep what they already have — rotate the data key and the values for that).</numerusform>
            </translation>
        </message>
        <message>
            <source>Update Recipients</source>
            <translation>Update Recipients</translation>
        </message>
        <message>
            <source>The recipients of %1 are updated.</source>
            <translation>The recipients of %1 are updated.</translation>
        </message>
        <message>
            <source>Rotate the data key of %1?</source>
            <translation>Rotate the data key of %1?</translation>
        </message>
        <message numerus="yes">
            <source>Every value of the file is decrypted and encrypted again with a new data key, which is encrypted for the same %n recipient(s). The values themselves do not change.</source>
            <translation>
                <numerusform>Every value of the file is decrypted and encrypted again with a new data key, which is encrypted for the same %n recipient. The values themselves do not change.</numerusform>
                <numerusform>Every value of the file is decrypted and encrypted again with a new data key, which is encrypted for the same %n recipients. The values themselves do not change.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recipient: %1</source>
            <translation>Recipient: %1</translation>
        </message>
        <message>
            <source>Rotate Data Key</source>
            <translation>Rotate Data Key</translation>
        </message>
        <message>
            <source>The data key of %1 is rotated.</source>
            <translation>The data key of %1 is rotated.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SecretsPage</name>
        <message>
            <source>Vault</source>
            <translation>Vault</translation>
        </message>
        <message>
            <source>Audit Report</source>
            <translation>Audit Report</translation>
        </message>
        <message>
            <source>SOPS Files</source>
            <translation>SOPS Files</translation>
        </message>
        <message>
            <source>Kubernetes Secrets</source>
            <translation>Kubernetes Secrets</translation>
        </message>
        <message numerus="yes">
            <source>Copied %1. The clipboard is cleared in %n second(s).</source>
            <translation>
                <numerusform>Copied %1. The clipboard is cleared in %n second.</numerusform>
                <numerusform>Copied %1. The clipboard is cleared in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cleared %1 from the clipboard.</source>
            <translation>Cleared %1 from the clipboard.</translation>
        </message>
        <message>
            <source>%1 · %2 · recipients: %3</source>
            <translation>%1 · %2 · recipients: %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1 · base64 is an encoding, not encryption: anyone who can read this file can read these values.</source>
            <translation>%1 · base64 is an encoding, not encryption: anyone who can read this file can read these values.</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>Choose a file on the left.</source>
            <translation>Choose a file on the left.</translation>
        </message>
        <message>
            <source>Kubernetes Secret manifests of the workspace, decoded and masked. Choose a file on the left.</source>
            <translation>Kubernetes Secret manifests of the workspace, decoded and masked. Choose a file on the left.</translation>
        </message>
        <message>
            <source>No workspace is open</source>
            <translation>No workspace is open</translation>
        </message>
        <message>
            <source>No vault in this workspace yet</source>
            <translation>No vault in this workspace yet</translation>
        </message>
        <message numerus="yes">
            <source>Vault unlocked · locks itself after %n minute(s) without use</source>
            <translation>
                <numerusform>Vault unlocked · locks itself after %n minute without use</numerusform>
                <numerusform>Vault unlocked · locks itself after %n minutes without use</numerusform>
            </translation>
        </message>
        <message>
            <source>Vault unlocked</source>
            <translation>Vault unlocked</translation>
        </message>
        <message>
            <source>Vault locked</source>
            <translation>Vault locked</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it with its passphrase to see its items.</source>
            <translation>The vault is locked. Unlock it with its passphrase to see its items.</translation>
        </message>
        <message>
            <source>This workspace has no vault yet.</source>
            <translation>This workspace has no vault yet.</translation>
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation>Nothing needs attention.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s) need action now</source>
            <translation>
                <numerusform>%n finding need action now</numerusform>
                <numerusform>%n findings need action now</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s) in all</source>
            <translation>
                <numerusform>%n finding in all</numerusform>
                <numerusform>%n findings in all</numerusform>
            </translation>
        </message>
        <message>
            <source>Audit Report (%1)</source>
            <translation>Audit Report (%1)</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SopsEntryModel</name>
        <message>
            <source>Revealed; masked again in a few seconds</source>
            <translation>Revealed; masked again in a few seconds</translation>
        </message>
        <message>
            <source>Encrypted; reveal to read it (recorded in the audit log)</source>
            <translation>Encrypted; reveal to read it (recorded in the audit log)</translation>
        </message>
        <message>
            <source>Not encrypted (unencrypted suffix or regex of the file)</source>
            <translation>Not encrypted (unencrypted suffix or regex of the file)</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::SopsFileModel</name>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>%1 of %2 encrypted</source>
            <translation>%1 of %2 encrypted</translation>
        </message>
        <message>
            <source>%1 (not age: kept as it is)</source>
            <translation>%1 (not age: kept as it is)</translation>
        </message>
        <message>
            <source>SOPS %1, %2</source>
            <translation>SOPS %1, %2</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Last modified</source>
            <translation>Last modified</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::StatusBarWidget</name>
        <message>
            <source>Backend state</source>
            <translation>Backend state</translation>
        </message>
        <message>
            <source>workspace %1</source>
            <translation>workspace %1</translation>
        </message>
        <message>
            <source>backend starting</source>
            <translation>backend starting</translation>
        </message>
        <message>
            <source>opening workspace…</source>
            <translation>opening workspace…</translation>
        </message>
        <message>
            <source>backend ready</source>
            <translation>backend ready</translation>
        </message>
        <message>
            <source>backend: workspace could not be opened</source>
            <translation>backend: workspace could not be opened</translation>
        </message>
        <message>
            <source>no workspace open</source>
            <translation>no workspace open</translation>
        </message>
        <message>
            <source>no workspace</source>
            <translation>no workspace</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::StepTimeline</name>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::TrafficSplitBar</name>
        <message>
            <source>Traffic split</source>
            <translation>Traffic split</translation>
        </message>
        <message>
            <source>%1 %2 %</source>
            <translation>%1 %2 %</translation>
        </message>
        <message>
            <source> (actual %1 %)</source>
            <translation> (actual %1 %)</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::UnlockVaultDialog</name>
        <message>
            <source>Unlock the Vault</source>
            <translation>Unlock the Vault</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Unlock the vault</translation>
        </message>
        <message numerus="yes">
            <source>Enter the vault passphrase. It derives the vault key (scrypt) and is not stored; the vault locks itself again after %n minute(s) without use.</source>
            <translation>
                <numerusform>Enter the vault passphrase. It derives the vault key (scrypt) and is not stored; the vault locks itself again after %n minute without use.</numerusform>
                <numerusform>Enter the vault passphrase. It derives the vault key (scrypt) and is not stored; the vault locks itself again after %n minutes without use.</numerusform>
            </translation>
        </message>
        <message>
            <source>Vault passphrase</source>
            <translation>Vault passphrase</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Use the Keychain</source>
            <translation>Use the Keychain</translation>
        </message>
        <message>
            <source>Deriving the key…</source>
            <translation>Deriving the key…</translation>
        </message>
        <message>
            <source>Wrong passphrase. Try again.</source>
            <translation>Wrong passphrase. Try again.</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::VaultAuditModel</name>
        <message>
            <source>act now</source>
            <translation>act now</translation>
        </message>
        <message>
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <source>info</source>
            <translation>info</translation>
        </message>
        <message>
            <source>Found by comparing keyed hashes of the values, never the values themselves</source>
            <translation>Found by comparing keyed hashes of the values, never the values themselves</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
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
            <translation>never</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Revealed; masked again in a few seconds</source>
            <translation>Revealed; masked again in a few seconds</translation>
        </message>
        <message>
            <source>Masked; reveal to read it (recorded in the audit log)</source>
            <translation>Masked; reveal to read it (recorded in the audit log)</translation>
        </message>
        <message>
            <source>Nothing needs attention</source>
            <translation>Nothing needs attention</translation>
        </message>
        <message numerus="yes">
            <source>Rotate every %n day(s); version %1</source>
            <translation>
                <numerusform>Rotate every %n day; version %1</numerusform>
                <numerusform>Rotate every %n days; version %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No rotation policy; version %1</source>
            <translation>No rotation policy; version %1</translation>
        </message>
        <message numerus="yes">
            <source>Revealed or copied %n time(s)</source>
            <translation>
                <numerusform>Revealed or copied %n time</numerusform>
                <numerusform>Revealed or copied %n times</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Rotated</source>
            <translation>Rotated</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Last used</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::VersionScaleRow</name>
        <message>
            <source>Apply…</source>
            <translation>Apply…</translation>
        </message>
        <message>
            <source>Stop…</source>
            <translation>Stop…</translation>
        </message>
        <message>
            <source>Instances of %1</source>
            <translation>Instances of %1</translation>
        </message>
        <message>
            <source>How many instances of %1 to run</source>
            <translation>How many instances of %1 to run</translation>
        </message>
        <message>
            <source>Scale %1 to the number on the left (asks first)</source>
            <translation>Scale %1 to the number on the left (asks first)</translation>
        </message>
        <message>
            <source>Stop every instance of %1 (asks first)</source>
            <translation>Stop every instance of %1 (asks first)</translation>
        </message>
        <message>
            <source>%1/%2 ready</source>
            <translation>%1/%2 ready</translation>
        </message>
        <message>
            <source>not running</source>
            <translation>not running</translation>
        </message>
        <message>
            <source>The stable version in the component's definition</source>
            <translation>The stable version in the component's definition</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::WorkflowRunModel</name>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
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
            <translation>Result</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Attempt</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::WorkspaceActions</name>
        <message>
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>&amp;Open Workspace…</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workspace</source>
            <translation>Open the &amp;Demo Workspace</translation>
        </message>
        <message>
            <source>&amp;Back Up Workspace…</source>
            <translation>&amp;Back Up Workspace…</translation>
        </message>
        <message>
            <source>Run &amp;Maintenance…</source>
            <translation>Run &amp;Maintenance…</translation>
        </message>
        <message>
            <source>&amp;Check Workspace Integrity</source>
            <translation>&amp;Check Workspace Integrity</translation>
        </message>
        <message>
            <source>Preparing the demo workspace…</source>
            <translation>Preparing the demo workspace…</translation>
        </message>
        <message>
            <source>Demo workspace ready</source>
            <translation>Demo workspace ready</translation>
        </message>
        <message>
            <source>Create a workspace?</source>
            <translation>Create a workspace?</translation>
        </message>
        <message>
            <source>%1 is not a Shipdeck workspace yet.

Create a new workspace there? Shipdeck will add its database (shipdeck.db) and a backups folder; nothing else in the folder changes.</source>
            <translation>%1 is not a Shipdeck workspace yet.

Create a new workspace there? Shipdeck will add its database (shipdeck.db) and a backups folder; nothing else in the folder changes.</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Open Workspace</translation>
        </message>
        <message>
            <source>Back Up Workspace</source>
            <translation>Back Up Workspace</translation>
        </message>
        <message>
            <source>Shipdeck database (*.db)</source>
            <translation>Shipdeck database (*.db)</translation>
        </message>
        <message>
            <source>Run maintenance on %1?</source>
            <translation>Run maintenance on %1?</translation>
        </message>
        <message>
            <source>Shipdeck will check and compact the workspace database. Running rollouts are not affected.</source>
            <translation>Shipdeck will check and compact the workspace database. Running rollouts are not affected.</translation>
        </message>
        <message>
            <source>Check the integrity of the database and of the audit chain</source>
            <translation>Check the integrity of the database and of the audit chain</translation>
        </message>
        <message>
            <source>Write the write-ahead log back into the database</source>
            <translation>Write the write-ahead log back into the database</translation>
        </message>
        <message>
            <source>Write a verified backup to %1/backups (the five newest are kept)</source>
            <translation>Write a verified backup to %1/backups (the five newest are kept)</translation>
        </message>
        <message>
            <source>Remove finished jobs, workflow runs and traces older than 30 days</source>
            <translation>Remove finished jobs, workflow runs and traces older than 30 days</translation>
        </message>
        <message>
            <source>Compact the database file (VACUUM)</source>
            <translation>Compact the database file (VACUUM)</translation>
        </message>
        <message>
            <source>Run Maintenance</source>
            <translation>Run Maintenance</translation>
        </message>
        <message>
            <source>Maintenance started</source>
            <translation>Maintenance started</translation>
        </message>
        <message>
            <source>Maintenance finished in %1 ms: integrity ok, backup written, %2 KiB → %3 KiB</source>
            <translation>Maintenance finished in %1 ms: integrity ok, backup written, %2 KiB → %3 KiB</translation>
        </message>
        <message>
            <source>Maintenance failed: %1</source>
            <translation>Maintenance failed: %1</translation>
        </message>
        <message numerus="yes">
            <source>Workspace intact: database ok, audit chain of %n record(s) verified</source>
            <translation>
                <numerusform>Workspace intact: database ok, audit chain of %n record verified</numerusform>
                <numerusform>Workspace intact: database ok, audit chain of %n records verified</numerusform>
            </translation>
        </message>
        <message>
            <source>Workspace check found problems: database %1; audit chain: %2</source>
            <translation>Workspace check found problems: database %1; audit chain: %2</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>intact</translation>
        </message>
    </context>
    <context>
        <name>shipdeck::YamlEditDialog</name>
        <message>
            <source>Edit %1 %2</source>
            <translation>Edit %1 %2</translation>
        </message>
        <message>
            <source>Object YAML</source>
            <translation>Object YAML</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>&amp;Back to Editing</source>
            <translation>&amp;Back to Editing</translation>
        </message>
        <message>
            <source>&amp;Review Changes</source>
            <translation>&amp;Review Changes</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Checking the edit with the server…</source>
            <translation>Checking the edit with the server…</translation>
        </message>
        <message>
            <source>The edit changes nothing the server keeps.</source>
            <translation>The edit changes nothing the server keeps.</translation>
        </message>
        <message>
            <source>The server accepted this change in a dry run. Apply replaces %1 %2.</source>
            <translation>The server accepted this change in a dry run. Apply replaces %1 %2.</translation>
        </message>
        <message>
            <source>Not validated by the server (%1). Apply replaces %2 %3.</source>
            <translation>Not validated by the server (%1). Apply replaces %2 %3.</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Applying…</translation>
        </message>
        <message>
            <source>%1 %2 edited</source>
            <translation>%1 %2 edited</translation>
        </message>
    </context>
</TS>
