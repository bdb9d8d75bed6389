using System.Collections.Generic;

namespace ReportData.Tool.Drafting;

/// <summary>
/// General words of Chinese statistical and administrative reporting and the English each stands for in a key,
/// for <see cref="KeyComposer"/>: words any 政府工作报告 uses (enterprises, projects, investment, urban, rural,
/// provincial, ...), never names of one city's programmes. Nouns are singular: the composer makes the last one
/// plural for a count.
/// </summary>
internal static class TermGlossary
{
    public static readonly IReadOnlyList<(string Term, string English)> Words = new (string, string)[]
    {
        // Scope and level.
        ("国家级", "National"), ("国家", "National"), ("省级", "Provincial"), ("省", "Provincial"), ("市级", "Municipal"),
        ("县级", "County"), ("县城", "CountySeat"), ("市区", "UrbanDistrict"), ("城镇", "Urban"), ("城市", "Urban"), ("农村", "Rural"),
        ("乡村", "Rural"), ("城乡", "UrbanRural"), ("全省", "Provincial"), ("基层", "Grassroots"), ("重点", "Key"), ("重大", "Major"),
        ("国际", "International"), ("对外", "Outward"), ("境外", "Overseas"), ("海外", "Overseas"), ("示范", "Demo"), ("试点", "Pilot"),
        ("高层次", "HighLevel"), ("高水平", "HighLevel"), ("现代", "Modern"), ("特色", "Characteristic"), ("公共", "Public"), ("公办", "Public"),
        ("绿色", "Green"), ("美丽", "Beautiful"), ("智慧", "Smart"), ("数字", "Digital"), ("低收入", "LowIncome"), ("困难", "Needy"),
        // Economy and finance.
        ("地区生产总值", "Gdp"), ("生产总值", "Gdp"), ("增加值", "ValueAdded"), ("产值", "Output"), ("营业收入", "Revenue"), ("收入", "Revenue"),
        ("利润", "Profits"), ("利税", "ProfitsAndTaxes"), ("税收", "TaxRevenue"), ("税费", "TaxesAndFees"), ("投资", "Investment"),
        ("资金", "Funds"), ("基金", "Fund"), ("贷款", "Loan"), ("存款", "Deposit"), ("余额", "Balance"), ("融资", "Financing"),
        ("债券", "Bond"), ("支出", "Expenditure"), ("财政", "Fiscal"), ("消费", "Consumption"), ("零售额", "RetailSales"), ("交易额", "Transactions"),
        ("出口", "Exports"), ("进口", "Imports"), ("外贸", "ForeignTrade"), ("外资", "ForeignInvestment"), ("规模以上工业企业", "Industrial"), ("规上工业企业", "Industrial"), ("规模以上", ""), ("规上", ""),
        ("工业", "Industrial"), ("产业", "Industry"), ("制造业", "Manufacturing"), ("服务业", "ServiceSector"), ("金融业", "FinancialSector"),
        ("建筑业", "Construction"), ("农业", "Agricultural"), ("旅游", "Tourism"), ("电商", "Ecommerce"), ("电子商务", "Ecommerce"),
        ("高新技术", "HighTech"), ("战略性新兴产业", "StrategicEmergingIndustry"), ("数字经济", "DigitalEconomy"), ("核心产业", "Core"),
        ("新产品", "NewProduct"), ("技改", "TechRenovation"), ("民间", "Private"), ("上市", "Listed"), ("挂牌", "Quoted"), ("市场主体", "MarketEntities"),
        ("中小微企业", "Sme"), ("中小企业", "Sme"), ("小微企业", "SmallMicroEnterprise"), ("企业", "Enterprise"), ("公司", "Company"),
        ("研发", "Rd"), ("费用", "Spending"), ("经费", "Funding"), ("亩均", "PerMu"), ("人均", "PerCapita"), ("总额", ""), ("总量", ""), ("规模", "Size"),
        // Things counted.
        ("项目", "Project"), ("园区", "Park"), ("产业园", "IndustrialPark"), ("平台", "Platform"), ("基地", "Base"), ("中心", "Center"),
        ("工作站", "Workstation"), ("院士", "Academician"), ("博士后", "Postdoctoral"), ("专家", "Expert"), ("人才", "Talent"), ("科学家", "Scientist"),
        ("研究院", "ResearchInstitute"), ("科研机构", "ResearchInstitution"), ("机构", "Institution"), ("众创空间", "MakerSpace"), ("孵化器", "Incubator"),
        ("标准", "Standard"), ("专利", "Patent"), ("发明专利", "InventionPatent"), ("商标", "Trademark"), ("品牌", "Brand"),
        ("学校", "School"), ("中小学", "School"), ("幼儿园", "Kindergarten"), ("医院", "Hospital"), ("床位", "Bed"), ("养老", "ElderlyCare"),
        ("托育", "Childcare"), ("住房", "Housing"), ("安置房", "ResettlementHousing"), ("棚户区", "Shantytown"), ("危房", "DilapidatedHousing"),
        ("道路", "Road"), ("公路", "Road"), ("绿道", "Greenway"), ("停车位", "ParkingSpace"), ("公园", "Park"), ("绿地", "GreenSpace"),
        ("村庄", "Village"), ("行政村", "Village"), ("村", "Village"), ("乡镇", "Township"), ("社区", "Community"), ("小区", "Community"),
        ("景区", "ScenicArea"), ("风景名胜区", "ScenicArea"), ("家庭农场", "FamilyFarm"), ("农场", "Farm"), ("牧场", "Ranch"), ("龙头企业", "LeadingEnterprise"),
        ("游客", "Tourist"), ("就业", "Jobs"), ("岗位", "Job"), ("家庭", "Household"), ("农户", "RuralHousehold"), ("居民", "Resident"), ("人口", "Population"),
        ("事项", "Item"), ("案件", "Case"), ("活动", "Event"), ("展会", "TradeFair"), ("线路", "Route"), ("班列", "TrainTrip"),
        ("耕地", "CultivatedLand"), ("土地", "Land"), ("用地", "Land"), ("建设用地", "ConstructionLand"), ("厂房", "Factory"), ("污水", "Sewage"),
        ("管网", "Pipeline"), ("处理", "Treatment"), ("能力", "Capacity"), ("河道", "River"), ("水质", "WaterQuality"), ("生态", "Eco"),
        ("环保", "Environmental"), ("环境", "Environment"), ("设施", "Facility"), ("能耗", "EnergyConsumption"), ("能源", "Energy"),
        ("科技", "SciTech"), ("科技型", "SciTech"), ("创新", "Innovation"), ("服务", "Service"), ("综合体", "Complex"), ("文化", "Culture"),
        ("体育", "Sports"), ("医疗", "Medical"), ("卫生", "Health"), ("教育", "Education"), ("交通", "Transport"), ("安全生产", "WorkSafety"),
        ("事故", "Accident"), ("死亡人数", "Deaths"), ("起数", ""), ("人数", ""), ("数量", ""),
        // Measures.
        ("覆盖率", "Coverage"), ("达标率", "ComplianceRate"), ("满意率", "SatisfactionRate"), ("利用率", "UseRate"), ("完成率", "CompletionRate"),
        ("率", "Rate"), ("占比", "Share"), ("比重", "Share"), ("比例", "Share"), ("面积", "Area"), ("长度", "Length"), ("产量", "Output"), ("总产量", "Output"),
    };

    /// <summary>Leading verbs that make a key <c>New…</c> (新增38家 → New…), as the dataset names additions.</summary>
    public static readonly IReadOnlyList<string> AddingVerbs = new[] { "新增", "新建", "新认定", "新设", "新培育", "新引进", "新开工", "新改建" };

    /// <summary>Leading verbs that become a participle after the object (拆除违法建筑 → …Demolished).</summary>
    public static readonly IReadOnlyList<(string Verb, string Participle)> ActingVerbs = new (string, string)[]
    {
        ("拆除", "Demolished"), ("处置", "Disposed"), ("整治", "Rectified"), ("治理", "Treated"), ("淘汰", "PhasedOut"), ("关停", "Closed"),
        ("培训", "Trained"), ("发放", "Issued"), ("引进", "Recruited"), ("改造", "Renovated"), ("交付", "Delivered"),
    };

    /// <summary>Leading verbs that say nothing a key keeps (建设省级… → Provincial…).</summary>
    public static readonly IReadOnlyList<string> PlainVerbs = new[]
    {
        "累计建成", "建成", "建设", "完成", "实现", "实施", "培育", "创建", "打造", "启动", "推进", "开展", "组织", "争取", "获批", "入选", "累计", "达到", "拥有",
    };

    /// <summary>Filler the composer passes over (的, 和 between nouns is And).</summary>
    public static readonly IReadOnlyList<string> Fillers = new[] { "的", "各类", "等", "以上", "全部" };
}
