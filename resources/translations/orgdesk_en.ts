<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddMemberDialog</name>
    <message numerus="yes">
        <source>Listing the organization&apos;s people… %Ln so far</source>
        <translation>
            <numerusform>Listing the organization&apos;s people… %Ln so far</numerusform>
            <numerusform>Listing the organization&apos;s people… %Ln so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match</source>
        <translation>
            <numerusform>%Ln person matches</numerusform>
            <numerusform>%Ln people match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people who are not in the project yet</source>
        <translation>
            <numerusform>%Ln person who is not in the project yet</numerusform>
            <numerusform>%Ln people who are not in the project yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyActions</name>
    <message numerus="yes">
        <source>Deleted %1 of %n API keys</source>
        <translation>
            <numerusform>Deleted %1 of %n API key</numerusform>
            <numerusform>Deleted %1 of %n API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n failed</numerusform>
            <numerusform>; %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n</source>
        <translation>
            <numerusform>; stopped before %n</numerusform>
            <numerusform>; stopped before %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <source>Archive %n Projects</source>
        <translation>
            <numerusform>Archive %n Project</numerusform>
            <numerusform>Archive %n Projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive these %n projects?</source>
        <translation>
            <numerusform>Archive this %n project?</numerusform>
            <numerusform>Archive these %n projects?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n projects</source>
        <translation>
            <numerusform>Archive %n project</numerusform>
            <numerusform>Archive %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %1 of %n projects.</source>
        <translation>
            <numerusform>Archived %1 of %n project.</numerusform>
            <numerusform>Archived %1 of %n projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n bars, total %1, highest %2 (%3)</source>
        <translation>
            <numerusform>%n bar, total %1, highest %2 (%3)</numerusform>
            <numerusform>%n bars, total %1, highest %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message numerus="yes">
        <source>No costs in the last %n days</source>
        <translation>
            <numerusform>No costs in %n day</numerusform>
            <numerusform>No costs in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total over the last %n days: %1</source>
        <translation>
            <numerusform>Total over %n day: %1</numerusform>
            <numerusform>Total over the last %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteApiKeysDialog</name>
    <message numerus="yes">
        <source>Delete %n API Keys</source>
        <translation>
            <numerusform>Delete %n API Key</numerusform>
            <numerusform>Delete %n API Keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API keys from %1?</source>
        <translation>
            <numerusform>Delete %n API key from %1?</numerusform>
            <numerusform>Delete %n API keys from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these keys belong to a service account. A service account&apos;s key cannot be deleted on its own: it is deleted with its service account. To stop it, delete the service account in the Service accounts tab.</source>
        <translation>
            <numerusform>%n of these keys belongs to a service account. A service account&apos;s key cannot be deleted on its own: it is deleted with its service account. To stop it, delete the service account in the Service accounts tab.</numerusform>
            <numerusform>%n of these keys belong to a service account. A service account&apos;s key cannot be deleted on its own: it is deleted with its service account. To stop it, delete the service account in the Service accounts tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API keys</source>
        <translation>
            <numerusform>Delete %n API key</numerusform>
            <numerusform>Delete %n API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n API keys.</source>
        <translation>
            <numerusform>Deleted %1 of %n API key.</numerusform>
            <numerusform>Deleted %1 of %n API keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exporting %n project(s)…</source>
        <translation>
            <numerusform>Exporting %n project…</numerusform>
            <numerusform>Exporting %n projects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) to %1</source>
        <translation>
            <numerusform>Exported %n project to %1</numerusform>
            <numerusform>Exported %n projects to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Exporting %n row…</numerusform>
            <numerusform>Exporting %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>&amp;What the table shows: %n project(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;What the table shows: %n project, as searched and sorted</numerusform>
            <numerusform>&amp;What the table shows: %n projects, as searched and sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded project: %n project(s)</source>
        <translation>
            <numerusform>Every loa&amp;ded project: %n project</numerusform>
            <numerusform>Every loa&amp;ded project: %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;What the table shows: %n member(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;What the table shows: %n member, as searched and sorted</numerusform>
            <numerusform>&amp;What the table shows: %n members, as searched and sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded member: %n member(s)</source>
        <translation>
            <numerusform>Every loa&amp;ded member: %n member</numerusform>
            <numerusform>Every loa&amp;ded member: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;What the table shows: %n service account(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;What the table shows: %n service account, as searched and sorted</numerusform>
            <numerusform>&amp;What the table shows: %n service accounts, as searched and sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded service account: %n service account(s)</source>
        <translation>
            <numerusform>Every loa&amp;ded service account: %n service account</numerusform>
            <numerusform>Every loa&amp;ded service account: %n service accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;What the table shows: %n API key(s), as searched and sorted</source>
        <translation>
            <numerusform>&amp;What the table shows: %n API key, as searched and sorted</numerusform>
            <numerusform>&amp;What the table shows: %n API keys, as searched and sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every loa&amp;ded API key: %n API key(s)</source>
        <translation>
            <numerusform>Every loa&amp;ded API key: %n API key</numerusform>
            <numerusform>Every loa&amp;ded API key: %n API keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message numerus="yes">
        <source>Loading every page for the export: %n loaded…</source>
        <translation>
            <numerusform>Loading every page for the export: %n loaded…</numerusform>
            <numerusform>Loading every page for the export: %n loaded…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingController</name>
    <message numerus="yes">
        <source>Checking %n project(s) with the service…</source>
        <translation>
            <numerusform>Checking %n project with the service…</numerusform>
            <numerusform>Checking %n projects with the service…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingTexts</name>
    <message numerus="yes">
        <source>%1 of %Ln projects match</source>
        <translation>
            <numerusform>%1 of %Ln project matches</numerusform>
            <numerusform>%1 of %Ln projects match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln loaded projects — Load all to search everything</source>
        <translation>
            <numerusform>Searching %Ln loaded project — Load all to search everything</numerusform>
            <numerusform>Searching %Ln loaded projects — Load all to search everything</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln projects</source>
        <extracomment>The whole list; in the singular just &quot;%n project&quot;</extracomment>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>All %Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects loaded — more available</source>
        <translation>
            <numerusform>%Ln project loaded — more available</numerusform>
            <numerusform>%Ln projects loaded — more available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln archived)</source>
        <translation>
            <numerusform> (%Ln archived)</numerusform>
            <numerusform> (%Ln archived)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln loaded projects — Load all to search everything.</source>
        <translation>
            <numerusform>Searching %Ln loaded project — Load all to search everything.</numerusform>
            <numerusform>Searching %Ln loaded projects — Load all to search everything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln projects match (as of %2)</source>
        <extracomment>%1 matches of %n projects remembered from the last run at time %2</extracomment>
        <translation>
            <numerusform>%1 of %Ln project matches (as of %2)</numerusform>
            <numerusform>%1 of %Ln projects match (as of %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects as of %1 — refreshing…</source>
        <extracomment>Projects remembered from the last run, as they were at %1 (a time), being listed again</extracomment>
        <translation>
            <numerusform>%Ln project as of %1 — refreshing…</numerusform>
            <numerusform>%Ln projects as of %1 — refreshing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects as of %1</source>
        <translation>
            <numerusform>%Ln project as of %1</numerusform>
            <numerusform>%Ln projects as of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadStatusBar</name>
    <message numerus="yes">
        <source>Rate limited by OpenAI — retrying in %n s</source>
        <translation>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request failed — retrying in %n s</source>
        <translation>
            <numerusform>The request failed — retrying in %n s</numerusform>
            <numerusform>The request failed — retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln projects selected</source>
        <translation>
            <numerusform>%Ln project selected</numerusform>
            <numerusform>%Ln projects selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln IDs</source>
        <translation>
            <numerusform>Copied %Ln ID</numerusform>
            <numerusform>Copied %Ln IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message numerus="yes">
        <source>Waiting for OpenAI&apos;s rate limit: next try in %n s</source>
        <translation>
            <numerusform>Waiting for OpenAI&apos;s rate limit: next try in %n s</numerusform>
            <numerusform>Waiting for OpenAI&apos;s rate limit: next try in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request failed: next try in %n s</source>
        <translation>
            <numerusform>The request failed: next try in %n s</numerusform>
            <numerusform>The request failed: next try in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimeKeyDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds if it still holds the key.</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second if it still holds the key.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds if it still holds the key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationDialogs</name>
    <message numerus="yes">
        <source>%n dialog(s) closed because the connection or its admin key changed.</source>
        <translation>
            <numerusform>%n dialog closed because the connection or its admin key changed.</numerusform>
            <numerusform>%n dialogs closed because the connection or its admin key changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message numerus="yes">
        <source>%n pages in a row held only what was already listed</source>
        <translation>
            <numerusform>%n page held only what was already listed</numerusform>
            <numerusform>%n pages in a row held only what was already listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message numerus="yes">
        <source>Archived %1 of %n projects</source>
        <translation>
            <numerusform>Archived %1 of %n project</numerusform>
            <numerusform>Archived %1 of %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n failed</numerusform>
            <numerusform>; %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n</source>
        <translation>
            <numerusform>; stopped before %n</numerusform>
            <numerusform>; stopped before %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectColumns</name>
    <message numerus="yes">
        <source>Cost (%n days)</source>
        <translation>
            <numerusform>Cost (%n day)</numerusform>
            <numerusform>Cost (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What each project cost over the last %n days, today so far included</source>
        <translation>
            <numerusform>What each project cost over %n day, today so far included</numerusform>
            <numerusform>What each project cost over the last %n days, today so far included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the costs of the last %n days…</source>
        <translation>
            <numerusform>Loading the costs of %n day…</numerusform>
            <numerusform>Loading the costs of the last %n days…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectErrorText</name>
    <message numerus="yes">
        <source>Rate limited by OpenAI — retrying in %n s</source>
        <translation>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
            <numerusform>Rate limited by OpenAI — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenAI had a server error — retrying in %n s</source>
        <translation>
            <numerusform>OpenAI had a server error — retrying in %n s</numerusform>
            <numerusform>OpenAI had a server error — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenAI did not answer in time — retrying in %n s</source>
        <translation>
            <numerusform>OpenAI did not answer in time — retrying in %n s</numerusform>
            <numerusform>OpenAI did not answer in time — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection failed — retrying in %n s</source>
        <translation>
            <numerusform>The connection failed — retrying in %n s</numerusform>
            <numerusform>The connection failed — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Retrying in %n s</numerusform>
            <numerusform>Retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateLimitsTab</name>
    <message numerus="yes">
        <source>Saving %n limit(s)…</source>
        <translation>
            <numerusform>Saving 1 limit…</numerusform>
            <numerusform>Saving %n limits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) saved.</source>
        <translation>
            <numerusform>1 limit saved.</numerusform>
            <numerusform>%n limits saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved: see the Result column.</source>
        <translation>
            <numerusform>1 not saved: see the Result column.</numerusform>
            <numerusform>%n not saved: see the Result column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceListTab</name>
    <message numerus="yes">
        <source>Waiting for OpenAI&apos;s rate limit: next try in %n s</source>
        <translation>
            <numerusform>Waiting for OpenAI&apos;s rate limit: next try in %n s</numerusform>
            <numerusform>Waiting for OpenAI&apos;s rate limit: next try in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request failed: next try in %n s</source>
        <translation>
            <numerusform>The request failed: next try in %n s</numerusform>
            <numerusform>The request failed: next try in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln shown</source>
        <translation>
            <numerusform>%1 of %Ln shown</numerusform>
            <numerusform>%1 of %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln loaded</numerusform>
            <numerusform>%Ln loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRateLimitsDialog</name>
    <message numerus="yes">
        <source>Set a model&apos;s rate limits in the %n selected project(s). Nothing is sent before you press Apply, and nothing for a project that already has the values.</source>
        <translation>
            <numerusform>Set a model&apos;s rate limits in the selected project. Nothing is sent before you press Apply, and nothing for a project that already has the values.</numerusform>
            <numerusform>Set a model&apos;s rate limits in the %n selected projects. Nothing is sent before you press Apply, and nothing for a project that already has the values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template %1: %n model(s).</source>
        <translation>
            <numerusform>Template %1: 1 model.</numerusform>
            <numerusform>Template %1: %n models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the projects&apos; limits (%n update(s) to send so far)…</source>
        <translation>
            <numerusform>Reading the projects&apos; limits (1 update to send so far)…</numerusform>
            <numerusform>Reading the projects&apos; limits (%n updates to send so far)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply will send %n update(s).</source>
        <translation>
            <numerusform>Apply will send 1 update.</numerusform>
            <numerusform>Apply will send %n updates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n</source>
        <translation>
            <numerusform>Changed: %n</numerusform>
            <numerusform>Changed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (already set): %n</source>
        <translation>
            <numerusform>Unchanged (already set): %n</numerusform>
            <numerusform>Unchanged (already set): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n</source>
        <translation>
            <numerusform>Skipped: %n</numerusform>
            <numerusform>Skipped: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n</source>
        <translation>
            <numerusform>Failed: %n</numerusform>
            <numerusform>Failed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left untouched (stopped): %n</source>
        <translation>
            <numerusform>Left untouched (stopped): %n</numerusform>
            <numerusform>Left untouched (stopped): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendController</name>
    <message numerus="yes">
        <source>%n idle projects shown</source>
        <translation>
            <numerusform>%n idle project shown</numerusform>
            <numerusform>%n idle projects shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendDock</name>
    <message numerus="yes">
        <source>The projects that cost most in the last %n days</source>
        <translation>
            <numerusform>The projects that cost most in %n day</numerusform>
            <numerusform>The projects that cost most in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No project cost anything in the last %n days</source>
        <translation>
            <numerusform>No project cost anything in %n day</numerusform>
            <numerusform>No project cost anything in the last %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
