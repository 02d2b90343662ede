import ArgumentParser
import Foundation
import P4PStore

/// `p4p audit`: who did what, when; newest first. Entries name ids, never parents.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log: time, who, what, record, detail; tab-separated, newest first.")

    @Option(help: ArgumentHelp("Only entries from this day on (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Only this user's entries (a name, or an OS account as system:NAME).", valueName: "name"))
    var user: String?
    @Option(help: ArgumentHelp("At most this many entries.", valueName: "n")) var limit: Int = 1000
    @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
    @OptionGroup var acting: ActingOptions

    func run() throws {
        let sinceDay = try since.map { text -> Day in
            guard let day = Day(iso: text) else { throw Failure("--since: \"\(text)\" is not a date; write YYYY-MM-DD.") }
            return day
        }
        let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
        let page: ListPage<AuditEntry>
        do {
            page = try store.auditLog(AuditFilter(since: sinceDay, user: user), page: PageRequest(offset: 0, limit: limit))
        } catch let error as StoreError { throw Failure(error.description) }
        for entry in page.rows {
            let record = entry.entity.map { $0 + (entry.entityId.map { " \($0)" } ?? "") } ?? ""
            print([entry.at, entry.actor, entry.action, record, entry.detail ?? ""].joined(separator: "\t"))
        }
        if page.total > page.rows.count {
            FileHandle.standardError.write(Data("\(page.total - page.rows.count) older entries not shown; raise --limit.\n".utf8))
        }
    }
}
