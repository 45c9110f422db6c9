<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>CSV or Excel, a Salesforce, Dynamics 365, HubSpot or Bitrix24 export, GraphML (yEd) or vCard.</source>
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
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
        <source>The import failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
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
        <source>Show &amp;influence lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;conflict lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
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
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
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
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
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
    <name>PortfolioPanel</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
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
        <source>%1 to add, %2 to update, %3 unchanged</source>
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
</TS>
