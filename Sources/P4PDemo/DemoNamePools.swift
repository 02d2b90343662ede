/// Names from the communities that Washington's dependency courts serve. Data only: how a full
/// name is put together lives in DemoPeople.swift.

/// How a community writes a full name.
enum DemoNameStyle {
    /// "Given Family".
    case western
    /// "Given Paternal [Maternal]": about four in ten carry both surnames.
    case hispanic
    /// "Family Middle Given" with tones ("Nguyễn Thị Hồng"); English speakers often "Hong Nguyen".
    case vietnamese
    /// "Given Father Grandfather" ("Hodan Abdi Warsame").
    case somali
    /// "Given Family", Latin or Cyrillic, Russian surnames gendered.
    case slavic
    /// "Given Father" (no family name), Latin or Ge'ez script.
    case ethiopian
    /// Family then given, no space, in Han or Hangul.
    case eastAsian
}

/// One name in two scripts; `native` is nil where the community writes in Latin letters.
struct DemoName {
    let latin: String
    let native: String?
    init(_ latin: String, _ native: String? = nil) { self.latin = latin; self.native = native }
}

/// A surname that may differ by gender (Иванов / Иванова).
struct DemoSurname {
    let male: DemoName
    let female: DemoName
    init(_ latin: String, _ native: String? = nil) {
        male = DemoName(latin, native); female = male
    }
    init(male: DemoName, female: DemoName) { self.male = male; self.female = female }
}

struct DemoCommunity {
    let key: String
    /// Share of the families served, out of 100.
    let weight: Int
    let style: DemoNameStyle
    let female: [DemoName]
    let male: [DemoName]
    let surnames: [DemoSurname]
    let children: [DemoName]
    /// Preferred language and how often, out of 100.
    let languages: [(String, Int)]
    /// Chance a parent who prefers a language other than English needs a court interpreter.
    let interpreter: Double
    /// Chance a parent who prefers the community language writes the name in its own script.
    let nativeScript: Double

    static func names(_ list: String) -> [DemoName] {
        list.split(separator: ",").map { DemoName(String($0).trimmingCharacters(in: .whitespaces)) }
    }
    static func surnames(_ list: String) -> [DemoSurname] {
        names(list).map { DemoSurname($0.latin) }
    }
    static func pairs(_ list: [(String, String)]) -> [DemoName] { list.map { DemoName($0.0, $0.1) } }
}

extension DemoCommunity {
    static let all: [DemoCommunity] = [anglo, latino, africanAmerican, native, vietnamese, somali,
                                       slavic, marshallese, chinese, korean, ethiopian, afghan, samoan]

    static let anglo = DemoCommunity(
        key: "anglo", weight: 31, style: .western,
        female: names("Jessica, Ashley, Amanda, Brittany, Kayla, Heather, Samantha, Megan, Amber, Stephanie, Danielle, Courtney, Kaitlyn, Shelby, Tara, Cassandra, Chelsea, Whitney, Misty, Krista"),
        male: names("Joshua, Tyler, Brandon, Justin, Kyle, Cody, Dustin, Travis, Jeremy, Derek, Zachary, Shane, Austin, Jacob, Cory, Brent, Chad, Nathan"),
        surnames: surnames("Miller, Johnson, Anderson, Peterson, Olsen, Larson, Smith, Thompson, Wilson, Davis, Baker, Hansen, Nelson, Carlson, Schmidt, Fischer, Murphy, Kelly, Sullivan, Walsh, Reed, Cooper, Bishop, Holt, McAllister, O'Brien, Lindgren, Sorensen, Pruitt, Hollister"),
        children: names("Liam, Emma, Mason, Harper, Wyatt, Paisley, Brantley, Kinsley, Jaxon, Aubree, Ryder, Maddox, Everly, Hazel, Easton, Oaklee"),
        languages: [("English", 100)], interpreter: 0, nativeScript: 0)

    static let latino = DemoCommunity(
        key: "latino", weight: 21, style: .hispanic,
        female: names("María, Guadalupe, Ana, Rosa, Verónica, Alejandra, Yesenia, Marisol, Leticia, Araceli, Juana, Sofía, Itzel, Daniela, Brenda, Mónica, Berenice, Noemí, Xóchitl, María Elena"),
        male: names("José, Juan, Luis, Jesús, Miguel, Ángel, Carlos, Francisco, Héctor, Raúl, Adrián, Efraín, Óscar, Rubén, José Luis, Juan Carlos, Tomás, Joaquín"),
        surnames: surnames("Pérez, Núñez, García, Hernández, Martínez, López, González, Rodríguez, Sánchez, Ramírez, Cruz, Flores, Gómez, Díaz, Reyes, Morales, Jiménez, Gutiérrez, Chávez, Ramos, Mendoza, Vásquez, Castillo, Álvarez, Ibáñez, Muñoz, Peña, Orozco, Zúñiga, Villaseñor, Cervantes, Mejía, De la Cruz"),
        children: names("Mateo, Sofía, Valentina, Santiago, Ximena, Diego, Camila, Emiliano, Dulce, Josué, Jazmín, Ángel, Génesis, Iker, Leilani, Yaretzi"),
        languages: [("Spanish", 55), ("English", 40), ("Mam", 5)], interpreter: 0.7, nativeScript: 0)

    static let africanAmerican = DemoCommunity(
        key: "african-american", weight: 10, style: .western,
        female: names("Aaliyah, Keisha, Tamika, Shanice, Imani, Latoya, Ebony, Jasmine, Destiny, Monique, Tiara, Kiara, Precious, Janae, Ciara"),
        male: names("DeShawn, Marcus, Terrence, Jamal, Darnell, Andre, Tyrone, Malik, Dante, Jalen, Reginald, Cedric, Rashad, Dominique"),
        surnames: surnames("Washington, Jackson, Robinson, Harris, Coleman, Jefferson, Freeman, Banks, Brooks, Simmons, Bryant, Gaines, Booker, Mitchell, Ellis, Dorsey, Whitaker, Mayfield"),
        children: names("Jayden, Amari, Zion, Nevaeh, Kai, Aaliyah, Jabari, Ayana, Malachi, Journee, Trinity, Josiah, Khalil, Egypt"),
        languages: [("English", 100)], interpreter: 0, nativeScript: 0)

    /// Lummi, Yakama, Tulalip and Puyallup families: ICWA cases, English at court.
    static let native = DemoCommunity(
        key: "native", weight: 9, style: .western,
        female: names("Tanya, Crystal, Brandy, Shawna, Rhonda, Krystal, Tiffany, Kayla, Desiree, Mariah, Winona, Lorraine, Autumn, Raven"),
        male: names("Clifford, Travis, Randall, Dustin, Cody, Jared, Lance, Floyd, Darrell, Wayne, Vernon, Russell, Elias"),
        surnames: surnames("Cagey, Jim, Sampson, Wallahee, Tom, Washines, Sohappy, Hillaire, Solomon, James, Charles, Lane, Jack, Olney, Shippentower, Squally, Bill, Ike, Totus, Whitefoot, Tallman, Jimicum, George, Finkbonner"),
        children: names("Kaya, Tala, Waylon, Aiyana, Koda, Dakota, Sage, Nova, Cheyenne, River, Lily, Hunter, Skye"),
        languages: [("English", 100)], interpreter: 0, nativeScript: 0)

    static let vietnamese = DemoCommunity(
        key: "vietnamese", weight: 5, style: .vietnamese,
        female: names("Hồng, Lan, Mai, Hương, Thảo, Linh, Ngọc, Trang, Hạnh, Phương, Thu, Nhung, Loan, Yến, Hoa, Diệp"),
        male: names("Minh, Tuấn, Hùng, Dũng, Long, Quang, Hải, Thành, Phúc, Khoa, Việt, Sơn, Bình, Trung"),
        surnames: surnames("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý"),
        children: names("Bảo, An, Khánh, Vy, Nam, Tâm, Huy, My, Thư, Duy, Kim, Tú"),
        languages: [("Vietnamese", 55), ("English", 45)], interpreter: 0.8, nativeScript: 0)

    static let somali = DemoCommunity(
        key: "somali", weight: 4, style: .somali,
        female: names("Hodan, Faadumo, Sahra, Ayaan, Hibo, Asha, Fartun, Nimco, Ubah, Sagal, Halima, Khadra, Hawa, Muna, Ikran, Deeqa, Sucaad"),
        male: names("Abdi, Mohamed, Ahmed, Hassan, Abdirahman, Yusuf, Ali, Omar, Abdullahi, Ibrahim, Mahad, Liban, Farah, Bashir, Abdiwali"),
        surnames: surnames("Abdi, Warsame, Hassan, Farah, Jama, Mohamud, Osman, Ismail, Aden, Nur, Egal, Dirie, Yusuf, Hersi, Abdullahi, Guled, Samatar, Elmi"),
        children: names("Sumaya, Abdirahman, Hamza, Ayan, Bilan, Zakariye, Ilhan, Khalid, Maryan, Sharmarke, Hamdi, Najma"),
        languages: [("Somali", 60), ("English", 40)], interpreter: 0.75, nativeScript: 0)

    /// Russian- and Ukrainian-speaking families; many write their names in Cyrillic.
    static let slavic = DemoCommunity(
        key: "slavic", weight: 6, style: .slavic,
        female: pairs([("Olga", "Ольга"), ("Natalia", "Наталья"), ("Svetlana", "Светлана"), ("Irina", "Ирина"),
                       ("Tetiana", "Тетяна"), ("Oksana", "Оксана"), ("Yulia", "Юлия"), ("Anastasia", "Анастасия"),
                       ("Kateryna", "Катерина"), ("Lyudmila", "Людмила"), ("Viktoria", "Виктория"), ("Halyna", "Галина")]),
        male: pairs([("Oleksandr", "Олександр"), ("Dmitri", "Дмитрий"), ("Sergei", "Сергей"), ("Ivan", "Иван"),
                     ("Mykola", "Микола"), ("Andriy", "Андрій"), ("Viktor", "Виктор"), ("Pavel", "Павел"),
                     ("Vasyl", "Василь"), ("Yuriy", "Юрій"), ("Roman", "Роман")]),
        surnames: [("Petrenko", "Петренко"), ("Kovalenko", "Коваленко"), ("Shevchenko", "Шевченко"),
                   ("Bondarenko", "Бондаренко"), ("Tkachenko", "Ткаченко"), ("Melnyk", "Мельник"),
                   ("Kravchuk", "Кравчук"), ("Moroz", "Мороз"), ("Lysenko", "Лисенко"), ("Savchuk", "Савчук"),
                   ("Boyko", "Бойко")].map { DemoSurname($0.0, $0.1) }
            + [("Ivanov", "Иванов"), ("Popov", "Попов"), ("Sokolov", "Соколов"), ("Volkov", "Волков"),
               ("Kuznetsov", "Кузнецов")].map {
                DemoSurname(male: DemoName($0.0, $0.1), female: DemoName($0.0 + "a", $0.1 + "а"))
            },
        children: pairs([("Artem", "Артем"), ("Sofia", "Софія"), ("Maksym", "Максим"), ("Anna", "Анна"),
                         ("Daniil", "Даниил"), ("Veronika", "Вероника"), ("Bohdan", "Богдан"), ("Milana", "Милана"),
                         ("Timofei", "Тимофей"), ("Alisa", "Алиса")]),
        languages: [("Russian", 40), ("Ukrainian", 20), ("English", 40)], interpreter: 0.7, nativeScript: 0.6)

    static let marshallese = DemoCommunity(
        key: "marshallese", weight: 5, style: .western,
        female: names("Lijimi, Linta, Jemina, Rosina, Neiar, Tarines, Junita, Lijon, Meriam, Anjela, Emlain"),
        male: names("Jelton, Jebro, Kiton, Alson, Hemos, Rellong, Kunio, Nelson, Jiton, Litokwa, Hilton, Jeban"),
        surnames: surnames("Lanki, Kabua, Loeak, Zackhras, Heine, deBrum, Kattil, Anjain, Note, Balos, Jibas, Lajuon, Langidrik, Bien, Jetnil, Kilma, Laik, Tomeing"),
        children: names("Jonah, Kiora, Lijon, Jemi, Tarin, Nelia, Kobe, Aiko, Ruthie, Jiton, Benjamin, Tina"),
        languages: [("Marshallese", 60), ("English", 40)], interpreter: 0.8, nativeScript: 0)

    static let chinese = DemoCommunity(
        key: "chinese", weight: 1, style: .eastAsian,
        female: names("美玲, 小燕, 丽华, 秀英, 嘉欣"),
        male: names("建国, 伟, 志强, 家豪, 俊杰"),
        surnames: surnames("陈, 林, 黄, 王, 李, 张, 刘, 吴, 梁"),
        children: names("小明, 思雨, 浩然, 欣怡"),
        languages: [("Cantonese", 40), ("Mandarin", 40), ("English", 20)], interpreter: 0.85, nativeScript: 1)

    static let korean = DemoCommunity(
        key: "korean", weight: 1, style: .eastAsian,
        female: names("민지, 수진, 지영, 은정, 하나"),
        male: names("준호, 성민, 현우, 동현"),
        surnames: surnames("김, 이, 박, 최, 정"),
        children: names("서연, 민준, 지우, 하준"),
        languages: [("Korean", 70), ("English", 30)], interpreter: 0.8, nativeScript: 1)

    static let ethiopian = DemoCommunity(
        key: "ethiopian", weight: 2, style: .ethiopian,
        female: pairs([("Selamawit", "ሰላማዊት"), ("Meron", "ሜሮን"), ("Tigist", "ትግስት"), ("Hiwot", "ሕይወት"),
                       ("Almaz", "አልማዝ"), ("Saba", "ሳባ")]),
        male: pairs([("Dawit", "ዳዊት"), ("Tesfaye", "ተስፋዬ"), ("Yonas", "ዮናስ"), ("Bereket", "በረከት"), ("Henok", "ሄኖክ")]),
        surnames: [("Tesfaye", "ተስፋዬ"), ("Haile", "ኃይሌ"), ("Girma", "ግርማ"), ("Bekele", "በቀለ"), ("Alemu", "አለሙ"),
                   ("Kebede", "ከበደ"), ("Gebremedhin", "ገብረመድህን")].map { DemoSurname($0.0, $0.1) },
        children: pairs([("Liya", "ሊያ"), ("Nahom", "ናሆም"), ("Yonas", "ዮናስ"), ("Hanna", "ሐና")]),
        languages: [("Amharic", 45), ("Tigrinya", 20), ("English", 35)], interpreter: 0.75, nativeScript: 0.5)

    static let afghan = DemoCommunity(
        key: "afghan", weight: 2, style: .western,
        female: names("Fatima, Zarghona, Mariam, Nazanin, Farzana, Shabnam, Parwana"),
        male: names("Ahmad, Mohammad, Naveed, Hamid, Farid, Javid, Sayed"),
        surnames: surnames("Ahmadi, Hakimi, Rahimi, Popal, Wardak, Noori, Sultani, Hashimi, Karimi"),
        children: names("Mariam, Ahmad, Zahra, Mustafa, Sana, Omid"),
        languages: [("Dari", 50), ("Pashto", 20), ("English", 30)], interpreter: 0.85, nativeScript: 0)

    static let samoan = DemoCommunity(
        key: "samoan", weight: 2, style: .western,
        female: names("Sina, Malia, Alofa, Losa, Fetu, Teuila"),
        male: names("Tavita, Iosefa, Sione, Pita, Malakai"),
        surnames: surnames("Faleolo, Tuiasosopo, Leota, Fuimaono, Sapolu, Tuilagi, Aumua, Matagi"),
        children: names("Sina, Tavita, Malia, Iosefa, Leilani, Sione"),
        languages: [("Samoan", 30), ("English", 70)], interpreter: 0.6, nativeScript: 0)

    /// Everyday names people give the court clerk ("Lupe" for Guadalupe).
    static let nicknames: [String: String] = [
        "Guadalupe": "Lupe", "Jesús": "Chuy", "Francisco": "Paco", "Alejandra": "Ale", "José Luis": "Pepe",
        "Jessica": "Jess", "Samantha": "Sam", "Joshua": "Josh", "Zachary": "Zach", "Cassandra": "Cassie",
        "Abdirahman": "Abdi", "Faadumo": "Fadumo", "Oleksandr": "Sasha", "Kateryna": "Katya",
        "Anastasia": "Nastya", "Dmitri": "Dima", "Viktoria": "Vika", "Selamawit": "Selam",
        "Reginald": "Reggie", "Dominique": "Nikki", "Iosefa": "Joe",
    ]

    /// English names East Asian parents often go by.
    static let englishNames = (female: ["Amy", "Linda", "Jenny", "Grace", "Sarah"], male: ["Kevin", "Eric", "Tony", "Daniel", "Paul"])
}
