import ArgumentParser
import Foundation
import P4PStore

/// `p4p audit`: who did what, when, in words with names; newest first. `--verify` checks the
/// hash chain instead.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log: time, who, what they did; tab-separated, newest first.",
        discussion: """
            Each entry names the people and records it concerns as they are on file now. \
            --verify checks that every entry still links to the one before it (a SHA-256 chain) \
            and names the first that does not.
            """)

    @Option(help: ArgumentHelp("Only entries from this day on (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Only this user's entries (a name, or an OS account as system:NAME).", valueName: "name"))
    var user: String?
    @Option(help: ArgumentHelp("At most this many entries.", valueName: "n")) var limit: Int = 1000
    @Flag(help: "Check the whole log's hash chain and report the first broken link; exits 1 when there is one.")
    var verify = false
    @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
    @OptionGroup var acting: ActingOptions

    func run() throws {
        let sinceDay = try since.map { text -> Day in
            guard let day = Day(iso: text) else {
                throw Failure(Phrase("cli.notADate", ["option": "--since", "text": .text(text.withoutControlCharacters)]))
            }
            return day
        }
        let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
        if verify { return try verifyChain(store) }
        let page: ListPage<AuditLine>
        do {
            page = try store.auditLog(AuditFilter(since: sinceDay, user: user), page: PageRequest(offset: 0, limit: limit))
        } catch let error as StoreError { throw Failure(error.description) }
        for line in page.rows {
            print([line.time, line.who.text(Speech.language), line.what.text(Speech.language)].joined(separator: "\t"))
        }
        if page.total > page.rows.count {
            warn(Phrase.counted(page.total - page.rows.count, "cli.olderEntries"))
        }
    }

    private func verifyChain(_ store: ProgramStore) throws {
        let result: AuditVerification
        do { result = try store.verifyAuditLog() } catch let error as StoreError { throw Failure(error.description) }
        say(result.words)
        if !result.intact { throw ExitCode(1) }
    }
}
