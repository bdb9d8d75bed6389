namespace ReportData.Tool.Drafting;

internal static partial class TermLexicon
{
    /// <summary>Urban renewal, housing, municipal works, land and planning; roads, rail, water and air transport.</summary>
    private static class Urban
    {
        public static readonly (string Term, string English)[] Words =
        {
            // Renewal and housing.
            ("老旧小区", "OldResidentialCommunity"), ("棚改", "ShantytownRenovation"), ("城市更新", "UrbanRenewal"), ("有机更新", "OrganicRenewal"),
            ("旧城", "OldTown"), ("旧村", "OldVillage"), ("旧厂区", "OldFactoryArea"), ("旧住宅区", "OldResidentialArea"), ("违法建筑", "IllegalBuilding"),
            ("违建", "IllegalBuilding"), ("违章建筑", "IllegalBuilding"), ("拆违", "IllegalBuildingDemolition"), ("无违建", "IllegalBuildingFree"),
            ("危旧房", "DilapidatedHousing"), ("保障房", "AffordableHousing"), ("保障性住房", "AffordableHousing"), ("保障性安居工程", "AffordableHousingProject"),
            ("安居工程", "HousingProject"), ("公租房", "PublicRentalHousing"), ("公共租赁住房", "PublicRentalHousing"), ("廉租房", "LowRentHousing"),
            ("共有产权房", "SharedOwnershipHousing"), ("租赁住房", "RentalHousing"), ("拆迁安置", "DemolitionResettlement"), ("房屋征收", "HousingExpropriation"),
            ("房屋", "Building"), ("住户", "Household"), ("户数", "Households"), ("城市建成区", "BuiltUpArea"), ("建成区", "BuiltUpArea"),
            ("城区", "UrbanArea"), ("中心城区", "CentralUrbanArea"), ("主城区", "MainUrbanArea"), ("新城", "NewTown"), ("新区", "NewDistrict"),
            ("城镇化", "Urbanization"), ("新型城镇化", "NewUrbanization"), ("小城镇", "SmallTown"), ("中心镇", "CentralTown"), ("综合整治", "ComprehensiveRectification"),
            ("美丽城镇", "BeautifulTown"), ("街道", "Subdistrict"), ("街区", "Block"), ("历史文化街区", "HistoricBlock"), ("风貌", "Townscape"),
            ("立面", "Facade"), ("城市家具", "StreetFurniture"), ("亮化", "Lighting"), ("路灯", "Streetlight"), ("景观", "Landscape"),
            ("绿化覆盖率", "GreenCoverage"), ("绿地率", "GreenSpaceRate"), ("人均公园绿地面积", "ParkAreaPerCapita"), ("公园绿地", "ParkGreenSpace"),
            ("口袋公园", "PocketPark"), ("郊野公园", "CountryPark"), ("体育公园", "SportsPark"), ("城市公园", "UrbanPark"), ("碧道", "BlueGreenway"),
            ("慢行系统", "NonMotorizedNetwork"), ("慢行", "SlowTraffic"), ("步道", "Trail"), ("登山步道", "HikingTrail"), ("健身步道", "FitnessTrail"),
            ("骑行道", "CyclingPath"), ("自行车道", "BikeLane"), ("公共自行车", "PublicBicycle"), ("共享单车", "SharedBicycle"), ("停车场", "ParkingLot"),
            ("停车", "Parking"), ("车位", "ParkingSpace"), ("停车泊位", "ParkingSpace"), ("泊位", "Berth"), ("地下管廊", "UtilityTunnel"),
            ("综合管廊", "UtilityTunnel"), ("地下综合管廊", "UtilityTunnel"), ("管廊", "UtilityTunnel"), ("地下空间", "UndergroundSpace"), ("管道", "Pipe"),
            ("雨水管网", "StormPipeline"), ("供水管网", "WaterSupplyPipeline"), ("燃气管网", "GasPipeline"), ("排水", "Drainage"), ("排水管网", "DrainagePipeline"),
            ("内涝", "Waterlogging"), ("积水点", "WaterloggingSpot"), ("易涝点", "WaterloggingSpot"), ("城市道路", "UrbanRoad"), ("主干道", "ArterialRoad"),
            ("快速路", "UrbanExpressway"), ("高架", "Elevated"), ("桥梁", "Bridge"), ("大桥", "Bridge"), ("隧道", "Tunnel"), ("立交", "Interchange"),
            ("互通", "Interchange"), ("断头路", "DeadEndRoad"), ("背街小巷", "BackStreet"), ("小巷", "Alley"), ("人行道", "Sidewalk"), ("过街天桥", "Footbridge"),
            ("天桥", "Footbridge"), ("市政", "Municipal"), ("市政工程", "MunicipalProject"), ("城市管理", "UrbanManagement"), ("城管", "UrbanManagement"),
            ("物业", "PropertyManagement"), ("物业管理", "PropertyManagement"), ("电梯", "Elevator"), ("既有住宅", "ExistingResidential"),
            ("二次供水", "SecondaryWaterSupply"), ("城市大脑", "CityBrain"), ("建筑", "Building"), ("土地供应", "LandSupply"), ("供地", "LandSupply"),
            ("国土空间", "TerritorialSpace"), ("国土空间规划", "TerritorialSpatialPlan"), ("规划", "Plan"), ("详细规划", "DetailedPlan"), ("测绘", "Surveying"),
            ("不动产登记", "RealEstateRegistration"), ("登记", "Registration"), ("办证", "Certification"), ("城市体检", "UrbanCheckup"), ("城市客厅", "UrbanLivingRoom"),
            ("完整社区", "CompleteCommunity"), ("未来社区", "FutureCommunity"), ("社区服务", "CommunityService"), ("邻里中心", "NeighborhoodCenter"),
            ("党群服务中心", "PartyMassServiceCenter"), ("一刻钟便民生活圈", "FifteenMinuteLivingCircle"), ("生活圈", "LivingCircle"), ("便民生活圈", "LivingCircle"),
            ("城乡风貌", "Townscape"), ("风貌样板区", "TownscapeModelZone"), ("样板区", "ModelZone"), ("住房公积金", "HousingProvidentFund"), ("公积金", "ProvidentFund"),
            ("人均住房面积", "HousingAreaPerCapita"), ("房地产市场", "RealEstateMarket"), ("住房租赁", "HousingRental"), ("人防工程", "CivilAirDefenseProject"),
            ("城市防洪", "UrbanFloodControl"), ("韧性城市", "ResilientCity"), ("宜居", "Livable"), ("城市品质", "UrbanQuality"), ("城市能级", "UrbanCapacity"),
            ("城市化", "Urbanization"), ("县城城镇化", "CountyUrbanization"), ("地下停车", "UndergroundParking"),
            ("公共停车场", "PublicParkingLot"), ("立体停车", "MultiStoreyParking"), ("智慧停车", "SmartParking"), ("充电设施", "ChargingFacility"),
            // Transport.
            ("高铁", "HighSpeedRail"), ("高速铁路", "HighSpeedRail"), ("城际铁路", "IntercityRail"), ("城际", "Intercity"), ("市域铁路", "SuburbanRail"),
            ("市域轨道", "SuburbanRail"), ("城市轨道交通", "UrbanRailTransit"), ("地铁", "Metro"), ("轻轨", "LightRail"), ("有轨电车", "Tram"),
            ("轨道", "Rail"), ("普铁", "ConventionalRail"), ("铁路专用线", "RailSpur"), ("高铁站", "HighSpeedRailStation"), ("火车站", "RailStation"),
            ("客运站", "PassengerStation"), ("汽车站", "BusStation"), ("枢纽", "Hub"), ("交通枢纽", "TransportHub"), ("高速", "Expressway"),
            ("国道", "NationalHighway"), ("省道", "ProvincialHighway"), ("县道", "CountyRoad"), ("乡道", "TownshipRoad"), ("干线公路", "ArterialHighway"),
            ("普通国省道", "NationalProvincialHighway"), ("国省道", "NationalProvincialHighway"), ("通车", "OpenToTraffic"), ("通车里程", "OpenMileage"),
            ("里程", "Mileage"), ("通航", "Navigation"), ("航道", "Waterway"), ("内河", "InlandWaterway"), ("码头", "Wharf"), ("港区", "PortArea"),
            ("集装箱", "Container"), ("标箱", "Teu"), ("货物吞吐量", "CargoThroughput"), ("旅客吞吐量", "PassengerThroughput"), ("航线", "AirRoute"),
            ("航班", "Flight"), ("通用机场", "GeneralAviationAirport"), ("民航", "CivilAviation"), ("无人机", "Drone"), ("客运量", "PassengerVolume"),
            ("货运量", "FreightVolume"), ("客运", "Passenger"), ("货运", "Freight"), ("周转量", "Turnover"), ("公交车", "Bus"), ("公共交通", "PublicTransport"),
            ("出租车", "Taxi"), ("网约车", "RideHailing"), ("客车", "Coach"), ("公交一体化", "BusIntegration"), ("建制村", "AdministrativeVillage"),
            ("陆港", "DryPort"), ("无水港", "DryPort"), ("空港", "Airport"), ("临空", "Airport"), ("临港", "PortSide"), ("车辆", "Vehicle"),
            ("保有量", "Stock"), ("交通事故", "TrafficAccident"), ("道路交通", "RoadTraffic"), ("交通设施", "TransportFacility"), ("交通网", "TransportNetwork"),
            ("路网", "RoadNetwork"), ("航运", "Shipping"), ("水运", "WaterTransport"), ("海运", "SeaTransport"), ("空运", "AirTransport"),
            ("运输", "Transport"), ("物流通道", "LogisticsCorridor"), ("通道", "Corridor"), ("开放通道", "OpeningCorridor"), ("公交站", "BusStop"),
            ("公交站点", "BusStop"), ("站点", "Station"), ("候车亭", "BusShelter"), ("公交专用道", "BusLane"), ("新能源公交车", "NewEnergyBus"),
            ("农村客运", "RuralPassengerTransport"), ("通客车", "BusService"), ("快递进村", "ExpressToVillage"), ("邮路", "PostalRoute"),
            ("道路运输", "RoadTransport"), ("公铁联运", "RoadRailTransport"), ("港航", "PortShipping"), ("航空港", "Airport"), ("机场航站楼", "AirportTerminal"),
            ("航站楼", "Terminal"), ("跑道", "Runway"), ("高速公路出入口", "ExpresswayExit"), ("出入口", "Exit"), ("服务区", "ServiceArea"),
            ("交通拥堵", "Congestion"), ("拥堵指数", "CongestionIndex"), ("停车难", "ParkingShortage"), ("电动自行车", "EBike"), ("头盔", "Helmet"),
        };
    }
}
