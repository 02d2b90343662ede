import Foundation
import P4PStore

/// Ten years of a statewide program: one large county still busy today (Pierce, the county
/// demo's courthouse and staff, over ten years), and every other Washington county whose program
/// ran for some of those years and ended, so its cases, files and follow-ups have all closed the
/// way the program closes them. Each county is generated on its own random streams, so the same
/// options give the same records however the work is shared between cores.
enum DemoState {
    struct County {
        let name: String
        /// Told after the county's case numbers ("24-7-00412-3 YAK").
        let code: String
        let area: String
        /// Thousands of people, for the county's share of the cases.
        let people: Double
    }

    /// The busy county: the county demo's Pierce, with ten years behind it.
    static let busyCounty = DemoScaleParameters(
        historyDays: 3_650, caseCount: 3_130, freshToday: 5...7, freshSoon: 3...4, docketToday: 26...38,
        serviceDays: 80...210, overdue: 70...110, allyCount: 14, courtrooms: DemoProgram.courtrooms, county: "Pierce",
        inactiveAlly: DemoProgram.inactiveAlly(count: 14), closesFollowUpsWithFile: true, streamPrefix: "Pierce/")

    /// Cases over the years of all the other counties' programs together.
    static let otherCases = 135_000

    static let others: [County] = [
        County(name: "King", code: "KIN", area: "206", people: 2_270), County(name: "Snohomish", code: "SNO", area: "425", people: 830),
        County(name: "Spokane", code: "SPO", area: "509", people: 540), County(name: "Clark", code: "CLA", area: "360", people: 500),
        County(name: "Thurston", code: "THU", area: "360", people: 300), County(name: "Kitsap", code: "KIT", area: "360", people: 275),
        County(name: "Yakima", code: "YAK", area: "509", people: 256), County(name: "Whatcom", code: "WHA", area: "360", people: 230),
        County(name: "Benton", code: "BEN", area: "509", people: 210), County(name: "Skagit", code: "SKA", area: "360", people: 130),
        County(name: "Cowlitz", code: "COW", area: "360", people: 110), County(name: "Grant", code: "GRA", area: "509", people: 100),
        County(name: "Franklin", code: "FRA", area: "509", people: 97), County(name: "Island", code: "ISL", area: "360", people: 86),
        County(name: "Lewis", code: "LEW", area: "360", people: 85), County(name: "Chelan", code: "CHE", area: "509", people: 80),
        County(name: "Clallam", code: "CLL", area: "360", people: 78), County(name: "Grays Harbor", code: "GRH", area: "360", people: 76),
        County(name: "Mason", code: "MAS", area: "360", people: 67), County(name: "Walla Walla", code: "WAL", area: "509", people: 62),
        County(name: "Whitman", code: "WHI", area: "509", people: 48), County(name: "Stevens", code: "STE", area: "509", people: 47),
        County(name: "Kittitas", code: "KTT", area: "509", people: 45), County(name: "Douglas", code: "DOU", area: "509", people: 44),
        County(name: "Okanogan", code: "OKA", area: "509", people: 43), County(name: "Jefferson", code: "JEF", area: "360", people: 33),
        County(name: "Pacific", code: "PAC", area: "360", people: 24), County(name: "Klickitat", code: "KLI", area: "509", people: 23),
        County(name: "Asotin", code: "ASO", area: "509", people: 22), County(name: "Adams", code: "ADA", area: "509", people: 20),
        County(name: "San Juan", code: "SAN", area: "360", people: 18), County(name: "Pend Oreille", code: "PEN", area: "509", people: 14),
        County(name: "Skamania", code: "SKM", area: "509", people: 12), County(name: "Lincoln", code: "LIN", area: "509", people: 11),
        County(name: "Ferry", code: "FER", area: "509", people: 7), County(name: "Wahkiakum", code: "WAH", area: "360", people: 4.5),
        County(name: "Columbia", code: "COL", area: "509", people: 4), County(name: "Garfield", code: "GAR", area: "509", people: 2),
    ]

    /// Writes the state's program into `load`: every county's records, the other counties'
    /// allies no longer active, the busy county's people able to sign in, and the audit log of
    /// the whole history, oldest first.
    static func fill(_ load: inout ProgramLoad, _ options: DemoOptions) throws {
        let parameters = countyParameters(options)
        var worlds = DemoParallel.map(parameters.count) { DemoWorld.generate(options, params: parameters[$0]) }
        for i in worlds.indices.dropFirst() {
            for a in worlds[i].allies.indices { worlds[i].allies[a].active = false }
        }
        var next = DemoIdOffsets()
        let starts = worlds.map { world in defer { next = next.after(world) }; return next }
        for (world, start) in zip(worlds, starts) { world.append(to: &load, at: start) }
        if options.withUsers { load.users = try DemoUsers.users(allies: worlds[0].allies) }
        let signsIn = Set(load.users.map(\.name))
        let finished = worlds
        let histories = DemoParallel.map(finished.count) { finished[$0].auditHistory(at: starts[$0], signsIn: signsIn) }
        load.auditEntries = DemoAuditRecord.merged(histories)
    }

    /// The busy county, then the others (as many as `options.counties` allows, the smallest), each with its
    /// share of the cases, its own staff and courtrooms, and the years its program ran.
    static func countyParameters(_ options: DemoOptions) -> [DemoScaleParameters] {
        let counties = Array(others.suffix(max(0, (options.counties ?? others.count + 1) - 1)))
        // Shares grow slower than population: small counties file more cases per person.
        let total = others.reduce(0) { $0 + pow($1.people, 0.45) }
        var taken = Set(DemoProgram.allies.map(\.name))
        var result = [busyCounty]
        for county in counties {
            var rng = DemoRandom(seed: options.seed, stream: county.name + "/program")
            // Joined the program in its first years; ended between three and five years ago.
            let historyDays = 3_650 - rng.int(0...500)
            let endedDaysAgo = 1_100 + rng.int(0...700)
            let cases = max(60, Int(Double(otherCases) * pow(county.people, 0.45) / total))
            let years = Double(historyDays - endedDaysAgo) / 365
            // The busy county's Parent Allies each take about 22 new cases a year.
            let allyCount = max(2, Int((Double(cases) / years / 22).rounded()))
            let roster = (0..<allyCount).map { _ in ally(unlike: &taken, &rng) }
            let neighbours = others.filter { $0.name != county.name }.map(\.name)
            result.append(DemoScaleParameters(
                historyDays: historyDays, caseCount: cases, freshToday: 0...0, freshSoon: 0...0, docketToday: 0...0,
                serviceDays: 25...60, overdue: 0...0, allyCount: allyCount,
                courtrooms: courtrooms(max(1, min(6, allyCount / 2)), &rng), county: county.name,
                roster: roster, inactiveAlly: nil, neighbourAllies: [], neighbourCounty: county.name,
                otherCounties: (0..<3).map { _ in rng.pick(neighbours) }, allyArea: county.area,
                parentAreas: [county.area, county.area, county.area, county.area, rng.pick(["206", "253", "360", "425", "509"])],
                caseNumberSuffix: " " + county.code, intakeEndsDaysAgo: endedDaysAgo, closesFollowUpsWithFile: true,
                streamPrefix: county.name + "/"))
        }
        return result
    }

    /// A Parent Ally of another county: a name no one else in the state has (a user is linked
    /// to the ally of their name), the languages they speak, their lived experience and limit.
    private static func ally(unlike taken: inout Set<String>, _ rng: inout DemoRandom) -> Ally {
        var person = DemoPeople.parent(female: rng.chance(0.8), community: DemoPeople.community(&rng), &rng)
        while taken.contains(person.name) {
            person = DemoPeople.parent(female: rng.chance(0.8), community: DemoPeople.community(&rng), &rng)
        }
        taken.insert(person.name)
        let experience = ["recovery", "domestic-violence", "mental-health", "incarceration", "foster-care"]
        var lived = [rng.pick(experience)]
        let second = rng.pick(experience)
        if rng.chance(0.5), second != lived[0] { lived.append(second) }
        return Ally(name: person.name, languages: person.language == "English" ? ["English"] : ["English", person.language],
                    livedExperience: lived, caseloadLimit: rng.int(8...15))
    }

    private static func courtrooms(_ count: Int, _ rng: inout DemoRandom) -> [DemoCourtroom] {
        (1...count).map { n in
            let officer = DemoPeople.parent(female: rng.chance(0.5), community: DemoPeople.community(&rng), &rng).familyName
            return DemoCourtroom(name: "Dept \(n)", officer: (rng.chance(0.6) ? "Judge " : "Cmsr. ") + officer)
        }
    }
}

/// Work shared over the machine's cores; results in the order asked for.
enum DemoParallel {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, body($0)) }
        return slots.values
    }

    private final class Slots<T>: @unchecked Sendable {
        private var items: [T?]
        private let lock = NSLock()
        init(_ count: Int) { items = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.withLock { items[index] = value } }
        var values: [T] { lock.withLock { items.map { $0! } } }
    }
}
