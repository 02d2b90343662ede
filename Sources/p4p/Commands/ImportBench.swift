import Foundation
import P4PStore

/// `p4p bench --import-rows N`: how long importing an N-row court calendar holds the database's
/// write lock, during which every other terminal's save waits. It imports into a scratch copy of
/// the database (`ScratchCopy`: beside it on its own disk, removed after, the file unchanged),
/// so the figures can be had again and again from the same file. Meant for a demo: the calendar
/// holds its names.
///
/// The calendar covers two weeks of court days from today: the hearings already on file in those
/// days (every fifth in another courtroom, every seventh moved to the next court day), then new
/// cases until it has N rows. Each hearing has rows for its parents, the child and an attorney,
/// as a court's export does.
enum ImportBench {
    static func run(rows: Int, database path: String, today: Day, saveCalendar: String?) throws {
        try BenchScratch.with(copyOf: path) { scratch in
            try run(rows: rows, database: path, scratch: scratch, today: today, saveCalendar: saveCalendar)
        }
    }

    private static func run(rows: Int, database path: String, scratch: ScratchCopy, today: Day, saveCalendar: String?) throws {
        let store = try openFile(scratch.path)

        let calendarPath = saveCalendar ?? (scratch.folder as NSString).appendingPathComponent("calendar.csv")
        let written = try BenchCalendar.write(rows: rows, from: store, today: today, to: calendarPath)

        var start = DispatchTime.now()
        let data = try Data(contentsOf: URL(fileURLWithPath: calendarPath))
        let file = try DocketFile.parse(data)
        let parsing = Bench.milliseconds(since: start)

        start = DispatchTime.now()
        var plan: DocketImportPlan?
        try storeAction { plan = try store.planDocketImport(file, today: today) }
        let planning = Bench.milliseconds(since: start)
        var applied: AppliedImport?
        try storeAction { applied = try store.applyDocketImport(plan!) }
        store.close()
        guard let applied else { return }

        print("database      \(path) (imported into a scratch copy beside it, removed after; the file itself is not changed)")
        print("calendar      \(file.rowCount) rows, \(written.days): \(written.hearingsOnFile) hearings on file "
              + "(\(written.moved) moved, \(written.changed) in another courtroom), \(written.newCases) new cases"
              + (saveCalendar.map { "; saved as \($0)" } ?? ""))
        print(String(format: "parse         %.0f ms   (reading and checking the file, before the database)", parsing))
        print(String(format: "plan          %.0f ms   (reading what is on file and working out the writes, outside the lock)", planning))
        print(String(format: "write lock    %.0f ms   (check, writes, follow-ups, audit entry, commit; target under 1 s)%@",
                     milliseconds(applied.writeLock), applied.plannedAgain ? "; planned again inside it" : ""))
        let commit = applied.writeLock - applied.checking - applied.writing - applied.replanning
        print(String(format: "  of which    %.0f ms checking the plan still holds, %.0f ms writing it, "
                     + "%.0f ms re-planning follow-ups for %d cases, %.0f ms audit entry and commit",
                     milliseconds(applied.checking), milliseconds(applied.writing), milliseconds(applied.replanning),
                     applied.summary.casesReplanned, milliseconds(commit)))
        for line in ImportReport.lines(applied.summary, file: .asIs("calendar"), in: .english).dropFirst().prefix(3) { print("              " + line) }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

/// A court calendar export made from a database's own docket, topped up with new cases.
enum BenchCalendar {
    struct Written {
        var days = ""
        var hearingsOnFile = 0, moved = 0, changed = 0, newCases = 0
    }

    static let header = ["Hearing Date", "Time", "Dept", "Case No.", "Event", "Party Name", "Party Type",
                         "Judicial Officer", "Interpreter"]

    static func write(rows limit: Int, from store: SQLiteStore, today: Day, to path: String) throws -> Written {
        var days: [Day] = []
        var day = today
        while days.count < 10 {
            if !day.isWeekend { days.append(day) }
            day = day.adding(days: 1)
        }
        let output = try CSVOutput(path: path)
        try output.write(header)
        var written = Written(days: "\(days.first!.iso) to \(days.last!.iso)")
        var count = 0
        func emit(_ row: [String]) throws {
            guard count < limit else { return }
            try output.write(row.map(SpreadsheetCell.text)) // as every CSV the program writes
            count += 1
        }

        for (index, day) in days.enumerated() {
            let docket = try store.docket(on: day, matching: nil, page: PageRequest(offset: 0, limit: 10_000)).rows
            for entry in docket where entry.status == .scheduled && count < limit {
                written.hearingsOnFile += 1
                var date = day
                var courtroom = entry.courtroom ?? ""
                if written.hearingsOnFile % 7 == 0, index + 1 < days.count {
                    date = days[index + 1]
                    written.moved += 1
                } else if written.hearingsOnFile % 5 == 0 {
                    courtroom = "Dept 9"
                    written.changed += 1
                }
                let hearing = [usDate(date), entry.time.map(\.description) ?? "", courtroom, entry.caseNumber, entry.hearingType]
                for parent in entry.parents {
                    try emit(hearing + [parent.name, parent.role.rawValue.capitalized, entry.judicialOfficer ?? "", ""])
                }
                try emit(hearing + ["Child", "Child", entry.judicialOfficer ?? "", ""])
                try emit(hearing + ["Okafor, Chidi", "Attorney for Mother", entry.judicialOfficer ?? "", ""])
            }
        }

        let events = ["72 Hour Shelter Care", "Fact Finding", "Dependency Review Hearing", "Disposition"]
        let first = ["Maria", "Ana", "Latoya", "Jasmine", "Minh", "Daniel", "Kevin", "Rosa", "Siobhan", "Aaliyah"]
        let last = ["Garcia", "Nguyen", "Johnson", "Carter", "Begay", "O'Brien", "Tran", "Ruiz", "Okafor", "Lindgren"]
        while count < limit {
            let n = written.newCases
            written.newCases += 1
            let day = days[n % days.count]
            let time = String(format: "%02d:%02d", 9 + n % 7, n % 2 * 30)
            let hearing = [usDate(day), time, "Dept \(1 + n % 8)", String(format: "27-7-%05d-%d SEA", n, n % 10),
                           events[n % events.count]]
            let judge = "Cmsr. Lee"
            try emit(hearing + ["\(last[n % 10]), \(first[n % 10]) \(n)", "Mother", judge, n % 4 == 0 ? "Spanish" : ""])
            try emit(hearing + ["\(last[(n + 3) % 10]), \(first[(n + 5) % 10]) \(n)", "Alleged Father", judge, ""])
            try emit(hearing + ["C.\(n)", "Child", judge, ""])
            try emit(hearing + ["Reyes, Daniel", "AAG", judge, ""])
        }
        try output.finish()
        return written
    }

    /// 11/23/2026, as US courts write it.
    static func usDate(_ day: Day) -> String {
        String(format: "%02d/%02d/%04d", day.month, day.dayOfMonth, day.year)
    }
}
