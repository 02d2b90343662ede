import ArgumentParser
import Foundation
import P4PController
import P4PStore
import P4PTerminal

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure time to first frame, time per key and peak memory on a database.",
        discussion: """
            Targets: first frame within 150 ms, every key within 5 ms. Build with -c release to measure. \
            With --import-rows N, measure instead how long importing an N-row court calendar holds the \
            write lock (target under 1 s), on a scratch copy of the database; the calendar is made from \
            its docket and names, so use a demo (`p4p demo --scale county`). `p4p bench writers` runs \
            several processes saving at once and counts failures and lost writes.
            """,
        subcommands: [BenchWriters.self])

    @OptionGroup var options: DatabaseOptions

    @Option(help: ArgumentHelp("Screen size as COLUMNSxROWS.", valueName: "size"))
    var size: String = "120x40"

    @Option(help: "How many times to open the database and draw the first frame.")
    var runs: Int = 5

    @Option(help: ArgumentHelp("Measure importing a court calendar of this many rows instead.", valueName: "rows"))
    var importRows: Int?

    @Option(help: ArgumentHelp("With --import-rows: also keep the calendar made, as this new file.", valueName: "file"))
    var saveCalendar: String?

    func validate() throws {
        guard Size(size) != nil else { throw ValidationError("--size: \"\(size)\" is not a size; write COLUMNSxROWS") }
        guard runs >= 1 else { throw ValidationError("--runs: must be at least 1") }
        if let importRows, importRows < 1 { throw ValidationError("--import-rows: must be at least 1") }
        if saveCalendar != nil, importRows == nil { throw ValidationError("--save-calendar goes with --import-rows") }
    }

    /// A morning's browsing: every pane, scrolling, paging, other days, a filter, a detail.
    static let keyScript = "Down Down Down PageDown PageUp End Home Tab Down Down PageDown Tab Down End ] ] [ t 1 Down Enter Down Escape 2 Enter Escape / a n Backspace Escape 3 Enter Escape"

    func run() throws {
        let today = try options.resolvedToday()
        let path = options.db ?? Paths.defaultDatabase()
        if let importRows {
            return try ImportBench.run(rows: importRows, database: path, today: today, saveCalendar: saveCalendar)
        }
        let screen = Size(size)!

        var firstFrames: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now()
            let session = try signedInSession(path, today: today)
            _ = Headless.run(session, size: screen, keys: [])
            firstFrames.append(milliseconds(since: start))
        }

        let session = try signedInSession(path, today: today)
        _ = Headless.run(session, size: screen, keys: [])
        var perKey: [Double] = []
        var arrivals: [Double] = []
        let keys = try KeyScript.parse(Self.keyScript)
        for key in keys {
            let start = DispatchTime.now()
            session.handle(key)
            session.setPageLength(pageLength(session.state, size: screen))
            _ = render(session.state, size: screen)
            perKey.append(milliseconds(since: start))
            // Reads sent off the key path (a parent's file, the morning review) land before the
            // next key; how long they take is reported apart.
            let sent = DispatchTime.now()
            session.settle()
            arrivals.append(milliseconds(since: sent))
        }

        let counts = session.state
        print("database      \(path)")
        print("size          \(size); docket \(counts.docket.total), unassigned \(counts.unassigned.total), overdue \(counts.overdue.total)")
        print("first frame   " + summary(firstFrames) + "   (open + 3 pane queries + render; target 150 ms)")
        let slowest = keys[perKey.indices.max { perKey[$0] < perKey[$1] }!]
        print("per key       " + summary(perKey) + " (\(slowest.displayName))   (\(perKey.count) keys: update + queries + render; target 5 ms)")
        let slowestArrival = keys[arrivals.indices.max { arrivals[$0] < arrivals[$1] }!]
        print(String(format: "off the key   slowest %.2f ms (%@)   (reads shown when they arrive: a parent's file, the morning review, the audit log)",
                     arrivals.max()!, slowestArrival.displayName))
        print("peak memory   \(peakResidentMegabytes()) MB resident")
        print("PIN check     " + summary(try pinChecks()) + "   (\(SecretHash.Parameters.standard), once per sign-in)")
    }

    /// On a database with users, the dashboard a supervisor sees (signed in as the file's owner
    /// can, without a PIN); the sign-in's own cost is the PIN check, measured apart.
    private func signedInSession(_ path: String, today: Day) throws -> DeskSession {
        let store = try openStore(path)
        let session = DeskSession(store: store, today: today, language: Speech.language)
        if let supervisor = try store.users().first(where: { $0.active && $0.role != .ally }) {
            session.signedIn(as: supervisor)
        }
        return session
    }

    /// One scrypt derivation and comparison with the standard parameters, five times.
    private func pinChecks() throws -> [Double] {
        let hashed = try SecretHash.make("246810")
        return try (0..<5).map { _ in
            let start = DispatchTime.now()
            _ = try hashed.matches("246810")
            return milliseconds(since: start)
        }
    }

    private func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }

    private func summary(_ values: [Double]) -> String {
        let sorted = values.sorted()
        let median = sorted[sorted.count / 2]
        let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
        return String(format: "median %.2f ms, p95 %.2f ms, max %.2f ms", median, p95, sorted.last!)
    }

    /// VmHWM: the most resident memory this process has used.
    private func peakResidentMegabytes() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return "?" }
        return String(format: "%.1f", kb / 1024)
    }
}
