namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>
    /// Words of measure (rates, shares, totals, averages), of scope and level (区级, 及以上), of time (年末, 十四五) and the
    /// qualifiers any indicator takes (重点, 新型, 大型, 星级). Words that say nothing a key keeps are empty.
    /// </summary>
    private static class Measures
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Rates and shares.
            ("增长率", "GrowthRate"), ("比率", "Ratio"), ("比值", "Ratio"), ("倍差", "Ratio"),
            ("参合率", "EnrolmentRate"), ("转化率", "ConversionRate"), ("留存率", "RetentionRate"), ("通过率", "PassRate"), ("受理率", "AcceptanceRate"),
            ("知晓率", "AwarenessRate"), ("治愈率", "CureRate"), ("回收率", "RecoveryRate"), ("处理率", "TreatmentRate"), ("使用率", "UsageRate"),
            ("到位率", "InPlaceRate"), ("开工率", "StartRate"), ("完工率", "CompletionRate"), ("建成率", "CompletionRate"), ("自给率", "SelfSufficiencyRate"),
            ("达标", "Compliance"), ("覆盖面", "Coverage"), ("全覆盖", "FullCoverage"), ("覆盖", "Coverage"), ("占有率", "MarketShare"), ("市场占有率", "MarketShare"),
            ("渗透率", "PenetrationRate"), ("连通率", "ConnectivityRate"), ("通达率", "AccessRate"), ("通畅率", "AccessRate"), ("准确率", "AccuracyRate"),
            ("发生率", "IncidenceRate"), ("检出率", "DetectionRate"), ("控制率", "ControlRate"), ("规范管理率", "ManagementRate"), ("管理率", "ManagementRate"),
            ("提前完成率", "EarlyCompletionRate"), ("执行率", "ExecutionRate"), ("支出进度", "SpendingProgress"), ("进度", "Progress"), ("兑现率", "FulfilmentRate"),
            ("实现率", "AchievementRate"), ("增长幅度", "Growth"), ("降幅", "Decline"), ("涨幅", "Rise"), ("差距", "Gap"), ("倍数", "Multiple"),
            ("系数", "Coefficient"), ("弹性", "Elasticity"), ("贡献", "Contribution"), ("拉动", "Contribution"), ("百分点", "PercentagePoints"),
            // Totals, averages, amounts.
            ("总规模", "Size"), ("总面积", "Area"), ("总长", "Length"), ("总长度", "Length"), ("里程数", "Mileage"),
            ("水平", "Level"), ("能级", "Level"), ("效率", "Efficiency"), ("效益", "Benefit"), ("产出", "Output"), ("平均", "Average"), ("年均", "AnnualAverage"),
            ("年平均", "AnnualAverage"), ("日均", "DailyAverage"), ("月均", "MonthlyAverage"), ("最高", "Max"), ("最低", "Minimum"), ("个数", ""),
            ("家数", ""), ("件数", ""), ("总数", ""), ("次数", "Times"), ("户次", "HouseholdVisits"), ("笔数", "Transactions"), ("单量", "Orders"),
            ("数额", "Amount"), ("价值", "Value"), ("货值", "GoodsValue"), ("市场规模", "MarketSize"), ("体量", "Size"), ("存量资产", "ExistingAssets"),
            ("增量", "Increment"), ("净利润", "NetProfit"), ("利润总额", "Profits"), ("营业利润", "OperatingProfit"), ("亏损", "Loss"),
            ("亏损面", "LossShare"), ("资产负债率", "DebtToAssetRatio"), ("负债", "Liabilities"), ("负债率", "DebtRatio"), ("增加额", "Increase"),
            ("减少额", "Decrease"), ("节约资金", "FundsSaved"),
            // Scope and level.
            ("区级", "District"), ("市本级", "MunicipalLevel"), ("本级", ""), ("乡镇级", "Township"), ("镇级", "Town"), ("县级以上", "CountyOrAbove"),
            ("市级以上", "MunicipalOrAbove"), ("省级以上", "ProvincialOrAbove"), ("国家级以上", "NationalOrAbove"), ("及以上", "OrAbove"),
            ("各级", ""), ("所有", ""), ("有关", ""), ("相关", "Related"), ("主要", "Major"), ("核心", "Core"), ("关键", "Key"),
            ("龙头", "Leading"), ("骨干", "Backbone"), ("头部", "Top"), ("标志性", "Landmark"), ("引领性", "Leading"), ("新兴", "Emerging"),
            ("传统", "Traditional"), ("优势", "Advantage"), ("高品质", "HighQuality"), ("高质量", "HighQuality"), ("高质量发展", "HighQualityDevelopment"),
            ("发展", "Development"), ("大型", "Large"), ("中型", "Medium"), ("小型", "Small"), ("微型", "Micro"), ("中小型", "SmallMedium"),
            ("大中型", "LargeMedium"), ("新型", "New"), ("综合", "Comprehensive"), ("整体", "Overall"), ("首次", "First"), ("首个", "First"),
            ("首批", "FirstBatch"), ("第一批", "FirstBatch"), ("批次", "Batch"), ("样板", "Model"), ("标杆", "Benchmark"), ("优秀", "Excellent"),
            ("星级", "Star"), ("等级", "Graded"), ("一级", "FirstClass"), ("二级", "SecondClass"), ("三级", "ThirdClass"), ("甲级", "GradeA"),
            ("A级", "AGrade"), ("荣誉", "Honor"), ("称号", "Title"), ("表彰", "Commendation"), ("全国性", "National"), ("省内", "InProvince"),
            ("市内", "InCity"), ("县内", "InCounty"), ("本地", "Local"), ("外地", "NonLocal"), ("境内", "Domestic"), ("城市级", "CityLevel"),
            ("世界级", "WorldClass"), ("国际化", "International"), ("全球", "Global"), ("世界", "World"), ("亚洲", "Asia"), ("全省第一", "ProvincialFirst"),
            ("第一", "First"), ("前列", "Top"), ("百强县", "Top100County"), ("全国百强", "NationalTop100"), ("示范性", "Demo"),
            ("规范化", "Standardized"), ("专业化", "Specialized"), ("一站式", "OneStop"), ("全链条", "FullChain"), ("全周期", "FullCycle"), ("全流程", "FullProcess"),
            // Time.
            ("年末", "YearEnd"), ("年底", "YearEnd"), ("期末", "YearEnd"), ("同比", "YearOnYear"), ("比上年", ""), ("上年", "PreviousYear"),
            ("比去年", ""), ("去年", "PreviousYear"), ("较上年", ""), ("十四五", "FourteenthFyp"), ("十三五", "ThirteenthFyp"), ("十五五", "FifteenthFyp"),
            ("十二五", "TwelfthFyp"), ("期间", ""), ("以来", ""), ("年度", ""), ("季度", "Quarter"), ("月度", "Monthly"), ("春节", "SpringFestival"),
            ("国庆", "NationalDay"), ("假日", "Holiday"), ("节假日", "Holiday"), ("黄金周", "GoldenWeek"),
            // Programmes and actions.
            ("行动计划", "ActionPlan"), ("计划", "Plan"), ("行动", "Campaign"), ("专项行动", "SpecialCampaign"), ("攻坚", "Campaign"), ("攻坚战", "Campaign"),
            ("三年行动", "ThreeYearCampaign"), ("工程项目", "EngineeringProject"), ("十大工程", "TenProjects"), ("重大工程", "MajorProject"), ("民心工程", "PeoplesProject"),
            ("惠民工程", "BenefitProject"), ("政策", "Policy"), ("措施", "Measure"), ("举措", "Measure"), ("机制", "Mechanism"), ("体系", "System"),
            ("制度", "System"), ("模式", "Model"), ("经验", "Practice"), ("案例", "Case"), ("典型", "Model"), ("清单", "List"), ("名录", "Directory"),
            ("目录", "Catalog"), ("榜单", "Ranking"), ("排名", "Ranking"), ("位次", "Ranking"), ("考核评价", "Evaluation"), ("评价", "Evaluation"),
            ("试点县", "PilotCounty"), ("试点村", "PilotVillage"), ("示范县", "DemoCounty"), ("示范镇", "DemoTown"), ("示范点", "DemoSite"),
            ("示范基地", "DemoBase"), ("示范项目", "DemoProject"), ("示范企业", "DemoEnterprise"), ("示范园区", "DemoPark"), ("示范带", "DemoBelt"),
            ("示范线", "DemoRoute"), ("风景线", "ScenicRoute"), ("精品线", "BoutiqueRoute"), ("点位", "Site"), ("网点", "Outlet"), ("服务点", "ServicePoint"),
            ("服务站", "ServiceStation"), ("驿站", "Station"), ("窗口", "Window"), ("专区", "Zone"),
        };
    }
}
