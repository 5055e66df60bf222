<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>add site %1</source>
        <translation>添加场所 %1</translation>
    </message>
</context>
<context>
    <name>EditOrganizationCommand</name>
    <message>
        <source>edit organization profile</source>
        <translation>编辑组织概况</translation>
    </message>
</context>
<context>
    <name>EditSiteCommand</name>
    <message>
        <source>edit site %1</source>
        <translation>编辑场所 %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>行业代码</translation>
    </message>
    <message>
        <source>Equity share</source>
        <translation>股权比例</translation>
    </message>
    <message>
        <source>Not a GB/T 4754 code: a section letter A-T, optionally followed by 2, 3 or 4 digits (e.g. C3011).</source>
        <translation>不是有效的 GB/T 4754 行业代码：应为门类字母 A–T，其后可跟 2、3 或 4 位数字（如 C3011）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1过长。</translation>
    </message>
    <message>
        <source>Another site already has this code.</source>
        <translation>已有其他场所使用此代码。</translation>
    </message>
    <message>
        <source>At most 32 characters, without spaces, commas or semicolons.</source>
        <translation>最多 32 个字符，不能包含空格、逗号或分号。</translation>
    </message>
    <message>
        <source>Must be between 0 and 100 %.</source>
        <translation>应在 0 至 100 % 之间。</translation>
    </message>
    <message>
        <source>Not a valid unified social credit code.</source>
        <translation>不是有效的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Must have 18 characters; this one has %1.</source>
        <translation>应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 ("%2") is not allowed: use digits and capital letters except I, O, S, V and Z.</source>
        <translation>第 %1 位字符“%2”无效：只能使用数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>The check character is "%1" but should be "%2": a character may have been mistyped.</source>
        <translation>校验码为“%1”，应为“%2”，可能有字符输入错误。</translation>
    </message>
    <message>
        <source>The file %1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation>文件 %1 不存在，可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another file name.</source>
        <translation>文件 %1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>%1 is not a CNMS Workbench project file. The file was not changed.</source>
        <translation>%1 不是碳中和管理体系工作台的项目文件。该文件未被修改。</translation>
    </message>
    <message>
        <source>The project file %1 is damaged and cannot be opened. The file was not changed; restore it from a backup copy.</source>
        <translation>项目文件 %1 已损坏，无法打开。该文件未被修改，请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The project file %1 was saved by a newer version of CNMS Workbench (file format %2). Update the workbench to open it. The file was not changed.</source>
        <translation>项目文件 %1 由更高版本的碳中和管理体系工作台保存（文件格式版本 %2），请升级工作台后再打开。该文件未被修改。</translation>
    </message>
    <message>
        <source>The project file %1 has an older format (%2) and must be upgraded, but it is read-only. Copy it to a folder where you can write and open the copy.</source>
        <translation>项目文件 %1 的文件格式较旧（版本 %2），需要升级，但该文件为只读。请将其复制到有写入权限的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>The system refused access to %1: %2</source>
        <translation>系统拒绝访问 %1：%2</translation>
    </message>
    <message>
        <source>The project is open read-only; changes cannot be saved.</source>
        <translation>项目以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <source>That is the open project itself; choose another file name for the copy.</source>
        <translation>这是当前打开的项目文件本身，请为副本另选文件名。</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been changed outside the workbench (%1).</source>
        <translation>该记录已不存在，可能已在工作台之外被修改（%1）。</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>发生意外错误。</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Organization &amp;name</source>
        <translation>组织名称(&amp;N)</translation>
    </message>
    <message>
        <source>Registered name, as on the business licence</source>
        <translation>与营业执照一致的注册名称</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>&amp;Industry code (GB/T 4754)</source>
        <translation>行业代码（GB/T 4754）(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. C3011</source>
        <translation>如 C3011</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>&amp;Boundary approach</source>
        <translation>组织边界方法(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Standard number</source>
        <translation>标准编号(&amp;S)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>The number of the standard your certification body quotes; leave it blank if you do not know it.</source>
        <translation>认证机构引用的标准编号；如不确定，请留空。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>NCV %1 %2</source>
        <translation>低位发热量 %1 %2</translation>
    </message>
    <message>
        <source>C %1 tC/TJ</source>
        <translation>单位热值含碳量 %1 tC/TJ</translation>
    </message>
    <message>
        <source>CO2 %1 kg/TJ</source>
        <translation>CO2 %1 kg/TJ</translation>
    </message>
    <message>
        <source>oxidation %1 %</source>
        <translation>碳氧化率 %1 %</translation>
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
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>RemoveSiteCommand</name>
    <message>
        <source>delete site %1</source>
        <translation>删除场所 %1</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. CX-CLK</source>
        <translation>如 CX-CLK</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Changxing clinker plant</source>
        <translation>如 长兴熟料生产基地</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>省份(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Equity share</source>
        <translation>股权比例(&amp;E)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The organization's share in the site; used when the boundary approach is equity share.</source>
        <translation>组织在该场所中所占的股权份额；采用股权比例法确定组织边界时使用。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ActivityPage</name>
    <message>
        <source>All sites</source>
        <translation>全部场所</translation>
    </message>
    <message>
        <source>No activity data yet: use Import… to bring in a CSV or xlsx file.</source>
        <translation>尚无活动数据：请用“导入…”导入 CSV 或 xlsx 文件。</translation>
    </message>
    <message>
        <source>%1 records shown so far (scroll for more); %2 in %3</source>
        <translation>已显示 %1 条记录（向下滚动加载更多）；%3 年共 %2 条</translation>
    </message>
    <message>
        <source>%1 records shown; %2 in %3</source>
        <translation>已显示 %1 条记录；%3 年共 %2 条</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>场所(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import activity data from a CSV or xlsx file (all rows or none)</source>
        <translation>从 CSV 或 xlsx 文件导入活动数据（全部导入或全部不导入）</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ActivityTableModel</name>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>排放源类型</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
</context>
<context>
    <name>cnms::gui::FactorLibraryPage</name>
    <message>
        <source>Factor sets (shipped sets are read-only)</source>
        <translation>排放因子集（随软件提供的因子集只读）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因子数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source> (project's own)</source>
        <translation>（本项目自有）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>Activity unit</source>
        <translation>活动数据单位</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Select a factor set to see its factors</source>
        <translation>选择一个因子集以查看其因子</translation>
    </message>
    <message>
        <source>Low confidence: unconfirmed or disputed value; its use is flagged in the inventory</source>
        <translation>低可信度：数值未经确认或存在争议；清单中会标出其使用</translation>
    </message>
    <message>
        <source>Factors of %1 %2: %3, of which %4 of low confidence</source>
        <translation>%1 %2 的因子：%3 个，其中低可信度 %4 个</translation>
    </message>
</context>
<context>
    <name>cnms::gui::HomePage</name>
    <message>
        <source>Operational control</source>
        <translation>运营控制权法</translation>
    </message>
    <message>
        <source>Financial control</source>
        <translation>财务控制权法</translation>
    </message>
    <message>
        <source>Equity share</source>
        <translation>股权比例法</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <source>Boundary approach:</source>
        <translation>组织边界方法：</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>场所数量：</translation>
    </message>
    <message>
        <source>Standard number:</source>
        <translation>标准编号：</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <source>File format version:</source>
        <translation>文件格式版本：</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>CNMS Workbench</source>
        <translation>碳中和管理体系工作台</translation>
    </message>
    <message>
        <source>Run your carbon neutrality management system according to the group standard 《工业碳中和管理体系 要求》 (Industrial carbon neutrality management system — Requirements), and keep the evidence an auditor asks for.</source>
        <translation>依据团体标准《工业碳中和管理体系 要求》运行本组织的碳中和管理体系，并保存审核员需要查验的证据。</translation>
    </message>
    <message>
        <source>What the workbench is for</source>
        <translation>工作台的用途</translation>
    </message>
    <message>
        <source>&lt;p&gt;The standard follows the Plan-Do-Check-Act cycle of ISO 14001 and ISO 50001: &lt;b&gt;Plan&lt;/b&gt; (clauses on context, leadership, planning and support) fixes the boundary, the emission inventory and the targets; &lt;b&gt;Do&lt;/b&gt; runs the operational controls; &lt;b&gt;Check&lt;/b&gt; measures, evaluates and audits; &lt;b&gt;Act&lt;/b&gt; corrects and improves.&lt;/p&gt;&lt;p&gt;The navigation on the left follows that cycle and the clauses of the standard. Under each clause are the pages that hold the records the clause requires. Every change is recorded in the project's change log with who made it and when, and can be undone with Edit &amp;gt; Undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本标准沿用 ISO 14001 和 ISO 50001 的“策划—实施—检查—改进”（PDCA）循环：&lt;b&gt;策划&lt;/b&gt;（组织所处的环境、领导作用、策划和支持各章）确定边界、排放清单和目标；&lt;b&gt;实施&lt;/b&gt;执行运行控制；&lt;b&gt;检查&lt;/b&gt;开展监视测量、评价和审核；&lt;b&gt;改进&lt;/b&gt;纠正不符合并持续改进。&lt;/p&gt;&lt;p&gt;左侧导航按这一循环和标准条款排列，每个条款下是保存该条款所要求记录的页面。每一处修改都会连同修改人和修改时间记入项目的变更日志，并可通过“编辑 &amp;gt; 撤销”撤回。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>从哪里开始</translation>
    </message>
    <message>
        <source>&lt;ol style="margin-left: 0px;"&gt;&lt;li&gt;&lt;a href="page:organization"&gt;Organization profile&lt;/a&gt;: the organization's name, unified social credit code, industry code (GB/T 4754) and the approach that sets its boundary.&lt;/li&gt;&lt;li&gt;&lt;a href="page:sites"&gt;Sites&lt;/a&gt;: every plant, station and office inside the boundary, with the organization's equity share in each.&lt;/li&gt;&lt;li&gt;Then, as the workbench grows: emission sources and activity data, the greenhouse gas inventory, targets and reduction measures, internal audit and management review.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style="margin-left: 0px;"&gt;&lt;li&gt;&lt;a href="page:organization"&gt;组织概况&lt;/a&gt;：填写组织名称、统一社会信用代码、行业代码（GB/T 4754）以及确定组织边界的方法。&lt;/li&gt;&lt;li&gt;&lt;a href="page:sites"&gt;场所&lt;/a&gt;：列出边界内的每个工厂、站点和办公场所，以及组织在其中的股权比例。&lt;/li&gt;&lt;li&gt;随后（随工作台功能扩展）：排放源和活动数据、温室气体排放清单、目标和减排措施、内部审核和管理评审。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>当前项目</translation>
    </message>
    <message>
        <source>No project is open. A project is one file (*.cnms) holding one organization's management system records.</source>
        <translation>尚未打开项目。一个项目就是一个文件（*.cnms），保存一个组织的管理体系记录。</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>(%1 of %2 clauses met)</source>
        <translation>（%2 个条款中已满足 %1 个）</translation>
    </message>
    <message>
        <source>Readiness for audit:</source>
        <translation>审核就绪度：</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ImportDialog</name>
    <message>
        <source>Import activity data</source>
        <translation>导入活动数据</translation>
    </message>
    <message>
        <source>Activity data (*.csv *.xlsx);;All files (*)</source>
        <translation>活动数据 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>正在检查 %1 …</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>正在导入 %1 …</translation>
    </message>
    <message>
        <source>Reading rows …</source>
        <translation>正在读取数据行 …</translation>
    </message>
    <message>
        <source>%1 rows read …</source>
        <translation>已读取 %1 行 …</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>已从 %2 导入 %1 行。</translation>
    </message>
    <message>
        <source>Dry run: all %1 rows of %2 are valid; nothing was stored.</source>
        <translation>试运行：%2 的全部 %1 行均有效；未保存任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消；未保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>The file was refused with %n problem(s); nothing was stored. Fix them and import again.</source>
        <translation><numerusform>文件有 %n 处问题，已全部拒绝，未保存任何内容。请修正后重新导入。</numerusform></translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored.</source>
        <translation>导入失败；未保存任何数据。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK) or xlsx with the activity data columns</source>
        <translation>含活动数据列的 CSV（UTF-8 或 GBK）或 xlsx 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>Check every row without storing anything</source>
        <translation>检查每一行，但不保存任何数据</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cnms::gui::InventoryPage</name>
    <message>
        <source>%1 tCO2e in %2</source>
        <translation>%2 年 %1 tCO2e</translation>
    </message>
    <message>
        <source>Uncertainty ±%1 % (95 %)</source>
        <translation>不确定性 ±%1 %（95 %）</translation>
    </message>
    <message>
        <source>Uncertainty not available</source>
        <translation>不确定性不可用</translation>
    </message>
    <message numerus="yes">
        <source>%n activity record(s)</source>
        <translation><numerusform>%n 条活动数据记录</numerusform></translation>
    </message>
    <message>
        <source>GWP: %1</source>
        <translation>GWP：%1</translation>
    </message>
    <message>
        <source>biogenic CO2 %1 t reported apart</source>
        <translation>生物质 CO2 %1 t 单独报告</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>ISO 14064-1 category</source>
        <translation>ISO 14064-1 类别</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>温室气体</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Low-confidence factor %1 (%2@%3) used for %4: %5 tCO2e, %6 % of the total</source>
        <translation>使用了低可信度因子 %1（%2@%3）用于 %4：%5 tCO2e，占总量 %6 %</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <source>Scope %1 %2</source>
        <translation>范围 %1 %2</translation>
    </message>
    <message>
        <source>Share by scope</source>
        <translation>各范围占比</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Emissions by month and scope</source>
        <translation>按月份和范围的排放</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;GWP:</source>
        <translation>GWP(&amp;G)：</translation>
    </message>
    <message>
        <source>Pinned for the year</source>
        <translation>本年度锁定的</translation>
    </message>
    <message>
        <source>another GWP set applies to this view only; the year stays pinned</source>
        <translation>选择其他 GWP 值仅用于本视图；年度锁定不变</translation>
    </message>
    <message>
        <source>By scope</source>
        <translation>按范围</translation>
    </message>
    <message>
        <source>By ISO category</source>
        <translation>按 ISO 类别</translation>
    </message>
    <message>
        <source>By gas</source>
        <translation>按气体</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>按场所</translation>
    </message>
    <message>
        <source>No activity data yet: import a file of activity data (page “Activity data”, Import…) to see the inventory.</source>
        <translation>尚无活动数据：请先导入活动数据文件（“活动数据”页面，导入…），然后查看清单。</translation>
    </message>
    <message>
        <source>The inventory could not be computed:
%1</source>
        <translation>无法计算清单：
%1</translation>
    </message>
</context>
<context>
    <name>cnms::gui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>CNMS projects (%1);;All files (*)</source>
        <translation>碳中和管理体系项目 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 copy.cnms</source>
        <translation>%1 副本.cnms</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>CNMS projects (%1)</source>
        <translation>碳中和管理体系项目 (%1)</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>About CNMS Workbench</source>
        <translation>关于碳中和管理体系工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CNMS Workbench %1&lt;/h3&gt;&lt;p&gt;碳中和管理体系工作台&lt;/p&gt;&lt;p&gt;Runs an industrial organization's carbon neutrality management system according to 《工业碳中和管理体系 要求》: organization and boundary, emissions accounting, targets, internal audit and management review, following the Plan-Do-Check-Act cycle, with every change recorded for the auditor.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;碳中和管理体系工作台 %1&lt;/h3&gt;&lt;p&gt;CNMS Workbench&lt;/p&gt;&lt;p&gt;依据《工业碳中和管理体系 要求》运行工业组织的碳中和管理体系：组织与边界、排放核算、目标、内部审核和管理评审，遵循“策划—实施—检查—改进”循环，每一处修改都有记录，可供审核查验。&lt;/p&gt;&lt;p&gt;许可证：MIT。基于 Qt %2 和 SQLite 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>CNMS Workbench</source>
        <translation>碳中和管理体系工作台</translation>
    </message>
    <message>
        <source>File format v%1</source>
        <translation>文件格式 v%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project file for an organization</source>
        <translation>为一个组织创建项目文件</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>Write a copy of the open project to another file</source>
        <translation>将当前项目另存为一个副本文件</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About CNMS Workbench</source>
        <translation>关于碳中和管理体系工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>另存副本(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ManagementReviewPage</name>
    <message>
        <source>Status of actions from previous reviews</source>
        <translation>以往管理评审所采取措施的状况</translation>
    </message>
    <message>
        <source>Changes in issues, interested parties, compliance obligations, risks and opportunities</source>
        <translation>内外部问题、相关方需求、合规义务、风险和机遇的变化</translation>
    </message>
    <message>
        <source>Carbon performance</source>
        <translation>碳绩效</translation>
    </message>
    <message>
        <source>Internal audit results</source>
        <translation>内部审核结果</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>不符合和纠正措施</translation>
    </message>
    <message>
        <source>Results of the evaluation of compliance</source>
        <translation>合规性评价结果</translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation>监视和测量结果</translation>
    </message>
    <message>
        <source>Adequacy of resources</source>
        <translation>资源的充分性</translation>
    </message>
    <message>
        <source>Communications from interested parties</source>
        <translation>来自相关方的信息交流</translation>
    </message>
    <message>
        <source>Opportunities for continual improvement</source>
        <translation>持续改进的机会</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Chair (top management)</source>
        <translation>主持人（最高管理者）</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation>姓名之间用分号分隔</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>评审期间</translation>
    </message>
    <message>
        <source>Inputs (compiled from the project)</source>
        <translation>评审输入（由项目数据汇总）</translation>
    </message>
    <message>
        <source>Comment of the review on this input</source>
        <translation>评审对该项输入的意见</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>评审输出</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>适宜性</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>充分性</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Decisions (one a line)</source>
        <translation>决定（每行一项）</translation>
    </message>
    <message>
        <source>Resource needs</source>
        <translation>资源需求</translation>
    </message>
    <message>
        <source>Changes to policy or targets</source>
        <translation>方针或目标的变更</translation>
    </message>
    <message>
        <source>Actions (actions register)</source>
        <translation>措施（措施台账）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>Compile inputs again</source>
        <translation>重新汇总输入</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Hold review…</source>
        <translation>确认召开…</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Management review %1</source>
        <translation>%1年度管理评审</translation>
    </message>
    <message>
        <source>Compiled when the review is saved.</source>
        <translation>保存评审时自动汇总。</translation>
    </message>
    <message>
        <source>New review: fill in the meeting and save; the inputs are then compiled from the project.</source>
        <translation>新建评审：填写会议信息并保存，系统随后由项目数据汇总评审输入。</translation>
    </message>
    <message>
        <source>%1 was held on %2 (recorded by %3). A held review is read-only.</source>
        <translation>%1 已于 %2 召开（确认人：%3）。已召开的评审为只读。</translation>
    </message>
    <message>
        <source>%1 is a draft. Inputs compiled %2.</source>
        <translation>%1 为草稿。输入汇总于 %2。</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>The review has been held and is read-only.</source>
        <translation>该评审已召开，为只读。</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>评审输入</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1：必填。</translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation>%1：不是有效日期。</translation>
    </message>
    <message>
        <source>%1: the period ends before it starts.</source>
        <translation>%1：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>%1: the meeting has not taken place yet.</source>
        <translation>%1：会议尚未召开。</translation>
    </message>
    <message>
        <source>%1: an entry has no name.</source>
        <translation>%1：有一项没有填写姓名。</translation>
    </message>
    <message>
        <source>%1: compile the inputs first.</source>
        <translation>%1：请先汇总评审输入。</translation>
    </message>
    <message>
        <source>%1 has been held: it is read-only and cannot be changed.</source>
        <translation>%1 已召开：为只读，不能修改。</translation>
    </message>
    <message>
        <source>The review has actions in the actions register.</source>
        <translation>该评审在措施台账中有措施，不能删除。</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Hold review</source>
        <translation>确认召开</translation>
    </message>
    <message>
        <source>Record %1 as held on %2, chaired by %3? A held review can no longer be changed.</source>
        <translation>确认 %1 已于 %2 召开、由 %3 主持？确认后评审不能再修改。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NavigationTree</name>
    <message>
        <source>Plan</source>
        <translation>策划（P）</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>实施（D）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查（C）</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>改进（A）</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NewProjectDialog</name>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>New project file</source>
        <translation>新建项目文件</translation>
    </message>
    <message>
        <source>CNMS projects (*.cnms)</source>
        <translation>碳中和管理体系项目 (*.cnms)</translation>
    </message>
    <message>
        <source>Choose where to save the project file.</source>
        <translation>请选择项目文件的保存位置。</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another file name.</source>
        <translation>文件 %1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>A project is one file holding one organization's carbon neutrality management system. Enter what you know now; everything except the name can be completed later.</source>
        <translation>一个项目就是一个文件，保存一个组织的碳中和管理体系。请先填写目前已知的信息；除组织名称外，其他内容都可以稍后补充。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Where to save the project (*.cnms)</source>
        <translation>项目文件的保存位置（*.cnms）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>cnms::gui::OrganizationForm</name>
    <message>
        <source>Operational control</source>
        <translation>运营控制权法</translation>
    </message>
    <message>
        <source>Financial control</source>
        <translation>财务控制权法</translation>
    </message>
    <message>
        <source>Equity share</source>
        <translation>股权比例法</translation>
    </message>
    <message>
        <source>Counts 100 % of the emissions of every site whose operations the organization controls.</source>
        <translation>组织拥有运营控制权的场所，其排放全部（100%）计入。</translation>
    </message>
    <message>
        <source>Counts 100 % of the emissions of every site whose financial and operating policies the organization directs.</source>
        <translation>组织拥有财务控制权（能够主导其财务和经营政策）的场所，其排放全部（100%）计入。</translation>
    </message>
    <message>
        <source>Counts each site's emissions in proportion to the organization's equity share in it.</source>
        <translation>按组织在各场所所占的股权比例计入其排放。</translation>
    </message>
    <message>
        <source>✓ Check character matches</source>
        <translation>✓ 校验码正确</translation>
    </message>
</context>
<context>
    <name>cnms::gui::OrganizationPage</name>
    <message>
        <source>Organization profile</source>
        <translation>组织概况</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>组织概况未保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Save the profile (it can be undone with Edit &gt; Undo)</source>
        <translation>保存组织概况（可通过“编辑 &gt; 撤销”撤回）</translation>
    </message>
    <message>
        <source>Discard the changes typed since the last save</source>
        <translation>放弃上次保存以来输入的修改</translation>
    </message>
</context>
<context>
    <name>cnms::gui::PageFrame</name>
    <message>
        <source>Clause %1: %2</source>
        <translation>条款 %1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cnms::gui::Pages</name>
    <message>
        <source>Organization profile</source>
        <translation>组织概况</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>体系就绪度</translation>
    </message>
    <message>
        <source>GHG inventory</source>
        <translation>温室气体排放清单</translation>
    </message>
    <message>
        <source>Activity data</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <source>Emission factors</source>
        <translation>排放因子库</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ReadinessPage</name>
    <message>
        <source>Plan</source>
        <translation>策划</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>改进</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>部分满足</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>已具备</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>not tracked by this version</source>
        <translation>本版本尚未跟踪</translation>
    </message>
    <message>
        <source>ready for audit: %1 clauses met, %2 partly met, %3 missing</source>
        <translation>审核就绪：%1 个条款已满足，%2 个部分满足，%3 个缺失</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求的记录</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>现有情况</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n 条记录，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to page: %1</source>
        <translation>转到页面：%1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页面</translation>
    </message>
    <message>
        <source>What the standard asks</source>
        <translation>标准的要求</translation>
    </message>
    <message>
        <source>Required records</source>
        <translation>要求的记录</translation>
    </message>
    <message>
        <source>A good example</source>
        <translation>良好示例</translation>
    </message>
</context>
<context>
    <name>cnms::gui::RegisterPage</name>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete "%1" from %2?
The change log keeps what it was.</source>
        <translation>从%2中删除“%1”？
变更日志会保留其原有内容。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>History of "%1"</source>
        <translation>“%1”的变更历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change (old → new)</source>
        <translation>变更（原值 → 新值）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (highlighted)</source>
        <translation>
            <numerusform>%n 条已逾期（突出显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all fields</source>
        <translation>搜索全部字段</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>新版本(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Keep the selected record as history and store a new version of it</source>
        <translation>将所选记录保留为历史，并保存它的新版本</translation>
    </message>
</context>
<context>
    <name>cnms::gui::RegisterRecordDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>新版本：%1</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>标有 * 的字段为必填项。</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cnms::gui::RegisterTableModel</name>
    <message>
        <source>Overdue: %1 was %2</source>
        <translation>已逾期：%1为 %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SiteDialog</name>
    <message>
        <source>(not specified)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>编辑场所 %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>添加场所</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SiteTableModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Equity share %</source>
        <translation>股权比例 %</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SitesPage</name>
    <message>
        <source>Delete site</source>
        <translation>删除场所</translation>
    </message>
    <message>
        <source>Delete the site %1?
You can bring it back with Edit &gt; Undo.</source>
        <translation>删除场所 %1？
可通过“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>共 %1 个场所</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown</source>
        <translation>显示 %1 个场所（共 %2 个）</translation>
    </message>
    <message>
        <source>Search code, name, province or address</source>
        <translation>搜索代码、名称、省份或地址</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Add a site to the organization's boundary</source>
        <translation>向组织边界内添加场所</translation>
    </message>
    <message>
        <source>Edit the selected site (or double-click it)</source>
        <translation>编辑所选场所（或双击该行）</translation>
    </message>
    <message>
        <source>Delete the selected site (Edit &gt; Undo brings it back)</source>
        <translation>删除所选场所（可通过“编辑 &gt; 撤销”恢复）</translation>
    </message>
</context>
<context>
    <name>cnms::report::ReportPreviewDialog</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>双页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>cnms::report::ReportRenderer</name>
    <message>
        <source>There is no page to print the report on.</source>
        <translation>没有可供打印报告的页面。</translation>
    </message>
    <message>
        <source>The report cannot be painted on this device.</source>
        <translation>报告无法在此设备上绘制。</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>打印机拒绝了新页面。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cnms::report::ReportStrings</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Appendix %1</source>
        <translation>附录%1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>图%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>%1 more rows are not printed; export the full list from the workbench.</source>
        <translation>另有 %1 行未打印，完整清单请从工作台导出。</translation>
    </message>
</context>
</TS>