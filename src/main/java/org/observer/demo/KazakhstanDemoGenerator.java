package org.observer.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deterministic demo-data generator for the Mazhilis election of Kazakhstan, 19 March 2023.
 *
 * <p>Writes election.csv, parties.csv, units.csv, districts.csv, candidates.csv, stations.csv and
 * accreditations.csv into the directory given as the only argument. Uses only the JDK and a fixed
 * random seed, so the output is byte-for-byte reproducible:
 *
 * <pre>java src/main/java/org/observer/demo/KazakhstanDemoGenerator.java src/main/resources/demo/kz-2023</pre>
 *
 * <p>Facts (totals, parties, territory) come from the CEC and the foreign ministry; everything
 * below the national level (station counts and sizes, districts per region, candidates,
 * observers) is generated and marked as such in the files.
 */
public final class KazakhstanDemoGenerator {

    static final long SEED = 20230319L;

    static final String ELECTION_CODE = "KZ-MAZHILIS-2023";
    static final int TOTAL_STATIONS = 10_233;   // CEC
    static final int ABROAD_STATIONS = 77;      // foreign ministry
    static final int HOME_STATIONS = TOTAL_STATIONS - ABROAD_STATIONS; // 10,156
    static final int ABROAD_COUNTRIES = 62;     // foreign ministry
    static final long TOTAL_VOTERS = 12_035_578L; // CEC, registered voters
    static final long ABROAD_VOTERS = 12_132L;  // foreign ministry, voters on the lists abroad
    static final long HOME_VOTERS = TOTAL_VOTERS - ABROAD_VOTERS;
    static final int INTERNATIONAL_OBSERVERS = 793;
    static final int INTERNATIONAL_ORGS = 12;
    static final int INTERNATIONAL_COUNTRIES = 41;
    static final int DOMESTIC_OBSERVERS = 250;
    static final int PARTY_AGENTS = 40;
    static final int CANDIDATES = 120;

    private KazakhstanDemoGenerator() {
    }

    // ------------------------------------------------------------------------------------------
    // Data types
    // ------------------------------------------------------------------------------------------

    /** A town; side: 0 = spread all round, 1 = only eastwards (sea to the west), 2 = only northwards. */
    record Town(String name, double lat, double lon, double weight, double urbanRadius, double ruralRadius, int side) {
    }

    record Unit(int index, String code, String kind, String nameEn, String nameRu, String nameKk, String zone,
                String districtEn, String districtRu, String districtKk,
                int populationK, double adultShare, double stationSize, double townShare,
                String[] streets, Town[] towns) {
        boolean isCity() {
            return "city".equals(kind);
        }
    }

    record Party(String code, String kind, String nameEn, String nameRu, String nameKk, String colour) {
    }

    record District(int number, Unit unit) {
    }

    record Station(String number, String name, String address, String unit, int district, int voters,
                   String country, String zone, String latitude, String longitude) {
    }

    record Mission(String country, String countryName, String city, String zone, boolean consulate, double size) {
    }

    record Org(String name, String hqCountry, int observers, String[] citizenships) {
    }

    record NameSet(String[] male, String[] female, String[] surnamesMale, String[] surnamesFemale,
                   boolean surnameFirst) {
    }

    // ------------------------------------------------------------------------------------------
    // Reference data
    // ------------------------------------------------------------------------------------------

    static final String[] GENERIC_STREETS = {
        "Abai St", "Kunayev St", "Tole Bi St", "Auezov St", "Baitursynov St", "Zhambyl St", "Satpayev St",
        "Dostyk St", "Tauelsizdik St", "Bokeikhan St", "Ayteke Bi St", "Kazybek Bi St", "Seifullin St",
        "Mametova St", "Makhambet St", "Zheltoksan St", "Abylai Khan St", "Valikhanov St", "Pushkin St",
        "Gagarin St", "Mira St", "Shkolnaya St", "Nauryzbay Batyr St", "Kurmangazy St"};

    static final String[] VILLAGES = {
        "Akbulak", "Karasu", "Birlik", "Bereke", "Akterek", "Koktal", "Kaynar", "Tasbulak", "Sarybulak",
        "Zhanatalap", "Kyzylzhar", "Zhanaturmys", "Akkol", "Kokterek", "Shalkar", "Yntymak", "Kenes",
        "Orken", "Zhalpaksay", "Koksay", "Akzhar", "Bayterek", "Kyzyltu", "Zhanaauyl", "Karabulak",
        "Aktobe", "Kogaly", "Beskaragay", "Talapty", "Amangeldi"};

    static final String[] VILLAGE_STREETS = {
        "Abai St", "Mektep St", "Ortalyk St", "Zhastar St", "Bereke St", "Dostyk St", "Baitursynov St",
        "Tauelsizdik St", "Auezov St", "Shkolnaya St"};

    static Town t(String name, double lat, double lon, double weight, double urbanR, double ruralR) {
        return new Town(name, lat, lon, weight, urbanR, ruralR, 0);
    }

    static Town t(String name, double lat, double lon, double weight, double urbanR, double ruralR, int side) {
        return new Town(name, lat, lon, weight, urbanR, ruralR, side);
    }

    static final String ALMATY_ZONE = "Asia/Almaty";

    /**
     * The 17 regions and 3 cities. Population: approximate 2023 figures in thousands (given);
     * adult share: chosen (younger south lower); stationSize: the average station size aimed at
     * before scaling to the national totals; townShare: share of a region's stations in its towns.
     */
    static final List<Unit> UNITS = List.of(
        new Unit(1, "ABAI", "region", "Abai Region", "Область Абай", "Абай облысы", ALMATY_ZONE,
            "Abai Region", "Абайский", "Абай облысы", 604, 0.73, 850, 0.35, GENERIC_STREETS, new Town[] {
                t("Semey", 50.4111, 80.2275, 5, 0.05, 0.30), t("Ayagoz", 47.9667, 80.4333, 1.2, 0.02, 0.25),
                t("Kurchatov", 50.7567, 78.5406, 0.5, 0.01, 0.20), t("Shar", 49.5858, 81.0478, 0.5, 0.01, 0.20)}),
        new Unit(2, "AKMOLA", "region", "Akmola Region", "Акмолинская область", "Ақмола облысы", ALMATY_ZONE,
            "Akmola Region", "Акмолинский", "Ақмола облысы", 785, 0.73, 800, 0.35, GENERIC_STREETS, new Town[] {
                t("Kokshetau", 53.2833, 69.3833, 4, 0.04, 0.30), t("Stepnogorsk", 52.3500, 71.8833, 1.5, 0.02, 0.25),
                t("Shchuchinsk", 52.9333, 70.2000, 1, 0.02, 0.25), t("Atbasar", 51.8000, 68.3333, 1, 0.02, 0.30),
                t("Kosshy", 51.1167, 71.5500, 0.8, 0.02, 0.15)}),
        new Unit(3, "AKTOBE", "region", "Aktobe Region", "Актюбинская область", "Ақтөбе облысы", "Asia/Aqtobe",
            "Aktobe Region", "Актюбинский", "Ақтөбе облысы", 920, 0.70, 1150, 0.45, GENERIC_STREETS, new Town[] {
                t("Aktobe", 50.2839, 57.1670, 6, 0.06, 0.30), t("Kandyagash", 49.4667, 57.4167, 1, 0.02, 0.25),
                t("Khromtau", 50.2500, 58.4500, 1, 0.02, 0.25), t("Shalkar", 47.8333, 59.6167, 0.7, 0.02, 0.30)}),
        new Unit(4, "ALMATY_REGION", "region", "Almaty Region", "Алматинская область", "Алматы облысы", ALMATY_ZONE,
            "Almaty Region", "Алматинский областной", "Алматы облысы", 1510, 0.71, 1150, 0.25, GENERIC_STREETS,
            new Town[] {
                t("Konaev", 43.8667, 77.0667, 2, 0.03, 0.25), t("Kaskelen", 43.2000, 76.6167, 2, 0.03, 0.12),
                t("Talgar", 43.3000, 77.2333, 2, 0.03, 0.12), t("Esik", 43.3500, 77.4500, 1.2, 0.02, 0.12),
                t("Shelek", 43.6000, 78.2500, 0.8, 0.02, 0.20)}),
        new Unit(5, "ATYRAU", "region", "Atyrau Region", "Атырауская область", "Атырау облысы", "Asia/Atyrau",
            "Atyrau Region", "Атырауский", "Атырау облысы", 690, 0.70, 1100, 0.45, GENERIC_STREETS, new Town[] {
                t("Atyrau", 47.1167, 51.8833, 5, 0.04, 0.30, 2), t("Kulsary", 46.9500, 54.0167, 1.5, 0.02, 0.25),
                t("Makhambet", 47.6667, 51.5833, 0.5, 0.01, 0.20), t("Dossor", 47.5300, 52.9800, 0.4, 0.01, 0.20)}),
        new Unit(6, "WEST_KAZAKHSTAN", "region", "West Kazakhstan Region", "Западно-Казахстанская область",
            "Батыс Қазақстан облысы", "Asia/Oral",
            "West Kazakhstan Region", "Западно-Казахстанский", "Батыс Қазақстан облысы", 690, 0.72, 950, 0.40,
            GENERIC_STREETS, new Town[] {
                t("Oral", 51.2333, 51.3667, 5, 0.04, 0.25), t("Aksay", 51.1667, 52.9833, 1, 0.02, 0.25),
                t("Chapaev", 50.2000, 51.1700, 0.4, 0.01, 0.25), t("Zhanibek", 49.4200, 46.8500, 0.3, 0.01, 0.15)}),
        new Unit(7, "ZHAMBYL", "region", "Zhambyl Region", "Жамбылская область", "Жамбыл облысы", ALMATY_ZONE,
            "Zhambyl Region", "Жамбылский", "Жамбыл облысы", 1210, 0.60, 1050, 0.30, GENERIC_STREETS, new Town[] {
                t("Taraz", 42.9000, 71.3667, 5, 0.04, 0.20), t("Shu", 43.6000, 73.7667, 1, 0.02, 0.25),
                t("Karatau", 43.1833, 70.4667, 0.8, 0.02, 0.20), t("Zhanatas", 43.5667, 69.7500, 0.6, 0.02, 0.20),
                t("Kordai", 43.0500, 74.7200, 0.6, 0.02, 0.10, 2)}),
        new Unit(8, "ZHETYSU", "region", "Zhetysu Region", "Область Жетісу", "Жетісу облысы", ALMATY_ZONE,
            "Zhetysu Region", "Жетысуский", "Жетісу облысы", 697, 0.71, 900, 0.30, GENERIC_STREETS, new Town[] {
                t("Taldykorgan", 45.0167, 78.3667, 4, 0.04, 0.30), t("Tekeli", 44.8333, 78.8167, 1, 0.02, 0.15),
                t("Zharkent", 44.1667, 80.0000, 1.2, 0.02, 0.10), t("Ushtobe", 45.2500, 77.9833, 0.8, 0.02, 0.25),
                t("Sarkand", 45.4100, 79.9200, 0.6, 0.02, 0.20)}),
        new Unit(9, "KARAGANDA", "region", "Karaganda Region", "Карагандинская область", "Қарағанды облысы",
            ALMATY_ZONE, "Karaganda Region", "Карагандинский", "Қарағанды облысы", 1130, 0.74, 1300, 0.55,
            GENERIC_STREETS, new Town[] {
                t("Karaganda", 49.8047, 73.1094, 6, 0.06, 0.30), t("Temirtau", 50.0547, 72.9647, 2, 0.03, 0.20),
                t("Balkhash", 46.8481, 74.9950, 1.2, 0.02, 0.20, 2), t("Shakhtinsk", 49.7000, 72.6000, 0.8, 0.02, 0.20),
                t("Saran", 49.8000, 72.8500, 0.8, 0.02, 0.15)}),
        new Unit(10, "KOSTANAY", "region", "Kostanay Region", "Костанайская область", "Қостанай облысы",
            "Asia/Qostanay", "Kostanay Region", "Костанайский", "Қостанай облысы", 830, 0.75, 850, 0.40,
            GENERIC_STREETS, new Town[] {
                t("Kostanay", 53.2144, 63.6246, 5, 0.04, 0.30), t("Rudny", 52.9667, 63.1333, 2, 0.03, 0.25),
                t("Lisakovsk", 52.5333, 62.5000, 0.8, 0.02, 0.25), t("Arkalyk", 50.2500, 66.9167, 0.6, 0.02, 0.30)}),
        new Unit(11, "KYZYLORDA", "region", "Kyzylorda Region", "Кызылординская область", "Қызылорда облысы",
            "Asia/Qyzylorda", "Kyzylorda Region", "Кызылординский", "Қызылорда облысы", 830, 0.60, 1000, 0.35,
            GENERIC_STREETS, new Town[] {
                t("Kyzylorda", 44.8500, 65.5000, 5, 0.04, 0.30), t("Aral", 46.8000, 61.6667, 1, 0.02, 0.20),
                t("Kazaly", 45.7667, 62.1000, 0.8, 0.02, 0.25), t("Zhanakorgan", 43.9000, 67.2500, 0.8, 0.02, 0.20),
                t("Shieli", 44.1667, 66.7500, 0.8, 0.02, 0.20)}),
        new Unit(12, "MANGYSTAU", "region", "Mangystau Region", "Мангистауская область", "Маңғыстау облысы",
            "Asia/Aqtau", "Mangystau Region", "Мангистауский", "Маңғыстау облысы", 760, 0.58, 1300, 0.55,
            GENERIC_STREETS, new Town[] {
                t("Aktau", 43.6500, 51.1500, 5, 0.05, 0.25, 1), t("Zhanaozen", 43.3333, 52.8500, 2, 0.03, 0.25),
                t("Beyneu", 45.3167, 55.2000, 0.8, 0.02, 0.25), t("Fort-Shevchenko", 44.5167, 50.2667, 0.3, 0.01, 0.10, 1)}),
        new Unit(13, "PAVLODAR", "region", "Pavlodar Region", "Павлодарская область", "Павлодар облысы",
            ALMATY_ZONE, "Pavlodar Region", "Павлодарский", "Павлодар облысы", 750, 0.74, 1150, 0.45,
            GENERIC_STREETS, new Town[] {
                t("Pavlodar", 52.2873, 76.9674, 5, 0.05, 0.30), t("Ekibastuz", 51.7167, 75.3667, 2, 0.03, 0.25),
                t("Aksu", 52.0333, 76.9167, 1, 0.02, 0.20), t("Bayanaul", 50.7933, 75.7014, 0.4, 0.01, 0.20)}),
        new Unit(14, "NORTH_KAZAKHSTAN", "region", "North Kazakhstan Region", "Северо-Казахстанская область",
            "Солтүстік Қазақстан облысы", ALMATY_ZONE, "North Kazakhstan Region", "Северо-Казахстанский",
            "Солтүстік Қазақстан облысы", 535, 0.75, 750, 0.35, GENERIC_STREETS, new Town[] {
                t("Petropavl", 54.8667, 69.1500, 5, 0.04, 0.15), t("Taiynsha", 53.8500, 69.7667, 0.6, 0.02, 0.25),
                t("Bulaevo", 54.9000, 70.4500, 0.6, 0.02, 0.10), t("Mamlyutka", 54.9333, 68.5333, 0.5, 0.02, 0.10),
                t("Sergeyevka", 53.8833, 67.4167, 0.5, 0.02, 0.25)}),
        new Unit(15, "TURKISTAN", "region", "Turkistan Region", "Туркестанская область", "Түркістан облысы",
            ALMATY_ZONE, "Turkistan Region", "Туркестанский", "Түркістан облысы", 2100, 0.58, 1150, 0.20,
            GENERIC_STREETS, new Town[] {
                t("Turkistan", 43.3000, 68.2500, 3, 0.04, 0.25), t("Kentau", 43.5167, 68.5000, 1, 0.02, 0.20),
                t("Arys", 42.4333, 68.8000, 1, 0.02, 0.20), t("Lenger", 42.1833, 69.8833, 1, 0.02, 0.12),
                t("Saryagash", 41.4500, 69.1667, 1.2, 0.02, 0.05, 2), t("Zhetysay", 40.7667, 68.3333, 1.2, 0.02, 0.05),
                t("Shardara", 41.2583, 67.9706, 0.6, 0.02, 0.05, 2)}),
        new Unit(16, "ULYTAU", "region", "Ulytau Region", "Область Ұлытау", "Ұлытау облысы", ALMATY_ZONE,
            "Ulytau Region", "Улытауский", "Ұлытау облысы", 221, 0.72, 900, 0.55, GENERIC_STREETS, new Town[] {
                t("Zhezkazgan", 47.7833, 67.7000, 4, 0.03, 0.30), t("Satpayev", 47.9000, 67.5333, 2, 0.02, 0.20),
                t("Karazhal", 48.0000, 70.7833, 0.7, 0.01, 0.25), t("Ulytau", 48.6500, 67.0000, 0.4, 0.01, 0.25)}),
        new Unit(17, "EAST_KAZAKHSTAN", "region", "East Kazakhstan Region", "Восточно-Казахстанская область",
            "Шығыс Қазақстан облысы", ALMATY_ZONE, "East Kazakhstan Region", "Восточно-Казахстанский",
            "Шығыс Қазақстан облысы", 727, 0.74, 950, 0.45, GENERIC_STREETS, new Town[] {
                t("Oskemen", 49.9483, 82.6279, 5, 0.05, 0.30), t("Ridder", 50.3500, 83.5167, 1.2, 0.02, 0.15),
                t("Altai", 49.7167, 84.2667, 1, 0.02, 0.15), t("Zaysan", 47.4667, 84.8667, 0.6, 0.02, 0.10),
                t("Shemonaikha", 50.6300, 81.9100, 0.5, 0.02, 0.10)}),
        new Unit(18, "ASTANA", "city", "Astana", "Астана", "Астана", ALMATY_ZONE,
            "Astana", "Астанинский", "Астана қаласы", 1350, 0.70, 2500, 1.0, new String[] {
                "Kabanbay Batyr Ave", "Turan Ave", "Respublika Ave", "Mangilik El Ave", "Kenesary St", "Abai Ave",
                "Seifullin St", "Beibitshilik St", "Tauelsizdik Ave", "Saryarka Ave", "Bogenbay Batyr Ave",
                "Kudaiberdiuly Ave", "Zhenis Ave", "Imanov St", "Syganak St", "Akmeshit St"},
            new Town[] {t("Astana", 51.1605, 71.4704, 1, 0.07, 0.07)}),
        new Unit(19, "ALMATY", "city", "Almaty", "Алматы", "Алматы", ALMATY_ZONE,
            "Almaty City", "Алматинский городской", "Алматы қаласы", 2210, 0.73, 2500, 1.0, new String[] {
                "Abai Ave", "Al-Farabi Ave", "Dostyk Ave", "Tole Bi St", "Raiymbek Ave", "Nauryzbay Batyr St",
                "Zhandosov St", "Satpayev St", "Rozybakiev St", "Seifullin Ave", "Zheltoksan St", "Bogenbay Batyr St",
                "Zhibek Zholy Ave", "Suyunbay Ave", "Tlendiyev St", "Momyshuly St", "Auezov St", "Baizakov St"},
            new Town[] {t("Almaty", 43.2567, 76.9286, 1, 0.07, 0.07)}),
        new Unit(20, "SHYMKENT", "city", "Shymkent", "Шымкент", "Шымкент", ALMATY_ZONE,
            "Shymkent", "Шымкентский", "Шымкент қаласы", 1200, 0.62, 2000, 1.0, new String[] {
                "Tauke Khan Ave", "Kunayev Ave", "Baidibek Bi Ave", "Respublika Ave", "Zhibek Zholy Ave", "Tole Bi St",
                "Kazybek Bi St", "Ryskulov St", "Baiterekov St", "Abai Ave", "Tashenov St", "Ilyaev St"},
            new Town[] {t("Shymkent", 42.3167, 69.5958, 1, 0.06, 0.06)}));

    static final Unit ABROAD_UNIT = new Unit(99, "ABROAD", "abroad", "Abroad", "За рубежом", "Шетелде", ALMATY_ZONE,
        null, null, null, 0, 0, 0, 0, null, null);

    /** Parties in the order of the ballot (CEC draw), then "against all". */
    static final List<Party> PARTIES = List.of(
        new Party("AMANAT", "party", "AMANAT Party", "Партия «AMANAT»", "«AMANAT» партиясы", "#0277BD"),
        new Party("AUYL", "party", "Auyl People's Democratic Patriotic Party",
            "Народно-демократическая патриотическая партия «Ауыл»",
            "«Ауыл» халықтық-демократиялық патриоттық партиясы", "#7B5E00"),
        new Party("RESPUBLICA", "party", "Respublica Party", "Партия «Respublica»", "«Respublica» партиясы",
            "#B35C00"),
        new Party("QHP", "party", "People's Party of Kazakhstan", "Народная партия Казахстана",
            "Қазақстан Халық партиясы", "#C62828"),
        new Party("BAYTAQ", "party", "Baytaq Green Party", "Партия зелёных «Байтак»", "«Байтақ» жасылдар партиясы",
            "#2E7D32"),
        new Party("AQJOL", "party", "Aq Jol Democratic Party of Kazakhstan",
            "Демократическая партия Казахстана «Ак жол»", "«Ақ жол» Қазақстанның демократиялық партиясы",
            "#283593"),
        new Party("JSDP", "party", "Nationwide Social Democratic Party", "Общенациональная социал-демократическая партия",
            "Жалпыұлттық социал-демократиялық партия", "#AD1457"),
        new Party("AGAINST_ALL", "against_all", "Against all", "Против всех", "Бәріне қарсы", "#616161"));

    /** Diplomatic missions with a polling station: 77 stations in 62 countries. */
    static final List<Mission> MISSIONS = List.of(
        m("RU", "Russia", "Moscow", "Europe/Moscow", false, 10), m("RU", "Russia", "Saint Petersburg", "Europe/Moscow", true, 4),
        m("RU", "Russia", "Kazan", "Europe/Moscow", true, 3), m("RU", "Russia", "Astrakhan", "Europe/Astrakhan", true, 3),
        m("RU", "Russia", "Omsk", "Asia/Omsk", true, 3),
        m("TR", "Turkey", "Ankara", "Europe/Istanbul", false, 3), m("TR", "Turkey", "Istanbul", "Europe/Istanbul", true, 5),
        m("TR", "Turkey", "Antalya", "Europe/Istanbul", true, 2),
        m("DE", "Germany", "Berlin", "Europe/Berlin", false, 4), m("DE", "Germany", "Frankfurt am Main", "Europe/Berlin", true, 3),
        m("US", "United States", "Washington", "America/New_York", false, 4),
        m("US", "United States", "New York", "America/New_York", true, 4),
        m("US", "United States", "San Francisco", "America/Los_Angeles", true, 2),
        m("CN", "China", "Beijing", "Asia/Shanghai", false, 4), m("CN", "China", "Shanghai", "Asia/Shanghai", true, 2),
        m("CN", "China", "Xi'an", "Asia/Shanghai", true, 1.5),
        m("UZ", "Uzbekistan", "Tashkent", "Asia/Tashkent", false, 4), m("UZ", "Uzbekistan", "Samarkand", "Asia/Samarkand", true, 1.5),
        m("AE", "United Arab Emirates", "Abu Dhabi", "Asia/Dubai", false, 2), m("AE", "United Arab Emirates", "Dubai", "Asia/Dubai", true, 4),
        m("SA", "Saudi Arabia", "Riyadh", "Asia/Riyadh", false, 1), m("SA", "Saudi Arabia", "Jeddah", "Asia/Riyadh", true, 1.5),
        m("MN", "Mongolia", "Ulaanbaatar", "Asia/Ulaanbaatar", false, 1.5), m("MN", "Mongolia", "Ölgii", "Asia/Hovd", true, 2),
        m("GB", "United Kingdom", "London", "Europe/London", false, 4), m("FR", "France", "Paris", "Europe/Paris", false, 2.5),
        m("IT", "Italy", "Rome", "Europe/Rome", false, 2), m("ES", "Spain", "Madrid", "Europe/Madrid", false, 1.5),
        m("NL", "Netherlands", "The Hague", "Europe/Amsterdam", false, 1.5), m("BE", "Belgium", "Brussels", "Europe/Brussels", false, 1.5),
        m("AT", "Austria", "Vienna", "Europe/Vienna", false, 1.5), m("CH", "Switzerland", "Bern", "Europe/Zurich", false, 1),
        m("PL", "Poland", "Warsaw", "Europe/Warsaw", false, 2), m("CZ", "Czechia", "Prague", "Europe/Prague", false, 2),
        m("HU", "Hungary", "Budapest", "Europe/Budapest", false, 1.5), m("RO", "Romania", "Bucharest", "Europe/Bucharest", false, 0.8),
        m("BG", "Bulgaria", "Sofia", "Europe/Sofia", false, 0.8), m("GR", "Greece", "Athens", "Europe/Athens", false, 0.8),
        m("SE", "Sweden", "Stockholm", "Europe/Stockholm", false, 0.8), m("FI", "Finland", "Helsinki", "Europe/Helsinki", false, 0.8),
        m("NO", "Norway", "Oslo", "Europe/Oslo", false, 0.6), m("LT", "Lithuania", "Vilnius", "Europe/Vilnius", false, 0.8),
        m("LV", "Latvia", "Riga", "Europe/Riga", false, 0.8), m("HR", "Croatia", "Zagreb", "Europe/Zagreb", false, 0.4),
        m("UA", "Ukraine", "Kyiv", "Europe/Kyiv", false, 0.8), m("BY", "Belarus", "Minsk", "Europe/Minsk", false, 1.5),
        m("AZ", "Azerbaijan", "Baku", "Asia/Baku", false, 1.5), m("GE", "Georgia", "Tbilisi", "Asia/Tbilisi", false, 2),
        m("AM", "Armenia", "Yerevan", "Asia/Yerevan", false, 0.8), m("KG", "Kyrgyzstan", "Bishkek", "Asia/Bishkek", false, 3),
        m("TJ", "Tajikistan", "Dushanbe", "Asia/Dushanbe", false, 0.8), m("TM", "Turkmenistan", "Ashgabat", "Asia/Ashgabat", false, 0.6),
        m("AF", "Afghanistan", "Kabul", "Asia/Kabul", false, 0.1), m("IR", "Iran", "Tehran", "Asia/Tehran", false, 0.5),
        m("PK", "Pakistan", "Islamabad", "Asia/Karachi", false, 0.3), m("IN", "India", "New Delhi", "Asia/Kolkata", false, 1),
        m("JP", "Japan", "Tokyo", "Asia/Tokyo", false, 1.5), m("KR", "South Korea", "Seoul", "Asia/Seoul", false, 4),
        m("MY", "Malaysia", "Kuala Lumpur", "Asia/Kuala_Lumpur", false, 1.5), m("SG", "Singapore", "Singapore", "Asia/Singapore", false, 1),
        m("TH", "Thailand", "Bangkok", "Asia/Bangkok", false, 1), m("VN", "Vietnam", "Hanoi", "Asia/Ho_Chi_Minh", false, 0.3),
        m("ID", "Indonesia", "Jakarta", "Asia/Jakarta", false, 0.3), m("IL", "Israel", "Tel Aviv", "Asia/Jerusalem", false, 1),
        m("EG", "Egypt", "Cairo", "Africa/Cairo", false, 1.5), m("QA", "Qatar", "Doha", "Asia/Qatar", false, 1),
        m("KW", "Kuwait", "Kuwait City", "Asia/Kuwait", false, 0.3), m("JO", "Jordan", "Amman", "Asia/Amman", false, 0.3),
        m("OM", "Oman", "Muscat", "Asia/Muscat", false, 0.3), m("MA", "Morocco", "Rabat", "Africa/Casablanca", false, 0.2),
        m("CA", "Canada", "Ottawa", "America/Toronto", false, 1.5), m("BR", "Brazil", "Brasília", "America/Sao_Paulo", false, 0.3),
        m("MX", "Mexico", "Mexico City", "America/Mexico_City", false, 0.2), m("AU", "Australia", "Canberra", "Australia/Sydney", false, 0.8),
        m("ZA", "South Africa", "Pretoria", "Africa/Johannesburg", false, 0.2), m("ET", "Ethiopia", "Addis Ababa", "Africa/Addis_Ababa", false, 0.1),
        m("KE", "Kenya", "Nairobi", "Africa/Nairobi", false, 0.1));

    static Mission m(String country, String countryName, String city, String zone, boolean consulate, double size) {
        return new Mission(country, countryName, city, zone, consulate, size);
    }

    /** Twelve international organisations (plausible reconstruction) with observers and citizenships. */
    static final String ODIHR = "OSCE/ODIHR";
    static final String CIS_MISSION = "CIS Observer Mission";
    static final List<Org> ORGS = List.of(
        new Org(ODIHR, "PL", 300, cc("DE AT FR GB US IT ES PL SE FI NO DK NL BE CH CZ HU RO BG GR IE PT LT LV CA")),
        new Org("OSCE Parliamentary Assembly", "DK", 60, cc("DE FR GB US IT SE FI NO DK CH AT GR PT CA")),
        new Org("Parliamentary Assembly of the Council of Europe (PACE)", "FR", 30, cc("FR DE GB IT ES PL NL BE IE PT")),
        new Org(CIS_MISSION, "BY", 250, cc("RU BY AM AZ KG TJ UZ")),
        new Org("CIS Inter-Parliamentary Assembly", "RU", 40, cc("RU BY AM AZ KG TJ")),
        new Org("Shanghai Cooperation Organisation (SCO)", "CN", 40, cc("CN IN PK RU UZ KG TJ")),
        new Org("Organization of Turkic States (OTS)", "TR", 20, cc("TR AZ UZ KG HU")),
        new Org("Parliamentary Assembly of Turkic States (TURKPA)", "AZ", 15, cc("TR AZ KG")),
        new Org("CSTO Parliamentary Assembly", "RU", 15, cc("RU BY AM KG TJ")),
        new Org("Conference on Interaction and Confidence-Building Measures in Asia (CICA)", "KZ", 10,
            cc("MN IR CN TR KR")),
        new Org("Organisation of Islamic Cooperation (OIC)", "SA", 8, cc("SA EG PK TR")),
        new Org("Association of World Election Bodies (A-WEB)", "KR", 5, cc("KR MN")));

    static final String[] DOMESTIC_ORGS = {
        "Civic Monitoring Network (demo)", "Independent Observers Association (demo)", "Youth for Fair Elections (demo)"};

    static String[] cc(String list) {
        return list.split(" ");
    }

    // ---- names --------------------------------------------------------------------------------

    static String[] s(String list) {
        return list.split("\\|");
    }

    static NameSet ns(String male, String female, String surM, String surF, boolean surnameFirst) {
        String[] m = s(surM);
        String[] f;
        if (surF == null) {
            f = m;
        } else if ("+a".equals(surF)) {
            f = new String[m.length];
            for (int i = 0; i < m.length; i++) {
                f[i] = m[i] + "a";
            }
        } else {
            f = s(surF);
        }
        if (f.length != m.length) {
            throw new IllegalStateException("surname lists differ in length: " + surM);
        }
        return new NameSet(s(male), s(female), m, f, surnameFirst);
    }

    static final Map<String, NameSet> NAME_SETS = new LinkedHashMap<>();
    static final Map<String, String> NAME_SET_BY_COUNTRY = new LinkedHashMap<>();

    static {
        NAME_SETS.put("de", ns("Thomas|Michael|Stefan|Andreas|Markus|Florian|Tobias|Matthias", "Anna|Julia|Katrin|Sabine|Laura|Lena|Claudia|Miriam",
            "Müller|Schmidt|Schneider|Fischer|Weber|Becker|Hoffmann|Wagner|Huber|Gruber|Keller|Bauer", null, false));
        NAME_SETS.put("en", ns("James|John|David|Michael|Robert|Daniel|Andrew|Peter", "Sarah|Emma|Elizabeth|Laura|Rachel|Catherine|Jennifer|Helen",
            "Smith|Johnson|Brown|Taylor|Wilson|Clarke|Walker|Murphy|O'Brien|Campbell|Harris|Evans", null, false));
        NAME_SETS.put("fr", ns("Pierre|Jean|Nicolas|Philippe|Laurent|Julien|Thomas", "Marie|Sophie|Claire|Camille|Isabelle|Élodie|Nathalie",
            "Martin|Bernard|Dubois|Moreau|Lefèvre|Girard|Fontaine|Lambert|Mercier|Rousseau", null, false));
        NAME_SETS.put("it", ns("Marco|Luca|Giuseppe|Andrea|Francesco|Paolo", "Giulia|Francesca|Chiara|Elena|Sara|Paola",
            "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci", null, false));
        NAME_SETS.put("es", ns("Carlos|Javier|Miguel|Pablo|Alejandro|Diego", "María|Lucía|Carmen|Elena|Laura|Marta",
            "García|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Ruiz", null, false));
        NAME_SETS.put("pt", ns("João|Pedro|Miguel|Rui|Tiago", "Ana|Inês|Mariana|Catarina|Sofia",
            "Silva|Santos|Ferreira|Pereira|Costa|Oliveira", null, false));
        NAME_SETS.put("nl", ns("Jan|Pieter|Willem|Joost|Bas|Daan", "Anouk|Sanne|Eva|Femke|Lotte|Marieke",
            "de Jong|Jansen|de Vries|van Dijk|Bakker|Visser|Smit|Meijer", null, false));
        NAME_SETS.put("pl", ns("Piotr|Tomasz|Krzysztof|Marcin|Paweł", "Anna|Katarzyna|Magdalena|Agnieszka|Joanna",
            "Kowalski|Nowak|Wiśniewski|Wójcik|Lewandowski|Zieliński",
            "Kowalska|Nowak|Wiśniewska|Wójcik|Lewandowska|Zielińska", false));
        NAME_SETS.put("cz", ns("Jan|Petr|Tomáš|Martin|Pavel", "Jana|Lucie|Petra|Tereza|Eva",
            "Novák|Svoboda|Dvořák|Černý|Procházka", "Nováková|Svobodová|Dvořáková|Černá|Procházková", false));
        NAME_SETS.put("hu", ns("László|István|Gábor|Zoltán|Péter", "Katalin|Eszter|Zsófia|Anna|Réka",
            "Nagy|Kovács|Tóth|Szabó|Horváth|Varga", null, false));
        NAME_SETS.put("ro", ns("Andrei|Mihai|Alexandru|Ion|Bogdan", "Ioana|Elena|Maria|Andreea|Cristina",
            "Popescu|Ionescu|Dumitru|Stan|Stoica|Munteanu", null, false));
        NAME_SETS.put("bg", ns("Georgi|Ivan|Dimitar|Nikolay|Petar", "Maria|Elena|Desislava|Ivanka|Gergana",
            "Ivanov|Georgiev|Dimitrov|Petrov|Nikolov", "+a", false));
        NAME_SETS.put("gr", ns("Georgios|Dimitrios|Konstantinos|Nikolaos|Ioannis", "Maria|Eleni|Katerina|Sofia|Vasiliki",
            "Papadopoulos|Papadakis|Georgiou|Nikolaidis|Karagiannis",
            "Papadopoulou|Papadaki|Georgiou|Nikolaidou|Karagianni", false));
        NAME_SETS.put("nordic", ns("Erik|Lars|Anders|Johan|Magnus|Henrik", "Anna|Maria|Ingrid|Karin|Sofie|Kristin",
            "Andersson|Johansson|Hansen|Nielsen|Larsen|Berg|Lindqvist|Olsen", null, false));
        NAME_SETS.put("fi", ns("Mikko|Juha|Antti|Timo|Jari", "Anna|Laura|Hanna|Johanna|Tiina",
            "Virtanen|Korhonen|Mäkinen|Nieminen|Laine", null, false));
        NAME_SETS.put("lt", ns("Tomas|Mindaugas|Darius|Andrius|Jonas", "Rūta|Ieva|Aušra|Jurgita|Laura",
            "Kazlauskas|Petrauskas|Jankauskas|Stankevičius|Vasiliauskas",
            "Kazlauskienė|Petrauskienė|Jankauskienė|Stankevičienė|Vasiliauskienė", false));
        NAME_SETS.put("lv", ns("Jānis|Andris|Māris|Edgars|Kārlis", "Anna|Inese|Ilze|Kristīne|Laura",
            "Bērziņš|Kalniņš|Ozoliņš|Liepiņš|Krūmiņš", "Bērziņa|Kalniņa|Ozoliņa|Liepiņa|Krūmiņa", false));
        NAME_SETS.put("ru", ns("Alexei|Dmitry|Sergei|Andrei|Igor|Mikhail|Nikolai|Pavel", "Olga|Yelena|Tatiana|Irina|Natalia|Svetlana|Maria",
            "Ivanov|Smirnov|Kuznetsov|Popov|Sokolov|Volkov|Morozov|Novikov|Lebedev|Kozlov", "+a", false));
        NAME_SETS.put("am", ns("Armen|Aram|Tigran|Davit|Gevorg|Hayk", "Anna|Lilit|Ani|Mariam|Narine",
            "Grigoryan|Harutyunyan|Sargsyan|Hovhannisyan|Petrosyan|Avetisyan", null, false));
        NAME_SETS.put("az", ns("Elchin|Rashad|Farid|Anar|Tural|Orkhan", "Aynur|Leyla|Gunel|Nigar|Sevinj",
            "Aliyev|Mammadov|Hasanov|Huseynov|Guliyev|Ismayilov", "+a", false));
        NAME_SETS.put("kg", ns("Nurbek|Azamat|Bakyt|Almaz|Talant|Emil", "Aida|Aizada|Gulnara|Nurgul|Cholpon",
            "Sadyrov|Asanov|Toktogulov|Abdyldayev|Usenov|Mamatov", "+a", false));
        NAME_SETS.put("tj", ns("Firdavs|Rustam|Farrukh|Sherali|Jamshed|Bakhtiyor", "Zarina|Nigora|Mohira|Dilnoza|Shahnoza",
            "Rahimov|Nazarov|Saidov|Sharipov|Qodirov|Davlatov", "+a", false));
        NAME_SETS.put("uz", ns("Jasur|Bekzod|Sardor|Otabek|Aziz|Rustam", "Dilnoza|Nodira|Malika|Gulnoza|Feruza",
            "Yusupov|Tursunov|Rakhimov|Abdullayev|Khodjayev|Ergashev", "+a", false));
        NAME_SETS.put("cn", ns("Wei|Jun|Tao|Lei|Qiang|Hao", "Jing|Min|Yan|Fang|Xiu|Li",
            "Wang|Li|Zhang|Liu|Chen|Yang|Zhao", null, true));
        NAME_SETS.put("in", ns("Rahul|Amit|Vikram|Sanjay|Arjun|Rajesh", "Priya|Anjali|Neha|Kavita|Sunita",
            "Sharma|Gupta|Singh|Patel|Kumar|Reddy|Iyer", null, false));
        NAME_SETS.put("pk", ns("Muhammad|Ahmed|Imran|Bilal|Usman|Faisal", "Ayesha|Fatima|Sana|Zainab|Hina",
            "Khan|Qureshi|Malik|Chaudhry|Hussain|Butt", null, false));
        NAME_SETS.put("tr", ns("Mehmet|Mustafa|Ahmet|Emre|Burak|Murat", "Ayşe|Fatma|Elif|Zeynep|Emine",
            "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk", null, false));
        NAME_SETS.put("mn", ns("Bat-Erdene|Ganbold|Enkhbayar|Tömör|Batbayar", "Oyunchimeg|Sarangerel|Enkhjargal|Bolormaa",
            "Ganbaatar|Dorj|Batbold|Tsogt|Purev", null, false));
        NAME_SETS.put("ir", ns("Ali|Reza|Mohammad|Hossein|Mehdi|Amir", "Maryam|Zahra|Fatemeh|Sara|Neda",
            "Hosseini|Mohammadi|Rezaei|Ahmadi|Karimi|Moradi|Jafari", null, false));
        NAME_SETS.put("kr", ns("Min-jun|Seo-jun|Ji-hoon|Hyun-woo|Dong-hyun", "Ji-yeon|Seo-yeon|Min-ji|Soo-jin|Eun-ji",
            "Kim|Lee|Park|Choi|Jung|Kang|Cho", null, true));
        NAME_SETS.put("ar", ns("Mohammed|Ahmed|Khalid|Omar|Abdullah|Youssef|Mahmoud", "Fatima|Noura|Sara|Mona|Huda|Amira",
            "Al-Harbi|Al-Otaibi|Al-Qahtani|Hassan|Abdel Rahman|Mansour|Saleh|El-Sayed", null, false));

        String[][] map = {
            {"DE AT CH", "de"}, {"GB US CA IE", "en"}, {"FR BE", "fr"}, {"IT", "it"}, {"ES", "es"}, {"PT", "pt"},
            {"NL", "nl"}, {"PL", "pl"}, {"CZ", "cz"}, {"HU", "hu"}, {"RO", "ro"}, {"BG", "bg"}, {"GR", "gr"},
            {"SE NO DK", "nordic"}, {"FI", "fi"}, {"LT", "lt"}, {"LV", "lv"}, {"RU BY", "ru"}, {"AM", "am"},
            {"AZ", "az"}, {"KG", "kg"}, {"TJ", "tj"}, {"UZ", "uz"}, {"CN", "cn"}, {"IN", "in"}, {"PK", "pk"},
            {"TR", "tr"}, {"MN", "mn"}, {"IR", "ir"}, {"KR", "kr"}, {"SA EG", "ar"}};
        for (String[] e : map) {
            for (String c : e[0].split(" ")) {
                NAME_SET_BY_COUNTRY.put(c, e[1]);
            }
        }
    }

    // Kazakhstani names: Kazakh (Russified or Kazakh patronymic) and Russian.
    static final String[] KZ_MALE = s("Nurlan|Serik|Yerlan|Askar|Daniyar|Marat|Bauyrzhan|Talgat|Kairat|Arman|Azamat|"
        + "Yerzhan|Berik|Dauren|Zhanibek|Almas|Timur|Ruslan|Aidos|Yerbol|Samat|Olzhas|Bakhyt|Murat|Galym|Aibek|"
        + "Asylbek|Kanat|Rustem|Nurbol|Yerkebulan|Madi");
    static final String[] KZ_FEMALE = s("Aigerim|Dana|Gulnara|Saule|Aizhan|Madina|Zhanar|Ainur|Asel|Dinara|Gulmira|"
        + "Aliya|Botagoz|Kamila|Laura|Meruyert|Nazgul|Raushan|Symbat|Togzhan|Zarina|Akmaral|Bibigul|Dariga|Assem|"
        + "Aruzhan|Zhuldyz|Saltanat");
    static final String[] KZ_FATHERS = s("Nurlan|Serik|Yerlan|Askar|Marat|Talgat|Kairat|Berik|Bolat|Zhumabek|"
        + "Tulegen|Murat|Kanat|Daulet|Bakhyt|Almas|Yerbol|Sabit|Abdrakhman|Kuanysh|Azat|Nurbol|Yermek|Sultan");
    static final String[] KZ_SURNAMES = s("Abenov|Akhmetov|Baimukhanov|Zhaksybekov|Yermekov|Iskakov|Kassymov|Mukanov|"
        + "Nurpeisov|Omarov|Sadykov|Zhumabayev|Kenzhebekov|Serikbayev|Suleimenov|Tulegenov|Utepov|Yessenov|"
        + "Sarsenbayev|Kaliyev|Mamyrov|Bekmukhambetov|Aitbayev|Sultanov|Abdrakhmanov|Baizhanov|Dosmukhamedov|"
        + "Zhakupov|Temirkhanov|Karimov|Ospanov|Amanzholov|Kudaibergenov|Shaikenov|Tokhtarov|Yergaliyev");
    static final String[] KZ_SURNAMES_PLAIN = s("Seitkali|Tokhtar|Zhaksylyk|Amanzhol|Bekbolat|Yermek|Kalibek|"
        + "Sultanbek|Dauletkeldi|Ermekbai|Kuanysh|Orynbasar|Abylai|Nurgali");
    static final String[] RU_MALE = s("Sergei|Alexander|Dmitry|Andrei|Vladimir|Igor|Oleg|Viktor|Yevgeny|Nikolai|Pavel|Denis");
    static final String[] RU_FEMALE = s("Olga|Yelena|Natalia|Tatiana|Irina|Svetlana|Marina|Anna|Yulia|Lyudmila|Oksana");
    static final String[][] RU_PATRONYMICS = {
        {"Viktorovich", "Viktorovna"}, {"Ivanovich", "Ivanovna"}, {"Petrovich", "Petrovna"},
        {"Nikolayevich", "Nikolayevna"}, {"Sergeyevich", "Sergeyevna"}, {"Vladimirovich", "Vladimirovna"},
        {"Alexandrovich", "Alexandrovna"}, {"Mikhailovich", "Mikhailovna"}, {"Yuryevich", "Yuryevna"},
        {"Anatolyevich", "Anatolyevna"}, {"Pavlovich", "Pavlovna"}};
    static final String[] RU_SURNAMES = s("Ivanov|Petrov|Smirnov|Kuznetsov|Popov|Volkov|Morozov|Novikov|Fedorov|"
        + "Sokolov|Lebedev|Kozlov|Pavlov|Semenov|Golubev|Belov");
    static final String[] RU_SURNAMES_PLAIN = s("Kovalenko|Bondarenko|Tkachenko|Shevchenko|Miller|Schmidt");

    // ------------------------------------------------------------------------------------------
    // Main
    // ------------------------------------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java KazakhstanDemoGenerator.java <output directory>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);

        List<District> districts = buildDistricts();
        List<Station> stations = new ArrayList<>();
        Map<String, List<Station>> homeByUnit = buildHomeStations(districts, stations);
        List<Station> abroad = buildAbroadStations();
        stations.addAll(abroad);

        write(out.resolve("election.csv"), electionCsv());
        write(out.resolve("parties.csv"), partiesCsv());
        write(out.resolve("units.csv"), unitsCsv());
        write(out.resolve("districts.csv"), districtsCsv(districts));
        write(out.resolve("candidates.csv"), candidatesCsv(districts));
        write(out.resolve("stations.csv"), stationsCsv(stations, homeByUnit));
        write(out.resolve("accreditations.csv"), accreditationsCsv(homeByUnit));

        long voters = 0;
        for (Station st : stations) {
            voters += st.voters();
        }
        System.out.printf(Locale.ROOT, "wrote %s: %d stations (%d abroad), %d registered voters%n",
            out, stations.size(), abroad.size(), voters);
    }

    static void write(Path file, CharSequence text) throws IOException {
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------
    // CSV helpers
    // ------------------------------------------------------------------------------------------

    static String field(Object value) {
        String v = value == null ? "" : value.toString();
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    static void row(StringBuilder sb, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(values[i]));
        }
        sb.append('\n');
    }

    static void comment(StringBuilder sb, String... lines) {
        for (String line : lines) {
            sb.append("# ").append(line).append('\n');
        }
    }

    static String header(String what) {
        return "Demo data for election " + ELECTION_CODE + " (Mazhilis, Kazakhstan, 19 March 2023): " + what;
    }

    static final String GENERATED_NOTE =
        "Generated by org.observer.demo.KazakhstanDemoGenerator (fixed seed). Rows with source 'generated' are not real data.";

    // ------------------------------------------------------------------------------------------
    // election.csv, parties.csv, units.csv
    // ------------------------------------------------------------------------------------------

    static String electionCsv() {
        StringBuilder sb = new StringBuilder();
        comment(sb, header("the election."), GENERATED_NOTE,
            "Facts: 69 party-list seats, 5% threshold (of votes for parties and 'against all'), largest remainder",
            "with the Hare quota; 29 further seats in single-member districts (see districts.csv).");
        row(sb, "code", "name_en", "name_ru", "name_kk", "election_date", "list_seats", "threshold_percent", "seat_method",
                "threshold_base");
        row(sb, ELECTION_CODE, "Mazhilis election 2023", "Выборы в Мажилис 2023", "Мәжіліс сайлауы 2023",
            "2023-03-19", 69, "5.00", "LARGEST_REMAINDER_HARE", "PARTIES_AND_AGAINST_ALL");
        return sb.toString();
    }

    static String partiesCsv() {
        StringBuilder sb = new StringBuilder();
        comment(sb, header("parties on the party-list ballot, in ballot order, and 'against all' last."),
            GENERATED_NOTE,
            "Ballot order: drawn by lot at the CEC in February 2023 (Amanat, Auyl, Respublica, People's Party,",
            "Baytaq, Ak Zhol, JSDP) as reported by ulysmedia.kz and altyalash.kz; not checked against the CEC decree.",
            "Names: official party names in Russian and Kazakh; English names are common renderings.",
            "Colours: demo choices (contrast at least 4.5:1 on white), not the parties' own.");
        row(sb, "position", "code", "kind", "name_en", "name_ru", "name_kk", "colour");
        int position = 1;
        for (Party p : PARTIES) {
            row(sb, position++, p.code(), p.kind(), p.nameEn(), p.nameRu(), p.nameKk(), p.colour());
        }
        return sb.toString();
    }

    static String unitsCsv() {
        StringBuilder sb = new StringBuilder();
        comment(sb, header("17 regions, 3 cities of republican significance and the unit for stations abroad."),
            GENERATED_NOTE,
            "Names are the official ones (Russian for the 2022 regions: 'область Абай', 'область Жетісу',",
            "'область Ұлытау'; 'Абайская', 'Улытауская область' are common too). Time zones as in force in March 2023.");
        row(sb, "code", "kind", "name_en", "name_ru", "name_kk", "time_zone");
        for (Unit u : UNITS) {
            row(sb, u.code(), u.kind(), u.nameEn(), u.nameRu(), u.nameKk(), u.zone());
        }
        row(sb, ABROAD_UNIT.code(), ABROAD_UNIT.kind(), ABROAD_UNIT.nameEn(), ABROAD_UNIT.nameRu(),
            ABROAD_UNIT.nameKk(), ABROAD_UNIT.zone());
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------
    // districts.csv
    // ------------------------------------------------------------------------------------------

    static double estimatedVoters(Unit u) {
        return u.populationK() * 1000.0 * u.adultShare();
    }

    static Set<String> regionsWithTwoDistricts() {
        List<Unit> regions = new ArrayList<>();
        for (Unit u : UNITS) {
            if (!u.isCity()) {
                regions.add(u);
            }
        }
        regions.sort((a, b) -> a.populationK() != b.populationK()
            ? Integer.compare(b.populationK(), a.populationK()) : Integer.compare(a.index(), b.index()));
        Set<String> two = new LinkedHashSet<>();
        for (int i = 0; i < 5; i++) {
            two.add(regions.get(i).code());
        }
        return two;
    }

    static List<District> buildDistricts() {
        Map<String, Unit> byCode = unitsByCode();
        List<District> list = new ArrayList<>();
        list.add(new District(1, byCode.get("ASTANA")));
        list.add(new District(2, byCode.get("ASTANA")));
        list.add(new District(3, byCode.get("ALMATY")));
        list.add(new District(4, byCode.get("ALMATY")));
        list.add(new District(5, byCode.get("ALMATY")));
        list.add(new District(6, byCode.get("SHYMKENT")));
        list.add(new District(7, byCode.get("SHYMKENT")));
        Set<String> two = regionsWithTwoDistricts();
        int number = 8;
        for (Unit u : UNITS) {
            if (u.isCity()) {
                continue;
            }
            list.add(new District(number++, u));
            if (two.contains(u.code())) {
                list.add(new District(number++, u));
            }
        }
        if (list.size() != 29) {
            throw new IllegalStateException("expected 29 districts, got " + list.size());
        }
        return list;
    }

    static String districtsCsv(List<District> districts) {
        StringBuilder sb = new StringBuilder();
        comment(sb, header("29 single-member districts."), GENERATED_NOTE,
            "Known: Astana #1-#2, Almaty #3-#5, Shymkent #6-#7, every region at least one district, five regions two.",
            "Generated, not verified: which regions have two (here the five most populous: "
                + String.join(", ", regionsWithTwoDistricts()) + "),",
            "the numbering of #8-#29 (regions in the order of units.csv) and the names, which are stand-ins.");
        row(sb, "number", "unit", "name_en", "name_ru", "name_kk");
        for (District d : districts) {
            Unit u = d.unit();
            row(sb, d.number(), u.code(), u.districtEn() + " district No. " + d.number(),
                u.districtRu() + " одномандатный округ № " + d.number(),
                u.districtKk() + " бір мандатты округі № " + d.number());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------
    // candidates.csv
    // ------------------------------------------------------------------------------------------

    static String candidatesCsv(List<District> districts) {
        Random rnd = new Random(SEED + 5);
        StringBuilder sb = new StringBuilder();
        comment(sb, header("candidates in the single-member districts."), GENERATED_NOTE,
            "All 120 candidates are generated (names, nominating parties, counts); the real election had about 370",
            "single-member candidates. Empty party = self-nominated. Positions follow the alphabetical order of the",
            "generated names (real ballots list candidates alphabetically in Kazakh).");
        row(sb, "district", "position", "full_name", "party", "source");
        Set<String> used = new TreeSet<>();
        String[] others = {"AUYL", "RESPUBLICA", "QHP", "BAYTAQ", "AQJOL", "JSDP"};
        int[] counts = new int[districts.size()];
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            double r = rnd.nextDouble();
            counts[i] = r < 0.30 ? 3 : r < 0.65 ? 4 : r < 0.90 ? 5 : 6;
            total += counts[i];
        }
        while (total != CANDIDATES) { // nudge random districts until the total is exact
            int i = rnd.nextInt(counts.length);
            int step = total < CANDIDATES ? 1 : -1;
            if (counts[i] + step >= 3 && counts[i] + step <= 6) {
                counts[i] += step;
                total += step;
            }
        }
        for (District d : districts) {
            int n = counts[d.number() - 1];
            List<String> parties = new ArrayList<>();
            parties.add("AMANAT");
            List<String> pool = new ArrayList<>(Arrays.asList(others));
            while (parties.size() < n) {
                if (rnd.nextDouble() < 0.45 || pool.isEmpty()) {
                    parties.add("");
                } else {
                    parties.add(pool.remove(rnd.nextInt(pool.size())));
                }
            }
            List<String[]> cands = new ArrayList<>();
            for (String party : parties) {
                String name;
                do {
                    name = kazakhstaniName(rnd, rnd.nextDouble() < 0.3);
                } while (!used.add(name));
                cands.add(new String[] {name, party});
            }
            cands.sort((a, b) -> a[0].compareTo(b[0]));
            int position = 1;
            for (String[] c : cands) {
                row(sb, d.number(), position++, c[0], c[1], "generated");
            }
        }
        return sb.toString();
    }

    static <T> T pick(Random rnd, T[] items) {
        return items[rnd.nextInt(items.length)];
    }

    /** A generated Kazakhstani full name: given name, patronymic, surname. */
    static String kazakhstaniName(Random rnd, boolean female) {
        if (rnd.nextDouble() < 0.18) {
            String first = female ? pick(rnd, RU_FEMALE) : pick(rnd, RU_MALE);
            String[] pat = pick(rnd, RU_PATRONYMICS);
            String patronymic = female ? pat[1] : pat[0];
            String surname;
            if (rnd.nextDouble() < 0.15) {
                surname = pick(rnd, RU_SURNAMES_PLAIN);
            } else {
                surname = pick(rnd, RU_SURNAMES) + (female ? "a" : "");
            }
            return first + " " + patronymic + " " + surname;
        }
        String first = female ? pick(rnd, KZ_FEMALE) : pick(rnd, KZ_MALE);
        String father = pick(rnd, KZ_FATHERS);
        String patronymic;
        if (rnd.nextDouble() < 0.2) {
            patronymic = father + (female ? "kyzy" : "uly");
        } else {
            patronymic = father + (female ? "ovna" : "ovich");
        }
        String surname;
        if (rnd.nextDouble() < 0.25) {
            surname = pick(rnd, KZ_SURNAMES_PLAIN);
        } else {
            surname = pick(rnd, KZ_SURNAMES) + (female ? "a" : "");
        }
        return first + " " + patronymic + " " + surname;
    }

    static String foreignName(Random rnd, String country, boolean female) {
        NameSet set = NAME_SETS.get(NAME_SET_BY_COUNTRY.get(country));
        if (set == null) {
            throw new IllegalStateException("no names for " + country);
        }
        String first = female ? pick(rnd, set.female()) : pick(rnd, set.male());
        int i = rnd.nextInt(set.surnamesMale().length);
        String surname = female ? set.surnamesFemale()[i] : set.surnamesMale()[i];
        return set.surnameFirst() ? surname + " " + first : first + " " + surname;
    }

    // ------------------------------------------------------------------------------------------
    // stations
    // ------------------------------------------------------------------------------------------

    static Map<String, Unit> unitsByCode() {
        Map<String, Unit> map = new LinkedHashMap<>();
        for (Unit u : UNITS) {
            map.put(u.code(), u);
        }
        return map;
    }

    /** Largest-remainder apportionment of total over weights; ties go to the lower index. */
    static long[] apportion(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] result = new long[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            result[i] = (long) Math.floor(exact);
            rest[i] = exact - result[i];
            given += result[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> rest[a] != rest[b] ? Double.compare(rest[b], rest[a]) : Integer.compare(a, b));
        for (int k = 0; given < total; k++) {
            result[order[k % order.length]]++;
            given++;
        }
        return result;
    }

    /**
     * Scales raw sizes so that they sum to exactly target, each within [lo[i], hi[i]]: a common scale
     * factor found by bisection, rounding, then +-1 steps on the last stations.
     */
    static int[] fit(double[] raw, int[] lo, int[] hi, long target) {
        int n = raw.length;
        long minSum = 0;
        long maxSum = 0;
        for (int i = 0; i < n; i++) {
            minSum += lo[i];
            maxSum += hi[i];
        }
        if (target < minSum || target > maxSum) {
            throw new IllegalStateException("cannot fit " + target + " into [" + minSum + ", " + maxSum + "]");
        }
        double a = 0;
        double b = 1;
        while (clampedSum(raw, lo, hi, b) < target) {
            b *= 2;
        }
        for (int it = 0; it < 200; it++) {
            double mid = (a + b) / 2;
            if (clampedSum(raw, lo, hi, mid) < target) {
                a = mid;
            } else {
                b = mid;
            }
        }
        int[] v = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            v[i] = (int) Math.max(lo[i], Math.min(hi[i], Math.round(raw[i] * b)));
            sum += v[i];
        }
        long diff = target - sum;
        while (diff != 0) {
            boolean moved = false;
            for (int i = n - 1; i >= 0 && diff != 0; i--) {
                if (diff > 0 && v[i] < hi[i]) {
                    v[i]++;
                    diff--;
                    moved = true;
                } else if (diff < 0 && v[i] > lo[i]) {
                    v[i]--;
                    diff++;
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("cannot adjust");
            }
        }
        return v;
    }

    static double clampedSum(double[] raw, int[] lo, int[] hi, double k) {
        double s = 0;
        for (int i = 0; i < raw.length; i++) {
            s += Math.max(lo[i], Math.min(hi[i], raw[i] * k));
        }
        return s;
    }

    static String coord(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String stationNumber(int unitIndex, int seq) {
        return String.format(Locale.ROOT, "%06d", unitIndex * 10000 + seq);
    }

    /** Stations per unit, voters per unit and per station; returns the stations of each unit in order. */
    static Map<String, List<Station>> buildHomeStations(List<District> districts, List<Station> all) {
        Random rnd = new Random(SEED + 1);
        int nUnits = UNITS.size();
        double[] voterWeights = new double[nUnits];
        for (int i = 0; i < nUnits; i++) {
            voterWeights[i] = estimatedVoters(UNITS.get(i));
        }
        long[] unitVoters = apportion(HOME_VOTERS, voterWeights);
        double[] stationWeights = new double[nUnits];
        for (int i = 0; i < nUnits; i++) {
            stationWeights[i] = unitVoters[i] / UNITS.get(i).stationSize();
        }
        long[] unitStations = apportion(HOME_STATIONS, stationWeights);

        Map<String, List<Station>> byUnit = new LinkedHashMap<>();
        for (int ui = 0; ui < nUnits; ui++) {
            Unit u = UNITS.get(ui);
            int n = (int) unitStations[ui];
            List<Integer> unitDistricts = new ArrayList<>();
            for (District d : districts) {
                if (d.unit() == u) {
                    unitDistricts.add(d.number());
                }
            }
            // 1. kind (town / rural) and town of each station, grouped by town for contiguous district blocks
            int nTown = u.isCity() ? n : (int) Math.round(n * u.townShare());
            Town[] towns = u.towns();
            double[] townWeights = new double[towns.length];
            for (int k = 0; k < towns.length; k++) {
                townWeights[k] = towns[k].weight();
            }
            long[] perTown = apportion(nTown, townWeights);
            long[] perTownRural = apportion(n - nTown, townWeights);
            int[] townOf = new int[n];
            boolean[] rural = new boolean[n];
            int idx = 0;
            for (int k = 0; k < towns.length; k++) {
                for (int j = 0; j < perTown[k]; j++) {
                    townOf[idx] = k;
                    rural[idx] = false;
                    idx++;
                }
                for (int j = 0; j < perTownRural[k]; j++) {
                    townOf[idx] = k;
                    rural[idx] = true;
                    idx++;
                }
            }
            // 2. sizes
            double[] raw = new double[n];
            int[] lo = new int[n];
            int[] hi = new int[n];
            for (int i = 0; i < n; i++) {
                hi[i] = 2750 + rnd.nextInt(251); // a soft cap, so that no spike appears at exactly 3,000
                if (u.isCity()) {
                    lo[i] = 500;
                    raw[i] = rnd.nextDouble() < 0.04 ? 500 + 500 * rnd.nextDouble() : 1700 + 1300 * rnd.nextDouble();
                } else if (!rural[i]) {
                    lo[i] = 500;
                    raw[i] = 900 + 1600 * rnd.nextDouble();
                } else {
                    lo[i] = 50 + rnd.nextInt(30); // soft floor, no spike at exactly 50
                    raw[i] = StrictMath.exp(StrictMath.log(0.5 * u.stationSize()) + 0.8 * rnd.nextGaussian());
                }
            }
            int[] voters = fit(raw, lo, hi, unitVoters[ui]);
            // 3. stations
            List<Station> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Town town = towns[townOf[i]];
                String number = stationNumber(u.index(), i + 1);
                int district = unitDistricts.get((int) ((long) i * unitDistricts.size() / n));
                String address;
                double lat;
                double lon;
                if (!rural[i]) {
                    String street = pick(rnd, u.streets());
                    address = street + " " + (1 + rnd.nextInt(u.isCity() ? 180 : 120)) + ", " + town.name();
                    double r = town.urbanRadius();
                    lat = town.lat() + clamp(rnd.nextGaussian() * r / 2, -r, r);
                    double dLon = clamp(rnd.nextGaussian() * r / 2, -r, r) * 1.4;
                    lon = town.lon() + (town.side() == 1 ? Math.abs(dLon) : dLon);
                } else {
                    String village = pick(rnd, VILLAGES);
                    String street = pick(rnd, VILLAGE_STREETS);
                    address = street + " " + (1 + rnd.nextInt(60)) + ", " + village + " village, near " + town.name();
                    double r = town.ruralRadius();
                    double dLat = (rnd.nextDouble() * 2 - 1) * r;
                    double dLon = (rnd.nextDouble() * 2 - 1) * r * 1.4;
                    if (town.side() == 2) {
                        dLat = Math.abs(dLat);
                    } else if (town.side() == 1) {
                        dLon = Math.abs(dLon);
                    }
                    lat = town.lat() + dLat;
                    lon = town.lon() + dLon;
                }
                Station st = new Station(number, "Polling station No. " + number, address, u.code(), district,
                    voters[i], "", "", coord(lat), coord(lon));
                list.add(st);
            }
            byUnit.put(u.code(), list);
            all.addAll(list);
        }
        return byUnit;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static List<Station> buildAbroadStations() {
        Random rnd = new Random(SEED + 2);
        int n = MISSIONS.size();
        Set<String> countries = new LinkedHashSet<>();
        double[] raw = new double[n];
        int[] lo = new int[n];
        int[] hi = new int[n];
        for (int i = 0; i < n; i++) {
            Mission mi = MISSIONS.get(i);
            countries.add(mi.country());
            raw[i] = mi.size() * (0.8 + 0.4 * rnd.nextDouble());
            lo[i] = 30;
            hi[i] = 1500;
        }
        if (n != ABROAD_STATIONS || countries.size() != ABROAD_COUNTRIES) {
            throw new IllegalStateException("missions: " + n + " stations in " + countries.size() + " countries");
        }
        int[] voters = fit(raw, lo, hi, ABROAD_VOTERS);
        List<Station> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Mission mi = MISSIONS.get(i);
            String kind = mi.consulate() ? "Consulate General" : "Embassy";
            String number = String.format(Locale.ROOT, "%06d", 990001 + i);
            list.add(new Station(number, kind + " of Kazakhstan in " + mi.city(),
                kind + " of the Republic of Kazakhstan, " + mi.city() + ", " + mi.countryName(),
                ABROAD_UNIT.code(), 1, voters[i], mi.country(), mi.zone(), "", ""));
        }
        return list;
    }

    static String stationsCsv(List<Station> stations, Map<String, List<Station>> homeByUnit) {
        StringBuilder sb = new StringBuilder();
        long home = 0;
        long abroad = 0;
        int homeCount = 0;
        for (Station st : stations) {
            if (st.country().isEmpty()) {
                home += st.voters();
                homeCount++;
            } else {
                abroad += st.voters();
            }
        }
        comment(sb, header("polling stations."), GENERATED_NOTE,
            String.format(Locale.ROOT, "Totals: %,d stations = %,d at home + %d abroad in %d countries; %,d registered voters"
                + " = %,d at home + %,d abroad.", stations.size(), homeCount, stations.size() - homeCount,
                ABROAD_COUNTRIES, home + abroad, home, abroad),
            "Station total: the CEC's 10,233. The foreign ministry counted 10,146 at home + 77 abroad (62 countries) ="
                + " 10,223;",
            "we keep the CEC total and the 77 abroad, so 10,156 at home. Registered voters: the CEC's 12,035,578 in all;",
            "abroad: the 12,132 voters the foreign ministry reported on the lists abroad.",
            "Generated estimates, not published figures: the number of stations per region/city (in proportion to",
            "population x an assumed adult share, with bigger stations in cities), the voters of each station,",
            "the split of a unit's stations between its districts, station names, addresses and coordinates.",
            "Stations abroad are attached to district 1 (Astana) for the single-member ballot: generated assumption.",
            "Which cities abroad host a station and their sizes: plausible reconstruction, not the official list.",
            "Stations per unit (generated): " + perUnitSummary(homeByUnit));
        row(sb, "number", "name", "address", "unit", "district", "registered_voters", "country", "time_zone",
            "latitude", "longitude", "source");
        for (Station st : stations) {
            row(sb, st.number(), st.name(), st.address(), st.unit(), st.district(), st.voters(), st.country(),
                st.zone(), st.latitude(), st.longitude(), "generated");
        }
        return sb.toString();
    }

    static String perUnitSummary(Map<String, List<Station>> homeByUnit) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<Station>> e : homeByUnit.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(' ').append(e.getValue().size());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------
    // accreditations.csv
    // ------------------------------------------------------------------------------------------

    static String accreditationsCsv(Map<String, List<Station>> homeByUnit) {
        Random rnd = new Random(SEED + 3);
        StringBuilder sb = new StringBuilder();
        comment(sb, "All rows are generated demo data: people, logins and station assignments are not real.",
            header("observer accreditations."), GENERATED_NOTE,
            "Real figure: 793 international observers from 12 organisations and 41 countries (CEC). The list of the",
            "12 organisations and the numbers per organisation and country are a plausible reconstruction, not verified.",
            "Domestic organisations are invented (marked '(demo)'). The first five rows are the demo accounts in Keycloak.");
        row(sb, "organisation", "organisation_country", "full_name", "kind", "country", "login", "stations");

        // demo accounts (stations: the first ones of Astana, Almaty and Shymkent)
        List<Station> astana = homeByUnit.get("ASTANA");
        List<Station> almaty = homeByUnit.get("ALMATY");
        List<Station> shymkent = homeByUnit.get("SHYMKENT");
        row(sb, ODIHR, hq(ODIHR), "Anna Schneider", "international", "DE", "observer",
            numbers(astana.subList(0, 3)));
        row(sb, DOMESTIC_ORGS[0], "KZ", "Aigerim Nurlanovna Seitkali", "domestic", "KZ", "observer2",
            numbers(almaty.subList(0, 2)));
        row(sb, CIS_MISSION, hq(CIS_MISSION), "Dmitry Sokolov", "international", "RU", "observer3",
            numbers(shymkent.subList(0, 2)));
        row(sb, DOMESTIC_ORGS[0], "KZ", "Yerlan Maratovich Abenov", "domestic", "KZ", "coordinator", "");
        row(sb, ODIHR, hq(ODIHR), "Thomas Gruber", "international", "AT", "coordinator2", "");
        Map<String, Integer> demoPerOrg = new LinkedHashMap<>();
        demoPerOrg.put(ODIHR, 2);
        demoPerOrg.put(CIS_MISSION, 1);
        Set<String> names = new TreeSet<>(List.of("Anna Schneider", "Aigerim Nurlanovna Seitkali", "Dmitry Sokolov",
            "Yerlan Maratovich Abenov", "Thomas Gruber"));
        Set<String> citizenships = new TreeSet<>(List.of("DE", "RU", "AT"));

        // station picking: observers cover 1-3 stations of one unit
        List<String> unitCodes = new ArrayList<>(homeByUnit.keySet());
        double[] unitWeights = new double[unitCodes.size()];
        for (int i = 0; i < unitCodes.size(); i++) {
            unitWeights[i] = homeByUnit.get(unitCodes.get(i)).size();
        }

        int login = 0;
        int international = 3;
        for (Org org : ORGS) {
            int count = org.observers() - demoPerOrg.getOrDefault(org.name(), 0);
            String[] pool = org.citizenships();
            List<String> countries = new ArrayList<>();
            List<String> cover = new ArrayList<>(Arrays.asList(pool));
            for (int i = 0; i < count; i++) {
                if (!cover.isEmpty()) {
                    countries.add(cover.remove(0));
                } else {
                    // the first countries of a pool are the main senders
                    int k = Math.min(rnd.nextInt(pool.length), rnd.nextInt(pool.length));
                    countries.add(pool[k]);
                }
            }
            for (String country : countries) {
                citizenships.add(country);
                String name = foreignName(rnd, country, rnd.nextDouble() < 0.4);
                for (int attempt = 0; attempt < 30 && !names.add(name); attempt++) {
                    name = foreignName(rnd, country, rnd.nextDouble() < 0.4);
                }
                row(sb, org.name(), org.hqCountry(), name, "international", country,
                    String.format(Locale.ROOT, "obs%04d@observers.example", ++login),
                    pickStations(rnd, homeByUnit, unitCodes, unitWeights));
                international++;
            }
        }
        if (international != INTERNATIONAL_OBSERVERS || ORGS.size() != INTERNATIONAL_ORGS
            || citizenships.size() != INTERNATIONAL_COUNTRIES) {
            throw new IllegalStateException("international observers: " + international + " from " + ORGS.size()
                + " organisations, " + citizenships.size() + " countries " + citizenships);
        }

        // domestic observers (2 are demo accounts)
        for (int i = 0; i < DOMESTIC_OBSERVERS - 2; i++) {
            String org = DOMESTIC_ORGS[i % 2 == 0 ? 0 : (i % 4 == 1 ? 1 : 2)];
            String name;
            do {
                name = kazakhstaniName(rnd, rnd.nextDouble() < 0.55);
            } while (!names.add(name));
            row(sb, org, "KZ", name, "domestic", "KZ", String.format(Locale.ROOT, "obs%04d@observers.example", ++login),
                pickStations(rnd, homeByUnit, unitCodes, unitWeights));
        }

        // party agents
        for (int i = 0; i < PARTY_AGENTS; i++) {
            Party party = PARTIES.get(i % 7);
            String name;
            do {
                name = kazakhstaniName(rnd, rnd.nextDouble() < 0.45);
            } while (!names.add(name));
            String unit = unitCodes.get(weighted(rnd, unitWeights));
            List<Station> list = homeByUnit.get(unit);
            row(sb, party.nameEn(), "KZ", name, "party_agent", "KZ",
                String.format(Locale.ROOT, "obs%04d@observers.example", ++login),
                list.get(rnd.nextInt(list.size())).number());
        }
        return sb.toString();
    }

    static String hq(String orgName) {
        for (Org o : ORGS) {
            if (o.name().equals(orgName)) {
                return o.hqCountry();
            }
        }
        throw new IllegalArgumentException(orgName);
    }

    static String numbers(List<Station> list) {
        StringBuilder sb = new StringBuilder();
        for (Station st : list) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(st.number());
        }
        return sb.toString();
    }

    static int weighted(Random rnd, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = rnd.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** 1-3 distinct stations close together (same unit, nearby numbers). */
    static String pickStations(Random rnd, Map<String, List<Station>> homeByUnit, List<String> unitCodes,
                               double[] unitWeights) {
        double r = rnd.nextDouble();
        int k = r < 0.3 ? 1 : r < 0.75 ? 2 : 3;
        List<Station> list = homeByUnit.get(unitCodes.get(weighted(rnd, unitWeights)));
        int start = rnd.nextInt(list.size());
        Set<Integer> chosen = new TreeSet<>();
        chosen.add(start);
        while (chosen.size() < k) {
            int j = Math.floorMod(start + rnd.nextInt(21) - 10, list.size());
            chosen.add(j);
        }
        List<Station> picked = new ArrayList<>();
        for (int j : chosen) {
            picked.add(list.get(j));
        }
        return numbers(picked);
    }
}
