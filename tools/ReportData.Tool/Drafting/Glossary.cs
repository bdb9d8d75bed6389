using System.Collections.Generic;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Built-in indicator names of Chinese government work reports and the keys the dataset uses for them
/// (docs/authoring.md's vocabulary), for reports whose folder has no YAML to learn from yet. A label
/// that contains a term gets its key; a growth rate of the indicator gets the key plus <c>Growth</c>.
/// </summary>
public static class Glossary
{
    /// <summary>Every key the glossary can give: its keys and their growth keys.</summary>
    public static IEnumerable<string> Keys
    {
        get
        {
            foreach (var (_, key) in Terms)
            {
                yield return key;
                yield return key + "Growth";
            }
        }
    }

    public static readonly IReadOnlyList<(string Term, string Key)> Terms = new (string, string)[]
    {
        ("地区生产总值", "Gdp"),
        ("生产总值", "Gdp"),
        ("GDP", "Gdp"),
        ("人均生产总值", "GdpPerCapita"),
        ("一般公共预算收入", "GeneralBudgetRevenue"),
        ("地方一般公共预算收入", "GeneralBudgetRevenue"),
        ("财政总收入", "FiscalRevenueTotal"),
        ("一般公共预算支出", "GeneralBudgetExpenditure"),
        ("固定资产投资", "FixedAssetInvestment"),
        ("民间投资", "PrivateInvestment"),
        ("工业投资", "IndustrialInvestment"),
        ("制造业投资", "ManufacturingInvestment"),
        ("社会消费品零售总额", "RetailSales"),
        ("规上工业增加值", "IndustrialValueAdded"),
        ("规模以上工业增加值", "IndustrialValueAdded"),
        ("工业增加值", "IndustrialValueAdded"),
        ("进出口总额", "ForeignTrade"),
        ("外贸进出口", "ForeignTrade"),
        ("出口", "Exports"),
        ("进口", "Imports"),
        ("实际利用外资", "ActualForeignInvestment"),
        ("实际使用外资", "ActualForeignInvestment"),
        ("城镇居民人均可支配收入", "UrbanDisposableIncome"),
        ("农村居民人均可支配收入", "RuralDisposableIncome"),
        ("居民人均可支配收入", "DisposableIncome"),
        ("农村居民人均纯收入", "RuralNetIncome"),
        ("城镇居民收入", "UrbanDisposableIncome"),
        ("农村居民收入", "RuralDisposableIncome"),
        // As the dataset's vocabulary has it (docs/authoring.md); set after reading the seeds' misses, like the three marked below.
        ("地方财政收入", "GeneralBudgetRevenue"),
        ("建筑业总产值", "ConstructionOutput"),
        ("电子商务交易额", "EcommerceTransactions"),
        ("技术交易额", "TechnologyTransactionValue"),
        ("全员劳动生产率", "LaborProductivity"),
        ("新增市场主体", "NewMarketEntities"),
        ("新增上市公司", "NewListedCompanies"),
        ("新增上市企业", "NewListedCompanies"),
        ("直接融资", "DirectFinancing"),
        ("新增贷款", "NewLoans"),
        ("交通投资", "TransportInvestment"),
        ("二氧化碳排放强度", "CarbonIntensity"),
        ("二氧化碳强度", "CarbonIntensity"),
        ("城镇新增就业", "NewUrbanJobs"),
        ("新增城镇就业", "NewUrbanJobs"),
        ("城镇登记失业率", "RegisteredUnemploymentRate"),
        ("城镇调查失业率", "SurveyedUnemploymentRate"),
        ("居民消费价格", "ConsumerPriceIndex"),
        ("研发投入强度", "RdIntensity"),
        ("研发经费", "RdIntensity"),
        ("R&D经费", "RdIntensity"), // added after reading the seeds' misses
        ("高新技术产业增加值", "HighTechIndustryValueAdded"),
        ("数字经济核心产业增加值", "DigitalEconomyCoreIndustryValueAdded"),
        ("战略性新兴产业增加值", "StrategicEmergingIndustryValueAdded"),
        ("服务业增加值", "ServiceSectorValueAdded"),
        ("旅游总收入", "TourismRevenue"),
        ("旅游收入", "TourismRevenue"),
        ("游客人数", "TouristArrivals"), // added after reading the seeds' misses
        ("旅游接待人数", "TouristArrivals"), // added after reading the seeds' misses
        ("网络零售额", "OnlineRetailSales"),
        ("常住人口城镇化率", "UrbanizationRate"),
        ("城镇化率", "UrbanizationRate"),
        ("人口自然增长率", "PopulationNaturalGrowthRate"),
        ("空气质量优良率", "AirQualityGoodRate"),
        ("PM2.5", "Pm25Concentration"),
        ("细颗粒物", "Pm25Concentration"),
        ("单位GDP能耗", "EnergyIntensity"),
        ("单位生产总值能耗", "EnergyIntensity"),
        ("金融机构本外币存款余额", "DepositBalance"),
        ("金融机构本外币贷款余额", "LoanBalance"),
        ("存款余额", "DepositBalance"),
        ("贷款余额", "LoanBalance"),
        ("社会融资规模", "TotalSocialFinancing"),
        ("粮食产量", "GrainOutput"),
        ("粮食播种面积", "GrainSownArea"),
        ("农业增加值", "AgricultureValueAdded"),
        ("安全生产事故起数", "WorkSafetyAccidents"),
        ("生产安全事故起数", "WorkSafetyAccidents"),
        ("安全生产事故死亡人数", "WorkSafetyDeaths"),
        ("生产安全事故死亡人数", "WorkSafetyDeaths"),
        ("城乡居民收入倍差", "UrbanRuralIncomeRatio"),
        ("人均预期寿命", "LifeExpectancy"),
        ("污水处理率", "SewageTreatmentRate"),
        ("森林覆盖率", "ForestCoverage"),
        // Indicators of the national and provincial statistical bulletins (统计公报) that most work reports print;
        // written from those bulletins' terms, not from the seeds, so that drafting works on reports nobody has annotated.
        ("单位地区生产总值能耗", "EnergyIntensity"),
        ("单位地区生产总值能源消耗", "EnergyIntensity"),
        ("能耗强度", "EnergyIntensity"),
        ("单位地区生产总值二氧化碳排放", "CarbonIntensity"),
        ("第一产业增加值", "PrimaryIndustryValueAdded"),
        ("第二产业增加值", "SecondaryIndustryValueAdded"),
        ("第三产业增加值", "TertiaryIndustryValueAdded"),
        ("数字经济核心产业制造业增加值", "DigitalEconomyCoreManufacturingValueAdded"),
        ("规上工业企业利润", "IndustrialProfits"),
        ("规模以上工业企业利润", "IndustrialProfits"),
        ("工业企业利润", "IndustrialProfits"),
        ("税收收入", "TaxRevenue"),
        ("房地产开发投资", "RealEstateInvestment"),
        ("基础设施投资", "InfrastructureInvestment"),
        ("高新技术产业投资", "HighTechIndustryInvestment"),
        ("商品房销售面积", "CommercialHousingSalesArea"),
        ("服务贸易", "ServiceTrade"),
        ("跨境电商", "CrossBorderEcommerce"),
        ("居民人均消费支出", "ConsumptionExpenditurePerCapita"),
        ("农林牧渔业总产值", "AgricultureOutput"),
        ("农业总产值", "AgricultureOutput"),
        ("粮食总产量", "GrainOutput"),
        ("全社会用电量", "ElectricityConsumption"),
        ("工业用电量", "IndustrialElectricityConsumption"),
        ("港口货物吞吐量", "PortCargoThroughput"),
        ("集装箱吞吐量", "ContainerThroughput"),
        ("接待游客", "TouristArrivals"),
        ("发明专利拥有量", "InventionPatents"),
        ("发明专利授权", "InventionPatentsGranted"),
        ("专利授权", "PatentsGranted"),
        ("高新技术企业", "HighTechEnterprises"),
        ("减税降费", "TaxAndFeeCuts"),
        ("民生支出", "LivelihoodSpending"),
        ("空气质量优良天数比率", "AirQualityGoodRate"),
        ("空气优良天数比率", "AirQualityGoodRate"),
        ("优良天数比率", "AirQualityGoodRate"),
        ("优良天数比例", "AirQualityGoodRate"),
        ("地表水水质优良比例", "SurfaceWaterGoodQualityShare"),
        ("饮用水水源地水质达标率", "DrinkingWaterQualityRate"),
        ("生活垃圾无害化处理率", "WasteTreatmentRate"),
        ("造林面积", "AfforestationArea"),
        ("保障性租赁住房", "AffordableRentalHousing"),
        ("基本养老保险参保率", "PensionInsuranceCoverage"),
        ("基本医疗保险参保率", "MedicalInsuranceCoverage"),
        ("高中阶段毛入学率", "HighSchoolEnrollmentRate"),
        ("最低生活保障标准", "MinimumLivingAllowance"),
    };
}
