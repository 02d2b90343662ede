import ArgumentParser
import Foundation
import P4PController
import P4PDemo
import P4PStore
import P4PTerminal

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure a database as a kiosk would use it: every action's time, the first frame, peak memory.",
        discussion: """
            Replays a scripted session in this process: each pane paged to its end, other days (] [ t), a \
            filter typed in Overdue a character at a time, the parent on Overdue with the most contacts \
            opened with their audit log (L, C-s), a contact logged from their file and a waiting parent \
            assigned (--rounds times). Each key is timed from the key to the screen drawn again, with \
            what it read off the key path arrived. Prints per action p50, p99 and max beside the goals \
            (navigation and filtering p99 5 ms, a saved contact shown 20 ms, the audit log 50 ms); the \
            first frame in this process (open, sign in, draw) and as a whole `p4p screen` process \
            (median of --runs, goal 150 ms); and the peak memory of a whole process signing in with a \
            PIN (goal 50 MB; on a demo `p4p screen` typing the supervisor's PIN, elsewhere one PIN check \
            with the standard setting). It runs on any database, finding what it needs in the data and \
            saying what it skipped. It never changes the file: everything runs on a copy made beside it \
            (owner-only, read by SQLite's online backup, which writes nothing to the file; removed at the end). \
            --db postgres://… measures a demo database moved to a server (p4p migrate) in place, its saves \
            written there; any other server database is refused. --compare OTHER runs \
            the same on another file and prints both side by side with ratios. Build with -c release \
            to measure. With --import-rows N, measure instead how long importing an N-row court \
            calendar holds the write lock (target under 1 s), on a scratch copy; the calendar is made \
            from its docket and names, so use a demo (`p4p demo --scale county`). `p4p bench writers` \
            runs several processes saving at once and counts failures and lost writes.
            """,
        subcommands: [BenchWriters.self])

    @OptionGroup var options: DatabaseOptions

    @Option(help: ArgumentHelp("Screen size as COLUMNSxROWS.", valueName: "size"))
    var size: String = "120x40"

    @Option(help: "How many whole `p4p screen` processes to time for the first frame (and in-process opens).")
    var runs: Int = 5

    @Option(help: "How many times to replay the scripted session (each logs a contact and assigns a parent).")
    var rounds: Int = 3

    @Option(help: ArgumentHelp("Measure this database too and print both side by side.", valueName: "other"))
    var compare: String?

    @Option(help: ArgumentHelp("Measure importing a court calendar of this many rows instead.", valueName: "rows"))
    var importRows: Int?

    @Option(help: ArgumentHelp("With --import-rows: also keep the calendar made, as this new file.", valueName: "file"))
    var saveCalendar: String?

    /// Set in the process `p4p bench` starts to measure a PIN sign-in's memory on a database
    /// whose PINs it does not know: draw the sign-in, check one PIN with the standard setting.
    @Flag(help: .hidden)
    var pinProbe = false

    func validate() throws {
        guard Size(size) != nil else { throw ValidationError("--size: \"\(size)\" is not a size; write COLUMNSxROWS") }
        guard runs >= 1 else { throw ValidationError("--runs: must be at least 1") }
        guard rounds >= 1 else { throw ValidationError("--rounds: must be at least 1") }
        if let importRows, importRows < 1 { throw ValidationError("--import-rows: must be at least 1") }
        if saveCalendar != nil, importRows == nil { throw ValidationError("--save-calendar goes with --import-rows") }
        if compare != nil, importRows != nil { throw ValidationError("--compare goes without --import-rows") }
    }

    func run() throws {
        let today = try options.resolvedToday()
        let path = options.db ?? Paths.defaultDatabase()
        if pinProbe { return try Self.probePIN(path, size: Size(size)!) }
        if let importRows {
            return try ImportBench.run(rows: importRows, database: path, today: today, saveCalendar: saveCalendar)
        }
        let bench = BenchRun(today: today, size: Size(size)!, sizeText: size, runs: runs, rounds: rounds)
        let measured = try ([path] + (compare.map { [$0] } ?? [])).map { try bench.measure($0) }
        print("p4p bench · today \(today.iso) · \(size) · \(rounds) rounds · \(runs) runs"
              + ([path] + (compare.map { [$0] } ?? [])).map { ServerAddress.names($0)
                    ? " · a server's demo database measured in place: the rounds' contacts and assignments are saved there"
                    : " · each file measured on a copy beside it, removed after; the file itself is not changed" }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined())
        for (index, figures) in measured.enumerated() {
            let name = measured.count == 2 ? (index == 0 ? "A " : "B ") : ""
            print("\(name)\(figures.database): " + figures.about.joined(separator: "; "))
            print("  peak memory measured by \(figures.pinHow)")
            for skipped in figures.skipped { print("  skipped: \(skipped)") }
        }
        print("")
        for line in BenchTable.lines(measured) { print(line) }
    }

    /// The hidden child: the sign-in drawn, one PIN checked with the standard setting.
    private static func probePIN(_ path: String, size: Size) throws {
        let store = try openFile(path)
        _ = Headless.run(DeskSession(store: store, today: Day.current(), language: .english), size: size, keys: [])
        let hashed = try SecretHash.make("246810")
        _ = try hashed.matches("246810")
    }

    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }
}

/// One database measured: a scratch copy made, the in-process first frames and session, the
/// whole processes, the copy removed (on every way out of `measure`).
struct BenchRun {
    let today: Day
    let size: Size
    let sizeText: String
    let runs: Int
    let rounds: Int

    /// A file is measured on a copy beside it; a server's database in place, and only a demo's
    /// (the session's saves are written to it).
    func measure(_ location: String) throws -> BenchFigures {
        guard ServerAddress.names(location) else {
            return try BenchScratch.with(copyOf: location) { scratch in try measure(location, at: scratch.path) }
        }
        return try measure(location, at: location)
    }

    private func measure(_ name: String, at location: String) throws -> BenchFigures {
        var figures = BenchFigures(database: name, onServer: ServerAddress.names(location))
        let store = try openStore(location)
        let users = try store.users().filter(\.active)
        let user = users.first { $0.role != .ally } ?? users.first
        let isDemo = try store.setting(DemoDatabase.madeForKey) != nil
        store.close()
        if ServerAddress.names(location), !isDemo { throw Failure(Phrase("cli.benchServerDemoOnly", ["address": .text(location)])) }
        if !users.isEmpty, user == nil { figures.skipped.append("signing in: no active user") }

        for _ in 0..<runs { figures.firstFrameInProcess.append(try firstFrame(location, as: user)) }
        try session(location, as: user, into: &figures)
        try wholeProcesses(location, as: user, isDemo: isDemo, into: &figures)
        return figures
    }

    /// Open, sign in, every pane read, drawn: what a kiosk does before anyone sees anything.
    private func firstFrame(_ path: String, as user: User?) throws -> Double {
        let start = DispatchTime.now()
        let store = try openStore(path)
        let session = DeskSession(store: store, today: today, language: .english)
        if let user { session.signedIn(as: user) }
        _ = Headless.run(session, size: size, keys: [])
        let elapsed = Bench.milliseconds(since: start)
        store.close()
        return elapsed
    }

    private func session(_ path: String, as user: User?, into figures: inout BenchFigures) throws {
        let store = try openStore(path)
        defer { store.close() }
        var bench = BenchSession(store: store, user: user, today: today, size: size, figures: figures)
        let state = bench.state
        figures.about = ["docket \(state.docket.total), unassigned \(state.unassigned.total), overdue \(state.overdue.total) rows today",
                         try (store as? SQLiteStore).map { try $0.commitsAreSynced() ? "saves synced to disk (synchronous FULL)" : "saves NOT synced to disk (synchronous below FULL)" }
                            ?? "on a server: saves as durable as the server's settings make them"]
        var opened: [LongHistory] = []
        for _ in 0..<rounds {
            let onOverdue = try store.overdueFollowUps(asOf: today, matching: nil, page: PageRequest(offset: 0, limit: 1_000_000))
            let subject = try store.longestHistory(among: onOverdue.rows.map(\.parentId))
            if let subject { opened.append(subject) } else { bench.figures.skipped.append("opening a parent: nobody is on Overdue") }
            try bench.round(subject: subject)
        }
        let about = figures.about
        figures = bench.figures
        figures.about = about
        if let most = opened.max(by: { $0.contacts < $1.contacts }) {
            figures.about.append("parents opened have up to \(most.contacts) contacts and \(most.auditEntries) audit entries")
        }
        figures.skipped = Array(NSOrderedSet(array: figures.skipped).array as! [String])
    }

    /// `p4p screen` as a whole process: the first frame (median of `runs`), and the peak memory of
    /// a PIN sign-in.
    private func wholeProcesses(_ path: String, as user: User?, isDemo: Bool, into figures: inout BenchFigures) throws {
        var screen = ["screen", "--db", path, "--today", today.iso, "--size", sizeText]
        if let user { screen += ["--as", user.name] }
        for _ in 0..<runs {
            let run = try BenchProcess.run(screen)
            if run.status != 0 { figures.skipped.append("first frame, whole process: p4p screen ended with status \(run.status)"); break }
            figures.firstFrameProcess.append(run.milliseconds)
        }
        let signIn: BenchProcess.Run
        if isDemo {
            let name = DemoUsers.supervisor.name.split(separator: " ").first.map(String.init) ?? ""
            signIn = try BenchProcess.run(["screen", "--db", path, "--today", today.iso, "--size", sizeText,
                                           "--keys", "\(name) Enter \(DemoUsers.supervisor.pin) Enter"])
            figures.pinHow = "p4p screen signing in with the demo supervisor's PIN"
        } else {
            signIn = try BenchProcess.run(["bench", "--pin-probe", "--db", path, "--size", sizeText])
            figures.pinHow = "a p4p process drawing the sign-in and checking one PIN with the standard setting"
        }
        if signIn.status == 0 { figures.pinPeakMegabytes = signIn.peakMegabytes } else {
            figures.skipped.append("peak memory: the signing-in process ended with status \(signIn.status)")
        }
    }
}
