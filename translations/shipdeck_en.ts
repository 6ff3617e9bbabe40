<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
