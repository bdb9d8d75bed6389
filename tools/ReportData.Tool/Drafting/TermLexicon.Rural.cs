namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Agriculture, forestry and water works, villages, rural revitalization, poverty relief and common prosperity.</summary>
    private static class Rural
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Farmland and farming.
            ("高标准农田", "HighStandardFarmland"), ("农田", "Farmland"), ("永久基本农田", "PermanentBasicFarmland"), ("基本农田", "BasicFarmland"),
            ("标准农田", "StandardFarmland"), ("粮食功能区", "GrainFunctionalZone"), ("粮食生产功能区", "GrainProductionZone"),
            ("现代农业园区", "ModernAgriculturalPark"), ("现代农业", "ModernAgriculture"), ("农业园区", "AgriculturalPark"), ("农业产业园", "AgriculturalIndustrialPark"),
            ("农业产业化", "AgriculturalIndustrialization"), ("产业化", "Industrialization"), ("农民专业合作社", "FarmerCooperative"),
            ("专业合作社", "SpecializedCooperative"), ("示范社", "DemoCooperative"), ("种植", "Planting"), ("种植面积", "PlantingArea"),
            ("播种面积", "SownArea"), ("种植业", "Cropping"), ("养殖", "Breeding"), ("养殖业", "AnimalHusbandry"), ("畜牧业", "AnimalHusbandry"),
            ("畜牧", "Livestock"), ("渔业", "Fishery"), ("林业", "Forestry"), ("农林牧渔", "AgricultureForestryFishery"), ("稻谷", "Rice"),
            ("水稻", "Rice"), ("早稻", "EarlyRice"), ("小麦", "Wheat"), ("玉米", "Corn"), ("大豆", "Soybean"), ("油菜", "Rapeseed"), ("油料", "Oilseed"),
            ("棉花", "Cotton"), ("水果", "Fruit"), ("柑橘", "Citrus"), ("茶园", "TeaGarden"), ("茶产业", "TeaIndustry"), ("中药材", "ChineseHerb"),
            ("食用菌", "EdibleFungus"), ("花卉", "Flower"), ("苗木", "Seedling"), ("肉类", "Meat"), ("猪肉", "Pork"), ("禽蛋", "Egg"), ("牛奶", "Milk"),
            ("水产品", "AquaticProduct"), ("水产", "Aquatic"), ("出栏", "Slaughtered"), ("存栏", "Inventory"), ("能繁母猪", "BreedingSow"),
            ("家禽", "Poultry"), ("农机", "AgriculturalMachinery"), ("农业机械", "AgriculturalMachinery"), ("农机化", "Mechanization"),
            ("机械化", "Mechanization"), ("综合机械化率", "MechanizationRate"), ("农作物", "Crop"), ("良种", "ImprovedSeed"), ("种业", "SeedIndustry"),
            ("种子", "Seed"), ("绿色食品", "GreenFood"), ("有机", "Organic"), ("无公害", "PollutionFree"), ("名特优新", "FamousSpecialty"),
            ("区域公用品牌", "RegionalPublicBrand"), ("公用品牌", "PublicBrand"), ("淘宝村", "TaobaoVillage"), ("淘宝镇", "TaobaoTown"),
            ("电商村", "EcommerceVillage"), ("专业村", "SpecializedVillage"), ("休闲农业", "LeisureAgriculture"), ("农家乐", "AgritainmentFarm"),
            ("农旅", "AgriTourism"), ("农文旅", "AgriCultureTourism"), ("粮食储备", "GrainReserve"), ("粮食收购", "GrainPurchase"), ("收购", "Purchase"),
            ("订单", "Order"), ("农业农村", "AgricultureAndRural"), ("三农", "Agriculture"), ("粮食安全", "FoodSecurity"), ("粮食生产", "GrainProduction"),
            ("耕地保护", "FarmlandProtection"), ("占补平衡", "FarmlandBalance"), ("垦造耕地", "ReclaimedCultivatedLand"), ("复垦", "Reclamation"),
            ("造地", "LandCreation"), ("旱改水", "DryToPaddy"), ("土地流转", "LandTransfer"), ("承包地", "ContractedLand"), ("土地承包", "LandContract"),
            ("确权", "RightsConfirmation"), ("土地整治", "LandConsolidation"), ("全域土地综合整治", "LandConsolidation"), ("宅基地", "Homestead"),
            ("农业科技", "AgriculturalSciTech"), ("农技", "AgriculturalTech"), ("数字农业", "DigitalAgriculture"),
            ("智慧农业", "SmartAgriculture"), ("设施农业", "ProtectedAgriculture"), ("生态农业", "EcoAgriculture"), ("精品农业", "BoutiqueAgriculture"),
            ("农业企业", "AgriculturalEnterprise"), ("农产品加工", "AgriProductProcessing"), ("农产品加工业", "AgriProcessing"),
            ("农业社会化服务", "AgriculturalService"), ("农资", "FarmSupplies"), ("农药", "Pesticide"), ("化肥", "Fertilizer"), ("减量", "Reduction"),
            ("秸秆", "Straw"), ("综合利用率", "UtilizationRate"), ("综合利用", "Utilization"), ("畜禽粪污", "LivestockManure"), ("资源化利用", "ResourceUtilization"),
            ("资源化", "Recycling"), ("动物防疫", "AnimalEpidemicPrevention"), ("病虫害", "PestsAndDiseases"), ("松材线虫病", "PineWiltDisease"),
            ("供销社", "SupplyMarketingCooperative"), ("供销", "SupplyMarketing"),
            // Forests and water works.
            ("森林蓄积量", "ForestStock"), ("林木", "Forest"), ("造林", "Afforestation"), ("植树", "TreePlanting"), ("植树造林", "Afforestation"),
            ("珍贵树种", "PreciousTree"), ("彩色森林", "ColorfulForest"), ("公益林", "PublicWelfareForest"), ("生态公益林", "EcoPublicWelfareForest"),
            ("绿化", "Greening"), ("国土绿化", "Greening"), ("古树名木", "AncientTree"), ("自然保护区", "NatureReserve"), ("自然保护地", "ProtectedArea"),
            ("国家公园", "NationalPark"), ("湿地公园", "WetlandPark"), ("森林公园", "ForestPark"), ("地质公园", "GeoPark"), ("生物多样性", "Biodiversity"),
            ("野生动物", "Wildlife"), ("林长制", "ForestChief"), ("森林城市", "ForestCity"), ("森林村庄", "ForestVillage"), ("竹林", "BambooForest"),
            ("林下经济", "UnderForestEconomy"), ("水利工程", "WaterConservancyProject"), ("水库", "Reservoir"), ("病险水库", "DangerousReservoir"),
            ("山塘", "Pond"), ("堤防", "Embankment"), ("海塘", "Seawall"), ("防洪", "FloodControl"), ("排涝", "Drainage"), ("灌溉", "Irrigation"),
            ("灌区", "IrrigationArea"), ("节水", "WaterSaving"), ("节水型", "WaterSaving"), ("中小河流", "SmallMediumRiver"), ("河湖", "RiverAndLake"),
            ("幸福河湖", "HappyRiver"), ("河长制", "RiverChief"), ("水土流失", "SoilErosion"), ("水土保持", "SoilConservation"), ("水资源", "WaterResource"),
            ("用水量", "WaterUse"), ("用水", "Water"), ("万元GDP用水量", "WaterUsePer10000Gdp"), ("引水", "WaterDiversion"), ("水网", "WaterNetwork"),
            ("农村饮水", "RuralDrinkingWater"), ("饮水", "DrinkingWater"), ("饮水安全", "DrinkingWaterSafety"), ("农饮水", "RuralDrinkingWater"),
            // Villages and rural life.
            ("乡村振兴", "RuralRevitalization"), ("和美乡村", "HarmoniousBeautifulVillage"), ("宜居宜业和美乡村", "HarmoniousBeautifulVillage"),
            ("美丽乡村", "BeautifulVillage"), ("未来乡村", "FutureVillage"), ("共同富裕", "CommonProsperity"), ("共富", "CommonProsperity"),
            ("示范区", "DemoZone"), ("先行区", "PilotZone"), ("村集体", "VillageCollective"), ("村级集体经济", "VillageCollectiveEconomy"),
            ("经营性收入", "OperatingIncome"), ("经营性", "Operating"), ("薄弱村", "WeakVillage"), ("经济薄弱村", "EconomicallyWeakVillage"),
            ("消薄", "WeakVillageElimination"), ("后进村", "LaggingVillage"), ("结对帮扶", "PairedAssistance"), ("扶贫", "PovertyAlleviation"),
            ("脱贫", "PovertyExit"), ("脱贫攻坚", "PovertyAlleviation"), ("脱贫人口", "PovertyExitPopulation"), ("贫困", "Poverty"), ("贫困人口", "PoorPopulation"),
            ("贫困村", "PoorVillage"), ("贫困户", "PoorHousehold"), ("建档立卡", "Registered"), ("异地搬迁", "Relocation"), ("易地搬迁", "Relocation"),
            ("下山移民", "MountainRelocation"), ("下山搬迁", "MountainRelocation"), ("移民", "Relocatee"), ("农民收入", "FarmerIncome"),
            ("可支配收入", "DisposableIncome"), ("人均可支配收入", "DisposableIncome"), ("纯收入", "NetIncome"), ("工资性收入", "WageIncome"),
            ("经营净收入", "BusinessIncome"), ("财产性收入", "PropertyIncome"), ("财产净收入", "PropertyIncome"), ("转移性收入", "TransferIncome"),
            ("转移净收入", "TransferIncome"), ("消费支出", "ConsumptionExpenditure"), ("人均消费支出", "ConsumptionExpenditurePerCapita"),
            ("恩格尔系数", "EngelCoefficient"), ("收入倍差", "IncomeRatio"), ("城乡收入比", "UrbanRuralIncomeRatio"), ("收入比", "IncomeRatio"),
            ("农村人居环境", "RuralLivingEnvironment"), ("人居环境", "LivingEnvironment"), ("厕所", "Toilet"), ("公厕", "PublicToilet"),
            ("卫生厕所", "SanitaryToilet"), ("无害化卫生厕所", "SanitaryToilet"), ("改厕", "ToiletRenovation"), ("厕所革命", "ToiletRevolution"),
            ("四好农村路", "GoodRuralRoad"), ("中心村", "CentralVillage"), ("自然村", "NaturalVillage"), ("历史文化村落", "HistoricVillage"),
            ("传统村落", "TraditionalVillage"), ("村落", "Village"), ("精品村", "BoutiqueVillage"), ("示范村", "DemoVillage"), ("美丽庭院", "BeautifulCourtyard"),
            ("庭院", "Courtyard"), ("镇村", "TownVillage"), ("村级", "VillageLevel"), ("村民", "Villager"), ("村社", "Village"), ("强村", "StrongVillage"),
            ("富民", "Prosperity"), ("强村公司", "VillageCompany"), ("农民工", "MigrantWorker"), ("农村劳动力", "RuralLabor"), ("劳动力", "Labor"),
            ("转移就业", "TransferEmployment"), ("新型职业农民", "ProfessionalFarmer"), ("职业农民", "ProfessionalFarmer"), ("高素质农民", "HighQualityFarmer"),
            ("农创客", "AgriEntrepreneur"), ("乡贤", "RuralElite"), ("驻村", "VillageStationed"), ("第一书记", "FirstSecretary"), ("乡村工匠", "RuralCraftsman"),
            ("乡村产业", "RuralIndustry"), ("乡村旅游", "RuralTourism"), ("农村电商", "RuralEcommerce"), ("农村改革", "RuralReform"), ("集体产权", "CollectiveProperty"),
            ("股份合作", "JointStock"), ("农村集体经济组织", "RuralCollectiveOrganization"), ("低收入人口", "LowIncomePopulation"), ("低收入群体", "LowIncomeGroup"),
            ("中等收入群体", "MiddleIncomeGroup"), ("收入分配", "IncomeDistribution"), ("扩中提低", "MiddleIncomeExpansion"), ("强村富民", "VillageProsperity"),
            ("城乡融合", "UrbanRuralIntegration"), ("城乡一体化", "UrbanRuralIntegration"), ("新农村", "NewCountryside"),
        };
    }
}
