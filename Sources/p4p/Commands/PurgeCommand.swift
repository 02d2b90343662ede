import ArgumentParser
import P4PStore

/// `p4p purge`: the personal data of files closed longer ago than the program keeps them
/// (`retention.years`) is removed; what the reports count stays, under pseudonyms.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove the personal data of parents' files closed before a day (admins); report figures stay the same.",
        discussion: """
            Names become the pseudonyms the de-identified exports use; phones, preferred names, closing \
            reasons, contacts' notes and topics, referrals' notes and snooze reasons are removed; so are \
            children's names and case numbers where every parent on the case is purged. A day later than \
            today less the setting retention.years is refused. One transaction, recorded in the audit log \
            with counts only. Make a backup first: nothing purged can be brought back.
            """)

    @Option(help: ArgumentHelp("Files closed before this day (YYYY-MM-DD).", valueName: "date")) var closedBefore: String
    @Flag(help: "Say what would be removed, and remove nothing.") var dryRun = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var acting: ActingOptions

    func run() throws {
        guard let day = Day(iso: closedBefore) else {
            throw ValidationError(Phrase("cli.notADate", ["option": "--closed-before", "text": .text(closedBefore.withoutControlCharacters)]))
        }
        let today = try database.resolvedToday()
        let store = try acting.store(openStore(database.db ?? Paths.defaultDatabase()))
        var counts = PurgeCounts()
        try storeAction { counts = try store.purge(closedBefore: day, today: today, dryRun: dryRun) }
        let args: [String: Phrase.Arg] = [
            "day": .day(day, .long), "parents": .number(counts.parents), "children": .number(counts.children),
            "cases": .number(counts.cases), "contacts": .number(counts.contacts), "referrals": .number(counts.referrals),
            "followUps": .number(counts.followUps)]
        say(Phrase(dryRun ? "cli.purgeWould" : "cli.purged", args))
    }
}
