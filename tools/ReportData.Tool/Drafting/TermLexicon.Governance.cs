namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Government services and reform, regulation and law, petitions and social governance, public safety and emergencies.</summary>
    private static class Governance
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Government services and reform.
            ("最多跑一次", "RunOnce"), ("一次都不跑", "ZeroTrip"), ("跑零次", "ZeroTrip"), ("一网通办", "OneNetworkService"), ("一网统管", "OneNetworkManagement"),
            ("一件事", "OneThing"), ("一窗受理", "OneWindow"), ("便民服务中心", "ConvenienceServiceCenter"), ("便民", "Convenience"), ("政务", "GovernmentAffairs"),
            ("掌上办", "MobileService"), ("网上办", "OnlineService"), ("掌办率", "MobileServiceRate"), ("网办率", "OnlineServiceRate"), ("即办件", "InstantItem"),
            ("办件", "Item"), ("办件量", "Items"), ("行政许可", "AdministrativeLicense"), ("行政审批", "AdministrativeApproval"), ("审批时间", "ApprovalTime"),
            ("审批时限", "ApprovalTimeLimit"), ("时限", "TimeLimit"), ("工作日", "WorkingDays"), ("营商环境", "BusinessEnvironment"), ("放管服", "StreamlineReform"),
            ("证照分离", "PermitCertificateSeparation"), ("多证合一", "MultiCertificateIntegration"), ("商事登记", "BusinessRegistration"), ("企业开办", "BusinessStartup"),
            ("信用", "Credit"), ("社会信用", "SocialCredit"), ("失信", "Dishonest"), ("双随机", "DoubleRandom"), ("双随机一公开", "DoubleRandomInspection"),
            ("监管", "Supervision"), ("抽查", "SpotCheck"), ("检查", "Inspection"), ("执法", "LawEnforcement"), ("综合执法", "ComprehensiveEnforcement"),
            ("行政执法", "AdministrativeEnforcement"), ("行政处罚", "AdministrativePenalty"), ("处罚", "Penalty"), ("罚款", "Fine"), ("立案", "CaseFiled"),
            ("改革", "Reform"), ("数字化改革", "DigitalReform"), ("机构改革", "InstitutionalReform"), ("事业单位", "PublicInstitution"), ("国企改革", "SoeReform"),
            ("要素市场化", "FactorMarketization"), ("政务服务网", "GovernmentServicePortal"), ("政务服务事项", "GovernmentServiceItem"), ("服务事项", "ServiceItem"),
            ("民生事项", "LivelihoodItem"), ("审批服务", "ApprovalService"), ("联合验收", "JointAcceptance"), ("验收", "Acceptance"), ("代办", "Agency"),
            ("帮办", "AssistedService"), ("秒办", "InstantService"), ("好差评", "ServiceRating"), ("电子证照", "ElectronicLicense"), ("证照", "License"),
            ("政务公开", "GovernmentTransparency"), ("信息公开", "InformationDisclosure"), ("廉政", "Integrity"), ("政府规章", "GovernmentRegulation"),
            ("规范性文件", "NormativeDocument"), ("地方性法规", "LocalRegulation"), ("法规", "Regulation"), ("行政复议", "AdministrativeReconsideration"),
            ("行政诉讼", "AdministrativeLitigation"), ("败诉率", "LossRate"), ("人大代表", "PeoplesDeputy"), ("政协委员", "CppccMember"), ("代表建议", "DeputySuggestion"),
            ("人大代表建议", "DeputySuggestion"), ("政协提案", "CppccProposal"), ("议案", "Motion"), ("建议", "Suggestion"), ("办复率", "ReplyRate"),
            ("满意度测评", "SatisfactionSurvey"), ("测评", "Assessment"), ("考核", "Assessment"), ("政府工作", "GovernmentWork"),
            // Law, petitions and social governance.
            ("信访件", "Petition"), ("来信来访", "PetitionLetterVisit"), ("矛盾纠纷", "Dispute"), ("纠纷", "Dispute"), ("人民调解", "PeopleMediation"),
            ("化解率", "ResolutionRate"), ("成功率", "SuccessRate"), ("社会治理", "SocialGovernance"), ("基层治理", "GrassrootsGovernance"), ("网格", "Grid"),
            ("网格员", "GridWorker"), ("平安", "Safe"), ("法治", "RuleOfLaw"), ("普法", "LegalEducation"), ("法律援助", "LegalAid"),
            ("公证", "Notarization"), ("律师", "Lawyer"), ("司法", "Judicial"), ("社区矫正", "CommunityCorrection"), ("刑事案件", "CriminalCase"),
            ("警情", "PoliceIncident"), ("电信网络诈骗", "TelecomFraud"), ("电诈", "TelecomFraud"), ("诈骗", "Fraud"), ("扫黑除恶", "AntiGangCrime"),
            ("黑恶", "Gang"), ("禁毒", "AntiDrug"), ("毒品", "Narcotic"), ("破案", "CaseSolved"), ("破案率", "CaseClearanceRate"), ("命案", "Homicide"),
            ("犯罪", "Crime"), ("违法犯罪", "Crime"), ("群体性事件", "MassIncident"), ("矛调中心", "DisputeResolutionCenter"), ("社会矛盾纠纷调处化解中心", "DisputeResolutionCenter"),
            ("诉源治理", "LitigationSourceGovernance"), ("平安指数", "SafetyIndex"), ("群众安全感", "PublicSenseOfSecurity"), ("安全感", "SenseOfSecurity"),
            ("群众", "Public"), ("市民", "Citizen"), ("12345", "Hotline12345"), ("热线", "Hotline"), ("诉求", "Appeal"), ("回访", "FollowUp"),
            ("办结率", "ResolutionRate"), ("按时", "OnTime"), ("及时率", "TimelinessRate"), ("响应率", "ResponseRate"), ("投诉", "Complaint"),
            ("举报", "Tipoff"), ("投诉举报", "Complaint"), ("消费者", "Consumer"), ("消费维权", "ConsumerRights"), ("维权", "RightsProtection"),
            ("经济损失", "EconomicLoss"), ("损失", "Loss"), ("国防", "NationalDefense"), ("征兵", "Conscription"),
            ("人防", "CivilAirDefense"), ("人民防空", "CivilAirDefense"), ("民族", "Ethnic"), ("宗教", "Religious"), ("外事", "ForeignAffairs"),
            ("侨务", "OverseasChineseAffairs"), ("统计", "Statistics"), ("档案", "Archive"), ("地方志", "LocalChronicle"), ("气象", "Meteorological"),
            ("地震", "Earthquake"), ("能源安全", "EnergySecurity"), ("清廉", "Integrity"), ("作风", "Conduct"), ("督查", "Inspection"), ("巡察", "Inspection"),
            // Safety and emergencies.
            ("生产安全", "WorkSafety"), ("安全事故", "SafetyAccident"), ("生产安全事故", "WorkSafetyAccident"), ("较大事故", "SeriousAccident"),
            ("重特大事故", "MajorAccident"), ("死亡", "Deaths"), ("应急管理", "EmergencyManagement"), ("应急救援", "EmergencyRescue"), ("救援", "Rescue"),
            ("应急预案", "EmergencyPlan"), ("演练", "Drill"), ("避灾安置场所", "DisasterShelter"), ("避难场所", "Shelter"), ("防汛", "FloodControl"),
            ("防台", "TyphoonControl"), ("防汛防台", "FloodTyphoonControl"), ("抗旱", "DroughtRelief"), ("台风", "Typhoon"), ("洪涝", "Flood"),
            ("灾害", "Disaster"), ("自然灾害", "NaturalDisaster"), ("防灾减灾", "DisasterPrevention"), ("隐患点", "HazardSpot"), ("风险点", "RiskPoint"),
            ("消防", "FireSafety"), ("消防站", "FireStation"), ("微型消防站", "MiniFireStation"), ("火灾", "Fire"), ("森林火灾", "ForestFire"),
            ("危险化学品", "HazardousChemical"), ("危化品", "HazardousChemical"), ("特种设备", "SpecialEquipment"), ("食品安全", "FoodSafety"),
            ("药品安全", "DrugSafety"), ("抽检", "SampleInspection"), ("合格", "Qualified"), ("放心", "Trusted"), ("质量安全", "QualitySafety"),
            ("市场监管", "MarketRegulation"), ("安全隐患", "SafetyHazard"), ("重大隐患", "MajorHazard"), ("事故隐患", "AccidentHazard"), ("燃气安全", "GasSafety"),
            ("交通安全", "TrafficSafety"), ("道路交通安全", "RoadSafety"), ("消防安全", "FireSafety"), ("安全风险", "SafetyRisk"), ("自建房", "SelfBuiltHouse"),
            ("经营性自建房", "CommercialSelfBuiltHouse"), ("亿元GDP", "Per100MillionGdp"), ("亿元生产总值", "Per100MillionGdp"), ("工矿商贸", "IndustryMiningTrade"),
            ("应急物资", "EmergencySupplies"), ("物资", "Supplies"), ("储备库", "ReserveDepot"), ("救灾", "DisasterRelief"), ("受灾", "DisasterAffected"),
            ("应急广播", "EmergencyBroadcast"), ("预警", "EarlyWarning"), ("气象预警", "WeatherWarning"), ("防御", "Defense"),
            ("安全员", "SafetyOfficer"), ("专职消防队", "FullTimeFireBrigade"), ("消防队", "FireBrigade"), ("救援队", "RescueTeam"), ("应急队伍", "EmergencyTeam"),
            ("队伍", "Team"), ("食品安全抽检", "FoodSafetySampling"), ("食用农产品", "EdibleAgriProduct"), ("放心消费", "TrustedConsumption"),
        };
    }
}
