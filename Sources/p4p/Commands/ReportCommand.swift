import ArgumentParser
import Foundation
import P4PStore
import P4PTerminal

extension ReportFormat: ExpressibleByArgument {}

/// `p4p report`: the morning review and the program's figures, from the same models the
/// dashboard shows; supervisors and admins. Each report read is recorded in the audit log.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the morning review, the program's figures for a month or a range of days, each ally's month, or the outcomes.",
        discussion: """
            Supervisors and admins. Every figure is defined in the README under "Reports and their \
            definitions". Each report printed is recorded in the audit log.
            """,
        subcommands: [MorningReport.self, MonthlyReport.self, RangeReport.self, ActivityReportCommand.self,
                      OutcomesReportCommand.self])
}

/// What every report takes: the format, and who is asking.
struct ReportOutput: ParsableArguments {
    @Option(help: ArgumentHelp("text, markdown or csv.", valueName: "format")) var format: ReportFormat = .text
    @OptionGroup var acting: ActingOptions

    /// Reads the report as the acting user (the store refuses allies), records that it was
    /// printed, and prints it. Only the report goes to stdout; errors name no parent.
    func run(db: String?, printed: ReportPrinted, _ read: (ProgramStore) throws -> ReportDocument) throws {
        let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
        try storeAction {
            let document = try read(store)
            try store.audit(printed.action, entity: nil, id: nil)
            print(try document.formatted(format, in: Speech.language, width: TextWidth.of), terminator: "")
        }
    }
}

extension ReportOutput {
    /// The report of the store's own records; for a store that reads several organizations
    /// apart (the state office's), each one's report added up, its subtitle naming them.
    static func acrossOrganizations<Report>(of store: ProgramStore, _ read: (ProgramStore) throws -> Report,
                                            _ combined: ([Report]) -> Report?,
                                            _ document: (Report) -> ReportDocument) throws -> ReportDocument {
        let each = try store.eachOrganization(read)
        let names = each.compactMap(\.organization)
        guard !names.isEmpty, let sum = combined(each.map(\.value)) else { return document(each[0].value) }
        var added = document(sum)
        added.subtitle = Phrase("report.acrossOrganizations", ["period": .phrase(added.subtitle), "count": .number(names.count),
                                                               "organizations": .text(names.joined(separator: ", "))])
        return added
    }
}

struct MorningReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morning",
        abstract: "Today's hearings with no ally, first hearings, longest waiting, overdue by ally, caseloads, this month beside last.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("At most this many rows in each list.", valueName: "n")) var limit = MorningReview.defaultLimit
    @OptionGroup var output: ReportOutput

    func run() throws {
        guard (1...1000).contains(limit) else { throw Failure(Phrase("cli.limitOutOfRange", ["limit": .number(limit)])) }
        let today = try database.resolvedToday()
        try output.run(db: database.db, printed: .morning) { try $0.morningReview(today: today, limit: limit).document }
    }
}

struct MonthlyReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monthly", abstract: "The program's figures for one calendar month.")

    @OptionGroup var month: ReportMonth
    @OptionGroup var output: ReportOutput

    func run() throws {
        let period = try month.period()
        try output.run(db: month.db, printed: .monthly(month.month)) { store in
            try ReportOutput.acrossOrganizations(of: store, { try $0.programReport(period) }, ProgramReport.combined, \.document)
        }
    }
}

struct RangeReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "range", abstract: "The program's figures from one day through another, both included.")

    @OptionGroup var days: ReportDays
    @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
    @OptionGroup var output: ReportOutput

    func run() throws {
        let period = try days.period()
        try output.run(db: db, printed: .range(period)) { store in
            try ReportOutput.acrossOrganizations(of: store, { try $0.programReport(period) }, ProgramReport.combined, \.document)
        }
    }
}

/// A report's days: `--from` through `--to`, both included.
struct ReportDays: ParsableArguments {
    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD).", valueName: "date")) var from: String
    @Option(help: ArgumentHelp("The last day (YYYY-MM-DD).", valueName: "date")) var to: String

    /// The days from `--from` through `--to`, or a message naming the option at fault.
    func period() throws -> ReportPeriod {
        guard let first = Day(iso: from) else {
            throw Failure(Phrase("cli.notADate", ["option": "--from", "text": .text(from.withoutControlCharacters)]))
        }
        guard let last = Day(iso: to) else {
            throw Failure(Phrase("cli.notADate", ["option": "--to", "text": .text(to.withoutControlCharacters)]))
        }
        guard let period = ReportPeriod(from: first, to: last) else {
            throw Failure(Phrase("cli.rangeBackwards", ["from": .day(first, .iso), "to": .day(last, .iso)]))
        }
        return period
    }
}

/// A report's calendar month, and the database it reads.
struct ReportMonth: ParsableArguments {
    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "month")) var month: String
    @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?

    func period() throws -> ReportPeriod {
        guard let period = ReportPeriod(month: month) else {
            throw Failure(Phrase("cli.notAMonth", ["text": .text(month.withoutControlCharacters)]))
        }
        return period
    }
}

struct ActivityReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activity",
        abstract: "Each Parent Ally's month: parents served, new parents, contacts and minutes by mode, hearings, classes, referrals.")

    @OptionGroup var month: ReportMonth
    @OptionGroup var output: ReportOutput

    func run() throws {
        try output.run(db: month.db, printed: .activity(month.month)) { try $0.activityReport(try month.period()).document }
    }
}

struct OutcomesReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcomes",
        abstract: "The statute's evaluation figures: attendance, compliance, reunification, permanency, re-entry, by group.",
        discussion: """
            Children and cases count when their removal falls in the period; hearings when held in \
            it. Every cell under 11 is shown as "< 11".
            """)

    @OptionGroup var days: ReportDays
    @Option(help: ArgumentHelp("Only the cases of this county.", valueName: "county")) var county: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let period = try days.period()
        let today = try database.resolvedToday()
        try output.run(db: database.db, printed: .outcomes(period)) { store in
            try ReportOutput.acrossOrganizations(of: store, { try $0.outcomesReport(period, county: county, today: today) },
                                                 OutcomesReport.combined, \.document)
        }
    }
}
