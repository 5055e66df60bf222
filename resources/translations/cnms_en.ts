<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddRecordCommand</name>
    <message>
        <source>add %1</source>
        <translation>add %1</translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>add site %1</source>
        <translation>add site %1</translation>
    </message>
</context>
<context>
    <name>EditActivityCommand</name>
    <message>
        <source>edit activity record %1</source>
        <translation>edit activity record %1</translation>
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
    <name>EditRecordCommand</name>
    <message>
        <source>edit %1</source>
        <translation>edit %1</translation>
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
    <message>
        <source>Another program has %1 open for writing; close it there to make changes here.
(%2)</source>
        <translation>Another program has %1 open for writing; close it there to make changes here.
(%2)</translation>
    </message>
    <message>
        <source>The disk is full (or the project reached its size limit); nothing was saved. Free some space and try again.</source>
        <translation>The disk is full (or the project reached its size limit); nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The project cannot be written (read-only file, folder or disk); nothing was saved.</source>
        <translation>The project cannot be written (read-only file, folder or disk); nothing was saved.</translation>
    </message>
    <message>
        <source>Another program is writing to the project; nothing was saved. Try again.</source>
        <translation>Another program is writing to the project; nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Unknown user or wrong password.</translation>
    </message>
    <message>
        <source>This user is disabled and cannot sign in.</source>
        <translation>This user is disabled and cannot sign in.</translation>
    </message>
    <message>
        <source>This is the project's last active administrator; make another user administrator first.</source>
        <translation>This is the project's last active administrator; make another user administrator first.</translation>
    </message>
    <message>
        <source>Sign-in cannot be required before the project has an active administrator.</source>
        <translation>Sign-in cannot be required before the project has an active administrator.</translation>
    </message>
    <message>
        <source>A user of that name already exists in this project.</source>
        <translation>A user of that name already exists in this project.</translation>
    </message>
</context>
<context>
    <name>NeutralityCharts</name>
    <message>
        <source>Marginal abatement cost curve</source>
        <translation>Marginal abatement cost curve</translation>
    </message>
    <message>
        <source>Annual reduction (tCO2e)</source>
        <translation>Annual reduction (tCO2e)</translation>
    </message>
    <message>
        <source>Cost (%1/tCO2e)</source>
        <translation>Cost (%1/tCO2e)</translation>
    </message>
    <message>
        <source>Emissions against the target trajectory</source>
        <translation>Emissions against the target trajectory</translation>
    </message>
    <message>
        <source>Target trajectory</source>
        <translation>Target trajectory</translation>
    </message>
    <message>
        <source>Actual emissions</source>
        <translation>Actual emissions</translation>
    </message>
    <message>
        <source>Effect of planned measures</source>
        <translation>Effect of planned measures</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reductions</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>From gross emissions to net</source>
        <translation>From gross emissions to net</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
</context>
<context>
    <name>NeutralityText</name>
    <message>
        <source>Energy efficiency</source>
        <translation>Energy efficiency</translation>
    </message>
    <message>
        <source>Fuel switch</source>
        <translation>Fuel switch</translation>
    </message>
    <message>
        <source>Renewable electricity</source>
        <translation>Renewable electricity</translation>
    </message>
    <message>
        <source>Process change</source>
        <translation>Process change</translation>
    </message>
    <message>
        <source>CCUS</source>
        <translation>CCUS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Implementing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Removal</translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation>Avoidance</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absolute</translation>
    </message>
    <message>
        <source>Fuel combustion</source>
        <translation>Fuel combustion</translation>
    </message>
    <message>
        <source>Process emissions</source>
        <translation>Process emissions</translation>
    </message>
    <message>
        <source>Fugitive emissions</source>
        <translation>Fugitive emissions</translation>
    </message>
    <message>
        <source>Purchased electricity</source>
        <translation>Purchased electricity</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>Purchased heat</translation>
    </message>
    <message>
        <source>CO2 recovered</source>
        <translation>CO2 recovered</translation>
    </message>
    <message>
        <source>Other indirect emissions</source>
        <translation>Other indirect emissions</translation>
    </message>
    <message>
        <source>The measure needs a title.</source>
        <translation>The measure needs a title.</translation>
    </message>
    <message>
        <source>The target needs a name.</source>
        <translation>The target needs a name.</translation>
    </message>
    <message>
        <source>Choose the scopes (or categories) the target covers.</source>
        <translation>Choose the scopes (or categories) the target covers.</translation>
    </message>
    <message>
        <source>An intensity target needs its unit of output, e.g. t clinker.</source>
        <translation>An intensity target needs its unit of output, e.g. t clinker.</translation>
    </message>
    <message>
        <source>The registry or standard is required.</source>
        <translation>The registry or standard is required.</translation>
    </message>
    <message>
        <source>The serial number or serial block is required.</source>
        <translation>The serial number or serial block is required.</translation>
    </message>
    <message>
        <source>A retired credit needs its retirement date.</source>
        <translation>A retired credit needs its retirement date.</translation>
    </message>
    <message>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>Not a date: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Must be 0 or more.</source>
        <translation>Must be 0 or more.</translation>
    </message>
    <message>
        <source>Must be above 0.</source>
        <translation>Must be above 0.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Must be a number.</translation>
    </message>
    <message>
        <source>A realised reduction is recorded once the measure is done.</source>
        <translation>A realised reduction is recorded once the measure is done.</translation>
    </message>
    <message>
        <source>The target year must come after the base year.</source>
        <translation>The target year must come after the base year.</translation>
    </message>
    <message>
        <source>Not a serial number or a block FIRST~LAST.</source>
        <translation>Not a serial number or a block FIRST~LAST.</translation>
    </message>
    <message>
        <source>Green electricity certificates (GEC, I-REC) are not offsets: they count only toward market-based scope 2.</source>
        <translation>Green electricity certificates (GEC, I-REC) are not offsets: they count only toward market-based scope 2.</translation>
    </message>
    <message>
        <source>The lifetime must be 1 to 100 years.</source>
        <translation>The lifetime must be 1 to 100 years.</translation>
    </message>
    <message>
        <source>Scopes are 1, 2 or 3.</source>
        <translation>Scopes are 1, 2 or 3.</translation>
    </message>
    <message>
        <source>ISO 14064-1 categories are 1 to 6.</source>
        <translation>ISO 14064-1 categories are 1 to 6.</translation>
    </message>
    <message>
        <source>A year between 1990 and 2100.</source>
        <translation>A year between 1990 and 2100.</translation>
    </message>
    <message>
        <source>Above 0 and at most 100 %.</source>
        <translation>Above 0 and at most 100 %.</translation>
    </message>
    <message>
        <source>Milestones lie between the base year and the target year, at 0-100 %.</source>
        <translation>Milestones lie between the base year and the target year, at 0-100 %.</translation>
    </message>
    <message>
        <source>The neutrality year must come after the base year.</source>
        <translation>The neutrality year must come after the base year.</translation>
    </message>
    <message>
        <source>Duplicate serial</source>
        <translation>Duplicate serial</translation>
    </message>
    <message>
        <source>Vintage out of range</source>
        <translation>Vintage out of range</translation>
    </message>
    <message>
        <source>Not retired</source>
        <translation>Not retired</translation>
    </message>
    <message>
        <source>Retired after the claim</source>
        <translation>Retired after the claim</translation>
    </message>
    <message>
        <source>Its serials overlap the earlier credit %1.</source>
        <translation>Its serials overlap the earlier credit %1.</translation>
    </message>
    <message>
        <source>Vintage %1 is outside the eligible window %2-%3.</source>
        <translation>Vintage %1 is outside the eligible window %2-%3.</translation>
    </message>
    <message>
        <source>Status is %1: only retired credits count.</source>
        <translation>Status is %1: only retired credits count.</translation>
    </message>
    <message>
        <source>Retired on %1, after the claim's deadline %2.</source>
        <translation>Retired on %1, after the claim's deadline %2.</translation>
    </message>
    <message>
        <source>Inventory complete for the boundary</source>
        <translation>Inventory complete for the boundary</translation>
    </message>
    <message>
        <source>Carbon-neutrality management plan with reduction targets</source>
        <translation>Carbon-neutrality management plan with reduction targets</translation>
    </message>
    <message>
        <source>Reductions shown after the first period</source>
        <translation>Reductions shown after the first period</translation>
    </message>
    <message>
        <source>Credits retired and traceable</source>
        <translation>Credits retired and traceable</translation>
    </message>
    <message>
        <source>Share of removals stated</source>
        <translation>Share of removals stated</translation>
    </message>
    <message>
        <source>The site has activity data for %1.</source>
        <translation>The site has activity data for %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sites have activity data for %3.</source>
        <translation>%1 of %2 sites have activity data for %3.</translation>
    </message>
    <message numerus="yes">
        <source>Target "%1" with neutrality year %2, and %n reduction target(s).</source>
        <translation>
            <numerusform>Target "%1" with neutrality year %2, and %n reduction target(s).</numerusform>
            <numerusform>Target "%1" with neutrality year %2, and %n reduction target(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>No reduction target is recorded.</source>
        <translation>No reduction target is recorded.</translation>
    </message>
    <message>
        <source>Reduction targets are recorded, but none states a neutrality year.</source>
        <translation>Reduction targets are recorded, but none states a neutrality year.</translation>
    </message>
    <message>
        <source>%1 below the base year %2.</source>
        <translation>%1 below the base year %2.</translation>
    </message>
    <message>
        <source>First claim period: reductions are shown from the next period.</source>
        <translation>First claim period: reductions are shown from the next period.</translation>
    </message>
    <message>
        <source>No reduction against the base year after the first period.</source>
        <translation>No reduction against the base year after the first period.</translation>
    </message>
    <message>
        <source>No credit is counted.</source>
        <translation>No credit is counted.</translation>
    </message>
    <message>
        <source>Credit %1 %2 lacks a retirement date or beneficiary.</source>
        <translation>Credit %1 %2 lacks a retirement date or beneficiary.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit record(s), each with serial, retirement date and beneficiary.</source>
        <translation>
            <numerusform>%n credit record(s), each with serial, retirement date and beneficiary.</numerusform>
            <numerusform>%n credit record(s), each with serial, retirement date and beneficiary.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removals are %1 % of the credits counted.</source>
        <translation>Removals are %1 % of the credits counted.</translation>
    </message>
    <message>
        <source>%1 tCO2e</source>
        <translation>%1 tCO2e</translation>
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
    <message>
        <source>Double-click to see the sources behind this total</source>
        <translation>Double-click to see the sources behind this total</translation>
    </message>
</context>
<context>
    <name>RemoveRecordCommand</name>
    <message>
        <source>delete %1</source>
        <translation>delete %1</translation>
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
    <name>RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sustainability officer</source>
        <translation>Sustainability officer</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Internal auditor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>edit the organization and its sites</source>
        <translation>edit the organization and its sites</translation>
    </message>
    <message>
        <source>edit activity data and emission factors</source>
        <translation>edit activity data and emission factors</translation>
    </message>
    <message>
        <source>edit offset credits, reduction measures and targets</source>
        <translation>edit offset credits, reduction measures and targets</translation>
    </message>
    <message>
        <source>edit register records</source>
        <translation>edit register records</translation>
    </message>
    <message>
        <source>plan audits and the audit programme</source>
        <translation>plan audits and the audit programme</translation>
    </message>
    <message>
        <source>answer checklists and complete audits</source>
        <translation>answer checklists and complete audits</translation>
    </message>
    <message>
        <source>raise a nonconformity</source>
        <translation>raise a nonconformity</translation>
    </message>
    <message>
        <source>contain a nonconformity, analyse its cause and carry out actions</source>
        <translation>contain a nonconformity, analyse its cause and carry out actions</translation>
    </message>
    <message>
        <source>verify, close or reopen a nonconformity</source>
        <translation>verify, close or reopen a nonconformity</translation>
    </message>
    <message>
        <source>hold a management review</source>
        <translation>hold a management review</translation>
    </message>
    <message>
        <source>administer users and sign-in</source>
        <translation>administer users and sign-in</translation>
    </message>
    <message>
        <source>Single-user project</source>
        <translation>Single-user project</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Nobody is signed in to this project, so you cannot %1.</source>
        <translation>Nobody is signed in to this project, so you cannot %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
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
    <name>cnms::gui::ActionTableModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Implemented %1 by %2</source>
        <translation>Implemented %1 by %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
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
</context>
<context>
    <name>cnms::gui::ActivityExportJob</name>
    <message>
        <source>Export activity data</source>
        <translation>Export activity data</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>%1 activity records of %2 written to %3.</source>
        <translation>%1 activity records of %2 written to %3.</translation>
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
    <message>
        <source>Correction refused</source>
        <translation>Correction refused</translation>
    </message>
    <message>
        <source>Export activity data</source>
        <translation>Export activity data</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Who entered or changed the selected record, and when</source>
        <translation>Who entered or changed the selected record, and when</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Write the year's records to xlsx or CSV in the import format</source>
        <translation>Write the year's records to xlsx or CSV in the import format</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it; Ctrl+Z undoes a correction</source>
        <translation>Double-click a cell to correct it; Ctrl+Z undoes a correction</translation>
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
    <message>
        <source>'%1' is not a date; write it as YYYY-MM-DD.</source>
        <translation>'%1' is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>'%1' is not a source type (fuel_combustion, process, fugitive, purchased_electricity, purchased_heat, co2_recovered, indirect_other).</source>
        <translation>'%1' is not a source type (fuel_combustion, process, fugitive, purchased_electricity, purchased_heat, co2_recovered, indirect_other).</translation>
    </message>
    <message>
        <source>'%1' is not a number.</source>
        <translation>'%1' is not a number.</translation>
    </message>
    <message>
        <source>'%1' is not a data quality (measured, calculated, estimated).</source>
        <translation>'%1' is not a data quality (measured, calculated, estimated).</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditChecklistPage</name>
    <message>
        <source>Audit checklist</source>
        <translation>Audit checklist</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>changed since it was recorded</source>
        <translation>changed since it was recorded</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>File %1 (SHA-256 %2…): %3</source>
        <translation>File %1 (SHA-256 %2…): %3</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Write the record as type:id, e.g. activity_data:42 or document:DOC-003.</source>
        <translation>Write the record as type:id, e.g. activity_data:42 or document:DOC-003.</translation>
    </message>
    <message>
        <source>Complete audit</source>
        <translation>Complete audit</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not answered yet; answer every item before completing the audit.</source>
        <translation>
            <numerusform>%n checklist item(s) are not answered yet; answer every item before completing the audit.</numerusform>
            <numerusform>%n checklist item(s) are not answered yet; answer every item before completing the audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete %1? The audit becomes read-only and a nonconformity is raised for every major and minor finding.</source>
        <translation>Complete %1? The audit becomes read-only and a nonconformity is raised for every major and minor finding.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>%1 is completed.</source>
        <translation>%1 is completed.</translation>
    </message>
    <message>
        <source>%1 is completed. Nonconformities raised: %2</source>
        <translation>%1 is completed. Nonconformities raised: %2</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · lead auditor %4</source>
        <translation>%1 · %2 to %3 · lead auditor %4</translation>
    </message>
    <message>
        <source>No audit is planned yet: plan one on the audit programme page.</source>
        <translation>No audit is planned yet: plan one on the audit programme page.</translation>
    </message>
    <message>
        <source>Keys: 1 conforming · 2 major · 3 minor · 4 observation · 5 opportunity for improvement · 6 not applicable. The item's evidence is edited in place (F2 or typing); the answer is stored with its evidence and the next item is selected.</source>
        <translation>Keys: 1 conforming · 2 major · 3 minor · 4 observation · 5 opportunity for improvement · 6 not applicable. The item's evidence is edited in place (F2 or typing); the answer is stored with its evidence and the next item is selected.</translation>
    </message>
    <message>
        <source>Progress per clause</source>
        <translation>Progress per clause</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Current item</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Link a record: type:id</source>
        <translation>Link a record: type:id</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Add evidence file…</source>
        <translation>Add evidence file…</translation>
    </message>
    <message>
        <source>Conclusion (optional: a count of the findings when empty)</source>
        <translation>Conclusion (optional: a count of the findings when empty)</translation>
    </message>
    <message>
        <source>Complete audit…</source>
        <translation>Complete audit…</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>Audit report…</translation>
    </message>
    <message>
        <source>Corrected to %1 by %2 on %3: %4</source>
        <translation>Corrected to %1 by %2 on %3: %4</translation>
    </message>
    <message>
        <source>Correct finding</source>
        <translation>Correct finding</translation>
    </message>
    <message>
        <source>The correction raised %1.</source>
        <translation>The correction raised %1.</translation>
    </message>
    <message>
        <source>Correct finding %1</source>
        <translation>Correct finding %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Completed on %1 by %2: the audit is read-only. A wrong finding is corrected by a new, linked record (Correct finding…), which the audit report shows.</source>
        <translation>Completed on %1 by %2: the audit is read-only. A wrong finding is corrected by a new, linked record (Correct finding…), which the audit report shows.</translation>
    </message>
    <message>
        <source>Correct finding…</source>
        <translation>Correct finding…</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditPlanDialog</name>
    <message>
        <source>Edit audit %1</source>
        <translation>Edit audit %1</translation>
    </message>
    <message>
        <source>Plan audit</source>
        <translation>Plan audit</translation>
    </message>
    <message>
        <source>One per line: process; department; owner</source>
        <translation>One per line: process; department; owner</translation>
    </message>
    <message>
        <source>One per line: name; department</source>
        <translation>One per line: name; department</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>e.g. 4-10 or 6.2,9.4</source>
        <translation>e.g. 4-10 or 6.2,9.4</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Reason for auditing anyway</source>
        <translation>Reason for auditing anyway</translation>
    </message>
    <message>
        <source>The carbon neutrality management system standard and the organization's procedures</source>
        <translation>The carbon neutrality management system standard and the organization's procedures</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Why this audit now</source>
        <translation>Why this audit now</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation>Auditees</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Independence</translation>
    </message>
    <message>
        <source>owns the audited process %1</source>
        <translation>owns the audited process %1</translation>
    </message>
    <message>
        <source>belongs to the audited department %1</source>
        <translation>belongs to the audited department %1</translation>
    </message>
    <message>
        <source>is an auditee</source>
        <translation>is an auditee</translation>
    </message>
    <message>
        <source>Acknowledge the independence warning of %1 with a reason, or change the team.</source>
        <translation>Acknowledge the independence warning of %1 with a reason, or change the team.</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditProgrammePage</name>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>Every clause is covered by an audit of %1.</source>
        <translation>Every clause is covered by an audit of %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) not covered by any audit of %1.</source>
        <translation>
            <numerusform>%n clause(s) not covered by any audit of %1.</numerusform>
            <numerusform>%n clause(s) not covered by any audit of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not visited</source>
        <translation>%1 not visited</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Sites: %1</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Audit programme</translation>
    </message>
    <message>
        <source>Edit audit</source>
        <translation>Edit audit</translation>
    </message>
    <message>
        <source>Remove audit</source>
        <translation>Remove audit</translation>
    </message>
    <message>
        <source>Remove the planned audit %1 and its checklist?</source>
        <translation>Remove the planned audit %1 and its checklist?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>What the year's audits are to establish</source>
        <translation>What the year's audits are to establish</translation>
    </message>
    <message>
        <source>Importance, changes, earlier results</source>
        <translation>Importance, changes, earlier results</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>Save programme</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Clause coverage</source>
        <translation>Clause coverage</translation>
    </message>
    <message>
        <source>Audits of the year</source>
        <translation>Audits of the year</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Plan audit…</source>
        <translation>Plan audit…</translation>
    </message>
    <message>
        <source>Edit audit…</source>
        <translation>Edit audit…</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Open checklist</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditText</name>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>Major nonconformity</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>Minor nonconformity</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Opportunity for improvement</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Cause analysed</source>
        <translation>Cause analysed</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>Action planned</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Compliance evaluation</source>
        <translation>Compliance evaluation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Correction…</source>
        <translation>Correction…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Root cause…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <source>Implemented…</source>
        <translation>Implemented…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>%1 is closed and read-only; if the problem recurs, reopen it with a reason.</source>
        <translation>%1 is closed and read-only; if the problem recurs, reopen it with a reason.</translation>
    </message>
    <message>
        <source>%1 is not closed (it is %2); only a closed nonconformity can be reopened.</source>
        <translation>%1 is not closed (it is %2); only a closed nonconformity can be reopened.</translation>
    </message>
    <message>
        <source>%1 was already reopened; continue with the new nonconformity.</source>
        <translation>%1 was already reopened; continue with the new nonconformity.</translation>
    </message>
    <message>
        <source>You own a corrective action of %1 and cannot verify its effectiveness: verification must be done by someone who owns none of its actions.</source>
        <translation>You own a corrective action of %1 and cannot verify its effectiveness: verification must be done by someone who owns none of its actions.</translation>
    </message>
    <message>
        <source>The person verifying the effectiveness of %1 must be named.</source>
        <translation>The person verifying the effectiveness of %1 must be named.</translation>
    </message>
    <message>
        <source>The effectiveness of the corrective actions of %1 has not been verified; a nonconformity is closed only after its effectiveness is verified.</source>
        <translation>The effectiveness of the corrective actions of %1 has not been verified; a nonconformity is closed only after its effectiveness is verified.</translation>
    </message>
    <message>
        <source>Record the correction or containment of %1 first: the root cause is analysed after the immediate reaction.</source>
        <translation>Record the correction or containment of %1 first: the root cause is analysed after the immediate reaction.</translation>
    </message>
    <message>
        <source>Analyse the root cause of %1 before planning corrective actions (it is %2).</source>
        <translation>Analyse the root cause of %1 before planning corrective actions (it is %2).</translation>
    </message>
    <message>
        <source>%1 has no planned corrective action to implement (it is %2).</source>
        <translation>%1 has no planned corrective action to implement (it is %2).</translation>
    </message>
    <message>
        <source>The corrective actions of %1 are not all implemented yet (it is %2); effectiveness is verified after implementation.</source>
        <translation>The corrective actions of %1 are not all implemented yet (it is %2); effectiveness is verified after implementation.</translation>
    </message>
    <message>
        <source>%1 is %2; it can be closed only after its corrective actions are implemented and verified effective.</source>
        <translation>%1 is %2; it can be closed only after its corrective actions are implemented and verified effective.</translation>
    </message>
    <message>
        <source>The correction of %1 is already recorded (it is %2).</source>
        <translation>The correction of %1 is already recorded (it is %2).</translation>
    </message>
    <message>
        <source>The root cause of %1 can no longer be changed: corrective actions are already planned (it is %2).</source>
        <translation>The root cause of %1 can no longer be changed: corrective actions are already planned (it is %2).</translation>
    </message>
    <message>
        <source>%1 is already verified effective; close it instead of adding actions.</source>
        <translation>%1 is already verified effective; close it instead of adding actions.</translation>
    </message>
    <message>
        <source>Every corrective action of %1 is already implemented.</source>
        <translation>Every corrective action of %1 is already implemented.</translation>
    </message>
    <message>
        <source>The effectiveness of %1 is already verified; close it.</source>
        <translation>The effectiveness of %1 is already verified; close it.</translation>
    </message>
    <message>
        <source>The audit is completed and read-only; correct a finding with a new, linked record instead.</source>
        <translation>The audit is completed and read-only; correct a finding with a new, linked record instead.</translation>
    </message>
    <message>
        <source>The audit cannot be completed while checklist items are unanswered.</source>
        <translation>The audit cannot be completed while checklist items are unanswered.</translation>
    </message>
    <message>
        <source>The audit cannot be completed before its start date.</source>
        <translation>The audit cannot be completed before its start date.</translation>
    </message>
    <message>
        <source>The clause scope cannot change once an item has been answered.</source>
        <translation>The clause scope cannot change once an item has been answered.</translation>
    </message>
    <message>
        <source>An audit whose checklist has answers cannot be removed.</source>
        <translation>An audit whose checklist has answers cannot be removed.</translation>
    </message>
    <message>
        <source>Every independence warning must be acknowledged with a reason before the audit is planned.</source>
        <translation>Every independence warning must be acknowledged with a reason before the audit is planned.</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ChecklistTableModel</name>
    <message>
        <source>The evidence of an answered item cannot be emptied.</source>
        <translation>The evidence of an answered item cannot be emptied.</translation>
    </message>
    <message>
        <source>Answer the item before adding evidence files.</source>
        <translation>Answer the item before adding evidence files.</translation>
    </message>
    <message>
        <source>Answer the item before linking records.</source>
        <translation>Answer the item before linking records.</translation>
    </message>
    <message>
        <source>Press 1–6 to answer</source>
        <translation>Press 1–6 to answer</translation>
    </message>
    <message>
        <source>Not stored yet: write the evidence to store the answer</source>
        <translation>Not stored yet: write the evidence to store the answer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file(s)</numerusform>
            <numerusform>%n file(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed or missing</source>
        <translation>
            <numerusform>%n changed or missing</numerusform>
            <numerusform>%n changed or missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Files and records</source>
        <translation>Files and records</translation>
    </message>
</context>
<context>
    <name>cnms::gui::CreditDialog</name>
    <message>
        <source>Edit offset credit</source>
        <translation>Edit offset credit</translation>
    </message>
    <message>
        <source>Add offset credit</source>
        <translation>Add offset credit</translation>
    </message>
    <message>
        <source>one serial, or a block FIRST~LAST</source>
        <translation>one serial, or a block FIRST~LAST</translation>
    </message>
    <message>
        <source>Registry or &amp;standard:</source>
        <translation>Registry or &amp;standard:</translation>
    </message>
    <message>
        <source>Project &amp;ID:</source>
        <translation>Project &amp;ID:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Project &amp;name:</translation>
    </message>
    <message>
        <source>Credit &amp;type:</source>
        <translation>Credit &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Vintage:</source>
        <translation>&amp;Vintage:</translation>
    </message>
    <message>
        <source>S&amp;erial:</source>
        <translation>S&amp;erial:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Retirement date:</source>
        <translation>&amp;Retirement date:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Beneficiary:</translation>
    </message>
    <message>
        <source>Retired for &amp;claim:</source>
        <translation>Retired for &amp;claim:</translation>
    </message>
    <message>
        <source>Already recorded as credit #%1 (%2 %3, vintage %4): a credit is counted only once.</source>
        <translation>Already recorded as credit #%1 (%2 %3, vintage %4): a credit is counted only once.</translation>
    </message>
</context>
<context>
    <name>cnms::gui::CreditsPage</name>
    <message>
        <source>Recognised as %1</source>
        <translation>Recognised as %1</translation>
    </message>
    <message>
        <source>Delete the offset credit %1?</source>
        <translation>Delete the offset credit %1?</translation>
    </message>
    <message>
        <source>Delete offset credit</source>
        <translation>Delete offset credit</translation>
    </message>
    <message numerus="yes">
        <source>%n credit record(s)</source>
        <translation>
            <numerusform>%n credit record(s)</numerusform>
            <numerusform>%n credit record(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n credit record(s) shown</source>
        <translation>
            <numerusform>%1 of %n credit record(s) shown</numerusform>
            <numerusform>%1 of %n credit record(s) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; retired: %2</source>
        <translation>%1; retired: %2</translation>
    </message>
    <message>
        <source>Search registry, project, serial or beneficiary</source>
        <translation>Search registry, project, serial or beneficiary</translation>
    </message>
    <message>
        <source>Record an offset credit</source>
        <translation>Record an offset credit</translation>
    </message>
    <message>
        <source>Edit the selected credit (or double-click it)</source>
        <translation>Edit the selected credit (or double-click it)</translation>
    </message>
    <message>
        <source>Delete the selected credit</source>
        <translation>Delete the selected credit</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Vintage</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Quantity (tCO2e)</source>
        <translation>Quantity (tCO2e)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import credits from CSV or xlsx: all or nothing, double counting refused</source>
        <translation>Import credits from CSV or xlsx: all or nothing, double counting refused</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>cnms::gui::DashboardTile</name>
    <message>
        <source>Open the page behind this figure</source>
        <translation>Open the page behind this figure</translation>
    </message>
</context>
<context>
    <name>cnms::gui::DashboardView</name>
    <message>
        <source>scope %1</source>
        <translation>scope %1</translation>
    </message>
    <message>
        <source>ISO categories %1</source>
        <translation>ISO categories %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>required by clause %1</source>
        <translation>required by clause %1</translation>
    </message>
    <message>
        <source>This project holds no records yet. Start here:</source>
        <translation>This project holds no records yet. Start here:</translation>
    </message>
    <message>
        <source>The dashboard fills in as the records come: emissions, targets, audits and readiness.</source>
        <translation>The dashboard fills in as the records come: emissions, targets, audits and readiness.</translation>
    </message>
    <message>
        <source>First reporting year</source>
        <translation>First reporting year</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 against %2 (%3)</translation>
    </message>
    <message>
        <source>Total emissions %1</source>
        <translation>Total emissions %1</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>Total emissions</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>Import a year's activity data to compute the inventory.</source>
        <translation>Import a year's activity data to compute the inventory.</translation>
    </message>
    <message>
        <source>Carbon neutral: %1 of credits counted</source>
        <translation>Carbon neutral: %1 of credits counted</translation>
    </message>
    <message>
        <source>Not carbon neutral: %1 of credits counted</source>
        <translation>Not carbon neutral: %1 of credits counted</translation>
    </message>
    <message>
        <source>Claim checklist: %1 of %2 met</source>
        <translation>Claim checklist: %1 of %2 met</translation>
    </message>
    <message>
        <source>Net emissions %1</source>
        <translation>Net emissions %1</translation>
    </message>
    <message>
        <source>Net emissions</source>
        <translation>Net emissions</translation>
    </message>
    <message>
        <source>No balance yet</source>
        <translation>No balance yet</translation>
    </message>
    <message>
        <source>A balance needs the year's inventory.</source>
        <translation>A balance needs the year's inventory.</translation>
    </message>
    <message>
        <source>Trajectory %1: %2</source>
        <translation>Trajectory %1: %2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Above the trajectory by %1</source>
        <translation>Above the trajectory by %1</translation>
    </message>
    <message>
        <source>Target: −%1 % by %2 (%3)</source>
        <translation>Target: −%1 % by %2 (%3)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation>No target yet</translation>
    </message>
    <message>
        <source>Set a reduction target with its base year.</source>
        <translation>Set a reduction target with its base year.</translation>
    </message>
    <message>
        <source>Set an absolute reduction target to follow the trajectory.</source>
        <translation>Set an absolute reduction target to follow the trajectory.</translation>
    </message>
    <message>
        <source>Readiness for audit</source>
        <translation>Readiness for audit</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 missing of %4 clauses</source>
        <translation>%1 met, %2 partly met, %3 missing of %4 clauses</translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation>Open nonconformities</translation>
    </message>
    <message>
        <source>With an overdue action: %1</source>
        <translation>With an overdue action: %1</translation>
    </message>
    <message>
        <source>None with an overdue action</source>
        <translation>None with an overdue action</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>None overdue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>In %1 days</translation>
    </message>
    <message>
        <source>Should have started %1 days ago</source>
        <translation>Should have started %1 days ago</translation>
    </message>
    <message>
        <source>Next internal audit</source>
        <translation>Next internal audit</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>None planned</translation>
    </message>
    <message>
        <source>Plan the year's internal audits.</source>
        <translation>Plan the year's internal audits.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1 due soon</translation>
    </message>
    <message>
        <source>All current</source>
        <translation>All current</translation>
    </message>
    <message>
        <source>Calibrations due</source>
        <translation>Calibrations due</translation>
    </message>
    <message>
        <source>Next: %1, due %2</source>
        <translation>Next: %1, due %2</translation>
    </message>
    <message>
        <source>No instruments</source>
        <translation>No instruments</translation>
    </message>
    <message>
        <source>Record the measuring instruments and their calibration due dates.</source>
        <translation>Record the measuring instruments and their calibration due dates.</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>Emissions per year (thousand tCO₂e)</source>
        <translation>Emissions per year (thousand tCO₂e)</translation>
    </message>
    <message>
        <source>Target trajectory (%1)</source>
        <translation>Target trajectory (%1)</translation>
    </message>
    <message>
        <source>Scope %1: %2 %</source>
        <translation>Scope %1: %2 %</translation>
    </message>
    <message>
        <source>Scope shares %1</source>
        <translation>Scope shares %1</translation>
    </message>
    <message>
        <source>%1 tCO₂e/%2</source>
        <translation>%1 tCO₂e/%2</translation>
    </message>
    <message>
        <source>Enter production output to see the intensity.</source>
        <translation>Enter production output to see the intensity.</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>Intensity: %1</translation>
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
    <name>cnms::gui::FindingsPage</name>
    <message>
        <source>All audits</source>
        <translation>All audits</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding(s)</numerusform>
            <numerusform>%n finding(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>e.g. 6 or 9.4</source>
        <translation>e.g. 6 or 9.4</translation>
    </message>
</context>
<context>
    <name>cnms::gui::FindingsTableModel</name>
    <message>
        <source>%1 (corrected from %2)</source>
        <translation>%1 (corrected from %2)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>cnms::gui::HistoryDialog</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
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
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <source>No change-log entries for this record.</source>
        <translation>No change-log entries for this record.</translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries, newest first.</source>
        <translation>
            <numerusform>%n change-log entries, newest first.</numerusform>
            <numerusform>%n change-log entries, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnms::gui::HistoryVerifier</name>
    <message>
        <source>%1, id %2: changed outside the application</source>
        <translation>%1, id %2: changed outside the application</translation>
    </message>
    <message>
        <source>%1, id %2: deleted outside the application</source>
        <translation>%1, id %2: deleted outside the application</translation>
    </message>
    <message>
        <source>%1, id %2: inserted outside the application</source>
        <translation>%1, id %2: inserted outside the application</translation>
    </message>
    <message>
        <source>change log: the last entry is not the one the pack names</source>
        <translation>change log: the last entry is not the one the pack names</translation>
    </message>
    <message>
        <source>change log, entry %1: edited outside the application</source>
        <translation>change log, entry %1: edited outside the application</translation>
    </message>
    <message>
        <source>change log, entries %1: deleted</source>
        <translation>change log, entries %1: deleted</translation>
    </message>
    <message>
        <source>change log, entry %1: moved or replaced</source>
        <translation>change log, entry %1: moved or replaced</translation>
    </message>
    <message>
        <source>the change log has no hash chain</source>
        <translation>the change log has no hash chain</translation>
    </message>
    <message>
        <source>file %1: changed</source>
        <translation>file %1: changed</translation>
    </message>
    <message>
        <source>file %1: missing</source>
        <translation>file %1: missing</translation>
    </message>
    <message>
        <source>file %1: not in the manifest</source>
        <translation>file %1: not in the manifest</translation>
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
    <message>
        <source>Offset credits (*.csv *.xlsx);;All files (*)</source>
        <translation>Offset credits (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Import offset credits</source>
        <translation>Import offset credits</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK) or xlsx with the offset credit columns</source>
        <translation>CSV (UTF-8 or GBK) or xlsx with the offset credit columns</translation>
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
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Change &amp;factors…</source>
        <translation>Change &amp;factors…</translation>
    </message>
    <message>
        <source>Re-pin the year to other factor sets or another GWP set, after seeing the difference</source>
        <translation>Re-pin the year to other factor sets or another GWP set, after seeing the difference</translation>
    </message>
    <message>
        <source>%1 tCO2e/%2 (scope 1+2: %3)</source>
        <translation>%1 tCO2e/%2 (scope 1+2: %3)</translation>
    </message>
    <message>
        <source>, output summed over the sites</source>
        <translation>, output summed over the sites</translation>
    </message>
    <message>
        <source>per output: the sites' outputs are in different units; enter the organization's total output</source>
        <translation>per output: the sites' outputs are in different units; enter the organization's total output</translation>
    </message>
    <message>
        <source>per output: enter production output (Output and revenue)</source>
        <translation>per output: enter production output (Output and revenue)</translation>
    </message>
    <message>
        <source>per revenue: enter revenue (Output and revenue)</source>
        <translation>per revenue: enter revenue (Output and revenue)</translation>
    </message>
    <message>
        <source>%1 %2 tCO2e/%3</source>
        <translation>%1 %2 tCO2e/%3</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>Intensity: %1</translation>
    </message>
    <message>
        <source>By site: %1</source>
        <translation>By site: %1</translation>
    </message>
</context>
<context>
    <name>cnms::gui::InventorySourcesView</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
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
        <source>Category</source>
        <translation>Category</translation>
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
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>record parameters</source>
        <translation>record parameters</translation>
    </message>
    <message>
        <source>Low-confidence factor</source>
        <translation>Low-confidence factor</translation>
    </message>
    <message>
        <source>Show all sources</source>
        <translation>Show all sources</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source(s)</numerusform>
            <numerusform>%n source(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>All emission sources: %1. Double-click a source to see its records.</source>
        <translation>All emission sources: %1. Double-click a source to see its records.</translation>
    </message>
    <message>
        <source>Sources behind %1: %2. Double-click a source to see its records.</source>
        <translation>Sources behind %1: %2. Double-click a source to see its records.</translation>
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
    <message>
        <source>The project was opened read-only.</source>
        <translation>The project was opened read-only.</translation>
    </message>
    <message>
        <source>The newest backup of this project is %1, saved %2. Restore it? Changes made after the backup are lost; the damaged file is kept beside it as "%3".</source>
        <translation>The newest backup of this project is %1, saved %2. Restore it? Changes made after the backup are lost; the damaged file is kept beside it as "%3".</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Damaged project</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>Copy the open project to a dated backup file beside it</source>
        <translation>Copy the open project to a dated backup file beside it</translation>
    </message>
    <message>
        <source>Verifying history…</source>
        <translation>Verifying history…</translation>
    </message>
    <message>
        <source>History not verified</source>
        <translation>History not verified</translation>
    </message>
    <message>
        <source>History verified</source>
        <translation>History verified</translation>
    </message>
    <message>
        <source>%1 change-log entries and %2 records agree with the hash chain</source>
        <translation>%1 change-log entries and %2 records agree with the hash chain</translation>
    </message>
    <message numerus="yes">
        <source>History: %n finding(s)</source>
        <translation>
            <numerusform>History: %n finding(s)</numerusform>
            <numerusform>History: %n finding(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run `cnms verify` for the full list)</source>
        <translation>
            <numerusform>… and %n more (run `cnms verify` for the full list)</numerusform>
            <numerusform>… and %n more (run `cnms verify` for the full list)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify history</source>
        <translation>Verify history</translation>
    </message>
    <message>
        <source>Records of this project do not agree with its change log: they were changed outside the application, or the log itself was edited.</source>
        <translation>Records of this project do not agree with its change log: they were changed outside the application, or the log itself was edited.</translation>
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
    <name>cnms::gui::MeasureDialog</name>
    <message>
        <source>Edit reduction measure</source>
        <translation>Edit reduction measure</translation>
    </message>
    <message>
        <source>Add reduction measure</source>
        <translation>Add reduction measure</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Whole organization</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>measured once done, tCO2e per year</source>
        <translation>measured once done, tCO2e per year</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Source &amp;affected:</source>
        <translation>Source &amp;affected:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Capital cost:</source>
        <translation>&amp;Capital cost:</translation>
    </message>
    <message>
        <source>Annual o&amp;perating cost change:</source>
        <translation>Annual o&amp;perating cost change:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lifetime:</translation>
    </message>
    <message>
        <source>E&amp;xpected annual reduction:</source>
        <translation>E&amp;xpected annual reduction:</translation>
    </message>
    <message>
        <source>&amp;Realised annual reduction:</source>
        <translation>&amp;Realised annual reduction:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Abatement cost:</source>
        <translation>Abatement cost:</translation>
    </message>
    <message>
        <source>Negative when the measure saves operating cost (fuel, electricity)</source>
        <translation>Negative when the measure saves operating cost (fuel, electricity)</translation>
    </message>
    <message>
        <source>A measure moves one step forward at a time (idea, planned, implementing, done), or to cancelled before it is done.</source>
        <translation>A measure moves one step forward at a time (idea, planned, implementing, done), or to cancelled before it is done.</translation>
    </message>
    <message>
        <source>Enter the annual reduction and lifetime to see the cost per tonne.</source>
        <translation>Enter the annual reduction and lifetime to see the cost per tonne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 CNY per tCO2e (discount rate %2 %, annualised over %n year(s))</source>
        <translation>
            <numerusform>%1 CNY per tCO2e (discount rate %2 %, annualised over %n year(s))</numerusform>
            <numerusform>%1 CNY per tCO2e (discount rate %2 %, annualised over %n year(s))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnms::gui::MeasuresPage</name>
    <message>
        <source>Whole organization</source>
        <translation>Whole organization</translation>
    </message>
    <message>
        <source>Delete the reduction measure "%1"?</source>
        <translation>Delete the reduction measure "%1"?</translation>
    </message>
    <message>
        <source>Delete reduction measure</source>
        <translation>Delete reduction measure</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure(s)</numerusform>
            <numerusform>%n measure(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>%1 of %n measure(s) shown</numerusform>
            <numerusform>%1 of %n measure(s) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; reductions of the measures not cancelled: %2 per year</source>
        <translation>%1; reductions of the measures not cancelled: %2 per year</translation>
    </message>
    <message>
        <source>Search title, site, owner or type</source>
        <translation>Search title, site, owner or type</translation>
    </message>
    <message>
        <source>Add a reduction measure</source>
        <translation>Add a reduction measure</translation>
    </message>
    <message>
        <source>Edit the selected measure (or double-click it)</source>
        <translation>Edit the selected measure (or double-click it)</translation>
    </message>
    <message>
        <source>Delete the selected measure</source>
        <translation>Delete the selected measure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Capital cost (CNY)</source>
        <translation>Capital cost (CNY)</translation>
    </message>
    <message>
        <source>Operating cost change (CNY/yr)</source>
        <translation>Operating cost change (CNY/yr)</translation>
    </message>
    <message>
        <source>Lifetime (yr)</source>
        <translation>Lifetime (yr)</translation>
    </message>
    <message>
        <source>Expected (tCO2e/yr)</source>
        <translation>Expected (tCO2e/yr)</translation>
    </message>
    <message>
        <source>Realised (tCO2e/yr)</source>
        <translation>Realised (tCO2e/yr)</translation>
    </message>
    <message>
        <source>Cost (CNY/tCO2e)</source>
        <translation>Cost (CNY/tCO2e)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Discount &amp;rate:</source>
        <translation>Discount &amp;rate:</translation>
    </message>
    <message>
        <source>Annualises the capital cost over the lifetime: the cost per tonne depends on it</source>
        <translation>Annualises the capital cost over the lifetime: the cost per tonne depends on it</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
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
    <name>cnms::gui::NcStepDialog</name>
    <message>
        <source>Raise nonconformity</source>
        <translation>Raise nonconformity</translation>
    </message>
    <message>
        <source>e.g. 6.2</source>
        <translation>e.g. 6.2</translation>
    </message>
    <message>
        <source>Optional: type:id of the record concerned</source>
        <translation>Optional: type:id of the record concerned</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>About record</source>
        <translation>About record</translation>
    </message>
    <message>
        <source>Correction of %1</source>
        <translation>Correction of %1</translation>
    </message>
    <message>
        <source>Correction / containment</source>
        <translation>Correction / containment</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Root cause of %1</source>
        <translation>Root cause of %1</translation>
    </message>
    <message>
        <source>Why %1?</source>
        <translation>Why %1?</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Empty: the last why</source>
        <translation>Empty: the last why</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Corrective action for %1</source>
        <translation>Corrective action for %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
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
        <source>Action of %1 implemented</source>
        <translation>Action of %1 implemented</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Effectiveness of %1</source>
        <translation>Effectiveness of %1</translation>
    </message>
    <message>
        <source>The actions were effective</source>
        <translation>The actions were effective</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Reopen %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NeutralityEvaluationPage</name>
    <message>
        <source>The project has no activity data yet: a balance needs a year's inventory.</source>
        <translation>The project has no activity data yet: a balance needs a year's inventory.</translation>
    </message>
    <message>
        <source>Evaluating …</source>
        <translation>Evaluating …</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 against %2 (%3)</translation>
    </message>
    <message>
        <source>none yet (no base-year inventory before %1)</source>
        <translation>none yet (no base-year inventory before %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n credit record(s), removals %2</source>
        <translation>
            <numerusform>%1 from %n credit record(s), removals %2</numerusform>
            <numerusform>%1 from %n credit record(s), removals %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Carbon neutral for %1</source>
        <translation>Carbon neutral for %1</translation>
    </message>
    <message>
        <source>Not carbon neutral for %1</source>
        <translation>Not carbon neutral for %1</translation>
    </message>
    <message>
        <source>Boundary %1, GWP %2; eligible vintages %3-%4, retired by %5.</source>
        <translation>Boundary %1, GWP %2; eligible vintages %3-%4, retired by %5.</translation>
    </message>
    <message>
        <source>scopes 1+2</source>
        <translation>scopes 1+2</translation>
    </message>
    <message>
        <source>whole inventory</source>
        <translation>whole inventory</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ met</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ not met</translation>
    </message>
    <message>
        <source>Credits refused for this claim (%1)</source>
        <translation>Credits refused for this claim (%1)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>&amp;Boundary:</translation>
    </message>
    <message>
        <source>&amp;GWP:</source>
        <translation>&amp;GWP:</translation>
    </message>
    <message>
        <source>&amp;Vintages:</source>
        <translation>&amp;Vintages:</translation>
    </message>
    <message>
        <source>&amp;Retired by:</source>
        <translation>&amp;Retired by:</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <source>Whole inventory</source>
        <translation>Whole inventory</translation>
    </message>
    <message>
        <source>Scopes 1+2</source>
        <translation>Scopes 1+2</translation>
    </message>
    <message>
        <source>As pinned</source>
        <translation>As pinned</translation>
    </message>
    <message>
        <source>Gross emissions in the boundary:</source>
        <translation>Gross emissions in the boundary:</translation>
    </message>
    <message>
        <source>Reductions against the base year:</source>
        <translation>Reductions against the base year:</translation>
    </message>
    <message>
        <source>Credits counted:</source>
        <translation>Credits counted:</translation>
    </message>
    <message>
        <source>Net emissions:</source>
        <translation>Net emissions:</translation>
    </message>
    <message>
        <source>Credits refused for this claim</source>
        <translation>Credits refused for this claim</translation>
    </message>
    <message>
        <source>Claim checklist (ISO 14068-1 / PAS 2060)</source>
        <translation>Claim checklist (ISO 14068-1 / PAS 2060)</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NewPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
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
    <name>cnms::gui::NonconformityPage</name>
    <message>
        <source>%1 nonconformities, %2 open, %3 with overdue actions.</source>
        <translation>%1 nonconformities, %2 open, %3 with overdue actions.</translation>
    </message>
    <message>
        <source>Actions register (%1 overdue)</source>
        <translation>Actions register (%1 overdue)</translation>
    </message>
    <message>
        <source>Actions register</source>
        <translation>Actions register</translation>
    </message>
    <message>
        <source>Select a nonconformity to see its record, history and next steps.</source>
        <translation>Select a nonconformity to see its record, history and next steps.</translation>
    </message>
    <message>
        <source>Raised by %1 on %2 (%3)</source>
        <translation>Raised by %1 on %2 (%3)</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Reopens %1: %2</source>
        <translation>Reopens %1: %2</translation>
    </message>
    <message>
        <source>Correction (%1, %2): %3</source>
        <translation>Correction (%1, %2): %3</translation>
    </message>
    <message>
        <source>Why %1? %2</source>
        <translation>Why %1? %2</translation>
    </message>
    <message>
        <source>Root cause (%1): %2</source>
        <translation>Root cause (%1): %2</translation>
    </message>
    <message>
        <source>Action %1: %2 — %3, due %4, %5</source>
        <translation>Action %1: %2 — %3, due %4, %5</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>open, overdue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>implemented %1</source>
        <translation>implemented %1</translation>
    </message>
    <message>
        <source>Effectiveness verified by %1 on %2: %3</source>
        <translation>Effectiveness verified by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>Closed by %1 on %2</translation>
    </message>
    <message>
        <source>Close nonconformity</source>
        <translation>Close nonconformity</translation>
    </message>
    <message>
        <source>Close %1? It becomes read-only; a recurrence is handled by reopening it.</source>
        <translation>Close %1? It becomes read-only; a recurrence is handled by reopening it.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nonconformities</translation>
    </message>
    <message>
        <source>Raise nonconformity…</source>
        <translation>Raise nonconformity…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
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
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NonconformityTableModel</name>
    <message>
        <source>%1 (reopened as %2)</source>
        <translation>%1 (reopened as %2)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>NC</source>
        <translation>NC</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
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
        <source>Audit programme</source>
        <translation>Audit programme</translation>
    </message>
    <message>
        <source>Audit checklist</source>
        <translation>Audit checklist</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Audit findings</translation>
    </message>
    <message>
        <source>Nonconformities and actions</source>
        <translation>Nonconformities and actions</translation>
    </message>
    <message>
        <source>Reduction measures</source>
        <translation>Reduction measures</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Offset credits</source>
        <translation>Offset credits</translation>
    </message>
    <message>
        <source>Neutrality evaluation</source>
        <translation>Neutrality evaluation</translation>
    </message>
    <message>
        <source>Users and sign-in</source>
        <translation>Users and sign-in</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
    <message>
        <source>Output and revenue</source>
        <translation>Output and revenue</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ProductionFigureDialog</name>
    <message>
        <source>Edit output or revenue</source>
        <translation>Edit output or revenue</translation>
    </message>
    <message>
        <source>Add output or revenue</source>
        <translation>Add output or revenue</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Production output</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Whole organization</translation>
    </message>
    <message>
        <source>e.g. P·O 42.5 cement</source>
        <translation>e.g. P·O 42.5 cement</translation>
    </message>
    <message>
        <source>e.g. statistics report 2024, table 3</source>
        <translation>e.g. statistics report 2024, table 3</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Product or description:</source>
        <translation>&amp;Product or description:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>10^4 CNY is ten thousand yuan (万元)</source>
        <translation>10^4 CNY is ten thousand yuan (万元)</translation>
    </message>
    <message>
        <source>The product unit, e.g. t clinker</source>
        <translation>The product unit, e.g. t clinker</translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation>The year must be between 1990 and 2100.</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>Enter a quantity above 0.</translation>
    </message>
    <message>
        <source>This site is not a site of the project.</source>
        <translation>This site is not a site of the project.</translation>
    </message>
    <message>
        <source>There is already a figure of this year, site, kind and unit; edit that one instead.</source>
        <translation>There is already a figure of this year, site, kind and unit; edit that one instead.</translation>
    </message>
    <message>
        <source>The unit must be at most 64 characters.</source>
        <translation>The unit must be at most 64 characters.</translation>
    </message>
    <message>
        <source>Enter the unit, e.g. t clinker or 10^4 CNY.</source>
        <translation>Enter the unit, e.g. t clinker or 10^4 CNY.</translation>
    </message>
    <message>
        <source>This text is not valid.</source>
        <translation>This text is not valid.</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ProductionPage</name>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Production output</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Whole organization</translation>
    </message>
    <message>
        <source>Intensity appears here once a year has activity data.</source>
        <translation>Intensity appears here once a year has activity data.</translation>
    </message>
    <message>
        <source>%1 tCO2e/%2</source>
        <translation>%1 tCO2e/%2</translation>
    </message>
    <message>
        <source>per output: the sites' outputs are in different units; enter the organization's total</source>
        <translation>per output: the sites' outputs are in different units; enter the organization's total</translation>
    </message>
    <message>
        <source>per output: enter production output</source>
        <translation>per output: enter production output</translation>
    </message>
    <message>
        <source>per revenue: enter revenue</source>
        <translation>per revenue: enter revenue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Intensity of the organization (total emissions per unit)</source>
        <translation>Intensity of the organization (total emissions per unit)</translation>
    </message>
    <message>
        <source>Delete this figure?</source>
        <translation>Delete this figure?</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 (%3)?</source>
        <translation>Delete the %1 of %2 (%3)?</translation>
    </message>
    <message>
        <source>whole organization</source>
        <translation>whole organization</translation>
    </message>
    <message>
        <source>Delete output or revenue</source>
        <translation>Delete output or revenue</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure(s)</numerusform>
            <numerusform>%n figure(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s) shown</source>
        <translation>
            <numerusform>%1 of %n figure(s) shown</numerusform>
            <numerusform>%1 of %n figure(s) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Search year, site, unit or product</source>
        <translation>Search year, site, unit or product</translation>
    </message>
    <message>
        <source>Add a production output or revenue figure</source>
        <translation>Add a production output or revenue figure</translation>
    </message>
    <message>
        <source>Edit the selected figure (or double-click it)</source>
        <translation>Edit the selected figure (or double-click it)</translation>
    </message>
    <message>
        <source>Delete the selected figure</source>
        <translation>Delete the selected figure</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
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
        <source>Product or description</source>
        <translation>Product or description</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
    <name>cnms::gui::RecordTablePage</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
</context>
<context>
    <name>cnms::gui::RecordsBehindDialog</name>
    <message>
        <source>given on the record</source>
        <translation>given on the record</translation>
    </message>
    <message>
        <source>per record</source>
        <translation>per record</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>low confidence</translation>
    </message>
    <message>
        <source>Records behind %1 / %2 / %3</source>
        <translation>Records behind %1 / %2 / %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 tCO2e&lt;/b&gt; in %2 from %3 %4, ISO 14064-1 category %5 (scope %6).&lt;br&gt;Method: %7&lt;br&gt;Formula: %8&lt;br&gt;%9</source>
        <translation>&lt;b&gt;%1 tCO2e&lt;/b&gt; in %2 from %3 %4, ISO 14064-1 category %5 (scope %6).&lt;br&gt;Method: %7&lt;br&gt;Formula: %8&lt;br&gt;%9</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
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
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>%1 records; the first %2 are listed (filter the Activity data page for the rest).</source>
        <translation>%1 records; the first %2 are listed (filter the Activity data page for the rest).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record(s).</numerusform>
            <numerusform>%n record(s).</numerusform>
        </translation>
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
        <source>Keep the selected record as history and store a new version of it</source>
        <translation>Keep the selected record as history and store a new version of it</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
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
    <name>cnms::gui::RepinDialog</name>
    <message>
        <source>Show &amp;difference</source>
        <translation>Show &amp;difference</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Change the factors of %1</source>
        <translation>Change the factors of %1</translation>
    </message>
    <message>
        <source>&amp;GWP set:</source>
        <translation>&amp;GWP set:</translation>
    </message>
    <message>
        <source>&amp;Factor sets (checked, in order of precedence):</source>
        <translation>&amp;Factor sets (checked, in order of precedence):</translation>
    </message>
    <message>
        <source>The year is calculated with: %1; GWP %2. Choose the new factors, look at the difference, then apply it.</source>
        <translation>The year is calculated with: %1; GWP %2. Choose the new factors, look at the difference, then apply it.</translation>
    </message>
    <message>
        <source>These are the factors the year is pinned to.</source>
        <translation>These are the factors the year is pinned to.</translation>
    </message>
    <message>
        <source>Press “Show difference” to see what would change.</source>
        <translation>Press “Show difference” to see what would change.</translation>
    </message>
    <message>
        <source>Re-pinning and recalculating %1 …</source>
        <translation>Re-pinning and recalculating %1 …</translation>
    </message>
    <message>
        <source>Calculating the difference …</source>
        <translation>Calculating the difference …</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Not possible: %1</translation>
    </message>
    <message>
        <source>%1 is now calculated with the new factors; the change is in the change log.</source>
        <translation>%1 is now calculated with the new factors; the change is in the change log.</translation>
    </message>
    <message>
        <source>The total would change by %1 tCO2e. Apply to re-pin the year.</source>
        <translation>The total would change by %1 tCO2e. Apply to re-pin the year.</translation>
    </message>
    <message>
        <source>No total would change.</source>
        <translation>No total would change.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pinned (tCO2e)</source>
        <translation>Pinned (tCO2e)</translation>
    </message>
    <message>
        <source>Proposed (tCO2e)</source>
        <translation>Proposed (tCO2e)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ReportsMenu</name>
    <message>
        <source>GHG inventory report</source>
        <translation>GHG inventory report</translation>
    </message>
    <message>
        <source>Carbon-neutrality statement</source>
        <translation>Carbon-neutrality statement</translation>
    </message>
    <message>
        <source>Register report</source>
        <translation>Register report</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Reporting year:</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Language of the report:</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nonconformities and corrective actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Registers:</source>
        <translation>Registers:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>GHG inventory report…</source>
        <translation>GHG inventory report…</translation>
    </message>
    <message>
        <source>Carbon-neutrality statement…</source>
        <translation>Carbon-neutrality statement…</translation>
    </message>
    <message>
        <source>Registers…</source>
        <translation>Registers…</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The project %1 requires sign-in.</source>
        <translation>The project %1 requires sign-in.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
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
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Who added or changed the selected site, and when</source>
        <translation>Who added or changed the selected site, and when</translation>
    </message>
</context>
<context>
    <name>cnms::gui::TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>instead of scopes: ISO 14064-1 categories, e.g. 1, 2</source>
        <translation>instead of scopes: ISO 14064-1 categories, e.g. 1, 2</translation>
    </message>
    <message>
        <source>From &amp;inventory</source>
        <translation>From &amp;inventory</translation>
    </message>
    <message>
        <source>The base year's emissions in the scopes or categories the target covers</source>
        <translation>The base year's emissions in the scopes or categories the target covers</translation>
    </message>
    <message>
        <source>year: reduction %, e.g. 2025: 6, 2027: 12</source>
        <translation>year: reduction %, e.g. 2025: 6, 2027: 12</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Scopes covered:</source>
        <translation>Scopes covered:</translation>
    </message>
    <message>
        <source>Or &amp;categories:</source>
        <translation>Or &amp;categories:</translation>
    </message>
    <message>
        <source>&amp;Base year:</source>
        <translation>&amp;Base year:</translation>
    </message>
    <message>
        <source>Base &amp;value:</source>
        <translation>Base &amp;value:</translation>
    </message>
    <message>
        <source>Intensity &amp;unit:</source>
        <translation>Intensity &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Target year:</source>
        <translation>&amp;Target year:</translation>
    </message>
    <message>
        <source>&amp;Reduction:</source>
        <translation>&amp;Reduction:</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Milestones:</translation>
    </message>
    <message>
        <source>Carbon-ne&amp;utrality year:</source>
        <translation>Carbon-ne&amp;utrality year:</translation>
    </message>
    <message>
        <source>Base value n&amp;ote:</source>
        <translation>Base value n&amp;ote:</translation>
    </message>
    <message>
        <source>Base value taken from the %1 GHG inventory.</source>
        <translation>Base value taken from the %1 GHG inventory.</translation>
    </message>
    <message>
        <source>Write each milestone as year: reduction %, separated by commas, e.g. 2025: 6, 2027: 12.</source>
        <translation>Write each milestone as year: reduction %, separated by commas, e.g. 2025: 6, 2027: 12.</translation>
    </message>
    <message>
        <source>The project has no activity data for %1: enter the base value by hand.</source>
        <translation>The project has no activity data for %1: enter the base value by hand.</translation>
    </message>
</context>
<context>
    <name>cnms::gui::TargetsPage</name>
    <message>
        <source>Categories %1</source>
        <translation>Categories %1</translation>
    </message>
    <message>
        <source>Scopes %1</source>
        <translation>Scopes %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1: on track</source>
        <translation>%1: on track</translation>
    </message>
    <message>
        <source>%1: off track</source>
        <translation>%1: off track</translation>
    </message>
    <message>
        <source>needs output data</source>
        <translation>needs output data</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <source>Follow base-year recalculation</source>
        <translation>Follow base-year recalculation</translation>
    </message>
    <message>
        <source>Recalculate the inventory of each target's base year and move the absolute targets' base values to it? Each moved value gets a dated note.</source>
        <translation>Recalculate the inventory of each target's base year and move the absolute targets' base values to it? Each moved value gets a dated note.</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The base values already match the base years' inventories.</source>
        <translation>The base values already match the base years' inventories.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) moved:</source>
        <translation>
            <numerusform>%n target(s) moved:</numerusform>
            <numerusform>%n target(s) moved:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the target "%1"?</source>
        <translation>Delete the target "%1"?</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Delete target</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target(s)</numerusform>
            <numerusform>%n target(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s) shown</source>
        <translation>
            <numerusform>%1 of %n target(s) shown</numerusform>
            <numerusform>%1 of %n target(s) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Search targets</source>
        <translation>Search targets</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>Add a target</translation>
    </message>
    <message>
        <source>Edit the selected target (or double-click it)</source>
        <translation>Edit the selected target (or double-click it)</translation>
    </message>
    <message>
        <source>Delete the selected target</source>
        <translation>Delete the selected target</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Base value</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Reduction %</source>
        <translation>Reduction %</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Neutrality year</source>
        <translation>Neutrality year</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Achieved %</translation>
    </message>
    <message>
        <source>Follow base-year &amp;recalculation…</source>
        <translation>Follow base-year &amp;recalculation…</translation>
    </message>
    <message>
        <source>After the base year's inventory was recalculated (corrected records, new factors, acquisitions), move the targets' base values to it with a dated note</source>
        <translation>After the base year's inventory was recalculated (corrected records, new factors, acquisitions), move the targets' base values to it with a dated note</translation>
    </message>
</context>
<context>
    <name>cnms::gui::UsersPage</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable %1? The user can no longer sign in; the history keeps the name.</source>
        <translation>Disable %1? The user can no longer sign in; the history keeps the name.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User name (letters, digits, . _ -)</source>
        <translation>User name (letters, digits, . _ -)</translation>
    </message>
    <message>
        <source>Display name, e.g. 王芳</source>
        <translation>Display name, e.g. 王芳</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Set role</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Require sign-in: users sign in with a password, and their role decides what they may do</source>
        <translation>Require sign-in: users sign in with a password, and their role decides what they may do</translation>
    </message>
    <message>
        <source>Only an administrator manages users. You may change your own password.</source>
        <translation>Only an administrator manages users. You may change your own password.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
</context>
<context>
    <name>cnms::report::InventoryReportBuilder</name>
    <message>
        <source>Category 1: direct emissions and removals</source>
        <translation>Category 1: direct emissions and removals</translation>
    </message>
    <message>
        <source>Category 2: indirect emissions from imported energy</source>
        <translation>Category 2: indirect emissions from imported energy</translation>
    </message>
    <message>
        <source>Category 3: indirect emissions from transportation</source>
        <translation>Category 3: indirect emissions from transportation</translation>
    </message>
    <message>
        <source>Category 4: indirect emissions from products used by the organization</source>
        <translation>Category 4: indirect emissions from products used by the organization</translation>
    </message>
    <message>
        <source>Category 5: indirect emissions associated with the use of the organization's products</source>
        <translation>Category 5: indirect emissions associated with the use of the organization's products</translation>
    </message>
    <message>
        <source>Category 6: indirect emissions from other sources</source>
        <translation>Category 6: indirect emissions from other sources</translation>
    </message>
    <message>
        <source>Fuel combustion</source>
        <translation>Fuel combustion</translation>
    </message>
    <message>
        <source>Industrial process</source>
        <translation>Industrial process</translation>
    </message>
    <message>
        <source>Fugitive emissions</source>
        <translation>Fugitive emissions</translation>
    </message>
    <message>
        <source>Purchased electricity</source>
        <translation>Purchased electricity</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>Purchased heat</translation>
    </message>
    <message>
        <source>CO₂ recovered or exported</source>
        <translation>CO₂ recovered or exported</translation>
    </message>
    <message>
        <source>Other indirect source</source>
        <translation>Other indirect source</translation>
    </message>
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
        <source>Greenhouse Gas Inventory Report %1</source>
        <translation>Greenhouse Gas Inventory Report %1</translation>
    </message>
    <message>
        <source>Quantification and reporting of greenhouse gas emissions and removals (ISO 14064-1)</source>
        <translation>Quantification and reporting of greenhouse gas emissions and removals (ISO 14064-1)</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>According to %1</translation>
    </message>
    <message>
        <source>Reporting organization</source>
        <translation>Reporting organization</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Industry (GB/T 4754)</source>
        <translation>Industry (GB/T 4754)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Person responsible for the report</source>
        <translation>Person responsible for the report</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>This report states the organization's greenhouse gas emissions and removals for the reporting period, quantified from the activity data recorded in the CNMS Workbench project with the emission factors and global warming potentials pinned for the year.</source>
        <translation>This report states the organization's greenhouse gas emissions and removals for the reporting period, quantified from the activity data recorded in the CNMS Workbench project with the emission factors and global warming potentials pinned for the year.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <source>Organizational boundary</source>
        <translation>Organizational boundary</translation>
    </message>
    <message>
        <source>Consolidation approach: %1. The inventory covers the sites below.</source>
        <translation>Consolidation approach: %1. The inventory covers the sites below.</translation>
    </message>
    <message>
        <source>Sites in the organizational boundary</source>
        <translation>Sites in the organizational boundary</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Activity data %1</source>
        <translation>Activity data %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No sites are recorded: add the organization's sites on the Sites page.</source>
        <translation>No sites are recorded: add the organization's sites on the Sites page.</translation>
    </message>
    <message>
        <source>Reporting boundary</source>
        <translation>Reporting boundary</translation>
    </message>
    <message>
        <source>Activities and products included (scope statement "%1"): %2</source>
        <translation>Activities and products included (scope statement "%1"): %2</translation>
    </message>
    <message>
        <source>Emissions are reported in the six categories of ISO 14064-1: direct emissions (category 1) and indirect emissions (categories 2 to 6), and by the scopes of the GHG Protocol (scope 1 = category 1, scope 2 = category 2, scope 3 = categories 3 to 6).</source>
        <translation>Emissions are reported in the six categories of ISO 14064-1: direct emissions (category 1) and indirect emissions (categories 2 to 6), and by the scopes of the GHG Protocol (scope 1 = category 1, scope 2 = category 2, scope 3 = categories 3 to 6).</translation>
    </message>
    <message>
        <source>The project holds no scope statement: record the activities and products included on the Scope register page.</source>
        <translation>The project holds no scope statement: record the activities and products included on the Scope register page.</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emissions</translation>
    </message>
    <message>
        <source>No activity data for %1: import activity data on the Activity data page. Without it the emissions, methods, uncertainty and changes from the previous year cannot be reported.</source>
        <translation>No activity data for %1: import activity data on the Activity data page. Without it the emissions, methods, uncertainty and changes from the previous year cannot be reported.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>Years with activity data in this project: %1.</source>
        <translation>Years with activity data in this project: %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Total emissions (tCO₂e)</source>
        <translation>Total emissions (tCO₂e)</translation>
    </message>
    <message>
        <source>Scope 1 (tCO₂e)</source>
        <translation>Scope 1 (tCO₂e)</translation>
    </message>
    <message>
        <source>Scope 2 (tCO₂e)</source>
        <translation>Scope 2 (tCO₂e)</translation>
    </message>
    <message>
        <source>Scope 3 (tCO₂e)</source>
        <translation>Scope 3 (tCO₂e)</translation>
    </message>
    <message>
        <source>Biogenic CO₂, reported separately (t)</source>
        <translation>Biogenic CO₂, reported separately (t)</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Activity records</translation>
    </message>
    <message>
        <source>Global warming potentials</source>
        <translation>Global warming potentials</translation>
    </message>
    <message>
        <source>Uncertainty of the total (95 %)</source>
        <translation>Uncertainty of the total (95 %)</translation>
    </message>
    <message>
        <source>Emissions by ISO 14064-1 category</source>
        <translation>Emissions by ISO 14064-1 category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Emissions (tCO₂e)</source>
        <translation>Emissions (tCO₂e)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>tCO₂e</source>
        <translation>tCO₂e</translation>
    </message>
    <message>
        <source>Emissions by scope</source>
        <translation>Emissions by scope</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>Emissions by gas</source>
        <translation>Emissions by gas</translation>
    </message>
    <message>
        <source>Emissions by greenhouse gas</source>
        <translation>Emissions by greenhouse gas</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Mass (t)</source>
        <translation>Mass (t)</translation>
    </message>
    <message>
        <source>Other gases, already in CO₂e</source>
        <translation>Other gases, already in CO₂e</translation>
    </message>
    <message>
        <source>Direct emissions (category 1) by gas</source>
        <translation>Direct emissions (category 1) by gas</translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation>Category 1</translation>
    </message>
    <message>
        <source>Emissions by site</source>
        <translation>Emissions by site</translation>
    </message>
    <message>
        <source>Emissions by source type</source>
        <translation>Emissions by source type</translation>
    </message>
    <message>
        <source>Emissions by source type and activity</source>
        <translation>Emissions by source type and activity</translation>
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
        <source>Calculation warnings</source>
        <translation>Calculation warnings</translation>
    </message>
    <message>
        <source>Base year and recalculations</source>
        <translation>Base year and recalculations</translation>
    </message>
    <message>
        <source>No base year is set: record a target with its base year on the Targets page.</source>
        <translation>No base year is set: record a target with its base year on the Targets page.</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <source>Base-year emissions (tCO₂e)</source>
        <translation>Base-year emissions (tCO₂e)</translation>
    </message>
    <message>
        <source>no activity data for %1 in this project</source>
        <translation>no activity data for %1 in this project</translation>
    </message>
    <message>
        <source>Recalculation note (%1)</source>
        <translation>Recalculation note (%1)</translation>
    </message>
    <message>
        <source>The base year and %1 were calculated with different factor sets or GWP values: the base year must be recalculated with the factors of %1 before the two are compared.</source>
        <translation>The base year and %1 were calculated with different factor sets or GWP values: the base year must be recalculated with the factors of %1 before the two are compared.</translation>
    </message>
    <message>
        <source>The base year and %1 were calculated with the same factor sets and GWP values. No structural change (acquisition, divestment, boundary or method change) above the significance threshold of %2 of the base-year total is recorded, so the base year is not recalculated.</source>
        <translation>The base year and %1 were calculated with the same factor sets and GWP values. No structural change (acquisition, divestment, boundary or method change) above the significance threshold of %2 of the base-year total is recorded, so the base year is not recalculated.</translation>
    </message>
    <message>
        <source>Quantification methods and factors</source>
        <translation>Quantification methods and factors</translation>
    </message>
    <message>
        <source>Emissions are calculated as activity data × emission factor (fuels: quantity × net calorific value × carbon content × oxidation rate × 44/12), gas by gas, and weighted with the 100-year global warming potentials of %1. The factor sets and their versions are pinned for %2, so that the year's figures are reproducible.</source>
        <translation>Emissions are calculated as activity data × emission factor (fuels: quantity × net calorific value × carbon content × oxidation rate × 44/12), gas by gas, and weighted with the 100-year global warming potentials of %1. The factor sets and their versions are pinned for %2, so that the year's figures are reproducible.</translation>
    </message>
    <message>
        <source>Factor sets and GWP values pinned for %1</source>
        <translation>Factor sets and GWP values pinned for %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
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
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>not in the factor library of this program</source>
        <translation>not in the factor library of this program</translation>
    </message>
    <message>
        <source>IPCC assessment report, 100-year GWP</source>
        <translation>IPCC assessment report, 100-year GWP</translation>
    </message>
    <message>
        <source>record parameters</source>
        <translation>record parameters</translation>
    </message>
    <message>
        <source>Methods and emission factors used</source>
        <translation>Methods and emission factors used</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Factor (set@version id)</source>
        <translation>Factor (set@version id)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>No low-confidence factor was used.</source>
        <translation>No low-confidence factor was used.</translation>
    </message>
    <message>
        <source>Low-confidence factors used</source>
        <translation>Low-confidence factors used</translation>
    </message>
    <message numerus="yes">
        <source>%n emission factor(s) of low confidence are used. Replace them with measured or supplier-specific values where the share is material.</source>
        <translation>
            <numerusform>%n emission factor(s) of low confidence are used. Replace them with measured or supplier-specific values where the share is material.</numerusform>
            <numerusform>%n emission factor(s) of low confidence are used. Replace them with measured or supplier-specific values where the share is material.</numerusform>
        </translation>
    </message>
    <message>
        <source>Low-confidence factors</source>
        <translation>Low-confidence factors</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Uncertainties are half the 95 % confidence interval in % of the value, propagated from the activity data and the factors by error propagation (IPCC 2006 Guidelines, Volume 1, Chapter 3, Approach 1).</source>
        <translation>Uncertainties are half the 95 % confidence interval in % of the value, propagated from the activity data and the factors by error propagation (IPCC 2006 Guidelines, Volume 1, Chapter 3, Approach 1).</translation>
    </message>
    <message>
        <source>Uncertainty of the totals (95 %)</source>
        <translation>Uncertainty of the totals (95 %)</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>Total emissions</translation>
    </message>
    <message>
        <source>Some records or factors state no uncertainty of their own: default uncertainties by data quality and factor confidence were used for them.</source>
        <translation>Some records or factors state no uncertainty of their own: default uncertainties by data quality and factor confidence were used for them.</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>No emissions are quantified in ISO 14064-1 categories %1 for %2: they are not included in the totals.</source>
        <translation>No emissions are quantified in ISO 14064-1 categories %1 for %2: they are not included in the totals.</translation>
    </message>
    <message>
        <source>The scope statement records no excluded site or activity.</source>
        <translation>The scope statement records no excluded site or activity.</translation>
    </message>
    <message>
        <source>Changes from the previous year</source>
        <translation>Changes from the previous year</translation>
    </message>
    <message>
        <source>The project holds no activity data for %1, so no comparison with the previous year can be made.</source>
        <translation>The project holds no activity data for %1, so no comparison with the previous year can be made.</translation>
    </message>
    <message>
        <source>Emissions %1 against %2</source>
        <translation>Emissions %1 against %2</translation>
    </message>
    <message>
        <source>Change (tCO₂e)</source>
        <translation>Change (tCO₂e)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 and %2 were calculated with different factor sets or GWP values: part of the change comes from the method, not from the activities.</source>
        <translation>%1 and %2 were calculated with different factor sets or GWP values: part of the change comes from the method, not from the activities.</translation>
    </message>
    <message>
        <source>Activity records %1</source>
        <translation>Activity records %1</translation>
    </message>
    <message>
        <source>Activity records (in the order recorded)</source>
        <translation>Activity records (in the order recorded)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
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
        <source>Emission intensity</source>
        <translation>Emission intensity</translation>
    </message>
    <message>
        <source>Scope of the figure</source>
        <translation>Scope of the figure</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Scope 1+2 intensity</source>
        <translation>Scope 1+2 intensity</translation>
    </message>
    <message>
        <source>tCO₂e/%1</source>
        <translation>tCO₂e/%1</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Whole organization</translation>
    </message>
    <message>
        <source>%1, per output (sum of the sites)</source>
        <translation>%1, per output (sum of the sites)</translation>
    </message>
    <message>
        <source>%1, per output</source>
        <translation>%1, per output</translation>
    </message>
    <message>
        <source>%1, per revenue</source>
        <translation>%1, per revenue</translation>
    </message>
    <message>
        <source>No production output or revenue is recorded for %1, so no intensity can be given. Enter them on the Output and revenue page or with cnms output set.</source>
        <translation>No production output or revenue is recorded for %1, so no intensity can be given. Enter them on the Output and revenue page or with cnms output set.</translation>
    </message>
    <message>
        <source>The sites' outputs are in different units and are not added up; the organization's intensity per output needs its total output.</source>
        <translation>The sites' outputs are in different units and are not added up; the organization's intensity per output needs its total output.</translation>
    </message>
    <message>
        <source>No production output is recorded for the organization.</source>
        <translation>No production output is recorded for the organization.</translation>
    </message>
</context>
<context>
    <name>cnms::report::InventoryWarningText</name>
    <message>
        <source>Low-confidence factor %1:%2 used for “%3”: verify it against the official table</source>
        <translation>Low-confidence factor %1:%2 used for “%3”: verify it against the official table</translation>
    </message>
    <message>
        <source>Factor “%1” describes %2; the inventory year is %3</source>
        <translation>Factor “%1” describes %2; the inventory year is %3</translation>
    </message>
</context>
<context>
    <name>cnms::report::NeutralityReportBuilder</name>
    <message>
        <source>Carbon Neutrality Statement %1</source>
        <translation>Carbon Neutrality Statement %1</translation>
    </message>
    <message>
        <source>Balance of emissions, reductions and retired credits for the claim period</source>
        <translation>Balance of emissions, reductions and retired credits for the claim period</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>According to %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>No activity data for %1: import activity data on the Activity data page. A carbon-neutrality balance needs the year's inventory, so none is stated.</source>
        <translation>No activity data for %1: import activity data on the Activity data page. A carbon-neutrality balance needs the year's inventory, so none is stated.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>ISO 14064-1 categories %1</source>
        <translation>ISO 14064-1 categories %1</translation>
    </message>
    <message>
        <source>Scopes 1 and 2</source>
        <translation>Scopes 1 and 2</translation>
    </message>
    <message>
        <source>All emissions of the inventory (scopes 1, 2 and 3)</source>
        <translation>All emissions of the inventory (scopes 1, 2 and 3)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Claim period</source>
        <translation>Claim period</translation>
    </message>
    <message>
        <source>Subject of the claim (boundary)</source>
        <translation>Subject of the claim (boundary)</translation>
    </message>
    <message>
        <source>Global warming potentials</source>
        <translation>Global warming potentials</translation>
    </message>
    <message>
        <source>Eligible credit vintages</source>
        <translation>Eligible credit vintages</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Credits retired by</source>
        <translation>Credits retired by</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Carbon-neutrality balance %1</source>
        <translation>Carbon-neutrality balance %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>tCO₂e</source>
        <translation>tCO₂e</translation>
    </message>
    <message>
        <source>Gross emissions inside the boundary</source>
        <translation>Gross emissions inside the boundary</translation>
    </message>
    <message>
        <source>Reductions against the base year %1 (already in the gross emissions)</source>
        <translation>Reductions against the base year %1 (already in the gross emissions)</translation>
    </message>
    <message>
        <source>Reductions against the base year (no base-year data)</source>
        <translation>Reductions against the base year (no base-year data)</translation>
    </message>
    <message>
        <source>Credits accepted for the claim</source>
        <translation>Credits accepted for the claim</translation>
    </message>
    <message>
        <source>of which removals</source>
        <translation>of which removals</translation>
    </message>
    <message>
        <source>Net emissions</source>
        <translation>Net emissions</translation>
    </message>
    <message>
        <source>The credits retired for the claim balance the emissions inside the boundary: the organization is carbon neutral for %1 on these figures.</source>
        <translation>The credits retired for the claim balance the emissions inside the boundary: the organization is carbon neutral for %1 on these figures.</translation>
    </message>
    <message>
        <source>Carbon neutral</source>
        <translation>Carbon neutral</translation>
    </message>
    <message>
        <source>%1 tCO₂e remain unbalanced: the organization is not carbon neutral for %2.</source>
        <translation>%1 tCO₂e remain unbalanced: the organization is not carbon neutral for %2.</translation>
    </message>
    <message>
        <source>Not carbon neutral</source>
        <translation>Not carbon neutral</translation>
    </message>
    <message>
        <source>Emissions and credits %1</source>
        <translation>Emissions and credits %1</translation>
    </message>
    <message>
        <source>Gross emissions</source>
        <translation>Gross emissions</translation>
    </message>
    <message>
        <source>Credits accepted</source>
        <translation>Credits accepted</translation>
    </message>
    <message>
        <source>serial already counted by an earlier credit</source>
        <translation>serial already counted by an earlier credit</translation>
    </message>
    <message>
        <source>vintage outside the eligible years</source>
        <translation>vintage outside the eligible years</translation>
    </message>
    <message>
        <source>not retired</source>
        <translation>not retired</translation>
    </message>
    <message>
        <source>retired after the claim's deadline</source>
        <translation>retired after the claim's deadline</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Credits retired for the claim</source>
        <translation>Credits retired for the claim</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Vintage</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <source>Serial numbers of the credits retired for the claim</source>
        <translation>Serial numbers of the credits retired for the claim</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No credit qualifies for this claim: record retired credits on the Credits page.</source>
        <translation>No credit qualifies for this claim: record retired credits on the Credits page.</translation>
    </message>
    <message>
        <source>No recorded credit was refused for this claim.</source>
        <translation>No recorded credit was refused for this claim.</translation>
    </message>
    <message>
        <source>Credits not counted, with the reason</source>
        <translation>Credits not counted, with the reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The inventory of the claim period is complete</source>
        <translation>The inventory of the claim period is complete</translation>
    </message>
    <message>
        <source>A carbon-neutrality management plan with reduction targets exists</source>
        <translation>A carbon-neutrality management plan with reduction targets exists</translation>
    </message>
    <message>
        <source>Reductions against the base year are shown</source>
        <translation>Reductions against the base year are shown</translation>
    </message>
    <message>
        <source>Credits are retired and traceable (serial, date, beneficiary)</source>
        <translation>Credits are retired and traceable (serial, date, beneficiary)</translation>
    </message>
    <message>
        <source>The share of removals among the credits is stated</source>
        <translation>The share of removals among the credits is stated</translation>
    </message>
    <message>
        <source>Claim checklist</source>
        <translation>Claim checklist</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>What the project holds</source>
        <translation>What the project holds</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of the claim are not met: the statement cannot be published as a claim of carbon neutrality until they are.</source>
        <translation>
            <numerusform>%n requirement(s) of the claim are not met: the statement cannot be published as a claim of carbon neutrality until they are.</numerusform>
            <numerusform>%n requirement(s) of the claim are not met: the statement cannot be published as a claim of carbon neutrality until they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnms::report::RegisterReportBuilder</name>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Records of the carbon neutrality management system as of %1</source>
        <translation>Records of the carbon neutrality management system as of %1</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nonconformities and corrective actions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Cause analysed</source>
        <translation>Cause analysed</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>Action planned</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nonconformities</translation>
    </message>
    <message>
        <source>NC</source>
        <translation>NC</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>No nonconformity is recorded: raise them from audit findings or on the Nonconformities page.</source>
        <translation>No nonconformity is recorded: raise them from audit findings or on the Nonconformities page.</translation>
    </message>
    <message>
        <source>%1 nonconformities recorded, %2 not closed, %3 with overdue actions.</source>
        <translation>%1 nonconformities recorded, %2 not closed, %3 with overdue actions.</translation>
    </message>
    <message>
        <source>Actions register</source>
        <translation>Actions register</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
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
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Implemented %1</source>
        <translation>Implemented %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No action is recorded.</source>
        <translation>No action is recorded.</translation>
    </message>
    <message>
        <source>%1 actions recorded, %2 open, %3 overdue.</source>
        <translation>%1 actions recorded, %2 open, %3 overdue.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>The register holds no record: add them on its page in the workbench.</source>
        <translation>The register holds no record: add them on its page in the workbench.</translation>
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