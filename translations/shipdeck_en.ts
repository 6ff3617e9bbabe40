<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
