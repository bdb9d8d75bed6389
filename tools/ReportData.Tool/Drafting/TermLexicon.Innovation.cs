namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Science and technology, innovation platforms, intellectual property, talent and skills, the digital economy.</summary>
    private static class Innovation
    {
        public static readonly (string Term, string English)[] Words =
        {
            // R&D and platforms.
            ("研发投入", "RdSpending"), ("研发机构", "RdInstitution"), ("研发中心", "RdCenter"), ("研究开发中心", "RdCenter"), ("研究开发", "Rd"),
            ("研发人员", "RdPersonnel"), ("研发费用", "RdSpending"), ("研发费用加计扣除", "RdSuperDeduction"), ("加计扣除", "SuperDeduction"),
            ("科技创新", "SciTechInnovation"), ("科创", "SciTechInnovation"), ("高企", "HighTechEnterprise"), ("科技型中小微企业", "SciTechSme"),
            ("企业技术中心", "EnterpriseTechCenter"), ("技术中心", "TechCenter"), ("工程技术研究中心", "EngineeringResearchCenter"),
            ("工程研究中心", "EngineeringResearchCenter"), ("工程技术中心", "EngineeringTechCenter"), ("重点实验室", "KeyLaboratory"),
            ("新型研发机构", "NewRdInstitution"), ("产业创新服务综合体", "IndustrialInnovationServiceComplex"), ("技术创新中心", "TechInnovationCenter"),
            ("产业技术研究院", "IndustrialTechInstitute"), ("研究所", "ResearchInstitute"), ("高校院所", "UniversityAndInstitute"), ("院所", "Institute"),
            ("大院名校", "PrestigiousInstitution"), ("共建", "Joint"), ("产学研", "IndustryUniversityResearch"), ("科技成果", "SciTechAchievement"),
            ("成果转化", "AchievementTransfer"), ("技术合同", "TechContract"), ("技术合同成交额", "TechContractValue"), ("技术交易", "TechTransaction"),
            ("成交额", "TransactionValue"), ("技术市场", "TechMarket"), ("科技奖", "SciTechAward"), ("科学技术奖", "SciTechAward"),
            ("科技进步奖", "SciTechProgressAward"), ("奖项", "Award"), ("一等奖", "FirstPrize"), ("二等奖", "SecondPrize"), ("三等奖", "ThirdPrize"),
            ("金奖", "GoldAward"), ("银奖", "SilverAward"), ("授权", "Granted"), ("每万人", "Per10000People"), ("万人发明专利拥有量", "InventionPatentsPer10000People"),
            ("拥有量", ""), ("申请量", "Applications"), ("授权量", "Grants"), ("PCT", "Pct"), ("国际专利", "InternationalPatent"),
            ("知识产权", "IntellectualProperty"), ("地理标志", "GeographicalIndication"), ("注册商标", "RegisteredTrademark"), ("有效", "Valid"),
            ("马德里", "Madrid"), ("行业标准", "IndustryStandard"), ("团体标准", "GroupStandard"), ("国家标准", "NationalStandard"), ("标准化", "Standardization"),
            ("科技企业孵化器", "SciTechIncubator"), ("加速器", "Accelerator"), ("星创天地", "StarInnovationSpace"), ("孵化", "Incubation"),
            ("在孵企业", "IncubatedEnterprise"), ("科技园", "SciencePark"), ("大学科技园", "UniversitySciencePark"), ("创新载体", "InnovationCarrier"),
            ("载体", "Carrier"), ("科技城", "SciTechCity"), ("科学城", "ScienceCity"), ("大科学装置", "BigScienceFacility"), ("创新联合体", "InnovationConsortium"),
            ("联合体", "Consortium"), ("攻关", "Breakthrough"), ("关键核心技术", "KeyCoreTechnology"), ("核心技术", "CoreTechnology"),
            ("卡脖子", "Chokepoint"), ("重大科技专项", "MajorSciTechProject"), ("科技计划", "SciTechProgram"), ("重点研发计划", "KeyRdProgram"),
            ("专项", "SpecialProject"), ("揭榜挂帅", "OpenCompetition"), ("创新指数", "InnovationIndex"), ("科技进步贡献率", "SciTechProgressContribution"),
            ("贡献率", "ContributionRate"), ("科普", "SciencePopularization"), ("公民科学素质", "ScientificLiteracy"), ("科学素质", "ScientificLiteracy"),
            ("信息化", "Informatization"), ("智能化", "Smart"), ("网络化", "Networked"), ("数智", "DigitalIntelligent"), ("创新能力", "InnovationCapacity"),
            ("创新型", "Innovative"), ("创新型城市", "InnovativeCity"), ("创新型县", "InnovativeCounty"), ("科技创新券", "InnovationVoucher"),
            ("创新券", "InnovationVoucher"), ("高新技术企业数", "HighTechEnterprises"), ("科技项目", "SciTechProject"),
            ("科技经费", "SciTechFunding"), ("科技支出", "SciTechExpenditure"), ("技术攻关", "TechBreakthrough"), ("新产品产值", "NewProductOutput"),
            ("新产品产值率", "NewProductOutputRate"), ("产业化项目", "IndustrializationProject"), ("中试", "PilotTest"), ("中试基地", "PilotTestBase"),
            ("概念验证", "ProofOfConcept"), ("检验检测", "InspectionTesting"), ("检测中心", "TestingCenter"), ("创新中心", "InnovationCenter"),
            ("制造业创新中心", "ManufacturingInnovationCenter"), ("技术创新示范企业", "TechInnovationDemoEnterprise"), ("科技小巨人", "SciTechLittleGiant"),
            ("数字经济核心产业", "DigitalEconomyCore"), ("软件和信息技术服务业", "SoftwareItService"), ("信息传输", "InformationTransmission"),
            ("数字化应用", "DigitalApplication"), ("应用场景", "UseScenario"), ("场景", "Scenario"), ("应用", "Application"), ("数据", "Data"),
            ("公共数据", "PublicData"), ("数据共享", "DataSharing"), ("数据开放", "OpenData"), ("数字乡村", "DigitalVillage"), ("数字政府", "DigitalGovernment"),
            ("数字社会", "DigitalSociety"), ("算力中心", "ComputingCenter"), ("网络安全", "Cybersecurity"), ("工业软件", "IndustrialSoftware"),
            ("大模型", "LargeModel"), ("智能网联汽车", "ConnectedVehicle"), ("机器视觉", "MachineVision"), ("传感器", "Sensor"),
            // Talent and skills.
            ("高技能人才", "HighSkilledTalent"), ("技能人才", "SkilledTalent"), ("高技能", "HighSkilled"), ("技能", "Skill"), ("技工", "SkilledWorker"),
            ("工匠", "Craftsman"), ("大国工匠", "MasterCraftsman"), ("领军人才", "LeadingTalent"), ("顶尖人才", "TopTalent"), ("青年人才", "YoungTalent"),
            ("海外人才", "OverseasTalent"), ("留学", "StudyAbroad"), ("留学人员", "ReturnedScholar"), ("归国", "Returnee"), ("创业", "Entrepreneurship"),
            ("创新创业", "InnovationEntrepreneurship"), ("双创", "MassEntrepreneurship"), ("创业团队", "StartupTeam"), ("团队", "Team"),
            ("人才计划", "TalentProgram"), ("人才工程", "TalentProgram"), ("入选者", "Selectee"), ("博士后科研工作站", "PostdoctoralResearchWorkstation"),
            ("博士后工作站", "PostdoctoralWorkstation"), ("博士后创新实践基地", "PostdoctoralInnovationBase"), ("创新实践基地", "InnovationPracticeBase"),
            ("技能大师工作室", "SkillMasterStudio"), ("工作室", "Studio"), ("高校毕业生", "CollegeGraduate"), ("应届", "FreshGraduate"), ("硕士", "Master"),
            ("研究生", "Postgraduate"), ("本科", "Undergraduate"), ("大专", "JuniorCollege"), ("人才公寓", "TalentApartment"), ("人才住房", "TalentHousing"),
            ("人才房", "TalentHousing"), ("见习", "Internship"), ("实训基地", "TrainingBase"), ("实训", "PracticalTraining"), ("职业技能", "VocationalSkill"),
            ("职业技能培训", "VocationalTraining"), ("技能培训", "SkillTraining"), ("技能等级", "SkillLevel"), ("职业资格", "VocationalQualification"),
            ("证书", "Certificate"), ("持证", "Certified"), ("技术人员", "Technician"), ("专业技术人才", "ProfessionalTalent"), ("专业技术人员", "Professional"),
            ("科技人员", "SciTechPersonnel"), ("科技特派员", "SciTechCommissioner"), ("人员", "Personnel"), ("从业人员", "Employee"), ("人才引进", "TalentRecruitment"),
            ("引才", "TalentRecruitment"), ("人才资源", "TalentPool"), ("人才总量", "TalentPool"), ("人才驿站", "TalentStation"), ("人才市场", "TalentMarket"),
            ("高端人才", "HighEndTalent"), ("外国专家", "ForeignExpert"), ("外国人才", "ForeignTalent"), ("青年科学家", "YoungScientist"),
            ("卓越工程师", "OutstandingEngineer"), ("工程师", "Engineer"), ("首席技师", "ChiefTechnician"), ("技师", "Technician"), ("高级技师", "SeniorTechnician"),
            ("技能人员", "SkilledWorker"), ("新型学徒", "Apprentice"), ("学徒", "Apprentice"), ("产业工人", "IndustrialWorker"), ("乡土人才", "LocalTalent"),
            ("农村实用人才", "RuralPracticalTalent"), ("院士专家工作站", "AcademicianExpertWorkstation"), ("海智", "OverseasExpertise"),
            ("人才新政", "TalentPolicy"), ("人才政策", "TalentPolicy"), ("大学生创业", "GraduateStartup"), ("创业园", "StartupPark"), ("创业孵化", "StartupIncubation"),
            ("创业孵化基地", "StartupIncubationBase"), ("返乡创业", "ReturnHomeStartup"), ("返乡", "ReturnHome"), ("回乡", "ReturnHome"),
        };
    }
}
