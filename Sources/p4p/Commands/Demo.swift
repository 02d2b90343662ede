import ArgumentParser
import Foundation
import P4PDemo
import P4PStore

extension DemoScale: ExpressibleByArgument {}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic, repeatable demo database.",
        discussion: """
            small: 10-30 hearings on today's docket. county: about one county-year, ~1,500 parents. \
            state: ten years of a statewide program (every Washington county; 224,000 parents, 1,050,000 hearings, \
            2,300,000 contacts and the 6,000,000 audit entries their work wrote), with today's screens as busy as one large \
            county's; it takes about 2½ minutes on a release build and writes a 2 GB file.
            """)

    @Option(help: ArgumentHelp("The database file to write; must not exist yet.", valueName: "path"))
    var db: String

    @Option(help: "small, county or state.")
    var scale: DemoScale = .small

    @Option(help: "The same seed gives the same program.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The day the demo is built around (YYYY-MM-DD).", valueName: "date"))
    var today: String?

    func run() throws {
        let day = try Paths.today(option: today)
        let started = Date()
        let store = try DemoDatabase.make(at: db, today: day, scale: scale, seed: seed)
        let caseloads = try store.caseloads().count
        let docket = try store.docket(on: day, matching: nil, page: PageRequest(offset: 0, limit: 0)).total
        let unassigned = try store.unassignedParents(asOf: day, matching: nil, page: PageRequest(offset: 0, limit: 0)).total
        let overdue = try store.overdueFollowUps(asOf: day, matching: nil, page: PageRequest(offset: 0, limit: 0)).total
        let tenths = Int((Date().timeIntervalSince(started) * 10).rounded())
        say(Phrase("cli.demoWritten", [
            "path": .text(db), "scale": .text(scale.rawValue), "seed": .text(String(seed)), "today": .day(day, .iso),
            "seconds": .text("\(tenths / 10).\(tenths % 10)"), "allies": .number(caseloads), "docket": .number(docket),
            "unassigned": .number(unassigned), "overdue": .number(overdue),
        ]))
    }
}
