namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Air, water, soil and waste; carbon and energy; ecological protection and restoration.</summary>
    private static class Environment
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Air.
            ("PM2.5浓度", "Pm25Concentration"), ("PM10", "Pm10"), ("浓度", "Concentration"), ("平均浓度", "AverageConcentration"), ("年均浓度", "AnnualAverageConcentration"),
            ("空气质量", "AirQuality"), ("空气优良", "AirQualityGood"), ("优良天数", "GoodAirDays"), ("天数", "Days"), ("优良", "Good"),
            ("重污染天气", "HeavyPollutionDays"), ("臭氧", "Ozone"), ("二氧化硫", "SulfurDioxide"), ("氮氧化物", "NitrogenOxide"), ("化学需氧量", "Cod"),
            ("氨氮", "AmmoniaNitrogen"), ("总磷", "TotalPhosphorus"), ("挥发性有机物", "Voc"), ("VOCs", "Voc"), ("主要污染物", "MajorPollutant"),
            ("污染物", "Pollutant"), ("排放总量", "TotalEmissions"), ("减排", "EmissionReduction"), ("大气", "Air"), ("大气污染", "AirPollution"),
            ("机动车", "MotorVehicle"), ("柴油货车", "DieselTruck"), ("黄标车", "YellowLabelVehicle"), ("老旧车辆", "OldVehicle"), ("老旧营运车辆", "OldCommercialVehicle"),
            ("扬尘", "Dust"), ("噪声", "Noise"), ("辐射", "Radiation"), ("环境监测", "EnvironmentalMonitoring"), ("监测", "Monitoring"), ("监测站", "MonitoringStation"),
            ("在线监控", "OnlineMonitoring"), ("监控", "Surveillance"), ("蓝天", "BlueSky"), ("清新空气", "CleanAir"),
            // Water and sea.
            ("地表水", "SurfaceWater"), ("水环境", "WaterEnvironment"), ("水功能区", "WaterFunctionZone"), ("交接断面", "BoundarySection"),
            ("出境断面", "OutboundSection"), ("国控断面", "NationalSection"), ("省控断面", "ProvincialSection"), ("市控断面", "MunicipalSection"),
            ("Ⅲ类以上", "GradeIiiOrBetter"), ("III类以上", "GradeIiiOrBetter"), ("三类以上", "GradeIiiOrBetter"), ("Ⅱ类以上", "GradeIiOrBetter"),
            ("劣V类", "BelowGradeV"), ("劣Ⅴ类", "BelowGradeV"), ("劣五类", "BelowGradeV"), ("水源地", "WaterSource"), ("饮用水源", "DrinkingWaterSource"),
            ("近岸海域", "CoastalWater"), ("海域", "SeaArea"), ("海岸线", "Coastline"), ("黑臭水体", "BlackOdorousWater"), ("污水处理厂", "SewagePlant"),
            ("污水处理", "SewageTreatment"), ("处理厂", "TreatmentPlant"), ("污水管网", "SewerPipeline"), ("雨污分流", "StormSewerSeparation"),
            ("零直排区", "ZeroDischargeZone"), ("截污纳管", "SewageInterception"), ("生活污水", "DomesticSewage"), ("工业废水", "IndustrialWastewater"),
            ("废水", "Wastewater"), ("水体", "WaterBody"), ("五水共治", "FiveWaterTreatment"), ("治水", "WaterTreatment"), ("剿劣", "BelowGradeVElimination"),
            ("美丽河湖", "BeautifulRiver"), ("水质达标", "WaterQualityCompliance"), ("水质优良", "GoodWaterQuality"), ("水生态", "WaterEcology"),
            // Soil and waste.
            ("土壤", "Soil"), ("受污染耕地", "PollutedFarmland"), ("安全利用率", "SafeUseRate"), ("污染地块", "ContaminatedSite"), ("地块", "Plot"),
            ("固体废物", "SolidWaste"), ("固废", "SolidWaste"), ("一般工业固体废物", "IndustrialSolidWaste"), ("工业固废", "IndustrialSolidWaste"),
            ("危废", "HazardousWaste"), ("医疗废物", "MedicalWaste"), ("建筑垃圾", "ConstructionWaste"), ("餐厨垃圾", "KitchenWaste"), ("厨余垃圾", "FoodWaste"),
            ("垃圾分类", "WasteSorting"), ("生活垃圾分类", "HouseholdWasteSorting"), ("分类", "Sorting"), ("无害化", "SafeDisposal"),
            ("无害化处理", "SafeDisposal"), ("无害化处理率", "SafeDisposalRate"), ("回收利用率", "RecyclingRate"), ("资源化利用率", "RecyclingRate"),
            ("回收", "Recycling"), ("再生资源", "RenewableResource"), ("焚烧", "Incineration"), ("焚烧厂", "IncinerationPlant"), ("填埋", "Landfill"),
            ("填埋场", "Landfill"), ("零增长", "ZeroGrowth"), ("无废城市", "WasteFreeCity"), ("清废", "WasteClearance"), ("收集率", "CollectionRate"),
            ("分类覆盖率", "SortingCoverage"), ("垃圾处理", "WasteTreatment"), ("中转站", "TransferStation"), ("塑料污染", "PlasticPollution"),
            // Environment and ecology in general.
            ("环境质量", "EnvironmentalQuality"), ("生态环境", "EcoEnvironment"), ("生态环境状况指数", "EcoEnvironmentIndex"), ("公众满意度", "PublicSatisfaction"),
            ("满意度", "Satisfaction"), ("环境违法", "EnvironmentalViolation"), ("环境执法", "EnvironmentalEnforcement"), ("督察", "Inspection"),
            ("环保督察", "EnvironmentalInspection"), ("生态修复", "EcoRestoration"), ("矿山", "Mine"), ("废弃矿山", "AbandonedMine"), ("海绵城市", "SpongeCity"),
            ("生态文明", "EcoCivilization"), ("两山", "TwoMountains"), ("生态产品", "EcoProduct"), ("生态产品价值", "EcoProductValue"), ("GEP", "Gep"),
            ("生态系统生产总值", "Gep"), ("绿色建筑", "GreenBuilding"), ("装配式建筑", "PrefabricatedBuilding"), ("装配式", "Prefabricated"),
            ("绿色低碳", "GreenLowCarbon"), ("清洁生产", "CleanProduction"), ("重点行业", "KeyIndustry"), ("高耗能", "EnergyIntensive"),
            ("两高", "HighEnergyHighEmission"), ("散乱污", "SmallPolluting"), ("印染", "Dyeing"), ("电镀", "Electroplating"), ("生态保护", "EcoProtection"),
            ("生态保护红线", "EcoRedLine"), ("生态补偿", "EcoCompensation"), ("生态屏障", "EcoBarrier"), ("美丽中国", "BeautifulChina"),
            ("生态示范区", "EcoDemoZone"), ("环境基础设施", "EnvironmentalInfrastructure"), ("环境风险", "EnvironmentalRisk"), ("环境影响评价", "Eia"),
            ("环评", "Eia"), ("排污许可", "DischargePermit"), ("排污", "Discharge"), ("生态环境损害赔偿", "EcoDamageCompensation"),
            // Carbon and energy.
            ("碳", "Carbon"), ("碳排放", "CarbonEmissions"), ("二氧化碳", "CarbonDioxide"), ("双碳", "DualCarbon"), ("碳达峰", "CarbonPeak"),
            ("碳中和", "CarbonNeutrality"), ("低碳", "LowCarbon"), ("零碳", "ZeroCarbon"), ("近零碳", "NearZeroCarbon"), ("碳汇", "CarbonSink"),
            ("碳交易", "CarbonTrading"), ("碳排放权", "EmissionRight"), ("排污权", "DischargeRight"), ("用能权", "EnergyUseRight"), ("水权", "WaterRight"),
            ("节能", "EnergySaving"), ("节能降耗", "EnergySaving"), ("节约", "Saving"), ("标准煤", "StandardCoal"), ("标煤", "StandardCoal"),
            ("煤炭", "Coal"), ("燃煤", "CoalFired"), ("锅炉", "Boiler"), ("能源消费", "EnergyConsumption"), ("能源消费总量", "TotalEnergyConsumption"),
            ("清洁能源", "CleanEnergy"), ("非化石能源", "NonFossilEnergy"), ("分布式光伏", "DistributedPv"), ("分布式", "Distributed"), ("屋顶光伏", "RooftopPv"),
            ("光伏发电", "PvPower"), ("风电", "WindPower"), ("风力发电", "WindPower"), ("海上风电", "OffshoreWind"), ("水电", "Hydropower"),
            ("抽水蓄能", "PumpedStorage"), ("核电", "NuclearPower"), ("生物质", "Biomass"), ("氢能", "Hydrogen"), ("加氢站", "HydrogenStation"),
            ("充电桩", "ChargingPile"), ("充电站", "ChargingStation"), ("充换电", "ChargingAndSwapping"), ("换电站", "BatterySwapStation"),
            ("装机", "InstalledCapacity"), ("装机容量", "InstalledCapacity"), ("并网", "GridConnected"), ("容量", "Capacity"), ("发电量", "PowerGeneration"),
            ("发电", "PowerGeneration"), ("电网", "PowerGrid"), ("电力", "Power"), ("供电", "PowerSupply"), ("变电站", "Substation"),
            ("输变电", "PowerTransmission"), ("特高压", "UltraHighVoltage"), ("电量", "Electricity"), ("售电量", "ElectricitySales"), ("用电", "Electricity"),
            ("燃气", "Gas"), ("管道燃气", "PipedGas"), ("供气", "GasSupply"), ("供水", "WaterSupply"), ("自来水", "TapWater"), ("水厂", "Waterworks"),
            ("能源结构", "EnergyMix"), ("能效", "EnergyEfficiency"), ("能耗双控", "EnergyDualControl"), ("煤耗", "CoalConsumption"), ("油气", "OilAndGas"),
            ("成品油", "RefinedOil"), ("液化天然气", "Lng"), ("新型储能", "NewEnergyStorage"), ("虚拟电厂", "VirtualPowerPlant"), ("微电网", "Microgrid"),
            ("智能电网", "SmartGrid"), ("配电网", "DistributionGrid"), ("电厂", "PowerPlant"), ("热电", "CogenerationPower"), ("集中供热", "CentralHeating"),
            ("供热", "Heating"), ("光伏电站", "PvPlant"), ("风电场", "WindFarm"), ("千瓦", "Kilowatt"), ("绿电", "GreenPower"), ("绿证", "GreenCertificate"),
        };
    }
}
