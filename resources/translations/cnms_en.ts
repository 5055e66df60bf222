<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>add site %1</source>
        <translation>add site %1</translation>
    </message>
</context>
<context>
    <name>EditOrganizationCommand</name>
    <message>
        <source>edit organization profile</source>
        <translation>edit organization profile</translation>
    </message>
</context>
<context>
    <name>EditSiteCommand</name>
    <message>
        <source>edit site %1</source>
        <translation>edit site %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>Industry code</translation>
    </message>
    <message>
        <source>Equity share</source>
        <translation>Equity share</translation>
    </message>
    <message>
        <source>Not a GB/T 4754 code: a section letter A-T, optionally followed by 2, 3 or 4 digits (e.g. C3011).</source>
        <translation>Not a GB/T 4754 code: a section letter A-T, optionally followed by 2, 3 or 4 digits (e.g. C3011).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 is too long.</translation>
    </message>
    <message>
        <source>Another site already has this code.</source>
        <translation>Another site already has this code.</translation>
    </message>
    <message>
        <source>At most 32 characters, without spaces, commas or semicolons.</source>
        <translation>At most 32 characters, without spaces, commas or semicolons.</translation>
    </message>
    <message>
        <source>Must be between 0 and 100 %.</source>
        <translation>Must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Not a valid unified social credit code.</source>
        <translation>Not a valid unified social credit code.</translation>
    </message>
    <message>
        <source>Must have 18 characters; this one has %1.</source>
        <translation>Must have 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>Character %1 ("%2") is not allowed: use digits and capital letters except I, O, S, V and Z.</source>
        <translation>Character %1 ("%2") is not allowed: use digits and capital letters except I, O, S, V and Z.</translation>
    </message>
    <message>
        <source>The check character is "%1" but should be "%2": a character may have been mistyped.</source>
        <translation>The check character is "%1" but should be "%2": a character may have been mistyped.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation>The file %1 does not exist. It may have been moved, renamed or deleted.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another file name.</source>
        <translation>The file %1 already exists. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 is not a CNMS Workbench project file. The file was not changed.</source>
        <translation>%1 is not a CNMS Workbench project file. The file was not changed.</translation>
    </message>
    <message>
        <source>The project file %1 is damaged and cannot be opened. The file was not changed; restore it from a backup copy.</source>
        <translation>The project file %1 is damaged and cannot be opened. The file was not changed; restore it from a backup copy.</translation>
    </message>
    <message>
        <source>The project file %1 was saved by a newer version of CNMS Workbench (file format %2). Update the workbench to open it. The file was not changed.</source>
        <translation>The project file %1 was saved by a newer version of CNMS Workbench (file format %2). Update the workbench to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>The project file %1 has an older format (%2) and must be upgraded, but it is read-only. Copy it to a folder where you can write and open the copy.</source>
        <translation>The project file %1 has an older format (%2) and must be upgraded, but it is read-only. Copy it to a folder where you can write and open the copy.</translation>
    </message>
    <message>
        <source>The system refused access to %1: %2</source>
        <translation>The system refused access to %1: %2</translation>
    </message>
    <message>
        <source>The project is open read-only; changes cannot be saved.</source>
        <translation>The project is open read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>That is the open project itself; choose another file name for the copy.</source>
        <translation>That is the open project itself; choose another file name for the copy.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been changed outside the workbench (%1).</source>
        <translation>The record no longer exists; it may have been changed outside the workbench (%1).</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Organization &amp;name</source>
        <translation>Organization &amp;name</translation>
    </message>
    <message>
        <source>Registered name, as on the business licence</source>
        <translation>Registered name, as on the business licence</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code</source>
        <translation>Unified social &amp;credit code</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>&amp;Industry code (GB/T 4754)</source>
        <translation>&amp;Industry code (GB/T 4754)</translation>
    </message>
    <message>
        <source>e.g. C3011</source>
        <translation>e.g. C3011</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>&amp;Boundary approach</source>
        <translation>&amp;Boundary approach</translation>
    </message>
    <message>
        <source>&amp;Standard number</source>
        <translation>&amp;Standard number</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>The number of the standard your certification body quotes; leave it blank if you do not know it.</source>
        <translation>The number of the standard your certification body quotes; leave it blank if you do not know it.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>NCV %1 %2</source>
        <translation>NCV %1 %2</translation>
    </message>
    <message>
        <source>C %1 tC/TJ</source>
        <translation>C %1 tC/TJ</translation>
    </message>
    <message>
        <source>CO2 %1 kg/TJ</source>
        <translation>CO2 %1 kg/TJ</translation>
    </message>
    <message>
        <source>oxidation %1 %</source>
        <translation>oxidation %1 %</translation>
    </message>
    <message>
        <source>CH4 %1 kg/TJ</source>
        <translation>CH4 %1 kg/TJ</translation>
    </message>
    <message>
        <source>N2O %1 kg/TJ</source>
        <translation>N2O %1 kg/TJ</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>RemoveSiteCommand</name>
    <message>
        <source>delete site %1</source>
        <translation>delete site %1</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>e.g. CX-CLK</source>
        <translation>e.g. CX-CLK</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Changxing clinker plant</source>
        <translation>e.g. Changxing clinker plant</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Equity share</source>
        <translation>&amp;Equity share</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The organization's share in the site; used when the boundary approach is equity share.</source>
        <translation>The organization's share in the site; used when the boundary approach is equity share.</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ActivityPage</name>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>No activity data yet: use Import… to bring in a CSV or xlsx file.</source>
        <translation>No activity data yet: use Import… to bring in a CSV or xlsx file.</translation>
    </message>
    <message>
        <source>%1 records shown so far (scroll for more); %2 in %3</source>
        <translation>%1 records shown so far (scroll for more); %2 in %3</translation>
    </message>
    <message>
        <source>%1 records shown; %2 in %3</source>
        <translation>%1 records shown; %2 in %3</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>Reporting &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import activity data from a CSV or xlsx file (all rows or none)</source>
        <translation>Import activity data from a CSV or xlsx file (all rows or none)</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ActivityTableModel</name>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Source type</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
</context>
<context>
    <name>cnms::gui::FactorLibraryPage</name>
    <message>
        <source>Factor sets (shipped sets are read-only)</source>
        <translation>Factor sets (shipped sets are read-only)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source> (project's own)</source>
        <translation> (project's own)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Activity unit</source>
        <translation>Activity unit</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Select a factor set to see its factors</source>
        <translation>Select a factor set to see its factors</translation>
    </message>
    <message>
        <source>Low confidence: unconfirmed or disputed value; its use is flagged in the inventory</source>
        <translation>Low confidence: unconfirmed or disputed value; its use is flagged in the inventory</translation>
    </message>
    <message>
        <source>Factors of %1 %2: %3, of which %4 of low confidence</source>
        <translation>Factors of %1 %2: %3, of which %4 of low confidence</translation>
    </message>
</context>
<context>
    <name>cnms::gui::HomePage</name>
    <message>
        <source>Operational control</source>
        <translation>Operational control</translation>
    </message>
    <message>
        <source>Financial control</source>
        <translation>Financial control</translation>
    </message>
    <message>
        <source>Equity share</source>
        <translation>Equity share</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>not entered yet</translation>
    </message>
    <message>
        <source>Boundary approach:</source>
        <translation>Boundary approach:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites:</translation>
    </message>
    <message>
        <source>Standard number:</source>
        <translation>Standard number:</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Project file:</translation>
    </message>
    <message>
        <source>File format version:</source>
        <translation>File format version:</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>CNMS Workbench</source>
        <translation>CNMS Workbench</translation>
    </message>
    <message>
        <source>Run your carbon neutrality management system according to the group standard 《工业碳中和管理体系 要求》 (Industrial carbon neutrality management system — Requirements), and keep the evidence an auditor asks for.</source>
        <translation>Run your carbon neutrality management system according to the group standard 《工业碳中和管理体系 要求》 (Industrial carbon neutrality management system — Requirements), and keep the evidence an auditor asks for.</translation>
    </message>
    <message>
        <source>What the workbench is for</source>
        <translation>What the workbench is for</translation>
    </message>
    <message>
        <source>&lt;p&gt;The standard follows the Plan-Do-Check-Act cycle of ISO 14001 and ISO 50001: &lt;b&gt;Plan&lt;/b&gt; (clauses on context, leadership, planning and support) fixes the boundary, the emission inventory and the targets; &lt;b&gt;Do&lt;/b&gt; runs the operational controls; &lt;b&gt;Check&lt;/b&gt; measures, evaluates and audits; &lt;b&gt;Act&lt;/b&gt; corrects and improves.&lt;/p&gt;&lt;p&gt;The navigation on the left follows that cycle and the clauses of the standard. Under each clause are the pages that hold the records the clause requires. Every change is recorded in the project's change log with who made it and when, and can be undone with Edit &amp;gt; Undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The standard follows the Plan-Do-Check-Act cycle of ISO 14001 and ISO 50001: &lt;b&gt;Plan&lt;/b&gt; (clauses on context, leadership, planning and support) fixes the boundary, the emission inventory and the targets; &lt;b&gt;Do&lt;/b&gt; runs the operational controls; &lt;b&gt;Check&lt;/b&gt; measures, evaluates and audits; &lt;b&gt;Act&lt;/b&gt; corrects and improves.&lt;/p&gt;&lt;p&gt;The navigation on the left follows that cycle and the clauses of the standard. Under each clause are the pages that hold the records the clause requires. Every change is recorded in the project's change log with who made it and when, and can be undone with Edit &amp;gt; Undo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Where to start</translation>
    </message>
    <message>
        <source>&lt;ol style="margin-left: 0px;"&gt;&lt;li&gt;&lt;a href="page:organization"&gt;Organization profile&lt;/a&gt;: the organization's name, unified social credit code, industry code (GB/T 4754) and the approach that sets its boundary.&lt;/li&gt;&lt;li&gt;&lt;a href="page:sites"&gt;Sites&lt;/a&gt;: every plant, station and office inside the boundary, with the organization's equity share in each.&lt;/li&gt;&lt;li&gt;Then, as the workbench grows: emission sources and activity data, the greenhouse gas inventory, targets and reduction measures, internal audit and management review.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style="margin-left: 0px;"&gt;&lt;li&gt;&lt;a href="page:organization"&gt;Organization profile&lt;/a&gt;: the organization's name, unified social credit code, industry code (GB/T 4754) and the approach that sets its boundary.&lt;/li&gt;&lt;li&gt;&lt;a href="page:sites"&gt;Sites&lt;/a&gt;: every plant, station and office inside the boundary, with the organization's equity share in each.&lt;/li&gt;&lt;li&gt;Then, as the workbench grows: emission sources and activity data, the greenhouse gas inventory, targets and reduction measures, internal audit and management review.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>No project is open. A project is one file (*.cnms) holding one organization's management system records.</source>
        <translation>No project is open. A project is one file (*.cnms) holding one organization's management system records.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>(%1 of %2 clauses met)</source>
        <translation>(%1 of %2 clauses met)</translation>
    </message>
    <message>
        <source>Readiness for audit:</source>
        <translation>Readiness for audit:</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ImportDialog</name>
    <message>
        <source>Import activity data</source>
        <translation>Import activity data</translation>
    </message>
    <message>
        <source>Activity data (*.csv *.xlsx);;All files (*)</source>
        <translation>Activity data (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Checking %1 …</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importing %1 …</translation>
    </message>
    <message>
        <source>Reading rows …</source>
        <translation>Reading rows …</translation>
    </message>
    <message>
        <source>%1 rows read …</source>
        <translation>%1 rows read …</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>Imported %1 rows from %2.</translation>
    </message>
    <message>
        <source>Dry run: all %1 rows of %2 are valid; nothing was stored.</source>
        <translation>Dry run: all %1 rows of %2 are valid; nothing was stored.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>The import was cancelled; nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <source>The file was refused with %n problem(s); nothing was stored. Fix them and import again.</source>
        <translation>
            <numerusform>The file was refused with %n problem(s); nothing was stored. Fix them and import again.</numerusform>
            <numerusform>The file was refused with %n problem(s); nothing was stored. Fix them and import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored.</source>
        <translation>The import failed; nothing was stored.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK) or xlsx with the activity data columns</source>
        <translation>CSV (UTF-8 or GBK) or xlsx with the activity data columns</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>Check every row without storing anything</source>
        <translation>Check every row without storing anything</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cnms::gui::InventoryPage</name>
    <message>
        <source>%1 tCO2e in %2</source>
        <translation>%1 tCO2e in %2</translation>
    </message>
    <message>
        <source>Uncertainty ±%1 % (95 %)</source>
        <translation>Uncertainty ±%1 % (95 %)</translation>
    </message>
    <message>
        <source>Uncertainty not available</source>
        <translation>Uncertainty not available</translation>
    </message>
    <message numerus="yes">
        <source>%n activity record(s)</source>
        <translation>
            <numerusform>%n activity record(s)</numerusform>
            <numerusform>%n activity record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>GWP: %1</source>
        <translation>GWP: %1</translation>
    </message>
    <message>
        <source>biogenic CO2 %1 t reported apart</source>
        <translation>biogenic CO2 %1 t reported apart</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <source>ISO 14064-1 category</source>
        <translation>ISO 14064-1 category</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Low-confidence factor %1 (%2@%3) used for %4: %5 tCO2e, %6 % of the total</source>
        <translation>Low-confidence factor %1 (%2@%3) used for %4: %5 tCO2e, %6 % of the total</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>Scope %1 %2</source>
        <translation>Scope %1 %2</translation>
    </message>
    <message>
        <source>Share by scope</source>
        <translation>Share by scope</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Emissions by month and scope</source>
        <translation>Emissions by month and scope</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>Reporting &amp;year:</translation>
    </message>
    <message>
        <source>&amp;GWP:</source>
        <translation>&amp;GWP:</translation>
    </message>
    <message>
        <source>Pinned for the year</source>
        <translation>Pinned for the year</translation>
    </message>
    <message>
        <source>another GWP set applies to this view only; the year stays pinned</source>
        <translation>another GWP set applies to this view only; the year stays pinned</translation>
    </message>
    <message>
        <source>By scope</source>
        <translation>By scope</translation>
    </message>
    <message>
        <source>By ISO category</source>
        <translation>By ISO category</translation>
    </message>
    <message>
        <source>By gas</source>
        <translation>By gas</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>By site</translation>
    </message>
    <message>
        <source>No activity data yet: import a file of activity data (page “Activity data”, Import…) to see the inventory.</source>
        <translation>No activity data yet: import a file of activity data (page “Activity data”, Import…) to see the inventory.</translation>
    </message>
    <message>
        <source>The inventory could not be computed:
%1</source>
        <translation>The inventory could not be computed:
%1</translation>
    </message>
</context>
<context>
    <name>cnms::gui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>CNMS projects (%1);;All files (*)</source>
        <translation>CNMS projects (%1);;All files (*)</translation>
    </message>
    <message>
        <source>%1 copy.cnms</source>
        <translation>%1 copy.cnms</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>CNMS projects (%1)</source>
        <translation>CNMS projects (%1)</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Saved a copy to %1</translation>
    </message>
    <message>
        <source>About CNMS Workbench</source>
        <translation>About CNMS Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CNMS Workbench %1&lt;/h3&gt;&lt;p&gt;碳中和管理体系工作台&lt;/p&gt;&lt;p&gt;Runs an industrial organization's carbon neutrality management system according to 《工业碳中和管理体系 要求》: organization and boundary, emissions accounting, targets, internal audit and management review, following the Plan-Do-Check-Act cycle, with every change recorded for the auditor.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CNMS Workbench %1&lt;/h3&gt;&lt;p&gt;碳中和管理体系工作台&lt;/p&gt;&lt;p&gt;Runs an industrial organization's carbon neutrality management system according to 《工业碳中和管理体系 要求》: organization and boundary, emissions accounting, targets, internal audit and management review, following the Plan-Do-Check-Act cycle, with every change recorded for the auditor.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt %2 and SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <source>CNMS Workbench</source>
        <translation>CNMS Workbench</translation>
    </message>
    <message>
        <source>File format v%1</source>
        <translation>File format v%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>Create a project file for an organization</source>
        <translation>Create a project file for an organization</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <source>Write a copy of the open project to another file</source>
        <translation>Write a copy of the open project to another file</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About CNMS Workbench</source>
        <translation>&amp;About CNMS Workbench</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>Save a Cop&amp;y…</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ManagementReviewPage</name>
    <message>
        <source>Status of actions from previous reviews</source>
        <translation>Status of actions from previous reviews</translation>
    </message>
    <message>
        <source>Changes in issues, interested parties, compliance obligations, risks and opportunities</source>
        <translation>Changes in issues, interested parties, compliance obligations, risks and opportunities</translation>
    </message>
    <message>
        <source>Carbon performance</source>
        <translation>Carbon performance</translation>
    </message>
    <message>
        <source>Internal audit results</source>
        <translation>Internal audit results</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nonconformities and corrective actions</translation>
    </message>
    <message>
        <source>Results of the evaluation of compliance</source>
        <translation>Results of the evaluation of compliance</translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation>Monitoring and measurement results</translation>
    </message>
    <message>
        <source>Adequacy of resources</source>
        <translation>Adequacy of resources</translation>
    </message>
    <message>
        <source>Communications from interested parties</source>
        <translation>Communications from interested parties</translation>
    </message>
    <message>
        <source>Opportunities for continual improvement</source>
        <translation>Opportunities for continual improvement</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>New review</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Chair (top management)</source>
        <translation>Chair (top management)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation>Names separated by semicolons</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Period covered</translation>
    </message>
    <message>
        <source>Inputs (compiled from the project)</source>
        <translation>Inputs (compiled from the project)</translation>
    </message>
    <message>
        <source>Comment of the review on this input</source>
        <translation>Comment of the review on this input</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>Suitability</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>Adequacy</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>Decisions (one a line)</source>
        <translation>Decisions (one a line)</translation>
    </message>
    <message>
        <source>Resource needs</source>
        <translation>Resource needs</translation>
    </message>
    <message>
        <source>Changes to policy or targets</source>
        <translation>Changes to policy or targets</translation>
    </message>
    <message>
        <source>Actions (actions register)</source>
        <translation>Actions (actions register)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Compile inputs again</source>
        <translation>Compile inputs again</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hold review…</source>
        <translation>Hold review…</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Management review %1</source>
        <translation>Management review %1</translation>
    </message>
    <message>
        <source>Compiled when the review is saved.</source>
        <translation>Compiled when the review is saved.</translation>
    </message>
    <message>
        <source>New review: fill in the meeting and save; the inputs are then compiled from the project.</source>
        <translation>New review: fill in the meeting and save; the inputs are then compiled from the project.</translation>
    </message>
    <message>
        <source>%1 was held on %2 (recorded by %3). A held review is read-only.</source>
        <translation>%1 was held on %2 (recorded by %3). A held review is read-only.</translation>
    </message>
    <message>
        <source>%1 is a draft. Inputs compiled %2.</source>
        <translation>%1 is a draft. Inputs compiled %2.</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>implemented</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>The review has been held and is read-only.</source>
        <translation>The review has been held and is read-only.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1: required.</translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation>%1: not a valid date.</translation>
    </message>
    <message>
        <source>%1: the period ends before it starts.</source>
        <translation>%1: the period ends before it starts.</translation>
    </message>
    <message>
        <source>%1: the meeting has not taken place yet.</source>
        <translation>%1: the meeting has not taken place yet.</translation>
    </message>
    <message>
        <source>%1: an entry has no name.</source>
        <translation>%1: an entry has no name.</translation>
    </message>
    <message>
        <source>%1: compile the inputs first.</source>
        <translation>%1: compile the inputs first.</translation>
    </message>
    <message>
        <source>%1 has been held: it is read-only and cannot be changed.</source>
        <translation>%1 has been held: it is read-only and cannot be changed.</translation>
    </message>
    <message>
        <source>The review has actions in the actions register.</source>
        <translation>The review has actions in the actions register.</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
    <message>
        <source>Hold review</source>
        <translation>Hold review</translation>
    </message>
    <message>
        <source>Record %1 as held on %2, chaired by %3? A held review can no longer be changed.</source>
        <translation>Record %1 as held on %2, chaired by %3? A held review can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NavigationTree</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NewProjectDialog</name>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>New project file</source>
        <translation>New project file</translation>
    </message>
    <message>
        <source>CNMS projects (*.cnms)</source>
        <translation>CNMS projects (*.cnms)</translation>
    </message>
    <message>
        <source>Choose where to save the project file.</source>
        <translation>Choose where to save the project file.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another file name.</source>
        <translation>The file %1 already exists. Choose another file name.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>A project is one file holding one organization's carbon neutrality management system. Enter what you know now; everything except the name can be completed later.</source>
        <translation>A project is one file holding one organization's carbon neutrality management system. Enter what you know now; everything except the name can be completed later.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Where to save the project (*.cnms)</source>
        <translation>Where to save the project (*.cnms)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
</context>
<context>
    <name>cnms::gui::OrganizationForm</name>
    <message>
        <source>Operational control</source>
        <translation>Operational control</translation>
    </message>
    <message>
        <source>Financial control</source>
        <translation>Financial control</translation>
    </message>
    <message>
        <source>Equity share</source>
        <translation>Equity share</translation>
    </message>
    <message>
        <source>Counts 100 % of the emissions of every site whose operations the organization controls.</source>
        <translation>Counts 100 % of the emissions of every site whose operations the organization controls.</translation>
    </message>
    <message>
        <source>Counts 100 % of the emissions of every site whose financial and operating policies the organization directs.</source>
        <translation>Counts 100 % of the emissions of every site whose financial and operating policies the organization directs.</translation>
    </message>
    <message>
        <source>Counts each site's emissions in proportion to the organization's equity share in it.</source>
        <translation>Counts each site's emissions in proportion to the organization's equity share in it.</translation>
    </message>
    <message>
        <source>✓ Check character matches</source>
        <translation>✓ Check character matches</translation>
    </message>
</context>
<context>
    <name>cnms::gui::OrganizationPage</name>
    <message>
        <source>Organization profile</source>
        <translation>Organization profile</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>The profile was not saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Save the profile (it can be undone with Edit &gt; Undo)</source>
        <translation>Save the profile (it can be undone with Edit &gt; Undo)</translation>
    </message>
    <message>
        <source>Discard the changes typed since the last save</source>
        <translation>Discard the changes typed since the last save</translation>
    </message>
</context>
<context>
    <name>cnms::gui::PageFrame</name>
    <message>
        <source>Clause %1: %2</source>
        <translation>Clause %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>cnms::gui::Pages</name>
    <message>
        <source>Organization profile</source>
        <translation>Organization profile</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>GHG inventory</source>
        <translation>GHG inventory</translation>
    </message>
    <message>
        <source>Activity data</source>
        <translation>Activity data</translation>
    </message>
    <message>
        <source>Emission factors</source>
        <translation>Emission factors</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ReadinessPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>in place</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>not tracked by this version</source>
        <translation>not tracked by this version</translation>
    </message>
    <message>
        <source>ready for audit: %1 clauses met, %2 partly met, %3 missing</source>
        <translation>ready for audit: %1 clauses met, %2 partly met, %3 missing</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n record, %1</numerusform>
            <numerusform>%n records, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to page: %1</source>
        <translation>Go to page: %1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translation>What the standard asks</translation>
    </message>
    <message>
        <source>Required records</source>
        <translation>Required records</translation>
    </message>
    <message>
        <source>A good example</source>
        <translation>A good example</translation>
    </message>
</context>
<context>
    <name>cnms::gui::RegisterPage</name>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete "%1" from %2?
The change log keeps what it was.</source>
        <translation>Delete "%1" from %2?
The change log keeps what it was.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>History of "%1"</source>
        <translation>History of "%1"</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
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
        <source>Change (old → new)</source>
        <translation>Change (old → new)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (highlighted)</source>
        <translation>
            <numerusform>%n overdue (highlighted)</numerusform>
            <numerusform>%n overdue (highlighted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all fields</source>
        <translation>Search all fields</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Keep the selected record as history and store a new version of it</source>
        <translation>Keep the selected record as history and store a new version of it</translation>
    </message>
</context>
<context>
    <name>cnms::gui::RegisterRecordDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>New version: %1</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cnms::gui::RegisterTableModel</name>
    <message>
        <source>Overdue: %1 was %2</source>
        <translation>Overdue: %1 was %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SiteDialog</name>
    <message>
        <source>(not specified)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Edit site %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Add site</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SiteTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Equity share %</source>
        <translation>Equity share %</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SitesPage</name>
    <message>
        <source>Delete site</source>
        <translation>Delete site</translation>
    </message>
    <message>
        <source>Delete the site %1?
You can bring it back with Edit &gt; Undo.</source>
        <translation>Delete the site %1?
You can bring it back with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 sites</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation>%1 of %2 sites shown</translation>
    </message>
    <message>
        <source>Search code, name, province or address</source>
        <translation>Search code, name, province or address</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Add a site to the organization's boundary</source>
        <translation>Add a site to the organization's boundary</translation>
    </message>
    <message>
        <source>Edit the selected site (or double-click it)</source>
        <translation>Edit the selected site (or double-click it)</translation>
    </message>
    <message>
        <source>Delete the selected site (Edit &gt; Undo brings it back)</source>
        <translation>Delete the selected site (Edit &gt; Undo brings it back)</translation>
    </message>
</context>
<context>
    <name>cnms::report::ReportPreviewDialog</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>Print Preview – %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>Two pages</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>cnms::report::ReportRenderer</name>
    <message>
        <source>There is no page to print the report on.</source>
        <translation>There is no page to print the report on.</translation>
    </message>
    <message>
        <source>The report cannot be painted on this device.</source>
        <translation>The report cannot be painted on this device.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Cannot write the report to %1: %2</translation>
    </message>
</context>
<context>
    <name>cnms::report::ReportStrings</name>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Appendix %1</source>
        <translation>Appendix %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Figure %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>No records</translation>
    </message>
    <message>
        <source>%1 more rows are not printed; export the full list from the workbench.</source>
        <translation>%1 more rows are not printed; export the full list from the workbench.</translation>
    </message>
</context>
</TS>