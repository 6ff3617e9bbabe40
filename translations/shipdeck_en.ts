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
</TS>
