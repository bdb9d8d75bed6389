namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Jobs and wages, social security and assistance, elderly care and childcare, population, education.</summary>
    private static class Social
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Employment and wages.
            ("失业", "Unemployment"), ("失业人员", "UnemployedPerson"), ("失业率", "UnemploymentRate"), ("登记失业率", "RegisteredUnemploymentRate"),
            ("调查失业率", "SurveyedUnemploymentRate"), ("再就业", "Reemployment"), ("就业困难人员", "HardToEmployPerson"), ("就业困难", "HardToEmploy"),
            ("困难人员", "NeedyPerson"), ("零就业家庭", "ZeroEmploymentHousehold"), ("灵活就业", "FlexibleEmployment"), ("创业担保贷款", "StartupGuaranteeLoan"),
            ("就业岗位", "Job"), ("公益性岗位", "PublicWelfareJob"), ("人力资源", "HumanResources"), ("劳动关系", "LaborRelations"), ("劳动合同", "LaborContract"),
            ("欠薪", "WageArrears"), ("工资", "Wage"), ("最低工资", "MinimumWage"), ("平均工资", "AverageWage"), ("职工", "Employee"),
            ("城镇非私营单位", "UrbanNonPrivateUnit"), ("非私营单位", "NonPrivateUnit"), ("私营单位", "PrivateUnit"), ("劳动争议", "LaborDispute"),
            ("仲裁", "Arbitration"), ("调解", "Mediation"), ("结案率", "ClosureRate"), ("就业率", "EmploymentRate"), ("就业创业", "EmploymentEntrepreneurship"),
            ("稳岗", "JobRetention"), ("稳岗返还", "JobRetentionRefund"), ("以工代赈", "WorkRelief"), ("零工市场", "GigMarket"), ("就业服务", "EmploymentService"),
            ("就业见习", "Internship"), ("劳务协作", "LaborCooperation"), ("劳务", "Labor"), ("外来务工人员", "MigrantWorker"), ("新就业形态", "NewFormEmployment"),
            ("农民工工资", "MigrantWorkerWage"), ("工资收入", "WageIncome"), ("收入水平", "IncomeLevel"), ("居民收入", "ResidentIncome"),
            // Social security and assistance.
            ("社会保障", "SocialSecurity"), ("社会保险", "SocialInsurance"), ("参保", "Insured"), ("参保率", "InsuranceCoverage"), ("户籍人口", "RegisteredPopulation"),
            ("常住人口", "ResidentPopulation"), ("户籍", "Registered"), ("基本养老保险", "BasicPensionInsurance"), ("基本医疗保险", "BasicMedicalInsurance"),
            ("失业保险", "UnemploymentInsurance"), ("工伤保险", "WorkInjuryInsurance"), ("生育保险", "MaternityInsurance"), ("长期护理保险", "LongTermCareInsurance"),
            ("医保", "MedicalInsurance"), ("大病保险", "CriticalIllnessInsurance"), ("惠民保", "InclusiveHealthInsurance"), ("医疗救助", "MedicalAssistance"),
            ("社会救助", "SocialAssistance"), ("临时救助", "TemporaryAssistance"), ("低保", "Dibao"), ("最低生活保障", "MinimumLivingAllowance"),
            ("低保边缘", "NearDibao"), ("低边", "NearDibao"), ("特困", "ExtremePoverty"), ("特困人员", "ExtremelyPoorPerson"), ("供养", "Support"),
            ("孤儿", "Orphan"), ("困境儿童", "VulnerableChild"), ("留守儿童", "LeftBehindChild"), ("残疾", "Disability"), ("残疾儿童", "DisabledChild"),
            ("康复", "Rehabilitation"), ("无障碍", "Accessible"), ("托养", "Care"), ("优抚", "VeteranBenefit"), ("退役军人", "Veteran"),
            ("双拥", "MilitaryCivilianSupport"), ("慈善", "Charity"), ("捐赠", "Donation"), ("社会组织", "SocialOrganization"), ("社工", "SocialWorker"),
            ("社会工作者", "SocialWorker"), ("志愿服务", "VolunteerService"), ("殡葬", "Funeral"), ("公墓", "Cemetery"), ("婚姻", "Marriage"),
            ("保障标准", "AllowanceStandard"), ("救助标准", "AssistanceStandard"), ("社会福利", "SocialWelfare"), ("福利", "Welfare"), ("福利院", "WelfareHome"),
            ("儿童福利", "ChildWelfare"), ("困难群众", "NeedyPeople"), ("困难家庭", "NeedyHousehold"), ("兜底", "SafetyNet"),
            ("社保卡", "SocialSecurityCard"), ("电子社保卡", "ElectronicSocialSecurityCard"), ("待遇", "Benefit"), ("养老金", "Pension"), ("基础养老金", "BasicPension"),
            ("被征地农民", "LandLosingFarmer"), ("妇女", "Women"), ("妇女儿童", "WomenAndChildren"), ("未成年人", "Minor"), ("青少年", "Youth"),
            // Elderly care and childcare.
            ("养老服务", "ElderlyCareService"), ("养老机构", "ElderlyCareInstitution"), ("养老院", "NursingHome"), ("敬老院", "NursingHome"),
            ("养老床位", "ElderlyCareBed"), ("护理型床位", "NursingBed"), ("护理", "Nursing"), ("日间照料中心", "DayCareCenter"), ("照料", "Care"),
            ("老年食堂", "ElderlyCanteen"), ("助餐", "MealAssistance"), ("老年助餐", "ElderlyMealAssistance"), ("助餐点", "MealPoint"), ("老年大学", "SeniorUniversity"),
            ("老年", "Elderly"), ("老人", "Elderly"), ("高龄", "Oldest"), ("失能", "Disabled"), ("失能失智", "DisabledDemented"), ("认知障碍", "CognitiveImpairment"),
            ("适老化", "AgeFriendly"), ("适老化改造", "AgeFriendlyRenovation"), ("医养结合", "MedicalElderlyCare"), ("康养", "WellnessCare"),
            ("托位", "ChildcarePlace"), ("婴幼儿", "Infant"), ("3岁以下", "Under3"), ("婴幼儿照护", "InfantCare"), ("照护", "Care"), ("托幼", "Childcare"),
            ("养老服务中心", "ElderlyCareCenter"), ("居家养老服务中心", "HomeCareServiceCenter"), ("养老服务站", "ElderlyCareStation"), ("幸福院", "HappinessHome"),
            ("老年人口", "ElderlyPopulation"), ("60岁以上", "Over60"), ("65岁以上", "Over65"), ("80岁以上", "Over80"), ("老龄化", "Aging"),
            ("托育机构", "ChildcareInstitution"), ("托育服务", "ChildcareService"), ("托育园", "Nursery"), ("千人口托位数", "ChildcarePlacesPerThousand"),
            ("每千人口", "PerThousandPeople"), ("千人口", "PerThousandPeople"),
            // Population.
            ("生育", "Birth"), ("出生", "Birth"), ("出生人口", "Births"), ("出生率", "BirthRate"), ("死亡率", "MortalityRate"), ("自然增长率", "NaturalGrowthRate"),
            ("孕产妇死亡率", "MaternalMortalityRate"), ("婴儿死亡率", "InfantMortalityRate"), ("总人口", "Population"), ("流动人口", "FloatingPopulation"),
            ("新市民", "NewResident"), ("人口密度", "PopulationDensity"), ("密度", "Density"), ("净流入", "NetInflow"), ("城镇人口", "UrbanPopulation"),
            ("乡村人口", "RuralPopulation"), ("农业转移人口", "MigrantPopulation"), ("落户", "Settled"), ("户口", "Hukou"),
            // Education.
            ("学前教育", "PreschoolEducation"), ("高中", "HighSchool"), ("普通高中", "RegularHighSchool"), ("高中阶段", "HighSchoolStage"),
            ("职业教育", "VocationalEducation"), ("职业院校", "VocationalCollege"), ("中职", "SecondaryVocational"), ("高职", "HigherVocational"),
            ("技工院校", "TechnicalSchool"), ("技工学校", "TechnicalSchool"), ("技师学院", "TechnicianCollege"), ("高等教育", "HigherEducation"),
            ("高等院校", "University"), ("大学", "University"), ("本科院校", "UndergraduateUniversity"), ("学院", "College"), ("分校", "BranchCampus"),
            ("校区", "Campus"), ("特殊教育", "SpecialEducation"), ("终身教育", "LifelongEducation"), ("继续教育", "ContinuingEducation"), ("小学", "PrimarySchool"),
            ("初中", "JuniorHighSchool"), ("中学", "MiddleSchool"), ("九年一贯制", "NineYearSchool"), ("普惠性幼儿园", "InclusiveKindergarten"),
            ("民办", "Private"), ("等级幼儿园", "GradedKindergarten"), ("优质", "Quality"), ("优质均衡", "QualityBalanced"), ("均衡", "Balanced"),
            ("集团化办学", "SchoolGroup"), ("教育集团", "EducationGroup"), ("教共体", "EducationCommunity"), ("共同体", "Community"), ("中小学生", "Student"),
            ("在校生", "Student"), ("招生", "Enrolment"), ("毛入学率", "GrossEnrolmentRate"), ("入园率", "KindergartenEnrolmentRate"), ("巩固率", "RetentionRate"),
            ("升学率", "PromotionRate"), ("班额", "ClassSize"), ("大班额", "OversizedClass"), ("教室", "Classroom"), ("校舍", "SchoolBuilding"),
            ("食堂", "Canteen"), ("阳光厨房", "TransparentKitchen"), ("明厨亮灶", "TransparentKitchen"), ("营养餐", "NutritionMeal"), ("校车", "SchoolBus"),
            ("近视", "Myopia"), ("近视率", "MyopiaRate"), ("体质", "Physique"), ("双减", "DoubleReduction"), ("课后服务", "AfterSchoolService"),
            ("校外培训", "OffCampusTutoring"), ("培训机构", "TrainingInstitution"), ("名师", "FamousTeacher"), ("校长", "Principal"), ("师资", "Teacher"),
            ("教职工", "Staff"), ("资助", "FinancialAid"), ("助学金", "Grant"), ("奖学金", "Scholarship"), ("助学贷款", "StudentLoan"),
            ("教育经费", "EducationFunding"), ("中小学校", "School"), ("校园", "Campus"), ("平安校园", "SafeCampus"),
            ("智慧校园", "SmartCampus"), ("未来学校", "FutureSchool"), ("新时代学校", "ModernSchool"), ("寄宿制", "Boarding"), ("随迁子女", "MigrantChild"),
            ("子女", "Child"), ("入学", "Enrolment"), ("就读", "Attending"), ("公办学位", "PublicSchoolPlace"), ("义务段", "CompulsoryEducation"),
            ("高考", "CollegeEntranceExam"), ("本科上线率", "UndergraduateAdmissionRate"), ("上线率", "AdmissionRate"), ("录取率", "AdmissionRate"),
            ("产教融合", "IndustryEducationIntegration"), ("校企合作", "SchoolEnterpriseCooperation"), ("学历", "Degree"), ("受教育年限", "YearsOfSchooling"),
            ("平均受教育年限", "AverageYearsOfSchooling"), ("社区学校", "CommunitySchool"), ("家长学校", "ParentSchool"), ("托管", "Custody"),
        };
    }
}
