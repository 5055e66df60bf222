<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddRecordCommand</name>
    <message>
        <source>add %1</source>
        <translation>添加%1</translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>add site %1</source>
        <translation>添加场所 %1</translation>
    </message>
</context>
<context>
    <name>EditActivityCommand</name>
    <message>
        <source>edit activity record %1</source>
        <translation>修改活动数据记录 %1</translation>
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
    <name>EditRecordCommand</name>
    <message>
        <source>edit %1</source>
        <translation>编辑%1</translation>
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
    <message>
        <source>Another program has %1 open for writing; close it there to make changes here.
(%2)</source>
        <translation>另一个程序正以写入方式打开 %1；请先在那里关闭它，才能在此修改。
（%2）</translation>
    </message>
    <message>
        <source>The disk is full (or the project reached its size limit); nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满（或项目已达到大小上限）；未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The project cannot be written (read-only file, folder or disk); nothing was saved.</source>
        <translation>无法写入项目（文件、文件夹或磁盘为只读）；未保存任何内容。</translation>
    </message>
    <message>
        <source>Another program is writing to the project; nothing was saved. Try again.</source>
        <translation>另一个程序正在写入此项目；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This user is disabled and cannot sign in.</source>
        <translation>该用户已停用，不能登录。</translation>
    </message>
    <message>
        <source>This is the project's last active administrator; make another user administrator first.</source>
        <translation>这是本项目最后一个启用的管理员；请先将另一位用户设为管理员。</translation>
    </message>
    <message>
        <source>Sign-in cannot be required before the project has an active administrator.</source>
        <translation>项目还没有启用的管理员，不能要求登录。</translation>
    </message>
    <message>
        <source>A user of that name already exists in this project.</source>
        <translation>本项目已有同名用户。</translation>
    </message>
</context>
<context>
    <name>NeutralityCharts</name>
    <message>
        <source>Marginal abatement cost curve</source>
        <translation>边际减排成本曲线</translation>
    </message>
    <message>
        <source>Annual reduction (tCO2e)</source>
        <translation>年减排量（tCO2e）</translation>
    </message>
    <message>
        <source>Cost (%1/tCO2e)</source>
        <translation>成本（%1/tCO2e）</translation>
    </message>
    <message>
        <source>Emissions against the target trajectory</source>
        <translation>实际排放与目标路径</translation>
    </message>
    <message>
        <source>Target trajectory</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <source>Actual emissions</source>
        <translation>实际排放</translation>
    </message>
    <message>
        <source>Effect of planned measures</source>
        <translation>计划措施的减排效果</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>减排量</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>碳信用</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净排放</translation>
    </message>
    <message>
        <source>From gross emissions to net</source>
        <translation>从总排放到净排放</translation>
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
        <translation>能效提升</translation>
    </message>
    <message>
        <source>Fuel switch</source>
        <translation>燃料替代</translation>
    </message>
    <message>
        <source>Renewable electricity</source>
        <translation>可再生电力</translation>
    </message>
    <message>
        <source>Process change</source>
        <translation>工艺改进</translation>
    </message>
    <message>
        <source>CCUS</source>
        <translation>CCUS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>设想</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>清除类</translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation>避免类</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>绝对量</translation>
    </message>
    <message>
        <source>Fuel combustion</source>
        <translation>燃料燃烧</translation>
    </message>
    <message>
        <source>Process emissions</source>
        <translation>过程排放</translation>
    </message>
    <message>
        <source>Fugitive emissions</source>
        <translation>逸散排放</translation>
    </message>
    <message>
        <source>Purchased electricity</source>
        <translation>外购电力</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <source>CO2 recovered</source>
        <translation>CO2 回收</translation>
    </message>
    <message>
        <source>Other indirect emissions</source>
        <translation>其他间接排放</translation>
    </message>
    <message>
        <source>The measure needs a title.</source>
        <translation>请填写措施名称。</translation>
    </message>
    <message>
        <source>The target needs a name.</source>
        <translation>请填写目标名称。</translation>
    </message>
    <message>
        <source>Choose the scopes (or categories) the target covers.</source>
        <translation>请选择目标覆盖的范围（或类别）。</translation>
    </message>
    <message>
        <source>An intensity target needs its unit of output, e.g. t clinker.</source>
        <translation>强度目标须填写产出单位，例如 t 熟料。</translation>
    </message>
    <message>
        <source>The registry or standard is required.</source>
        <translation>请填写登记系统或标准。</translation>
    </message>
    <message>
        <source>The serial number or serial block is required.</source>
        <translation>请填写序列号或序列号段。</translation>
    </message>
    <message>
        <source>A retired credit needs its retirement date.</source>
        <translation>已注销的碳信用须填写注销日期。</translation>
    </message>
    <message>
        <source>Not a date: use YYYY-MM-DD.</source>
        <translation>不是日期：请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>Must be 0 or more.</source>
        <translation>应不小于 0。</translation>
    </message>
    <message>
        <source>Must be above 0.</source>
        <translation>应大于 0。</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>应为数字。</translation>
    </message>
    <message>
        <source>A realised reduction is recorded once the measure is done.</source>
        <translation>措施完成后才能记录实际减排量。</translation>
    </message>
    <message>
        <source>The target year must come after the base year.</source>
        <translation>目标年应晚于基准年。</translation>
    </message>
    <message>
        <source>Not a serial number or a block FIRST~LAST.</source>
        <translation>不是序列号，也不是“起始~结束”形式的序列号段。</translation>
    </message>
    <message>
        <source>Green electricity certificates (GEC, I-REC) are not offsets: they count only toward market-based scope 2.</source>
        <translation>绿色电力证书（GEC、I-REC）不是碳抵消：只能用于基于市场法的范围二。</translation>
    </message>
    <message>
        <source>The lifetime must be 1 to 100 years.</source>
        <translation>使用寿命应为 1 至 100 年。</translation>
    </message>
    <message>
        <source>Scopes are 1, 2 or 3.</source>
        <translation>范围为 1、2 或 3。</translation>
    </message>
    <message>
        <source>ISO 14064-1 categories are 1 to 6.</source>
        <translation>ISO 14064-1 类别为 1 至 6。</translation>
    </message>
    <message>
        <source>A year between 1990 and 2100.</source>
        <translation>应为 1990 至 2100 之间的年份。</translation>
    </message>
    <message>
        <source>Above 0 and at most 100 %.</source>
        <translation>应大于 0 且不超过 100 %。</translation>
    </message>
    <message>
        <source>Milestones lie between the base year and the target year, at 0-100 %.</source>
        <translation>里程碑年份应在基准年与目标年之间，比例为 0-100 %。</translation>
    </message>
    <message>
        <source>The neutrality year must come after the base year.</source>
        <translation>碳中和年应晚于基准年。</translation>
    </message>
    <message>
        <source>Duplicate serial</source>
        <translation>序列号重复</translation>
    </message>
    <message>
        <source>Vintage out of range</source>
        <translation>年份超出范围</translation>
    </message>
    <message>
        <source>Not retired</source>
        <translation>未注销</translation>
    </message>
    <message>
        <source>Retired after the claim</source>
        <translation>声明截止后注销</translation>
    </message>
    <message>
        <source>Its serials overlap the earlier credit %1.</source>
        <translation>序列号与先前记录的碳信用 %1 重叠。</translation>
    </message>
    <message>
        <source>Vintage %1 is outside the eligible window %2-%3.</source>
        <translation>年份 %1 不在合格范围 %2-%3 内。</translation>
    </message>
    <message>
        <source>Status is %1: only retired credits count.</source>
        <translation>状态为“%1”：只有已注销的碳信用才能计入。</translation>
    </message>
    <message>
        <source>Retired on %1, after the claim's deadline %2.</source>
        <translation>于 %1 注销，晚于声明截止日期 %2。</translation>
    </message>
    <message>
        <source>Inventory complete for the boundary</source>
        <translation>边界内排放清单完整</translation>
    </message>
    <message>
        <source>Carbon-neutrality management plan with reduction targets</source>
        <translation>有减排目标的碳中和管理计划</translation>
    </message>
    <message>
        <source>Reductions shown after the first period</source>
        <translation>首期之后体现减排</translation>
    </message>
    <message>
        <source>Credits retired and traceable</source>
        <translation>碳信用已注销且可追溯</translation>
    </message>
    <message>
        <source>Share of removals stated</source>
        <translation>已说明清除类占比</translation>
    </message>
    <message>
        <source>The site has activity data for %1.</source>
        <translation>该场所具有 %1 年的活动数据。</translation>
    </message>
    <message>
        <source>%1 of %2 sites have activity data for %3.</source>
        <translation>%2 个场所中有 %1 个具有 %3 年的活动数据。</translation>
    </message>
    <message numerus="yes">
        <source>Target "%1" with neutrality year %2, and %n reduction target(s).</source>
        <translation>
            <numerusform>目标“%1”的碳中和年为 %2，共 %n 个减排目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>No reduction target is recorded.</source>
        <translation>未记录减排目标。</translation>
    </message>
    <message>
        <source>Reduction targets are recorded, but none states a neutrality year.</source>
        <translation>已记录减排目标，但均未写明碳中和年。</translation>
    </message>
    <message>
        <source>%1 below the base year %2.</source>
        <translation>比基准年 %2 减少 %1。</translation>
    </message>
    <message>
        <source>First claim period: reductions are shown from the next period.</source>
        <translation>首个声明期：减排量自下一期起体现。</translation>
    </message>
    <message>
        <source>No reduction against the base year after the first period.</source>
        <translation>首期之后相对基准年没有减排。</translation>
    </message>
    <message>
        <source>No credit is counted.</source>
        <translation>没有计入的碳信用。</translation>
    </message>
    <message>
        <source>Credit %1 %2 lacks a retirement date or beneficiary.</source>
        <translation>碳信用 %1 %2 缺少注销日期或受益方。</translation>
    </message>
    <message numerus="yes">
        <source>%n credit record(s), each with serial, retirement date and beneficiary.</source>
        <translation>
            <numerusform>%n 条碳信用记录，均有序列号、注销日期和受益方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removals are %1 % of the credits counted.</source>
        <translation>清除类占计入碳信用的 %1 %。</translation>
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
    <message>
        <source>Double-click to see the sources behind this total</source>
        <translation>双击查看构成此合计的排放源</translation>
    </message>
</context>
<context>
    <name>RemoveRecordCommand</name>
    <message>
        <source>delete %1</source>
        <translation>删除%1</translation>
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
    <name>RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Sustainability officer</source>
        <translation>碳管理专员</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>内审员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>edit the organization and its sites</source>
        <translation>编辑组织及其场所</translation>
    </message>
    <message>
        <source>edit activity data and emission factors</source>
        <translation>编辑活动数据和排放因子</translation>
    </message>
    <message>
        <source>edit offset credits, reduction measures and targets</source>
        <translation>编辑抵消信用、减排措施和目标</translation>
    </message>
    <message>
        <source>edit register records</source>
        <translation>编辑登记册记录</translation>
    </message>
    <message>
        <source>plan audits and the audit programme</source>
        <translation>策划审核和审核方案</translation>
    </message>
    <message>
        <source>answer checklists and complete audits</source>
        <translation>填写检查表并完成审核</translation>
    </message>
    <message>
        <source>raise a nonconformity</source>
        <translation>提出不符合</translation>
    </message>
    <message>
        <source>contain a nonconformity, analyse its cause and carry out actions</source>
        <translation>控制不符合、分析原因并实施措施</translation>
    </message>
    <message>
        <source>verify, close or reopen a nonconformity</source>
        <translation>验证、关闭或重新打开不符合</translation>
    </message>
    <message>
        <source>hold a management review</source>
        <translation>主持管理评审</translation>
    </message>
    <message>
        <source>administer users and sign-in</source>
        <translation>管理用户和登录</translation>
    </message>
    <message>
        <source>Single-user project</source>
        <translation>单用户项目</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Nobody is signed in to this project, so you cannot %1.</source>
        <translation>本项目尚无人登录，因此不能%1。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
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
    <name>cnms::gui::ActionTableModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Implemented %1 by %2</source>
        <translation>%2 于 %1 实施</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>For</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
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
</context>
<context>
    <name>cnms::gui::ActivityExportJob</name>
    <message>
        <source>Export activity data</source>
        <translation>导出活动数据</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 activity records of %2 written to %3.</source>
        <translation>已将 %2 年的 %1 条活动数据记录写入 %3。</translation>
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
    <message>
        <source>Correction refused</source>
        <translation>更正被拒绝</translation>
    </message>
    <message>
        <source>Export activity data</source>
        <translation>导出活动数据</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who entered or changed the selected record, and when</source>
        <translation>查看所选记录由谁在何时录入或修改</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the year's records to xlsx or CSV in the import format</source>
        <translation>按导入格式将本年度记录写入 xlsx 或 CSV 文件</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it; Ctrl+Z undoes a correction</source>
        <translation>双击单元格可更正；Ctrl+Z 撤销更正</translation>
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
    <message>
        <source>'%1' is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>'%1' is not a source type (fuel_combustion, process, fugitive, purchased_electricity, purchased_heat, co2_recovered, indirect_other).</source>
        <translation>“%1”不是排放源类型（fuel_combustion、process、fugitive、purchased_electricity、purchased_heat、co2_recovered、indirect_other）。</translation>
    </message>
    <message>
        <source>'%1' is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>'%1' is not a data quality (measured, calculated, estimated).</source>
        <translation>“%1”不是数据质量等级（measured、calculated、estimated）。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditChecklistPage</name>
    <message>
        <source>Audit checklist</source>
        <translation>审核检查表</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已回答 %1 / %2</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>changed since it was recorded</source>
        <translation>登记后已被修改</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>File %1 (SHA-256 %2…): %3</source>
        <translation>文件 %1（SHA-256 %2…）：%3</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Write the record as type:id, e.g. activity_data:42 or document:DOC-003.</source>
        <translation>请按“类型:编号”填写记录，例如 activity_data:42 或 document:DOC-003。</translation>
    </message>
    <message>
        <source>Complete audit</source>
        <translation>完成审核</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not answered yet; answer every item before completing the audit.</source>
        <translation>
            <numerusform>还有 %n 个检查项未回答；请回答全部检查项后再完成审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete %1? The audit becomes read-only and a nonconformity is raised for every major and minor finding.</source>
        <translation>完成审核 %1？完成后审核为只读，每个严重和一般不符合发现都将提出一项不符合。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 is completed.</source>
        <translation>%1 已完成。</translation>
    </message>
    <message>
        <source>%1 is completed. Nonconformities raised: %2</source>
        <translation>%1 已完成。提出的不符合：%2</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>审核报告</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · lead auditor %4</source>
        <translation>%1 · %2 至 %3 · 审核组长 %4</translation>
    </message>
    <message>
        <source>No audit is planned yet: plan one on the audit programme page.</source>
        <translation>尚未策划审核：请在审核方案页面策划审核。</translation>
    </message>
    <message>
        <source>Keys: 1 conforming · 2 major · 3 minor · 4 observation · 5 opportunity for improvement · 6 not applicable. The item's evidence is edited in place (F2 or typing); the answer is stored with its evidence and the next item is selected.</source>
        <translation>按键：1 符合 · 2 严重不符合 · 3 一般不符合 · 4 观察项 · 5 改进机会 · 6 不适用。证据可在表格中直接编辑（F2 或直接输入）；结果与证据一起保存，并自动转到下一项。</translation>
    </message>
    <message>
        <source>Progress per clause</source>
        <translation>各条款进度</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>当前检查项</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Link a record: type:id</source>
        <translation>关联记录：类型:编号</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Add evidence file…</source>
        <translation>添加证据文件…</translation>
    </message>
    <message>
        <source>Conclusion (optional: a count of the findings when empty)</source>
        <translation>审核结论（可选；留空时记录审核发现统计）</translation>
    </message>
    <message>
        <source>Complete audit…</source>
        <translation>完成审核…</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>审核报告…</translation>
    </message>
    <message>
        <source>Corrected to %1 by %2 on %3: %4</source>
        <translation>已由%2于%3更正为“%1”：%4</translation>
    </message>
    <message>
        <source>Correct finding</source>
        <translation>更正审核发现</translation>
    </message>
    <message>
        <source>The correction raised %1.</source>
        <translation>该更正提出了 %1。</translation>
    </message>
    <message>
        <source>Correct finding %1</source>
        <translation>更正审核发现 %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Completed on %1 by %2: the audit is read-only. A wrong finding is corrected by a new, linked record (Correct finding…), which the audit report shows.</source>
        <translation>%2 于 %1 完成：审核为只读。错误的审核发现通过新的关联更正记录（“更正审核发现…”）更正，审核报告会显示更正。</translation>
    </message>
    <message>
        <source>Correct finding…</source>
        <translation>更正审核发现…</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditPlanDialog</name>
    <message>
        <source>Edit audit %1</source>
        <translation>编辑审核 %1</translation>
    </message>
    <message>
        <source>Plan audit</source>
        <translation>策划审核</translation>
    </message>
    <message>
        <source>One per line: process; department; owner</source>
        <translation>每行一个：过程; 部门; 负责人</translation>
    </message>
    <message>
        <source>One per line: name; department</source>
        <translation>每行一人：姓名; 部门</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，以逗号分隔</translation>
    </message>
    <message>
        <source>e.g. 4-10 or 6.2,9.4</source>
        <translation>例如 4-10 或 6.2,9.4</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Reason for auditing anyway</source>
        <translation>仍由其审核的理由</translation>
    </message>
    <message>
        <source>The carbon neutrality management system standard and the organization's procedures</source>
        <translation>工业碳中和管理体系标准及组织的程序文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>审核目的</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>审核准则</translation>
    </message>
    <message>
        <source>Why this audit now</source>
        <translation>审核依据</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款范围</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>审核组</translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation>受审核人员</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>独立性</translation>
    </message>
    <message>
        <source>owns the audited process %1</source>
        <translation>是受审核过程“%1”的负责人</translation>
    </message>
    <message>
        <source>belongs to the audited department %1</source>
        <translation>属于受审核部门“%1”</translation>
    </message>
    <message>
        <source>is an auditee</source>
        <translation>是受审核人员</translation>
    </message>
    <message>
        <source>Acknowledge the independence warning of %1 with a reason, or change the team.</source>
        <translation>请填写 %1 的独立性警告的确认理由，或调整审核组。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditProgrammePage</name>
    <message>
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Every clause is covered by an audit of %1.</source>
        <translation>%1 年的审核覆盖了全部条款。</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) not covered by any audit of %1.</source>
        <translation>
            <numerusform>有 %n 个条款未被 %1 年的任何审核覆盖。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not visited</source>
        <translation>%1 未审核</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>场所：%1</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Edit audit</source>
        <translation>编辑审核</translation>
    </message>
    <message>
        <source>Remove audit</source>
        <translation>删除审核</translation>
    </message>
    <message>
        <source>Remove the planned audit %1 and its checklist?</source>
        <translation>删除已策划的审核 %1 及其检查表？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>方案目标</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>方案依据</translation>
    </message>
    <message>
        <source>What the year's audits are to establish</source>
        <translation>本年度审核要确认的内容</translation>
    </message>
    <message>
        <source>Importance, changes, earlier results</source>
        <translation>重要性、变更、以往审核结果</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>审核日历</translation>
    </message>
    <message>
        <source>Clause coverage</source>
        <translation>条款覆盖</translation>
    </message>
    <message>
        <source>Audits of the year</source>
        <translation>本年度审核</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>覆盖审核</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款范围</translation>
    </message>
    <message>
        <source>Plan audit…</source>
        <translation>策划审核…</translation>
    </message>
    <message>
        <source>Edit audit…</source>
        <translation>编辑审核…</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>打开检查表</translation>
    </message>
</context>
<context>
    <name>cnms::gui::AuditText</name>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>严重不符合</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>一般不符合</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已策划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>已纠正</translation>
    </message>
    <message>
        <source>Cause analysed</source>
        <translation>已分析原因</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>已制定措施</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监视测量</translation>
    </message>
    <message>
        <source>Compliance evaluation</source>
        <translation>合规性评价</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Correction…</source>
        <translation>纠正…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>原因分析…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>添加措施…</translation>
    </message>
    <message>
        <source>Implemented…</source>
        <translation>措施已实施…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>验证有效性…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>%1 is closed and read-only; if the problem recurs, reopen it with a reason.</source>
        <translation>%1 已关闭，为只读；如问题再次发生，请说明理由重新打开。</translation>
    </message>
    <message>
        <source>%1 is not closed (it is %2); only a closed nonconformity can be reopened.</source>
        <translation>%1 未关闭（当前为“%2”）；只有已关闭的不符合才能重新打开。</translation>
    </message>
    <message>
        <source>%1 was already reopened; continue with the new nonconformity.</source>
        <translation>%1 已重新打开过；请在新的不符合中继续处理。</translation>
    </message>
    <message>
        <source>You own a corrective action of %1 and cannot verify its effectiveness: verification must be done by someone who owns none of its actions.</source>
        <translation>您负责 %1 的纠正措施，不能验证其有效性：有效性验证须由不负责任何该项措施的人员进行。</translation>
    </message>
    <message>
        <source>The person verifying the effectiveness of %1 must be named.</source>
        <translation>必须注明验证 %1 有效性的人员。</translation>
    </message>
    <message>
        <source>The effectiveness of the corrective actions of %1 has not been verified; a nonconformity is closed only after its effectiveness is verified.</source>
        <translation>%1 的纠正措施有效性尚未验证；不符合只有在有效性验证后才能关闭。</translation>
    </message>
    <message>
        <source>Record the correction or containment of %1 first: the root cause is analysed after the immediate reaction.</source>
        <translation>请先记录 %1 的纠正或控制措施：原因分析在即时处置之后进行。</translation>
    </message>
    <message>
        <source>Analyse the root cause of %1 before planning corrective actions (it is %2).</source>
        <translation>请先分析 %1 的根本原因，再制定纠正措施（当前为“%2”）。</translation>
    </message>
    <message>
        <source>%1 has no planned corrective action to implement (it is %2).</source>
        <translation>%1 没有待实施的纠正措施（当前为“%2”）。</translation>
    </message>
    <message>
        <source>The corrective actions of %1 are not all implemented yet (it is %2); effectiveness is verified after implementation.</source>
        <translation>%1 的纠正措施尚未全部实施（当前为“%2”）；有效性应在实施后验证。</translation>
    </message>
    <message>
        <source>%1 is %2; it can be closed only after its corrective actions are implemented and verified effective.</source>
        <translation>%1 当前为“%2”；只有纠正措施实施并验证有效后才能关闭。</translation>
    </message>
    <message>
        <source>The correction of %1 is already recorded (it is %2).</source>
        <translation>%1 的纠正已记录（当前为“%2”）。</translation>
    </message>
    <message>
        <source>The root cause of %1 can no longer be changed: corrective actions are already planned (it is %2).</source>
        <translation>%1 的根本原因不能再修改：已制定纠正措施（当前为“%2”）。</translation>
    </message>
    <message>
        <source>%1 is already verified effective; close it instead of adding actions.</source>
        <translation>%1 已验证有效；请关闭，而不是再添加措施。</translation>
    </message>
    <message>
        <source>Every corrective action of %1 is already implemented.</source>
        <translation>%1 的纠正措施均已实施。</translation>
    </message>
    <message>
        <source>The effectiveness of %1 is already verified; close it.</source>
        <translation>%1 的有效性已验证；请关闭。</translation>
    </message>
    <message>
        <source>The audit is completed and read-only; correct a finding with a new, linked record instead.</source>
        <translation>审核已完成，为只读；请用新的关联记录更正审核发现。</translation>
    </message>
    <message>
        <source>The audit cannot be completed while checklist items are unanswered.</source>
        <translation>仍有检查项未回答，不能完成审核。</translation>
    </message>
    <message>
        <source>The audit cannot be completed before its start date.</source>
        <translation>审核开始日期之前不能完成审核。</translation>
    </message>
    <message>
        <source>The clause scope cannot change once an item has been answered.</source>
        <translation>已有检查项回答后，条款范围不能再修改。</translation>
    </message>
    <message>
        <source>An audit whose checklist has answers cannot be removed.</source>
        <translation>检查表已有回答的审核不能删除。</translation>
    </message>
    <message>
        <source>Every independence warning must be acknowledged with a reason before the audit is planned.</source>
        <translation>策划审核前，每个独立性警告都必须说明理由予以确认。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ChecklistTableModel</name>
    <message>
        <source>The evidence of an answered item cannot be emptied.</source>
        <translation>已回答检查项的证据不能清空。</translation>
    </message>
    <message>
        <source>Answer the item before adding evidence files.</source>
        <translation>请先回答该检查项，再添加证据文件。</translation>
    </message>
    <message>
        <source>Answer the item before linking records.</source>
        <translation>请先回答该检查项，再关联记录。</translation>
    </message>
    <message>
        <source>Press 1–6 to answer</source>
        <translation>按 1–6 回答</translation>
    </message>
    <message>
        <source>Not stored yet: write the evidence to store the answer</source>
        <translation>尚未保存：填写证据后才会保存结果</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed or missing</source>
        <translation>
            <numerusform>%n 个已修改或缺失</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Files and records</source>
        <translation>文件和记录</translation>
    </message>
</context>
<context>
    <name>cnms::gui::CreditDialog</name>
    <message>
        <source>Edit offset credit</source>
        <translation>编辑碳信用</translation>
    </message>
    <message>
        <source>Add offset credit</source>
        <translation>添加碳信用</translation>
    </message>
    <message>
        <source>one serial, or a block FIRST~LAST</source>
        <translation>单个序列号，或“起始~结束”序列号段</translation>
    </message>
    <message>
        <source>Registry or &amp;standard:</source>
        <translation>登记系统或标准(&amp;S)：</translation>
    </message>
    <message>
        <source>Project &amp;ID:</source>
        <translation>项目编号(&amp;I)：</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Credit &amp;type:</source>
        <translation>信用类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Vintage:</source>
        <translation>年份(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;erial:</source>
        <translation>序列号(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Retirement date:</source>
        <translation>注销日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>受益方(&amp;B)：</translation>
    </message>
    <message>
        <source>Retired for &amp;claim:</source>
        <translation>注销用于声明(&amp;C)：</translation>
    </message>
    <message>
        <source>Already recorded as credit #%1 (%2 %3, vintage %4): a credit is counted only once.</source>
        <translation>已记录为碳信用 #%1（%2 %3，年份 %4）：同一碳信用只能计算一次。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::CreditsPage</name>
    <message>
        <source>Recognised as %1</source>
        <translation>识别为 %1</translation>
    </message>
    <message>
        <source>Delete the offset credit %1?</source>
        <translation>删除碳信用 %1？</translation>
    </message>
    <message>
        <source>Delete offset credit</source>
        <translation>删除碳信用</translation>
    </message>
    <message numerus="yes">
        <source>%n credit record(s)</source>
        <translation>
            <numerusform>%n 条碳信用记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n credit record(s) shown</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条碳信用记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; retired: %2</source>
        <translation>%1；已注销：%2</translation>
    </message>
    <message>
        <source>Search registry, project, serial or beneficiary</source>
        <translation>搜索登记系统、项目、序列号或受益方</translation>
    </message>
    <message>
        <source>Record an offset credit</source>
        <translation>记录一条碳信用</translation>
    </message>
    <message>
        <source>Edit the selected credit (or double-click it)</source>
        <translation>编辑所选碳信用（或双击）</translation>
    </message>
    <message>
        <source>Delete the selected credit</source>
        <translation>删除所选碳信用</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>登记系统</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Quantity (tCO2e)</source>
        <translation>数量（tCO2e）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益方</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import credits from CSV or xlsx: all or nothing, double counting refused</source>
        <translation>从 CSV 或 xlsx 导入碳信用：全部导入或全部不导入，拒绝重复计算</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>cnms::gui::DashboardTile</name>
    <message>
        <source>Open the page behind this figure</source>
        <translation>打开此数据对应的页面</translation>
    </message>
</context>
<context>
    <name>cnms::gui::DashboardView</name>
    <message>
        <source>scope %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>ISO categories %1</source>
        <translation>ISO 类别 %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>排放总量</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>required by clause %1</source>
        <translation>条款 %1 的要求</translation>
    </message>
    <message>
        <source>This project holds no records yet. Start here:</source>
        <translation>本项目尚无记录。请从这里开始：</translation>
    </message>
    <message>
        <source>The dashboard fills in as the records come: emissions, targets, audits and readiness.</source>
        <translation>录入记录后，驾驶舱将逐步显示排放、目标、审核和就绪度。</translation>
    </message>
    <message>
        <source>First reporting year</source>
        <translation>首个报告年度</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>较 %2 年 %1（%3）</translation>
    </message>
    <message>
        <source>Total emissions %1</source>
        <translation>%1 年排放总量</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>排放总量</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>Import a year's activity data to compute the inventory.</source>
        <translation>导入某一年度的活动数据以计算排放清单。</translation>
    </message>
    <message>
        <source>Carbon neutral: %1 of credits counted</source>
        <translation>已实现碳中和：计入碳信用 %1</translation>
    </message>
    <message>
        <source>Not carbon neutral: %1 of credits counted</source>
        <translation>未实现碳中和：计入碳信用 %1</translation>
    </message>
    <message>
        <source>Claim checklist: %1 of %2 met</source>
        <translation>声明核对清单：%2 项中满足 %1 项</translation>
    </message>
    <message>
        <source>Net emissions %1</source>
        <translation>%1 年净排放量</translation>
    </message>
    <message>
        <source>Net emissions</source>
        <translation>净排放量</translation>
    </message>
    <message>
        <source>No balance yet</source>
        <translation>尚无平衡结果</translation>
    </message>
    <message>
        <source>A balance needs the year's inventory.</source>
        <translation>碳中和平衡需要该年度的排放清单。</translation>
    </message>
    <message>
        <source>Trajectory %1: %2</source>
        <translation>%1 年目标路径：%2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>符合目标路径</translation>
    </message>
    <message>
        <source>Above the trajectory by %1</source>
        <translation>高于目标路径 %1</translation>
    </message>
    <message>
        <source>Target: −%1 % by %2 (%3)</source>
        <translation>目标：%2 年前下降 %1 %（%3）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation>尚未设定目标</translation>
    </message>
    <message>
        <source>Set a reduction target with its base year.</source>
        <translation>设定减排目标及其基准年。</translation>
    </message>
    <message>
        <source>Set an absolute reduction target to follow the trajectory.</source>
        <translation>设定绝对量减排目标以跟踪目标路径。</translation>
    </message>
    <message>
        <source>Readiness for audit</source>
        <translation>审核就绪度</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 missing of %4 clauses</source>
        <translation>%4 个条款中：满足 %1，部分满足 %2，缺失 %3</translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation>未关闭的不符合</translation>
    </message>
    <message>
        <source>With an overdue action: %1</source>
        <translation>有逾期措施：%1</translation>
    </message>
    <message>
        <source>None with an overdue action</source>
        <translation>无逾期措施</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成的措施</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>无逾期</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>Should have started %1 days ago</source>
        <translation>应于 %1 天前开始</translation>
    </message>
    <message>
        <source>Next internal audit</source>
        <translation>下次内部审核</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>尚未策划</translation>
    </message>
    <message>
        <source>Plan the year's internal audits.</source>
        <translation>策划本年度的内部审核。</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 台逾期</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1 台即将到期</translation>
    </message>
    <message>
        <source>All current</source>
        <translation>均在有效期内</translation>
    </message>
    <message>
        <source>Calibrations due</source>
        <translation>校准到期</translation>
    </message>
    <message>
        <source>Next: %1, due %2</source>
        <translation>最近到期：%1，%2</translation>
    </message>
    <message>
        <source>No instruments</source>
        <translation>尚无计量器具</translation>
    </message>
    <message>
        <source>Record the measuring instruments and their calibration due dates.</source>
        <translation>登记计量器具及其校准到期日。</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>Emissions per year (thousand tCO₂e)</source>
        <translation>历年排放量（千吨 CO₂e）</translation>
    </message>
    <message>
        <source>Target trajectory (%1)</source>
        <translation>目标路径（%1）</translation>
    </message>
    <message>
        <source>Scope %1: %2 %</source>
        <translation>范围 %1：%2 %</translation>
    </message>
    <message>
        <source>Scope shares %1</source>
        <translation>%1 年各范围占比</translation>
    </message>
    <message>
        <source>%1 tCO₂e/%2</source>
        <translation>%1 tCO₂e/%2</translation>
    </message>
    <message>
        <source>Enter production output to see the intensity.</source>
        <translation>录入产量后可查看排放强度。</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>排放强度：%1</translation>
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
    <name>cnms::gui::FindingsPage</name>
    <message>
        <source>All audits</source>
        <translation>全部审核</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项审核发现</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>e.g. 6 or 9.4</source>
        <translation>例如 6 或 9.4</translation>
    </message>
</context>
<context>
    <name>cnms::gui::FindingsTableModel</name>
    <message>
        <source>%1 (corrected from %2)</source>
        <translation>%1（由“%2”更正）</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>cnms::gui::HistoryDialog</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的变更历史</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>旧值 → 新值</translation>
    </message>
    <message>
        <source>No change-log entries for this record.</source>
        <translation>此记录没有变更日志条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries, newest first.</source>
        <translation>
            <numerusform>%n 条变更日志条目，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnms::gui::HistoryVerifier</name>
    <message>
        <source>%1, id %2: changed outside the application</source>
        <translation>%1，id %2：在应用程序之外被修改</translation>
    </message>
    <message>
        <source>%1, id %2: deleted outside the application</source>
        <translation>%1，id %2：在应用程序之外被删除</translation>
    </message>
    <message>
        <source>%1, id %2: inserted outside the application</source>
        <translation>%1，id %2：在应用程序之外被插入</translation>
    </message>
    <message>
        <source>change log: the last entry is not the one the pack names</source>
        <translation>变更日志：最后一条目与证据包清单所记录的不符</translation>
    </message>
    <message>
        <source>change log, entry %1: edited outside the application</source>
        <translation>变更日志，条目 %1：在应用程序之外被编辑</translation>
    </message>
    <message>
        <source>change log, entries %1: deleted</source>
        <translation>变更日志，条目 %1：已被删除</translation>
    </message>
    <message>
        <source>change log, entry %1: moved or replaced</source>
        <translation>变更日志，条目 %1：被移动或替换</translation>
    </message>
    <message>
        <source>the change log has no hash chain</source>
        <translation>变更日志没有哈希链</translation>
    </message>
    <message>
        <source>file %1: changed</source>
        <translation>文件 %1：已被修改</translation>
    </message>
    <message>
        <source>file %1: missing</source>
        <translation>文件 %1：缺失</translation>
    </message>
    <message>
        <source>file %1: not in the manifest</source>
        <translation>文件 %1：未列入清单</translation>
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
        <translation>
            <numerusform>文件有 %n 处问题，已全部拒绝，未保存任何内容。请修正后重新导入。</numerusform>
        </translation>
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
    <message>
        <source>Offset credits (*.csv *.xlsx);;All files (*)</source>
        <translation>碳信用 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import offset credits</source>
        <translation>导入碳信用</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK) or xlsx with the offset credit columns</source>
        <translation>含碳信用各列的 CSV（UTF-8 或 GBK）或 xlsx 文件</translation>
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
        <translation>
            <numerusform>%n 条活动数据记录</numerusform>
        </translation>
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
    <message>
        <source>Sources</source>
        <translation>排放源</translation>
    </message>
    <message>
        <source>Change &amp;factors…</source>
        <translation>更换因子(&amp;F)…</translation>
    </message>
    <message>
        <source>Re-pin the year to other factor sets or another GWP set, after seeing the difference</source>
        <translation>查看差异后，将本年度改为使用其他因子集或 GWP 值集</translation>
    </message>
    <message>
        <source>%1 tCO2e/%2 (scope 1+2: %3)</source>
        <translation>%1 tCO₂e/%2（范围一和范围二：%3）</translation>
    </message>
    <message>
        <source>, output summed over the sites</source>
        <translation>，产量为各场所之和</translation>
    </message>
    <message>
        <source>per output: the sites' outputs are in different units; enter the organization's total output</source>
        <translation>单位产品：各场所产量单位不同，请录入组织总产量</translation>
    </message>
    <message>
        <source>per output: enter production output (Output and revenue)</source>
        <translation>单位产品：请录入产量（产量和营业收入）</translation>
    </message>
    <message>
        <source>per revenue: enter revenue (Output and revenue)</source>
        <translation>单位营业收入：请录入营业收入（产量和营业收入）</translation>
    </message>
    <message>
        <source>%1 %2 tCO2e/%3</source>
        <translation>%1 %2 tCO₂e/%3</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>排放强度：%1</translation>
    </message>
    <message>
        <source>By site: %1</source>
        <translation>按场所：%1</translation>
    </message>
</context>
<context>
    <name>cnms::gui::InventorySourcesView</name>
    <message>
        <source>Site</source>
        <translation>场所</translation>
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
        <source>Category</source>
        <translation>类别</translation>
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
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>record parameters</source>
        <translation>记录自带参数</translation>
    </message>
    <message>
        <source>Low-confidence factor</source>
        <translation>低可信度因子</translation>
    </message>
    <message>
        <source>Show all sources</source>
        <translation>显示全部排放源</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个排放源</numerusform>
        </translation>
    </message>
    <message>
        <source>All emission sources: %1. Double-click a source to see its records.</source>
        <translation>全部排放源：%1。双击排放源可查看其记录。</translation>
    </message>
    <message>
        <source>Sources behind %1: %2. Double-click a source to see its records.</source>
        <translation>构成“%1”的排放源：%2。双击排放源可查看其记录。</translation>
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
    <message>
        <source>The project was opened read-only.</source>
        <translation>项目已以只读方式打开。</translation>
    </message>
    <message>
        <source>The newest backup of this project is %1, saved %2. Restore it? Changes made after the backup are lost; the damaged file is kept beside it as "%3".</source>
        <translation>此项目最新的备份是 %1（保存于 %2）。要恢复它吗？备份之后所做的更改将丢失；损坏的文件会以“%3”保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>项目文件已损坏</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the open project to a dated backup file beside it</source>
        <translation>将打开的项目复制为同一文件夹中带日期的备份文件</translation>
    </message>
    <message>
        <source>Verifying history…</source>
        <translation>正在验证历史…</translation>
    </message>
    <message>
        <source>History not verified</source>
        <translation>历史未验证</translation>
    </message>
    <message>
        <source>History verified</source>
        <translation>历史已验证</translation>
    </message>
    <message>
        <source>%1 change-log entries and %2 records agree with the hash chain</source>
        <translation>%1 条变更日志条目和 %2 条记录与哈希链一致</translation>
    </message>
    <message numerus="yes">
        <source>History: %n finding(s)</source>
        <translation>
            <numerusform>历史：%n 项发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run `cnms verify` for the full list)</source>
        <translation>
            <numerusform>…… 另有 %n 项（运行 `cnms verify` 查看完整列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify history</source>
        <translation>验证历史</translation>
    </message>
    <message>
        <source>Records of this project do not agree with its change log: they were changed outside the application, or the log itself was edited.</source>
        <translation>本项目的记录与其变更日志不一致：记录在应用程序之外被修改，或日志本身被编辑过。</translation>
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
    <name>cnms::gui::MeasureDialog</name>
    <message>
        <source>Edit reduction measure</source>
        <translation>编辑减排措施</translation>
    </message>
    <message>
        <source>Add reduction measure</source>
        <translation>添加减排措施</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>measured once done, tCO2e per year</source>
        <translation>完成后实测，tCO2e/年</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>场所(&amp;S)：</translation>
    </message>
    <message>
        <source>Source &amp;affected:</source>
        <translation>涉及排放源(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>开始日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Capital cost:</source>
        <translation>投资(&amp;C)：</translation>
    </message>
    <message>
        <source>Annual o&amp;perating cost change:</source>
        <translation>年运行费用变化(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>使用寿命(&amp;L)：</translation>
    </message>
    <message>
        <source>E&amp;xpected annual reduction:</source>
        <translation>预期年减排量(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Realised annual reduction:</source>
        <translation>实际年减排量(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Abatement cost:</source>
        <translation>单位减排成本：</translation>
    </message>
    <message>
        <source>Negative when the measure saves operating cost (fuel, electricity)</source>
        <translation>措施节省运行费用（燃料、电力）时为负数</translation>
    </message>
    <message>
        <source>A measure moves one step forward at a time (idea, planned, implementing, done), or to cancelled before it is done.</source>
        <translation>措施状态每次只能前进一步（设想、计划、实施中、已完成），或在完成前取消。</translation>
    </message>
    <message>
        <source>Enter the annual reduction and lifetime to see the cost per tonne.</source>
        <translation>填写年减排量和使用寿命后显示单位减排成本。</translation>
    </message>
    <message numerus="yes">
        <source>%1 CNY per tCO2e (discount rate %2 %, annualised over %n year(s))</source>
        <translation>
            <numerusform>%1 元/tCO2e（折现率 %2 %，按 %n 年年化）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnms::gui::MeasuresPage</name>
    <message>
        <source>Whole organization</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>Delete the reduction measure "%1"?</source>
        <translation>删除减排措施“%1”？</translation>
    </message>
    <message>
        <source>Delete reduction measure</source>
        <translation>删除减排措施</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>显示 %1 项，共 %n 项措施</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; reductions of the measures not cancelled: %2 per year</source>
        <translation>%1；未取消措施的减排量：每年 %2</translation>
    </message>
    <message>
        <source>Search title, site, owner or type</source>
        <translation>搜索名称、场所、负责人或类型</translation>
    </message>
    <message>
        <source>Add a reduction measure</source>
        <translation>添加减排措施</translation>
    </message>
    <message>
        <source>Edit the selected measure (or double-click it)</source>
        <translation>编辑所选措施（或双击）</translation>
    </message>
    <message>
        <source>Delete the selected measure</source>
        <translation>删除所选措施</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Capital cost (CNY)</source>
        <translation>投资（元）</translation>
    </message>
    <message>
        <source>Operating cost change (CNY/yr)</source>
        <translation>运行费用变化（元/年）</translation>
    </message>
    <message>
        <source>Lifetime (yr)</source>
        <translation>寿命（年）</translation>
    </message>
    <message>
        <source>Expected (tCO2e/yr)</source>
        <translation>预期（tCO2e/年）</translation>
    </message>
    <message>
        <source>Realised (tCO2e/yr)</source>
        <translation>实际（tCO2e/年）</translation>
    </message>
    <message>
        <source>Cost (CNY/tCO2e)</source>
        <translation>成本（元/tCO2e）</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Discount &amp;rate:</source>
        <translation>折现率(&amp;R)：</translation>
    </message>
    <message>
        <source>Annualises the capital cost over the lifetime: the cost per tonne depends on it</source>
        <translation>按使用寿命将投资年化：单位减排成本取决于折现率</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
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
    <name>cnms::gui::NcStepDialog</name>
    <message>
        <source>Raise nonconformity</source>
        <translation>提出不符合</translation>
    </message>
    <message>
        <source>e.g. 6.2</source>
        <translation>例如 6.2</translation>
    </message>
    <message>
        <source>Optional: type:id of the record concerned</source>
        <translation>可选：相关记录的“类型:编号”</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>About record</source>
        <translation>相关记录</translation>
    </message>
    <message>
        <source>Correction of %1</source>
        <translation>%1 的纠正</translation>
    </message>
    <message>
        <source>Correction / containment</source>
        <translation>纠正/控制措施</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Root cause of %1</source>
        <translation>%1 的原因分析</translation>
    </message>
    <message>
        <source>Why %1?</source>
        <translation>为什么（%1）？</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <source>Empty: the last why</source>
        <translation>留空：取最后一个“为什么”</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action for %1</source>
        <translation>%1 的纠正措施</translation>
    </message>
    <message>
        <source>Action</source>
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
        <source>Action of %1 implemented</source>
        <translation>%1 的措施已实施</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Effectiveness of %1</source>
        <translation>%1 的有效性验证</translation>
    </message>
    <message>
        <source>The actions were effective</source>
        <translation>措施有效</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NeutralityEvaluationPage</name>
    <message>
        <source>The project has no activity data yet: a balance needs a year's inventory.</source>
        <translation>项目还没有活动数据：碳中和平衡需要某一年度的排放清单。</translation>
    </message>
    <message>
        <source>Evaluating …</source>
        <translation>正在评价…</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1（相对 %2 年的 %3）</translation>
    </message>
    <message>
        <source>none yet (no base-year inventory before %1)</source>
        <translation>暂无（%1 年之前没有基准年清单）</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n credit record(s), removals %2</source>
        <translation>
            <numerusform>%1，来自 %n 条碳信用记录，其中清除类 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Carbon neutral for %1</source>
        <translation>%1 年实现碳中和</translation>
    </message>
    <message>
        <source>Not carbon neutral for %1</source>
        <translation>%1 年未实现碳中和</translation>
    </message>
    <message>
        <source>Boundary %1, GWP %2; eligible vintages %3-%4, retired by %5.</source>
        <translation>边界：%1，GWP：%2；合格年份 %3-%4，注销截止 %5。</translation>
    </message>
    <message>
        <source>scopes 1+2</source>
        <translation>范围一和范围二</translation>
    </message>
    <message>
        <source>whole inventory</source>
        <translation>全部清单</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ 满足</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ 未满足</translation>
    </message>
    <message>
        <source>Credits refused for this claim (%1)</source>
        <translation>本声明不计入的碳信用（%1）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>边界(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;GWP:</source>
        <translation>&amp;GWP：</translation>
    </message>
    <message>
        <source>&amp;Vintages:</source>
        <translation>年份范围(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Retired by:</source>
        <translation>注销截止(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评价(&amp;E)</translation>
    </message>
    <message>
        <source>Whole inventory</source>
        <translation>全部清单</translation>
    </message>
    <message>
        <source>Scopes 1+2</source>
        <translation>范围一和范围二</translation>
    </message>
    <message>
        <source>As pinned</source>
        <translation>按年度设定</translation>
    </message>
    <message>
        <source>Gross emissions in the boundary:</source>
        <translation>边界内总排放：</translation>
    </message>
    <message>
        <source>Reductions against the base year:</source>
        <translation>相对基准年的减排量：</translation>
    </message>
    <message>
        <source>Credits counted:</source>
        <translation>计入的碳信用：</translation>
    </message>
    <message>
        <source>Net emissions:</source>
        <translation>净排放：</translation>
    </message>
    <message>
        <source>Credits refused for this claim</source>
        <translation>本声明不计入的碳信用</translation>
    </message>
    <message>
        <source>Claim checklist (ISO 14068-1 / PAS 2060)</source>
        <translation>声明核对清单（ISO 14068-1 / PAS 2060）</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>登记系统</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NewPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
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
    <name>cnms::gui::NonconformityPage</name>
    <message>
        <source>%1 nonconformities, %2 open, %3 with overdue actions.</source>
        <translation>共 %1 项不符合，%2 项未关闭，%3 项有逾期措施。</translation>
    </message>
    <message>
        <source>Actions register (%1 overdue)</source>
        <translation>措施登记册（%1 项逾期）</translation>
    </message>
    <message>
        <source>Actions register</source>
        <translation>措施登记册</translation>
    </message>
    <message>
        <source>Select a nonconformity to see its record, history and next steps.</source>
        <translation>选择一项不符合，查看其记录、历史和下一步。</translation>
    </message>
    <message>
        <source>Raised by %1 on %2 (%3)</source>
        <translation>%1 于 %2 提出（%3）</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>相关记录：%1</translation>
    </message>
    <message>
        <source>Reopens %1: %2</source>
        <translation>重新打开 %1：%2</translation>
    </message>
    <message>
        <source>Correction (%1, %2): %3</source>
        <translation>纠正（%1，%2）：%3</translation>
    </message>
    <message>
        <source>Why %1? %2</source>
        <translation>为什么（%1）？%2</translation>
    </message>
    <message>
        <source>Root cause (%1): %2</source>
        <translation>根本原因（%1）：%2</translation>
    </message>
    <message>
        <source>Action %1: %2 — %3, due %4, %5</source>
        <translation>措施 %1：%2 — %3，期限 %4，%5</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>未完成，已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>implemented %1</source>
        <translation>%1 已实施</translation>
    </message>
    <message>
        <source>Effectiveness verified by %1 on %2: %3</source>
        <translation>%1 于 %2 验证有效：%3</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>%1 于 %2 关闭</translation>
    </message>
    <message>
        <source>Close nonconformity</source>
        <translation>关闭不符合</translation>
    </message>
    <message>
        <source>Close %1? It becomes read-only; a recurrence is handled by reopening it.</source>
        <translation>关闭 %1？关闭后为只读；如再次发生，请重新打开处理。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Raise nonconformity…</source>
        <translation>提出不符合…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cnms::gui::NonconformityTableModel</name>
    <message>
        <source>%1 (reopened as %2)</source>
        <translation>%1（已重新打开为 %2）</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message>
        <source>NC</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>最近期限</translation>
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
        <source>Audit programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Audit checklist</source>
        <translation>审核检查表</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>Nonconformities and actions</source>
        <translation>不符合和纠正措施</translation>
    </message>
    <message>
        <source>Reduction measures</source>
        <translation>减排措施</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Offset credits</source>
        <translation>碳信用</translation>
    </message>
    <message>
        <source>Neutrality evaluation</source>
        <translation>碳中和评价</translation>
    </message>
    <message>
        <source>Users and sign-in</source>
        <translation>用户与登录</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>Output and revenue</source>
        <translation>产量和营业收入</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ProductionFigureDialog</name>
    <message>
        <source>Edit output or revenue</source>
        <translation>编辑产量或营业收入</translation>
    </message>
    <message>
        <source>Add output or revenue</source>
        <translation>添加产量或营业收入</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>e.g. P·O 42.5 cement</source>
        <translation>例如 P·O 42.5 水泥</translation>
    </message>
    <message>
        <source>e.g. statistics report 2024, table 3</source>
        <translation>例如 2024 年生产统计年报 表 3</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>场所(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Product or description:</source>
        <translation>产品或说明(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>10^4 CNY is ten thousand yuan (万元)</source>
        <translation>10^4 CNY 即万元</translation>
    </message>
    <message>
        <source>The product unit, e.g. t clinker</source>
        <translation>产品单位，例如 t clinker（吨熟料）</translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation>年度必须在 1990 至 2100 之间。</translation>
    </message>
    <message>
        <source>Enter a quantity above 0.</source>
        <translation>请输入大于 0 的数量。</translation>
    </message>
    <message>
        <source>This site is not a site of the project.</source>
        <translation>该场所不属于本项目。</translation>
    </message>
    <message>
        <source>There is already a figure of this year, site, kind and unit; edit that one instead.</source>
        <translation>该年度、场所、类型和单位已有数据，请编辑已有数据。</translation>
    </message>
    <message>
        <source>The unit must be at most 64 characters.</source>
        <translation>单位最多 64 个字符。</translation>
    </message>
    <message>
        <source>Enter the unit, e.g. t clinker or 10^4 CNY.</source>
        <translation>请输入单位，例如 t clinker 或 10^4 CNY。</translation>
    </message>
    <message>
        <source>This text is not valid.</source>
        <translation>该文本无效。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ProductionPage</name>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>Intensity appears here once a year has activity data.</source>
        <translation>某年度录入活动数据后，此处显示排放强度。</translation>
    </message>
    <message>
        <source>%1 tCO2e/%2</source>
        <translation>%1 tCO₂e/%2</translation>
    </message>
    <message>
        <source>per output: the sites' outputs are in different units; enter the organization's total</source>
        <translation>单位产品：各场所产量单位不同，请录入组织总量</translation>
    </message>
    <message>
        <source>per output: enter production output</source>
        <translation>单位产品：请录入产量</translation>
    </message>
    <message>
        <source>per revenue: enter revenue</source>
        <translation>单位营业收入：请录入营业收入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Intensity of the organization (total emissions per unit)</source>
        <translation>组织排放强度（单位排放总量）</translation>
    </message>
    <message>
        <source>Delete this figure?</source>
        <translation>删除该数据？</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 (%3)?</source>
        <translation>删除 %2 年的%1（%3）？</translation>
    </message>
    <message>
        <source>whole organization</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>Delete output or revenue</source>
        <translation>删除产量或营业收入</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>共 %n 条数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s) shown</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Search year, site, unit or product</source>
        <translation>搜索年度、场所、单位或产品</translation>
    </message>
    <message>
        <source>Add a production output or revenue figure</source>
        <translation>添加产量或营业收入数据</translation>
    </message>
    <message>
        <source>Edit the selected figure (or double-click it)</source>
        <translation>编辑所选数据（或双击）</translation>
    </message>
    <message>
        <source>Delete the selected figure</source>
        <translation>删除所选数据</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
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
        <source>Product or description</source>
        <translation>产品或说明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
    <name>cnms::gui::RecordTablePage</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
</context>
<context>
    <name>cnms::gui::RecordsBehindDialog</name>
    <message>
        <source>given on the record</source>
        <translation>记录中给出</translation>
    </message>
    <message>
        <source>per record</source>
        <translation>逐条记录</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>低可信度</translation>
    </message>
    <message>
        <source>Records behind %1 / %2 / %3</source>
        <translation>%1 / %2 / %3 的记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 tCO2e&lt;/b&gt; in %2 from %3 %4, ISO 14064-1 category %5 (scope %6).&lt;br&gt;Method: %7&lt;br&gt;Formula: %8&lt;br&gt;%9</source>
        <translation>%2 年 &lt;b&gt;%1 tCO2e&lt;/b&gt;，来自 %3 %4，ISO 14064-1 类别 %5（范围 %6）。&lt;br&gt;方法：%7&lt;br&gt;公式：%8&lt;br&gt;%9</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
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
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>%1 records; the first %2 are listed (filter the Activity data page for the rest).</source>
        <translation>共 %1 条记录，列出前 %2 条（其余请在“活动数据”页面筛选查看）。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n 条记录。</numerusform>
        </translation>
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
        <source>Keep the selected record as history and store a new version of it</source>
        <translation>将所选记录保留为历史，并保存它的新版本</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>导出登记表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
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
    <name>cnms::gui::RepinDialog</name>
    <message>
        <source>Show &amp;difference</source>
        <translation>显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Change the factors of %1</source>
        <translation>更换 %1 年的因子</translation>
    </message>
    <message>
        <source>&amp;GWP set:</source>
        <translation>GWP 值集(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Factor sets (checked, in order of precedence):</source>
        <translation>因子集（勾选，按优先顺序）(&amp;F)：</translation>
    </message>
    <message>
        <source>The year is calculated with: %1; GWP %2. Choose the new factors, look at the difference, then apply it.</source>
        <translation>本年度当前使用：%1；GWP %2。请选择新的因子，查看差异后再应用。</translation>
    </message>
    <message>
        <source>These are the factors the year is pinned to.</source>
        <translation>这就是本年度已锁定的因子。</translation>
    </message>
    <message>
        <source>Press “Show difference” to see what would change.</source>
        <translation>点击“显示差异”查看将发生的变化。</translation>
    </message>
    <message>
        <source>Re-pinning and recalculating %1 …</source>
        <translation>正在重新锁定并重算 %1 年 …</translation>
    </message>
    <message>
        <source>Calculating the difference …</source>
        <translation>正在计算差异 …</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>无法执行：%1</translation>
    </message>
    <message>
        <source>%1 is now calculated with the new factors; the change is in the change log.</source>
        <translation>%1 年已改用新因子计算，此变更已记入变更日志。</translation>
    </message>
    <message>
        <source>The total would change by %1 tCO2e. Apply to re-pin the year.</source>
        <translation>总排放量将变化 %1 tCO2e。点击“应用”以重新锁定本年度。</translation>
    </message>
    <message>
        <source>No total would change.</source>
        <translation>各项合计均不会变化。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Pinned (tCO2e)</source>
        <translation>已锁定 (tCO2e)</translation>
    </message>
    <message>
        <source>Proposed (tCO2e)</source>
        <translation>拟更换 (tCO2e)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>cnms::gui::ReportsMenu</name>
    <message>
        <source>GHG inventory report</source>
        <translation>温室气体排放报告</translation>
    </message>
    <message>
        <source>Carbon-neutrality statement</source>
        <translation>碳中和声明</translation>
    </message>
    <message>
        <source>Register report</source>
        <translation>登记册报告</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>报告年度：</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>不符合和纠正措施</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Registers:</source>
        <translation>登记册：</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>GHG inventory report…</source>
        <translation>温室气体排放报告…</translation>
    </message>
    <message>
        <source>Carbon-neutrality statement…</source>
        <translation>碳中和声明…</translation>
    </message>
    <message>
        <source>Registers…</source>
        <translation>登记册…</translation>
    </message>
</context>
<context>
    <name>cnms::gui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The project %1 requires sign-in.</source>
        <translation>项目 %1 需要登录。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
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
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who added or changed the selected site, and when</source>
        <translation>查看所选场所由谁在何时添加或修改</translation>
    </message>
</context>
<context>
    <name>cnms::gui::TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>范围%1</translation>
    </message>
    <message>
        <source>instead of scopes: ISO 14064-1 categories, e.g. 1, 2</source>
        <translation>代替范围：ISO 14064-1 类别，例如 1, 2</translation>
    </message>
    <message>
        <source>From &amp;inventory</source>
        <translation>取自清单(&amp;I)</translation>
    </message>
    <message>
        <source>The base year's emissions in the scopes or categories the target covers</source>
        <translation>目标覆盖的范围或类别在基准年的排放量</translation>
    </message>
    <message>
        <source>year: reduction %, e.g. 2025: 6, 2027: 12</source>
        <translation>年份: 减排 %，例如 2025: 6, 2027: 12</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Scopes covered:</source>
        <translation>覆盖范围：</translation>
    </message>
    <message>
        <source>Or &amp;categories:</source>
        <translation>或类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Base year:</source>
        <translation>基准年(&amp;B)：</translation>
    </message>
    <message>
        <source>Base &amp;value:</source>
        <translation>基准值(&amp;V)：</translation>
    </message>
    <message>
        <source>Intensity &amp;unit:</source>
        <translation>强度单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Target year:</source>
        <translation>目标年(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reduction:</source>
        <translation>减排比例(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>里程碑(&amp;M)：</translation>
    </message>
    <message>
        <source>Carbon-ne&amp;utrality year:</source>
        <translation>碳中和年(&amp;U)：</translation>
    </message>
    <message>
        <source>Base value n&amp;ote:</source>
        <translation>基准值说明(&amp;O)：</translation>
    </message>
    <message>
        <source>Base value taken from the %1 GHG inventory.</source>
        <translation>基准值取自 %1 年温室气体排放清单。</translation>
    </message>
    <message>
        <source>Write each milestone as year: reduction %, separated by commas, e.g. 2025: 6, 2027: 12.</source>
        <translation>每个里程碑写作“年份: 减排 %”，用逗号分隔，例如 2025: 6, 2027: 12。</translation>
    </message>
    <message>
        <source>The project has no activity data for %1: enter the base value by hand.</source>
        <translation>项目没有 %1 年的活动数据：请手动填写基准值。</translation>
    </message>
</context>
<context>
    <name>cnms::gui::TargetsPage</name>
    <message>
        <source>Categories %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Scopes %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1: on track</source>
        <translation>%1 年：符合进度</translation>
    </message>
    <message>
        <source>%1: off track</source>
        <translation>%1 年：偏离目标</translation>
    </message>
    <message>
        <source>needs output data</source>
        <translation>需要产量数据</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>符合进度</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>偏离目标</translation>
    </message>
    <message>
        <source>Follow base-year recalculation</source>
        <translation>按基准年重算调整</translation>
    </message>
    <message>
        <source>Recalculate the inventory of each target's base year and move the absolute targets' base values to it? Each moved value gets a dated note.</source>
        <translation>重新计算各目标基准年的排放清单，并将绝对量目标的基准值调整为重算值？每个调整的数值都会记录注明日期的说明。</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>The base values already match the base years' inventories.</source>
        <translation>基准值已与基准年清单一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) moved:</source>
        <translation>
            <numerusform>已调整 %n 个目标：</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the target "%1"?</source>
        <translation>删除目标“%1”？</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n target(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>Search targets</source>
        <translation>搜索目标</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Edit the selected target (or double-click it)</source>
        <translation>编辑所选目标（或双击）</translation>
    </message>
    <message>
        <source>Delete the selected target</source>
        <translation>删除所选目标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目标年</translation>
    </message>
    <message>
        <source>Reduction %</source>
        <translation>减排 %</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Neutrality year</source>
        <translation>碳中和年</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>路径值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>完成 %</translation>
    </message>
    <message>
        <source>Follow base-year &amp;recalculation…</source>
        <translation>按基准年重算调整(&amp;R)…</translation>
    </message>
    <message>
        <source>After the base year's inventory was recalculated (corrected records, new factors, acquisitions), move the targets' base values to it with a dated note</source>
        <translation>基准年清单重新计算后（更正记录、更换因子、并购等），将目标的基准值调整为重算值，并记录注明日期的说明</translation>
    </message>
</context>
<context>
    <name>cnms::gui::UsersPage</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? The user can no longer sign in; the history keeps the name.</source>
        <translation>停用 %1？该用户将不能再登录；历史记录中保留其姓名。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User name (letters, digits, . _ -)</source>
        <translation>用户名（字母、数字、. _ -）</translation>
    </message>
    <message>
        <source>Display name, e.g. 王芳</source>
        <translation>显示名称，例如 王芳</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Require sign-in: users sign in with a password, and their role decides what they may do</source>
        <translation>要求登录：用户凭密码登录，其角色决定可执行的操作</translation>
    </message>
    <message>
        <source>Only an administrator manages users. You may change your own password.</source>
        <translation>只有管理员可以管理用户。您可以修改自己的密码。</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
</context>
<context>
    <name>cnms::report::InventoryReportBuilder</name>
    <message>
        <source>Category 1: direct emissions and removals</source>
        <translation>类别1：直接温室气体排放和清除</translation>
    </message>
    <message>
        <source>Category 2: indirect emissions from imported energy</source>
        <translation>类别2：输入能源的间接温室气体排放</translation>
    </message>
    <message>
        <source>Category 3: indirect emissions from transportation</source>
        <translation>类别3：运输产生的间接温室气体排放</translation>
    </message>
    <message>
        <source>Category 4: indirect emissions from products used by the organization</source>
        <translation>类别4：组织使用的产品产生的间接温室气体排放</translation>
    </message>
    <message>
        <source>Category 5: indirect emissions associated with the use of the organization's products</source>
        <translation>类别5：与使用组织产品有关的间接温室气体排放</translation>
    </message>
    <message>
        <source>Category 6: indirect emissions from other sources</source>
        <translation>类别6：其他来源的间接温室气体排放</translation>
    </message>
    <message>
        <source>Fuel combustion</source>
        <translation>化石燃料燃烧</translation>
    </message>
    <message>
        <source>Industrial process</source>
        <translation>工业生产过程</translation>
    </message>
    <message>
        <source>Fugitive emissions</source>
        <translation>逸散排放</translation>
    </message>
    <message>
        <source>Purchased electricity</source>
        <translation>外购电力</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <source>CO₂ recovered or exported</source>
        <translation>CO₂回收或输出</translation>
    </message>
    <message>
        <source>Other indirect source</source>
        <translation>其他间接排放源</translation>
    </message>
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
        <source>Greenhouse Gas Inventory Report %1</source>
        <translation>%1年度温室气体排放报告</translation>
    </message>
    <message>
        <source>Quantification and reporting of greenhouse gas emissions and removals (ISO 14064-1)</source>
        <translation>组织层面温室气体排放和清除的量化与报告（ISO 14064-1）</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>依据 %1</translation>
    </message>
    <message>
        <source>Reporting organization</source>
        <translation>报告组织</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry (GB/T 4754)</source>
        <translation>所属行业（GB/T 4754）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Person responsible for the report</source>
        <translation>报告负责人</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>This report states the organization's greenhouse gas emissions and removals for the reporting period, quantified from the activity data recorded in the CNMS Workbench project with the emission factors and global warming potentials pinned for the year.</source>
        <translation>本报告说明组织在报告期内的温室气体排放和清除，依据碳中和管理体系工作台项目中记录的活动数据，采用该年度锁定的排放因子和全球变暖潜势量化。</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Organizational boundary</source>
        <translation>组织边界</translation>
    </message>
    <message>
        <source>Consolidation approach: %1. The inventory covers the sites below.</source>
        <translation>合并方法：%1。排放清单涵盖下列场所。</translation>
    </message>
    <message>
        <source>Sites in the organizational boundary</source>
        <translation>组织边界内的场所</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Activity data %1</source>
        <translation>%1年活动数据</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No sites are recorded: add the organization's sites on the Sites page.</source>
        <translation>尚未记录场所：请在“场所”页面添加组织的场所。</translation>
    </message>
    <message>
        <source>Reporting boundary</source>
        <translation>报告边界</translation>
    </message>
    <message>
        <source>Activities and products included (scope statement "%1"): %2</source>
        <translation>纳入的活动和产品（范围说明“%1”）：%2</translation>
    </message>
    <message>
        <source>Emissions are reported in the six categories of ISO 14064-1: direct emissions (category 1) and indirect emissions (categories 2 to 6), and by the scopes of the GHG Protocol (scope 1 = category 1, scope 2 = category 2, scope 3 = categories 3 to 6).</source>
        <translation>排放按 ISO 14064-1 的六个类别报告：直接排放（类别1）和间接排放（类别2至6），并按温室气体核算体系的范围报告（范围一＝类别1，范围二＝类别2，范围三＝类别3至6）。</translation>
    </message>
    <message>
        <source>The project holds no scope statement: record the activities and products included on the Scope register page.</source>
        <translation>项目中没有范围说明：请在“范围”登记页面记录纳入的活动和产品。</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>信息缺失</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>排放量</translation>
    </message>
    <message>
        <source>No activity data for %1: import activity data on the Activity data page. Without it the emissions, methods, uncertainty and changes from the previous year cannot be reported.</source>
        <translation>%1年无活动数据：请在“活动数据”页面导入活动数据。没有活动数据，无法报告排放量、量化方法、不确定性和与上一年相比的变化。</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>数据缺失</translation>
    </message>
    <message>
        <source>Years with activity data in this project: %1.</source>
        <translation>本项目有活动数据的年份：%1。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Total emissions (tCO₂e)</source>
        <translation>排放总量（tCO₂e）</translation>
    </message>
    <message>
        <source>Scope 1 (tCO₂e)</source>
        <translation>范围一（tCO₂e）</translation>
    </message>
    <message>
        <source>Scope 2 (tCO₂e)</source>
        <translation>范围二（tCO₂e）</translation>
    </message>
    <message>
        <source>Scope 3 (tCO₂e)</source>
        <translation>范围三（tCO₂e）</translation>
    </message>
    <message>
        <source>Biogenic CO₂, reported separately (t)</source>
        <translation>生物质CO₂，单独报告（t）</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>活动数据记录</translation>
    </message>
    <message>
        <source>Global warming potentials</source>
        <translation>全球变暖潜势</translation>
    </message>
    <message>
        <source>Uncertainty of the total (95 %)</source>
        <translation>总量的不确定性（95%）</translation>
    </message>
    <message>
        <source>Emissions by ISO 14064-1 category</source>
        <translation>按 ISO 14064-1 类别的排放量</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Emissions (tCO₂e)</source>
        <translation>排放量（tCO₂e）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>tCO₂e</source>
        <translation>tCO₂e</translation>
    </message>
    <message>
        <source>Emissions by scope</source>
        <translation>按范围的排放量</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>范围%1</translation>
    </message>
    <message>
        <source>Emissions by gas</source>
        <translation>按气体的排放量</translation>
    </message>
    <message>
        <source>Emissions by greenhouse gas</source>
        <translation>按温室气体种类的排放量</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>气体</translation>
    </message>
    <message>
        <source>Mass (t)</source>
        <translation>质量（t）</translation>
    </message>
    <message>
        <source>Other gases, already in CO₂e</source>
        <translation>其他气体（已折算为CO₂e）</translation>
    </message>
    <message>
        <source>Direct emissions (category 1) by gas</source>
        <translation>直接排放（类别1）按气体分列</translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation>类别1</translation>
    </message>
    <message>
        <source>Emissions by site</source>
        <translation>按场所的排放量</translation>
    </message>
    <message>
        <source>Emissions by source type</source>
        <translation>按排放源类型的排放量</translation>
    </message>
    <message>
        <source>Emissions by source type and activity</source>
        <translation>按排放源类型和活动的排放量</translation>
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
        <source>Calculation warnings</source>
        <translation>计算提示</translation>
    </message>
    <message>
        <source>Base year and recalculations</source>
        <translation>基准年和重新计算</translation>
    </message>
    <message>
        <source>No base year is set: record a target with its base year on the Targets page.</source>
        <translation>尚未设定基准年：请在“目标”页面记录目标及其基准年。</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Base-year emissions (tCO₂e)</source>
        <translation>基准年排放量（tCO₂e）</translation>
    </message>
    <message>
        <source>no activity data for %1 in this project</source>
        <translation>本项目无%1年活动数据</translation>
    </message>
    <message>
        <source>Recalculation note (%1)</source>
        <translation>重新计算说明（%1）</translation>
    </message>
    <message>
        <source>The base year and %1 were calculated with different factor sets or GWP values: the base year must be recalculated with the factors of %1 before the two are compared.</source>
        <translation>基准年和%1年采用了不同的因子集或全球变暖潜势值：两者比较前，须用%1年的因子重新计算基准年。</translation>
    </message>
    <message>
        <source>The base year and %1 were calculated with the same factor sets and GWP values. No structural change (acquisition, divestment, boundary or method change) above the significance threshold of %2 of the base-year total is recorded, so the base year is not recalculated.</source>
        <translation>基准年和%1年采用相同的因子集和全球变暖潜势值。未记录超过基准年总量%2显著性阈值的结构性变化（收购、剥离、边界或方法变化），因此基准年不重新计算。</translation>
    </message>
    <message>
        <source>Quantification methods and factors</source>
        <translation>量化方法和排放因子</translation>
    </message>
    <message>
        <source>Emissions are calculated as activity data × emission factor (fuels: quantity × net calorific value × carbon content × oxidation rate × 44/12), gas by gas, and weighted with the 100-year global warming potentials of %1. The factor sets and their versions are pinned for %2, so that the year's figures are reproducible.</source>
        <translation>排放量按活动数据×排放因子逐种气体计算（燃料：消耗量×低位发热量×单位热值含碳量×碳氧化率×44/12），并以%1的100年全球变暖潜势加权。%2年锁定了因子集及其版本，该年度数据可以复现。</translation>
    </message>
    <message>
        <source>Factor sets and GWP values pinned for %1</source>
        <translation>%1年锁定的因子集和全球变暖潜势</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>因子集</translation>
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
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>not in the factor library of this program</source>
        <translation>本程序的因子库中没有该因子集</translation>
    </message>
    <message>
        <source>IPCC assessment report, 100-year GWP</source>
        <translation>IPCC评估报告，100年全球变暖潜势</translation>
    </message>
    <message>
        <source>record parameters</source>
        <translation>记录中给出的参数</translation>
    </message>
    <message>
        <source>Methods and emission factors used</source>
        <translation>采用的方法和排放因子</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Factor (set@version id)</source>
        <translation>因子（因子集@版本 编号）</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>No low-confidence factor was used.</source>
        <translation>未使用低可信度因子。</translation>
    </message>
    <message>
        <source>Low-confidence factors used</source>
        <translation>使用的低可信度因子</translation>
    </message>
    <message numerus="yes">
        <source>%n emission factor(s) of low confidence are used. Replace them with measured or supplier-specific values where the share is material.</source>
        <translation>
            <numerusform>使用了 %n 个低可信度排放因子。占比重大时，请以实测值或供应商提供的数值替代。</numerusform>
        </translation>
    </message>
    <message>
        <source>Low-confidence factors</source>
        <translation>低可信度因子</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Uncertainties are half the 95 % confidence interval in % of the value, propagated from the activity data and the factors by error propagation (IPCC 2006 Guidelines, Volume 1, Chapter 3, Approach 1).</source>
        <translation>不确定性为95%置信区间的一半，以数值的百分比表示，由活动数据和排放因子的不确定性按误差传递法合成（IPCC 2006年指南第1卷第3章方法1）。</translation>
    </message>
    <message>
        <source>Uncertainty of the totals (95 %)</source>
        <translation>各项合计的不确定性（95%）</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>排放总量</translation>
    </message>
    <message>
        <source>Some records or factors state no uncertainty of their own: default uncertainties by data quality and factor confidence were used for them.</source>
        <translation>部分记录或因子未给出自身的不确定性：对其采用了按数据质量和因子可信度确定的默认不确定性。</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>排除事项</translation>
    </message>
    <message>
        <source>No emissions are quantified in ISO 14064-1 categories %1 for %2: they are not included in the totals.</source>
        <translation>%2年未量化 ISO 14064-1 类别%1的排放：这些类别未计入合计。</translation>
    </message>
    <message>
        <source>The scope statement records no excluded site or activity.</source>
        <translation>范围说明中未记录排除的场所或活动。</translation>
    </message>
    <message>
        <source>Changes from the previous year</source>
        <translation>与上一年相比的变化</translation>
    </message>
    <message>
        <source>The project holds no activity data for %1, so no comparison with the previous year can be made.</source>
        <translation>本项目无%1年活动数据，无法与上一年比较。</translation>
    </message>
    <message>
        <source>Emissions %1 against %2</source>
        <translation>%1年与%2年排放量比较</translation>
    </message>
    <message>
        <source>Change (tCO₂e)</source>
        <translation>变化量（tCO₂e）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化率</translation>
    </message>
    <message>
        <source>%1 and %2 were calculated with different factor sets or GWP values: part of the change comes from the method, not from the activities.</source>
        <translation>%1年和%2年采用了不同的因子集或全球变暖潜势值：部分变化来自方法，而非活动。</translation>
    </message>
    <message>
        <source>Activity records %1</source>
        <translation>%1年活动数据记录</translation>
    </message>
    <message>
        <source>Activity records (in the order recorded)</source>
        <translation>活动数据记录（按录入顺序）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
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
        <source>Emission intensity</source>
        <translation>排放强度</translation>
    </message>
    <message>
        <source>Scope of the figure</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Scope 1+2 intensity</source>
        <translation>范围一和范围二强度</translation>
    </message>
    <message>
        <source>tCO₂e/%1</source>
        <translation>tCO₂e/%1</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>%1, per output (sum of the sites)</source>
        <translation>%1，单位产品（各场所产量之和）</translation>
    </message>
    <message>
        <source>%1, per output</source>
        <translation>%1，单位产品</translation>
    </message>
    <message>
        <source>%1, per revenue</source>
        <translation>%1，单位营业收入</translation>
    </message>
    <message>
        <source>No production output or revenue is recorded for %1, so no intensity can be given. Enter them on the Output and revenue page or with cnms output set.</source>
        <translation>%1 年未录入产量或营业收入，无法给出排放强度。请在“产量和营业收入”页面或用 cnms output set 录入。</translation>
    </message>
    <message>
        <source>The sites' outputs are in different units and are not added up; the organization's intensity per output needs its total output.</source>
        <translation>各场所产量单位不同，不能相加；组织的单位产品排放强度需要录入组织总产量。</translation>
    </message>
    <message>
        <source>No production output is recorded for the organization.</source>
        <translation>尚未录入组织的产量。</translation>
    </message>
</context>
<context>
    <name>cnms::report::InventoryWarningText</name>
    <message>
        <source>Low-confidence factor %1:%2 used for “%3”: verify it against the official table</source>
        <translation>低置信度因子 %1:%2 用于“%3”：请对照官方发布的数值核实</translation>
    </message>
    <message>
        <source>Factor “%1” describes %2; the inventory year is %3</source>
        <translation>因子“%1”对应 %2 年的数据，清单年份为 %3 年</translation>
    </message>
</context>
<context>
    <name>cnms::report::NeutralityReportBuilder</name>
    <message>
        <source>Carbon Neutrality Statement %1</source>
        <translation>%1年度碳中和声明</translation>
    </message>
    <message>
        <source>Balance of emissions, reductions and retired credits for the claim period</source>
        <translation>声明期内排放、减排和注销减排量的平衡</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>依据 %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>No activity data for %1: import activity data on the Activity data page. A carbon-neutrality balance needs the year's inventory, so none is stated.</source>
        <translation>%1年无活动数据：请在“活动数据”页面导入活动数据。碳中和平衡需要该年度的排放清单，因此未作声明。</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>数据缺失</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>场所 %1</translation>
    </message>
    <message>
        <source>ISO 14064-1 categories %1</source>
        <translation>ISO 14064-1 类别%1</translation>
    </message>
    <message>
        <source>Scopes 1 and 2</source>
        <translation>范围一和范围二</translation>
    </message>
    <message>
        <source>All emissions of the inventory (scopes 1, 2 and 3)</source>
        <translation>排放清单的全部排放（范围一、二、三）</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Claim period</source>
        <translation>声明期</translation>
    </message>
    <message>
        <source>Subject of the claim (boundary)</source>
        <translation>声明对象（边界）</translation>
    </message>
    <message>
        <source>Global warming potentials</source>
        <translation>全球变暖潜势</translation>
    </message>
    <message>
        <source>Eligible credit vintages</source>
        <translation>合格的减排量年份</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Credits retired by</source>
        <translation>减排量注销截止日期</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Carbon-neutrality balance %1</source>
        <translation>%1年碳中和平衡</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>tCO₂e</source>
        <translation>tCO₂e</translation>
    </message>
    <message>
        <source>Gross emissions inside the boundary</source>
        <translation>边界内排放总量</translation>
    </message>
    <message>
        <source>Reductions against the base year %1 (already in the gross emissions)</source>
        <translation>相对%1基准年的减排量（已反映在排放总量中）</translation>
    </message>
    <message>
        <source>Reductions against the base year (no base-year data)</source>
        <translation>相对基准年的减排量（无基准年数据）</translation>
    </message>
    <message>
        <source>Credits accepted for the claim</source>
        <translation>计入声明的减排量</translation>
    </message>
    <message>
        <source>of which removals</source>
        <translation>其中：清除类</translation>
    </message>
    <message>
        <source>Net emissions</source>
        <translation>净排放量</translation>
    </message>
    <message>
        <source>The credits retired for the claim balance the emissions inside the boundary: the organization is carbon neutral for %1 on these figures.</source>
        <translation>为声明注销的减排量抵消了边界内的排放：按上述数据，组织%1年实现碳中和。</translation>
    </message>
    <message>
        <source>Carbon neutral</source>
        <translation>实现碳中和</translation>
    </message>
    <message>
        <source>%1 tCO₂e remain unbalanced: the organization is not carbon neutral for %2.</source>
        <translation>仍有 %1 tCO₂e 未抵消：组织%2年未实现碳中和。</translation>
    </message>
    <message>
        <source>Not carbon neutral</source>
        <translation>未实现碳中和</translation>
    </message>
    <message>
        <source>Emissions and credits %1</source>
        <translation>%1年排放量与减排量</translation>
    </message>
    <message>
        <source>Gross emissions</source>
        <translation>排放总量</translation>
    </message>
    <message>
        <source>Credits accepted</source>
        <translation>计入的减排量</translation>
    </message>
    <message>
        <source>serial already counted by an earlier credit</source>
        <translation>序列号已被更早的减排量计入</translation>
    </message>
    <message>
        <source>vintage outside the eligible years</source>
        <translation>减排量年份不在合格范围内</translation>
    </message>
    <message>
        <source>not retired</source>
        <translation>未注销</translation>
    </message>
    <message>
        <source>retired after the claim's deadline</source>
        <translation>在声明截止日期之后注销</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>减排量</translation>
    </message>
    <message>
        <source>Credits retired for the claim</source>
        <translation>为声明注销的减排量</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>登记机构</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <source>Serial numbers of the credits retired for the claim</source>
        <translation>为声明注销的减排量序列号</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No credit qualifies for this claim: record retired credits on the Credits page.</source>
        <translation>没有符合本声明条件的减排量：请在“减排量”页面记录已注销的减排量。</translation>
    </message>
    <message>
        <source>No recorded credit was refused for this claim.</source>
        <translation>已记录的减排量均未被拒绝计入本声明。</translation>
    </message>
    <message>
        <source>Credits not counted, with the reason</source>
        <translation>未计入的减排量及原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The inventory of the claim period is complete</source>
        <translation>声明期的排放清单完整</translation>
    </message>
    <message>
        <source>A carbon-neutrality management plan with reduction targets exists</source>
        <translation>有包含减排目标的碳中和管理计划</translation>
    </message>
    <message>
        <source>Reductions against the base year are shown</source>
        <translation>已证明相对基准年的减排</translation>
    </message>
    <message>
        <source>Credits are retired and traceable (serial, date, beneficiary)</source>
        <translation>减排量已注销且可追溯（序列号、日期、受益方）</translation>
    </message>
    <message>
        <source>The share of removals among the credits is stated</source>
        <translation>已说明减排量中清除类的占比</translation>
    </message>
    <message>
        <source>Claim checklist</source>
        <translation>声明核查清单</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>What the project holds</source>
        <translation>项目中的证据</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of the claim are not met: the statement cannot be published as a claim of carbon neutrality until they are.</source>
        <translation>
            <numerusform>声明有 %n 项要求未满足：满足之前，本声明不能作为碳中和声明发布。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnms::report::RegisterReportBuilder</name>
    <message>
        <source>Register: %1</source>
        <translation>登记册：%1</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记册</translation>
    </message>
    <message>
        <source>Records of the carbon neutrality management system as of %1</source>
        <translation>碳中和管理体系记录（截至%1）</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>不符合和纠正措施</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>已控制</translation>
    </message>
    <message>
        <source>Cause analysed</source>
        <translation>已分析原因</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>已制定措施</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>NC</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成措施</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>最近到期</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>No nonconformity is recorded: raise them from audit findings or on the Nonconformities page.</source>
        <translation>尚无不符合记录：可从审核发现或在“不符合”页面提出。</translation>
    </message>
    <message>
        <source>%1 nonconformities recorded, %2 not closed, %3 with overdue actions.</source>
        <translation>共记录不符合 %1 项，未关闭 %2 项，有逾期措施 %3 项。</translation>
    </message>
    <message>
        <source>Actions register</source>
        <translation>措施登记册</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Implemented %1</source>
        <translation>已于%1实施</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No action is recorded.</source>
        <translation>尚无措施记录。</translation>
    </message>
    <message>
        <source>%1 actions recorded, %2 open, %3 overdue.</source>
        <translation>共记录措施 %1 项，未完成 %2 项，逾期 %3 项。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>The register holds no record: add them on its page in the workbench.</source>
        <translation>登记册中没有记录：请在工作台的相应页面添加。</translation>
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