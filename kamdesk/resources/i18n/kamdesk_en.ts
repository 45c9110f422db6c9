<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With it go %n person(s)</source>
        <translation>
            <numerusform>With it go %n person</numerusform>
            <numerusform>With it go %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n record(s) (meetings, risks, KPIs, value log, RACI).</source>
        <translation>
            <numerusform>and %n record (meetings, risks, KPIs, value log, RACI).</numerusform>
            <numerusform>and %n records (meetings, risks, KPIs, value log, RACI).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDocument</name>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw influence line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dotted-line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will report to %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will have no manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n direct report(s).</source>
        <translation>
            <numerusform>%1 has %n direct report.</numerusform>
            <numerusform>%1 has %n direct reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business model (their words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their goals (their words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our KAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attractiveness (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship strength (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the client&apos;s level 1: no signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone of ours meets the client&apos;s level 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive sponsor: nobody of ours at level 1 meets the client&apos;s level 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meets nobody at the client&apos;s level 1: the signal stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link counterpart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>No value recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (delivered − received), %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, by whom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The chart is empty: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is %1 × %2 pixels: as one image its cards would be too small to read. Export it as SVG (one drawing at full size) or as a PDF of %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart would take %1 pages. Collapse some branches or show fewer levels first, or export it as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2 · row %3, column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted-line manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartLooks</name>
    <message>
        <source>Focus mode: select a person. Esc leaves focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of ours meets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way in: nobody of ours is connected to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on %1: %2 people within two influence steps; we meet %3 of the %4 client people among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc leaves focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CombView</name>
    <message>
        <source>Comb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All our people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a large account the comb shows only the people who matter; tick to show all of ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no counterpart!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export account plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the account plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meeting brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, Excel or OpenDocument, a Salesforce, Dynamics 365, HubSpot or Bitrix24 export, GraphML (yEd), GEXF, JSON or vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Mark %1 as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another company, retired, unknown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand their counterpart lines to the successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They leave the chart, the comb and the signals; their lines and history are kept. View ▸ Show people who left shows them greyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeavingSection</name>
    <message>
        <source>Mark as left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <source>You are a viewer of this account: it can be read here, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you are a viewer of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;chart as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;visible part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export account &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meeting &amp;brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete accou&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo account change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo account change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;influence lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;conflict lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people who &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamdesk workspaces (*.kam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL (postgresql+psycopg://user@host/database):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF, in page-sized tiles (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus on the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an attendee: type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees (both sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Review of current projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The client&apos;s business goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. New growth points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTime</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the meeting lasts (— not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol e-mail (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark meeting as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>Line selected: Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line drawing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the card the line goes to (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw influence line from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dotted-line manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark conflict with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link counterpart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who meets this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top levels, readable. Fit again for the whole chart; View → Show levels makes it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant: %1 · stage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client people: %1 · ours: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid value here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, title, department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the client now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default for the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not applied, kept as a draft — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioMap</name>
    <message>
        <source>Portfolio map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: the worst open signal — dark red critical, red high, orange medium, yellow low, green none. Click to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bubble size: value received. No value received yet: all small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bubble area: value received, against the largest in the same currency (amounts in different currencies are not compared): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import adds and updates all of this in one step, or nothing at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found (per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ update: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Relationship strength →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attractiveness →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaciPanel</name>
    <message>
        <source>RACI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department or person of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery, service and support, documentation, contract approval, claims and warranties, payments and credit terms, training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set RACI cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a RACI letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the RACI template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted-line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted-line manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influenced by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskSteps</name>
    <message>
        <source>Name the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update status and notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Name the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Update status and notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity concerned (RACI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the owner first: the escalation goes to a manager above them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of ours stands above the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the risk status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category, severity, due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signals so far; weighing influence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>%1: removed here, changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed here, removed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n row(s) changed on both sides: which to keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot synchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a file checked out from a team server can be synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised: sent %1, took %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuePanel</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered %2, received %3, balance %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove value entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.actions</name>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
