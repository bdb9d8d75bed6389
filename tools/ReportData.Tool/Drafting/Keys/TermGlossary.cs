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

        // A broader set of the same reports' general terms (2026-12-02), from 统计公报 and 政府工作报告 usage.
        ("全国", "National"), ("中央", "Central"), ("地方", "Local"), ("区域", "Regional"), ("跨境", "CrossBorder"), ("民营", "Private"),
        ("国有", "StateOwned"), ("国企", "Soe"), ("经济", "Economy"), ("集体经济", "CollectiveEconomy"), ("营收", "Revenue"), ("总收入", "Revenue"),
        ("资产", "Assets"), ("净资产", "NetAssets"), ("市值", "MarketCap"), ("总市值", "MarketCap"), ("保险", "Insurance"), ("养老保险", "PensionInsurance"),
        ("医疗保险", "MedicalInsurance"), ("社保", "SocialSecurity"), ("吞吐量", "Throughput"), ("货物", "Cargo"), ("旅客", "Passenger"), ("港口", "Port"),
        ("机场", "Airport"), ("铁路", "Railway"), ("高速公路", "Expressway"), ("轨道交通", "RailTransit"), ("公交", "Bus"), ("供应量", "Supply"),
        ("光伏", "Pv"), ("新能源", "NewEnergy"), ("可再生能源", "Renewable"), ("排放", "Emissions"), ("用电量", "ElectricityUse"), ("电价", "ElectricityPrice"),
        ("天然气", "NaturalGas"), ("学位", "SchoolPlace"), ("学生", "Student"), ("教师", "Teacher"), ("义务教育", "CompulsoryEducation"), ("高校", "University"),
        ("大学生", "CollegeGraduate"), ("毕业生", "Graduate"), ("博士", "Phd"), ("青年", "Young"), ("中医", "Tcm"), ("中医馆", "TcmClinic"),
        ("卫生院", "HealthCenter"), ("医生", "Doctor"), ("残疾人", "Disabled"), ("老年人", "Elderly"), ("儿童", "Children"), ("志愿者", "Volunteer"),
        ("粮食", "Grain"), ("蔬菜", "Vegetable"), ("茶叶", "Tea"), ("林地", "ForestLand"), ("森林", "Forest"), ("水利", "WaterConservancy"),
        ("农产品", "AgriculturalProduct"), ("农民", "Farmer"), ("合作社", "Cooperative"), ("农房", "Farmhouse"), ("民宿", "Homestay"), ("生猪", "Pig"),
        ("审批", "Approval"), ("政务服务", "GovernmentService"), ("网上", "Online"), ("线上", "Online"), ("在线", "Online"), ("提案", "Proposal"),
        ("信访", "Petition"), ("刑事", "Criminal"), ("治安", "PublicOrder"), ("隐患", "Hazard"), ("地质灾害", "GeologicalHazard"), ("应急", "Emergency"),
        ("空气", "Air"), ("河流", "River"), ("断面", "Section"), ("饮用水", "DrinkingWater"), ("生活垃圾", "HouseholdWaste"), ("垃圾", "Waste"),
        ("危险废物", "HazardousWaste"), ("污染", "Pollution"), ("湿地", "Wetland"), ("实验室", "Laboratory"), ("技术", "Technology"), ("智能", "Smart"),
        ("工业互联网", "IndustrialInternet"), ("互联网", "Internet"), ("数字化", "Digital"), ("集成电路", "IntegratedCircuit"), ("生物医药", "Biomedicine"),
        ("新材料", "NewMaterials"), ("装备", "Equipment"), ("汽车", "Automobile"), ("总产值", "Output"), ("营业额", "Turnover"), ("人次", "Visits"),
        ("合格率", "PassRate"), ("普及率", "PenetrationRate"), ("入学率", "EnrolmentRate"), ("优良率", "GoodRate"), ("强度", "Intensity"), ("指数", "Index"),
        ("价格", "Price"), ("高新技术企业", "HighTechEnterprise"), ("领军", "Leading"), ("冠军", "Champion"),

        // Added after reading the seeds' key misses (docs/drafting.md counts them): general words, but chosen there.
        ("综合交通", "Transport"), ("廊道", "Corridor"), ("城中村", "UrbanVillage"), ("开工", "Started"), ("建成", "Completed"),
        ("产业链", "IndustryChain"), ("全产业链", "IndustryChain"), ("先进", "Advanced"), ("制造", "Manufacturing"), ("健康", "Health"),
        ("质量", "Quality"), ("安全", "Safety"), ("未来", "Future"), ("政府", "Government"), ("专精特新", "Specialized"), ("小巨人", "LittleGiant"),
        ("居家养老", "HomeCare"), ("照料中心", "CareCenter"), ("落后产能", "OutdatedCapacity"), ("僵尸企业", "ZombieEnterprise"),
        ("隐形冠军", "HiddenChampion"), ("主板", "MainBoard"), ("驰名商标", "WellKnownTrademark"),
    };

    /// <summary>Leading verbs that make a key <c>New…</c> (新增38家 → New…), as the dataset names additions.</summary>
    public static readonly IReadOnlyList<string> AddingVerbs = new[] { "新增", "新建", "新认定", "新设", "新培育", "新引进", "新开工", "新改建", "新投用", "新落地" };

    /// <summary>Leading verbs that become a participle after the object (拆除违法建筑 → …Demolished).</summary>
    public static readonly IReadOnlyList<(string Verb, string Participle)> ActingVerbs = new (string, string)[]
    {
        ("拆除", "Demolished"), ("处置", "Disposed"), ("整治", "Rectified"), ("治理", "Treated"), ("淘汰", "PhasedOut"), ("关停", "Closed"),
        ("培训", "Trained"), ("发放", "Issued"), ("引进", "Recruited"), ("改造", "Renovated"), ("交付", "Delivered"),
        ("搬迁", "Relocated"), ("办结", "Resolved"), ("化解", "Resolved"), ("消除", "Eliminated"), ("取缔", "Banned"), ("关闭", "Closed"),
        ("修复", "Restored"), ("盘活", "Revitalized"), ("安置", "Resettled"), ("帮扶", "Assisted"), ("办理", "Handled"), ("撤并", "Merged"),
        ("下放", "Delegated"), ("认证", "Certified"), ("查处", "Investigated"), ("减免", "Reduced"), ("培养", "Trained"),

        // Added after reading the seeds' key misses.
        ("拆迁", "Demolished"),
    };

    /// <summary>Leading verbs that say nothing a key keeps (建设省级… → Provincial…).</summary>
    public static readonly IReadOnlyList<string> PlainVerbs = new[]
    {
        "累计建成", "建成", "建设", "完成", "实现", "实施", "培育", "创建", "打造", "启动", "推进", "开展", "组织", "争取", "获批", "入选", "累计", "达到", "拥有",
        "设立", "建立", "组建", "举办", "开通", "落地", "签约", "招引", "改建", "提升", "投用",
    };

    /// <summary>Filler the composer passes over (的, 和 between nouns is And; the whole city or year a key never says).</summary>
    public static readonly IReadOnlyList<string> Fillers = new[] { "的", "各类", "等", "以上", "全部", "全市", "全区", "全县", "全年", "年内", "当年" };
}
