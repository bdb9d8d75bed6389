namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Health care and public health; culture, heritage and media; tourism; sports.</summary>
    private static class Health
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Health care.
            ("医疗卫生", "Healthcare"), ("卫生健康", "Health"), ("医疗机构", "MedicalInstitution"), ("医疗卫生机构", "HealthInstitution"),
            ("三甲医院", "TertiaryHospital"), ("三级医院", "TertiaryHospital"), ("二级医院", "SecondaryHospital"), ("三级甲等", "TertiaryGradeA"),
            ("综合医院", "GeneralHospital"), ("专科医院", "SpecialtyHospital"), ("中医院", "TcmHospital"), ("中医医院", "TcmHospital"),
            ("人民医院", "PeoplesHospital"), ("妇幼保健院", "MaternalChildHospital"), ("妇幼", "MaternalChild"), ("社区卫生服务中心", "CommunityHealthCenter"),
            ("卫生服务中心", "HealthServiceCenter"), ("卫生服务站", "HealthServiceStation"), ("卫生室", "Clinic"), ("诊所", "Clinic"), ("门诊", "Outpatient"),
            ("急诊", "EmergencyCare"), ("住院", "Inpatient"), ("诊疗", "Treatment"), ("门急诊", "OutpatientEmergency"), ("病床", "Bed"), ("床位数", "Bed"),
            ("执业医师", "LicensedDoctor"), ("执业助理医师", "LicensedDoctor"), ("医师", "Physician"), ("护士", "Nurse"), ("注册护士", "RegisteredNurse"),
            ("卫生技术人员", "HealthWorker"), ("卫技人员", "HealthWorker"), ("全科医生", "GeneralPractitioner"), ("家庭医生", "FamilyDoctor"),
            ("签约服务", "ContractService"), ("签约率", "ContractRate"), ("国医馆", "TcmClinic"), ("中医药", "Tcm"), ("中西医", "IntegratedMedicine"),
            ("名中医", "FamousTcmDoctor"), ("重点专科", "KeySpecialty"), ("专科", "Specialty"), ("学科", "Discipline"), ("医学", "Medical"),
            ("胸痛中心", "ChestPainCenter"), ("卒中中心", "StrokeCenter"), ("创伤中心", "TraumaCenter"), ("急救", "FirstAid"), ("急救站", "AmbulanceStation"),
            ("院前急救", "PrehospitalEmergency"), ("公共卫生", "PublicHealth"), ("疾控", "DiseaseControl"), ("疾病预防控制", "DiseaseControl"),
            ("疫苗", "Vaccine"), ("接种", "Vaccination"), ("接种率", "VaccinationRate"), ("新冠", "Covid"), ("疫情", "Epidemic"), ("疫情防控", "EpidemicControl"),
            ("核酸", "NucleicAcid"), ("检测", "Testing"), ("筛查", "Screening"), ("两癌筛查", "CancerScreening"), ("癌症", "Cancer"),
            ("慢性病", "ChronicDisease"), ("慢病", "ChronicDisease"), ("高血压", "Hypertension"), ("糖尿病", "Diabetes"), ("健康管理", "HealthManagement"),
            ("健康档案", "HealthRecord"), ("电子健康档案", "ElectronicHealthRecord"), ("体检", "HealthCheck"), ("健康素养", "HealthLiteracy"),
            ("预期寿命", "LifeExpectancy"), ("远程医疗", "Telemedicine"), ("药品", "Drug"), ("集中带量采购", "VolumeBasedProcurement"),
            ("集采", "VolumeBasedProcurement"), ("报销", "Reimbursement"), ("报销比例", "ReimbursementRate"), ("异地就医", "CrossRegionMedicalTreatment"),
            ("就医", "MedicalTreatment"), ("直接结算", "DirectSettlement"), ("结算", "Settlement"), ("爱国卫生", "PatrioticHealth"), ("卫生城市", "HygienicCity"),
            ("卫生乡镇", "HygienicTownship"), ("卫生县城", "HygienicCounty"), ("健康城市", "HealthyCity"), ("健康村", "HealthyVillage"), ("心理健康", "MentalHealth"),
            ("精神卫生", "MentalHealth"), ("医疗服务", "MedicalService"), ("医疗资源", "MedicalResource"), ("优质医疗资源", "QualityMedicalResource"),
            ("医共体", "MedicalCommunity"), ("医联体", "MedicalAlliance"), ("县域医共体", "CountyMedicalCommunity"), ("基层医疗", "PrimaryCare"),
            ("基层医疗卫生机构", "PrimaryHealthInstitution"), ("分级诊疗", "TieredTreatment"), ("县域就诊率", "InCountyTreatmentRate"), ("就诊率", "TreatmentRate"),
            ("看病", "MedicalVisit"), ("医保定点", "MedicalInsuranceDesignated"), ("定点", "Designated"), ("医药费用", "MedicalCost"), ("药店", "Pharmacy"),
            ("健康中国", "HealthyChina"), ("健康服务", "HealthService"), ("出生缺陷", "BirthDefect"), ("孕产妇", "Pregnant"),
            ("产科", "Obstetrics"), ("儿科", "Pediatrics"), ("医院等级", "HospitalGrade"), ("智慧医院", "SmartHospital"), ("数字健康", "DigitalHealth"),
            ("医疗设备", "MedicalEquipment"), ("血液", "Blood"), ("无偿献血", "BloodDonation"), ("献血", "BloodDonation"), ("120急救", "Emergency120"),
            // Culture, heritage and media.
            ("文化礼堂", "CulturalAuditorium"), ("文化站", "CulturalStation"), ("文化馆", "CulturalCenter"), ("图书馆", "Library"), ("博物馆", "Museum"),
            ("美术馆", "ArtMuseum"), ("纪念馆", "MemorialHall"), ("展览馆", "ExhibitionHall"), ("科技馆", "ScienceMuseum"), ("档案馆", "Archives"),
            ("城市书房", "CityStudy"), ("书房", "Study"), ("农家书屋", "RuralLibrary"), ("文化家园", "CulturalHome"), ("送戏下乡", "OperaToVillages"),
            ("演出", "Performance"), ("文艺", "Arts"), ("剧院", "Theater"), ("影院", "Cinema"), ("电影", "Film"), ("放映", "Screening"),
            ("广播电视", "RadioTv"), ("广电", "RadioTv"), ("融媒体", "ConvergedMedia"), ("文物", "CulturalRelic"), ("文物保护单位", "ProtectedHeritageSite"),
            ("文保单位", "ProtectedHeritageSite"), ("非物质文化遗产", "IntangibleHeritage"), ("非遗", "IntangibleHeritage"), ("文化遗产", "CulturalHeritage"),
            ("遗产", "Heritage"), ("历史文化名城", "HistoricCity"), ("历史文化名镇", "HistoricTown"), ("历史文化名村", "HistoricVillage"),
            ("历史建筑", "HistoricBuilding"), ("考古", "Archaeology"), ("文旅", "CultureTourism"), ("文化旅游", "CultureTourism"), ("公共文化", "PublicCulture"),
            ("公共文化服务", "PublicCultureService"), ("文化设施", "CulturalFacility"), ("文化活动", "CulturalEvent"), ("文化产品", "CulturalProduct"),
            ("文艺作品", "ArtWork"), ("作品", "Work"), ("精品力作", "MasterWork"), ("出版", "Publishing"), ("图书", "Book"), ("阅读", "Reading"),
            ("全民阅读", "ReadingForAll"), ("书香", "Reading"), ("新华书店", "Bookstore"), ("书店", "Bookstore"), ("文明实践", "CivilizationPractice"),
            ("新时代文明实践", "CivilizationPractice"), ("实践站", "PracticeStation"), ("实践所", "PracticeInstitute"), ("实践中心", "PracticeCenter"),
            ("文明城市", "CivilizedCity"), ("全国文明城市", "NationalCivilizedCity"), ("文明", "Civilized"), ("文明村镇", "CivilizedVillageTown"),
            ("文明单位", "CivilizedUnit"), ("文明家庭", "CivilizedFamily"), ("道德模范", "MoralModel"), ("好人", "GoodSamaritan"), ("最美", "Best"),
            ("地方戏曲", "LocalOpera"), ("戏曲", "Opera"), ("红色旅游", "RedTourism"), ("红色", "Red"),
            // Tourism.
            ("全域旅游", "AllForAreaTourism"), ("旅游业", "TourismSector"), ("旅游者", "Tourist"), ("过夜游客", "OvernightTourist"), ("国内", "Domestic"),
            ("国内游客", "DomesticTourist"), ("入境游客", "InboundTourist"), ("A级景区", "AGradeScenicArea"), ("4A级", "FourA"), ("5A级", "FiveA"),
            ("3A级", "ThreeA"), ("AAAA级", "FourA"), ("AAAAA级", "FiveA"), ("AAA级", "ThreeA"), ("旅游度假区", "TourismResort"), ("度假区", "Resort"),
            ("景点", "ScenicSpot"), ("旅游景区", "ScenicArea"), ("酒店", "Hotel"), ("星级酒店", "StarHotel"), ("星级饭店", "StarHotel"), ("饭店", "Hotel"),
            ("等级民宿", "GradedHomestay"), ("研学", "StudyTour"), ("露营", "Camping"), ("营地", "Campsite"), ("房车", "Rv"), ("自驾", "SelfDriving"),
            ("风情小镇", "CharmTown"), ("旅游集散中心", "TouristDistributionCenter"), ("游步道", "Trail"), ("古镇", "AncientTown"), ("古村落", "AncientVillage"),
            ("旅游人次", "TouristVisits"), ("过夜", "Overnight"), ("一日游", "DayTrip"), ("旅游消费", "TourismSpending"), ("旅游项目", "TourismProject"),
            ("旅游产品", "TourismProduct"), ("乡村旅游点", "RuralTourismSpot"), ("旅游风情", "Tourism"), ("夜游", "NightTour"),
            // Sports.
            ("体育场馆", "SportsVenue"), ("场馆", "Venue"), ("体育场", "Stadium"), ("体育馆", "Gymnasium"), ("游泳池", "SwimmingPool"), ("游泳馆", "Natatorium"),
            ("全民健身", "FitnessForAll"), ("健身", "Fitness"), ("健身路径", "FitnessTrail"), ("百姓健身房", "CommunityGym"), ("健身房", "Gym"),
            ("运动场", "SportsGround"), ("足球场", "FootballPitch"), ("篮球场", "BasketballCourt"), ("球场", "Court"), ("人均体育场地面积", "SportsAreaPerCapita"),
            ("体育场地", "SportsGround"), ("场地", "Ground"), ("运动员", "Athlete"), ("金牌", "GoldMedal"), ("奖牌", "Medal"), ("银牌", "SilverMedal"),
            ("铜牌", "BronzeMedal"), ("赛事", "SportsEvent"), ("马拉松", "Marathon"), ("亚运会", "AsianGames"), ("亚运", "AsianGames"), ("奥运会", "Olympics"),
            ("全运会", "NationalGames"), ("省运会", "ProvincialGames"), ("体育彩票", "SportsLottery"), ("彩票", "Lottery"), ("体彩", "SportsLottery"),
            ("福彩", "WelfareLottery"), ("体育锻炼", "Exercise"), ("国民体质", "NationalPhysique"), ("体育设施", "SportsFacility"), ("体育人口", "SportsPopulation"),
            ("经常参加体育锻炼", "RegularExercise"), ("运动会", "Games"), ("体育运动", "Sports"), ("竞技体育", "CompetitiveSports"),
            ("群众体育", "MassSports"), ("青少年体育", "YouthSports"), ("社会体育指导员", "SportsInstructor"),
        };
    }
}
