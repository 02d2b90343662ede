import Foundation
import Testing

/// `p4p purge`: the real binary on a demo file, years after its files closed.
@Suite struct PurgeCommandTests {
    @Test func dryRunThenRefusalThenPurgeWithTheChainWhole() throws {
        let (_, db) = try Binary.demo()
        let env = ["P4P_LANG": "en"]
        let later = ["--db", db, "--today", "2040-03-01"]
        let unset = try Binary.run(["purge", "--closed-before", "2033-03-01", "--dry-run"] + later, environment: env)
        #expect(unset.status != 0 && unset.stderr.contains("no retention period is set"), "\(unset.stderr)")
        #expect(try Binary.run(["setting", "set", "retention.years", "7", "--db", db], environment: env).status == 0)

        let dry = try Binary.run(["purge", "--closed-before", "2033-03-01", "--dry-run"] + later, environment: env)
        #expect(dry.status == 0 && dry.stdout.hasPrefix("Would remove the personal data of files closed before")
                && dry.stdout.hasSuffix("Nothing was changed.\n"), "\(dry.stdout)\(dry.stderr)")

        let tooRecent = try Binary.run(["purge", "--closed-before", "2033-03-02"] + later, environment: env)
        #expect(tooRecent.status != 0 && tooRecent.stderr.contains("files are kept 7 years after they close"), "\(tooRecent.stderr)")

        let purged = try Binary.run(["purge", "--closed-before", "2033-03-01"] + later, environment: env)
        #expect(purged.status == 0 && purged.stdout.hasPrefix("Removed the personal data"), "\(purged.stdout)\(purged.stderr)")
        #expect(purged.stdout.dropFirst("Removed".count) == dry.stdout.dropFirst("Would remove".count).replacingOccurrences(
            of: " Nothing was changed.", with: ""), "the dry run said what would go")
        #expect(try Binary.run(["audit", "--verify", "--db", db], environment: env).status == 0)
    }
}
