import Foundation
import Testing

/// `p4p training`: the real binary on a real file.
@Suite struct TrainingCommandTests {
    @Test func addThenListByAllyAndYear() throws {
        let db = try Binary.temporaryDirectory().appendingPathComponent("training.sqlite").path
        #expect(try Binary.run(["init", "--db", db]).status == 0)
        #expect(try Binary.run(["user", "add", "Rosa Delgado", "--role", "ally", "--pin-stdin", "--db", db], input: "246810\n").status == 0)
        let env = ["P4P_LANG": "en"]
        let added = try Binary.run(["training", "add", "Rosa Delgado", "--date", "2026-11-20", "--kind", "supervision",
                                    "--hours", "1.5", "--db", db, "--today", "2026-11-23"], environment: env)
        #expect(added.status == 0 && added.stdout == "Recorded 1.5 hours of supervision on Fri 20 Nov 2026.\n",
                "\(added.stdout)\(added.stderr)")
        #expect(try Binary.run(["training", "add", "Rosa Delgado", "--date", "2025-06-01", "--kind", "training",
                                "--hours", "6", "--db", db, "--today", "2026-11-23"], environment: env).status == 0)
        let list = try Binary.run(["training", "list", "--ally", "Rosa Delgado", "--year", "2026", "--db", db], environment: env)
        #expect(list.stdout == "2026-11-20\tRosa Delgado\tsupervision\t1.5\n", "\(list.stdout)\(list.stderr)")

        // An unknown ally: refused, and the name typed is not echoed to stderr.
        let unknown = try Binary.run(["training", "add", "Nobody Known", "--date", "2026-11-20", "--kind", "training",
                                      "--hours", "2", "--db", db, "--today", "2026-11-23"], environment: env)
        #expect(unknown.status != 0 && !unknown.stderr.contains("Nobody") && unknown.stderr.contains("An active Parent Ally of that name"),
                "\(unknown.stderr)")
        let future = try Binary.run(["training", "add", "Rosa Delgado", "--date", "2026-11-24", "--kind", "training",
                                     "--hours", "2", "--db", db, "--today", "2026-11-23"], environment: env)
        #expect(future.status != 0 && future.stderr.contains("Training cannot be recorded for a day still to come"), "\(future.stderr)")
        #expect(try Binary.run(["training", "list", "--db", db]).stdout.split(separator: "\n").count == 2)
    }
}
