namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Enterprises, capital markets and finance, investment and projects, trade and opening up.</summary>
    private static class Business
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Enterprises.
            ("单项冠军", "SingleChampion"), ("首台套", "FirstOfKindEquipment"), ("首批次", "FirstBatchMaterial"), ("首版次", "FirstEditionSoftware"),
            ("雄鹰企业", "EagleEnterprise"), ("雏鹰企业", "YoungEagleEnterprise"), ("瞪羚企业", "GazelleEnterprise"), ("独角兽", "Unicorn"),
            ("独角兽企业", "UnicornEnterprise"), ("准独角兽", "QuasiUnicorn"), ("小升规", "SmallToAboveScale"), ("个转企", "SoleProprietorToCompany"),
            ("规下", "BelowScale"), ("民营企业", "PrivateEnterprise"), ("国有企业", "Soe"), ("外资企业", "ForeignFundedEnterprise"),
            ("外商投资企业", "ForeignInvestedEnterprise"), ("外企", "ForeignEnterprise"), ("央企", "CentralSoe"), ("市属国企", "MunicipalSoe"),
            ("市属", "Municipal"), ("大企业", "LargeEnterprise"), ("骨干企业", "BackboneEnterprise"), ("个体工商户", "IndividualBusiness"),
            ("个体户", "IndividualBusiness"), ("经营主体", "BusinessEntity"), ("新型农业经营主体", "NewAgriculturalBusinessEntity"),
            ("企业家", "Entrepreneur"), ("商会", "ChamberOfCommerce"), ("行业协会", "IndustryAssociation"), ("协会", "Association"),
            ("世界500强", "GlobalFortune500"), ("中国500强", "China500"), ("500强", "Top500"), ("上市公司", "ListedCompany"),
            ("上市企业", "ListedCompany"), ("拟上市", "PreIpo"), ("上市后备", "ListingReserve"), ("后备企业", "ReserveEnterprise"),
            ("新三板", "NeeqBoard"), ("科创板", "StarMarket"), ("创业板", "ChiNext"), ("北交所", "Bse"), ("区域性股权市场", "RegionalEquityMarket"),
            ("股权", "Equity"), ("股权投资", "EquityInvestment"), ("私募", "PrivateEquity"), ("风险投资", "VentureCapital"), ("创投", "VentureCapital"),
            ("引导基金", "GuidanceFund"), ("母基金", "FundOfFunds"), ("首发", "Ipo"), ("募集资金", "RaisedFunds"), ("募资", "FundRaising"),
            ("再融资", "Refinancing"), ("并购", "MergerAcquisition"), ("并购重组", "MergerRestructuring"), ("重组", "Restructuring"),
            ("混合所有制", "MixedOwnership"), ("混改", "MixedOwnershipReform"), ("领军企业", "LeadingEnterprise"), ("头部企业", "TopEnterprise"),
            ("百强", "Top100"), ("纳税大户", "MajorTaxpayer"), ("企业主体", "Enterprise"),
            ("集团", "Group"), ("企业集团", "EnterpriseGroup"), ("总部企业", "HeadquartersEnterprise"), ("平台企业", "PlatformEnterprise"),
            ("科技型企业", "SciTechEnterprise"), ("创新型企业", "InnovativeEnterprise"), ("成长型", "Growth"), ("隐形冠军企业", "HiddenChampionEnterprise"),
            ("品字标", "QualityMark"), ("工业企业", "IndustrialEnterprise"), ("服务业企业", "ServiceEnterprise"), ("外贸企业", "ForeignTradeEnterprise"),
            ("商贸企业", "CommercialEnterprise"), ("建筑企业", "ConstructionEnterprise"), ("规上企业", "Enterprise"), ("市场主体数", "MarketEntities"),
            ("在册", "Registered"), ("企业数", "Enterprises"),
            // Finance.
            ("金融机构", "FinancialInstitution"), ("银行", "Bank"), ("商业银行", "CommercialBank"), ("农商行", "RuralCommercialBank"),
            ("农商银行", "RuralCommercialBank"), ("村镇银行", "VillageBank"), ("证券", "Securities"), ("期货", "Futures"), ("保费", "Premium"),
            ("保费收入", "PremiumIncome"), ("赔付", "Claim"), ("本外币", ""), ("人民币", "Rmb"), ("各项", ""), ("存贷款", "DepositsAndLoans"),
            ("普惠", "Inclusive"), ("普惠金融", "InclusiveFinance"), ("普惠型", "Inclusive"), ("普惠小微贷款", "InclusiveSmallMicroLoan"),
            ("小微贷款", "SmallMicroLoan"), ("涉农贷款", "AgriculturalLoan"), ("中长期贷款", "MediumLongTermLoan"), ("信贷", "Credit"),
            ("授信", "CreditLine"), ("担保", "Guarantee"), ("融资担保", "FinancingGuarantee"), ("政策性", "PolicyBased"), ("应急转贷", "BridgeLoan"),
            ("转贷", "LoanRollover"), ("续贷", "LoanRenewal"), ("无还本续贷", "NoPrincipalRenewal"), ("首贷", "FirstLoan"), ("信用贷款", "CreditLoan"),
            ("不良贷款率", "NplRatio"), ("不良贷款", "NonPerformingLoan"), ("不良率", "NplRatio"), ("利率", "InterestRate"), ("贷款利率", "LoanRate"),
            ("融资成本", "FinancingCost"), ("成本", "Cost"), ("社会融资", "SocialFinancing"), ("债券融资", "BondFinancing"), ("上市融资", "ListingFinancing"),
            ("碳账户", "CarbonAccount"), ("碳金融", "CarbonFinance"), ("绿色金融", "GreenFinance"), ("科技金融", "TechFinance"), ("数字人民币", "DigitalRmb"),
            ("移动支付", "MobilePayment"), ("支付", "Payment"), ("金融风险", "FinancialRisk"), ("非法集资", "IllegalFundraising"), ("风险", "Risk"),
            ("不良资产", "NonPerformingAsset"), ("资本市场", "CapitalMarket"), ("资本", "Capital"), ("金融服务", "FinancialService"),
            ("信用担保", "CreditGuarantee"), ("小额贷款", "MicroLoan"), ("小贷公司", "MicroLoanCompany"), ("贴息", "InterestSubsidy"),
            ("降准", "ReserveCut"), ("财政贴息", "FiscalInterestSubsidy"), ("险资", "InsuranceFunds"), ("保险资金", "InsuranceFunds"),
            ("农业保险", "AgriculturalInsurance"), ("出口信用保险", "ExportCreditInsurance"), ("信保", "CreditInsurance"), ("保额", "SumInsured"),
            // Investment and projects.
            ("产业项目", "IndustrialProject"), ("基础设施", "Infrastructure"), ("新型基础设施", "NewInfrastructure"), ("新基建", "NewInfrastructure"),
            ("民生项目", "LivelihoodProject"), ("社会事业", "SocialUndertaking"), ("政府投资", "GovernmentInvestment"), ("社会投资", "SocialInvestment"),
            ("有效投资", "EffectiveInvestment"), ("总投资", "TotalInvestment"), ("计划投资", "PlannedInvestment"), ("年度投资", "AnnualInvestment"),
            ("实际投资", "ActualInvestment"), ("到位资金", "FundsInPlace"), ("实际到位", "ActuallyInPlace"), ("到位", "InPlace"),
            ("内资", "DomesticInvestment"), ("省外资金", "OutOfProvinceFunds"), ("市外", "OutOfCity"), ("省外", "OutOfProvince"),
            ("招商引资", "InvestmentPromotion"), ("招商", "InvestmentPromotion"), ("引资", "InvestmentAttraction"),
            ("竣工", "Completed"), ("投产", "Commissioned"), ("达产", "FullProduction"), ("完工", "Completed"), ("续建", "Continued"),
            ("在建", "UnderConstruction"), ("前期", "Preparatory"), ("储备项目", "ReserveProject"), ("储备", "Reserve"),
           
           
            ("总投资额", "TotalInvestment"), ("投资额", "Investment"), ("金额", "Amount"), ("额度", "Quota"), ("工程", "Project"),
            ("施工", "Construction"), ("施工许可", "ConstructionPermit"), ("许可", "Permit"),
            ("大好高", "MajorQualityProject"), ("重大产业项目", "MajorIndustrialProject"),
            ("重点工程", "KeyProject"), ("攻坚项目", "PriorityProject"), ("投资项目", "InvestmentProject"), ("产业投资", "IndustrialInvestment"),
            ("民间资本", "PrivateCapital"), ("社会资本", "SocialCapital"), ("PPP", "Ppp"), ("政府和社会资本合作", "Ppp"), ("项目库", "ProjectPool"),
            ("入库", "Registered"), ("开竣工", "StartedAndCompleted"), ("土地征收", "LandExpropriation"), ("要素保障", "FactorSupport"),
            // Trade and opening up.
            ("跨境电子商务", "CrossBorderEcommerce"), ("海外仓", "OverseasWarehouse"), ("中欧班列", "ChinaEuropeTrain"), ("海铁联运", "SeaRailTransport"),
            ("多式联运", "MultimodalTransport"), ("口岸", "PortOfEntry"), ("综合保税区", "BondedZone"), ("保税区", "BondedZone"),
            ("保税物流中心", "BondedLogisticsCenter"), ("保税", "Bonded"), ("自贸区", "FreeTradeZone"), ("自由贸易试验区", "PilotFreeTradeZone"),
            ("自贸试验区", "PilotFreeTradeZone"), ("片区", "Zone"), ("联动创新区", "JointInnovationZone"), ("进出口", "ForeignTrade"),
            ("货物贸易", "GoodsTrade"), ("数字贸易", "DigitalTrade"), ("一般贸易", "GeneralTrade"), ("加工贸易", "ProcessingTrade"),
            ("市场采购", "MarketProcurement"), ("市场采购贸易", "MarketProcurementTrade"), ("对外投资", "OutwardInvestment"), ("境外投资", "OverseasInvestment"),
            ("对外承包工程", "OverseasContracting"), ("外经", "ExternalEconomic"), ("一带一路", "BeltAndRoad"), ("RCEP", "Rcep"),
            ("外商直接投资", "Fdi"), ("合同外资", "ContractedForeignInvestment"), ("实到外资", "ActualForeignInvestment"), ("友好城市", "SisterCity"),
            ("国际友城", "SisterCity"), ("广交会", "CantonFair"), ("进博会", "CiieExpo"), ("博览会", "Expo"), ("展览", "Exhibition"), ("展位", "Booth"),
            ("出口额", "Exports"), ("进口额", "Imports"), ("机电产品", "ElectromechanicalProduct"), ("高新技术产品", "HighTechProduct"),
            ("港澳", "HongKongMacao"), ("台资", "TaiwanInvestment"), ("华侨", "OverseasChinese"), ("外籍", "Foreign"), ("外国", "Foreign"),
            ("入境", "Inbound"), ("出境", "Outbound"), ("外汇", "ForeignExchange"), ("美元", "Usd"), ("贸易", "Trade"), ("外贸主体", "ForeignTradeEntity"),
            ("进出口实绩", "TradeRecord"), ("国际市场", "InternationalMarket"), ("开拓", "Expansion"), ("出海", "GoingGlobal"), ("走出去", "GoingGlobal"),
            ("外向型", "ExportOriented"), ("开放平台", "OpeningPlatform"), ("国际合作", "InternationalCooperation"), ("合作", "Cooperation"),
            ("长三角", "YangtzeDelta"), ("一体化", "Integration"), ("区域合作", "RegionalCooperation"), ("都市圈", "MetropolitanArea"),
            ("城市群", "UrbanCluster"), ("协作", "Cooperation"), ("东西部协作", "EastWestCooperation"), ("对口支援", "CounterpartSupport"),
            ("对口", "Counterpart"), ("对口合作", "CounterpartCooperation"), ("山海协作", "MountainSeaCooperation"), ("浙商", "ZhejiangMerchant"),
        };
    }
}
