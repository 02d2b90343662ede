import ServerTestSupport
import Foundation
import GRDB
import P4PPostgres
import Testing
@testable import P4PStore

/// The server's tables are the SQLite file's: every table the store keeps has the same columns
/// on the server, each as nullable and of the type its SQLite storage class maps to, so one SQL
/// reads both and a file moved up loses nothing.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct ServerSchemaParityTests {
    let server = ThrowawayServer.shared!

    /// SQLite's machinery, not the program's records: none of it goes to a server.
    static let sqliteOnly: Set = ["change_counters", "grdb_migrations", "sqlite_sequence", "sqlite_stat1"]
    /// A server's own: its organizations, the files it took in, its schema's fingerprint.
    static let serverOnly: Set = ["organizations", "moved_in", "p4p_schema"]
    static let types = ["INTEGER": "bigint", "TEXT": "text", "REAL": "double precision", "BLOB": "bytea"]
    /// Where SQLite refuses a NULL with a trigger (a column added to an existing table cannot be
    /// NOT NULL), the server's column simply is.
    static let notNullByTriggerOnFile: Set = ["audit_log.hash"]

    struct Column: Hashable, CustomStringConvertible {
        var table: String, name: String, type: String, notNull: Bool
        var description: String { "\(table).\(name) \(type)\(notNull ? " NOT NULL" : "")" }
    }

    @Test func everyTableAndColumnOfTheFileIsOnTheServer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SQLiteStore.create(at: folder + "/desk.sqlite")
        let onFile: Set<Column> = try store.pool.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'parent_names%' ORDER BY name
                """).filter { !Self.sqliteOnly.contains($0) }
            return Set(try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", arguments: [table]).map {
                    // A primary key is never NULL on the server; SQLite lets an INTEGER one be left out for it to fill.
                    Column(table: table, name: $0["name"], type: Self.types[($0["type"] as String).uppercased()] ?? "?",
                           notNull: ($0["notnull"] as Int) == 1 || ($0["pk"] as Int) > 0
                               || Self.notNullByTriggerOnFile.contains("\(table).\($0["name"] as String)"))
                }
            })
        }
        #expect(onFile.count > 150, "the file's tables were read")

        let connection = try server.freshDatabase()
        defer { connection.close() }
        try ServerSchema.apply(on: connection)
        let onServer = Set(try connection.rows("""
            SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
            WHERE table_schema = 'public'
            """, []).map {
            Column(table: $0[value: "table_name"].text!, name: $0[value: "column_name"].text!, type: $0[value: "data_type"].text!,
                   notNull: $0[value: "is_nullable"].text == "NO")
        }.filter { !Self.serverOnly.contains($0.table) })
        // Every table but the shared lists has its organization (a file is one organization's).
        let tables = Set(onServer.map(\.table))
        #expect(onServer.filter { $0.name == "organization_id" }.map(\.table).sorted() == tables.subtracting(["experiences", "courses", "hearing_types"]).sorted())
        #expect(onFile.subtracting(onServer).sorted(by: { $0.description < $1.description }).map(\.description) == [],
                "on the file, not (so) on the server")
        #expect(onServer.filter { $0.name != "organization_id" }.subtracting(onFile).sorted(by: { $0.description < $1.description }).map(\.description) == [],
                "on the server, not (so) on the file")
    }

    @Test func theSchemaAppliesTwiceAndIdsGivenOrMadeBothGoIn() throws {
        let connection = try server.freshDatabase()
        defer { connection.close() }
        try ServerSchema.apply(on: connection)
        try ServerSchema.ready(connection)
        try connection.execute("INSERT INTO allies (id, name) VALUES (?, ?)", [.integer(40), .text("Rosa Delgado")])
        try connection.execute("INSERT INTO allies (name) VALUES (?)", [.text("Denise Washington")])
        #expect(try connection.rows("SELECT count(*) FROM allies", [])[0].values == [.integer(2)])
        try connection.execute("INSERT INTO users (name, role, secret_hash, salt, kdf, created_at) VALUES ('Dana', 'supervisor', '\\x00', '\\x00', 'scrypt', 'now')", [])
        #expect(throws: ServerError.self, "one name, one user, whatever the case") {
            try connection.execute("INSERT INTO users (name, role, secret_hash, salt, kdf, created_at) VALUES ('DANA', 'admin', '\\x00', '\\x00', 'scrypt', 'now')", [])
        }
    }

    /// A database another version made (its fingerprint is not this one's): an organization's
    /// role is told its owner must bring it up to date, and changes nothing; the owner's open
    /// does, an index the other version lacked included, and the role's open then goes ahead.
    @Test func aSchemaAnotherVersionMadeIsBroughtUpToDateByItsOwnerOnly() throws {
        let owner = try server.role("owner"), courthouse = try server.role("courthouse")
        let database = try server.database(ownedBy: owner)
        let ownerLink = try ServerConnection.connect(to: try server.address(role: owner, database: database), passwords: server.passwords)
        defer { ownerLink.close() }
        try ServerSchema.apply(on: ownerLink)
        try ownerLink.transaction { session in
            _ = try ServerOrganization.save(name: "North", role: courthouse, on: session, at: ownerLink.address)
        }
        try ownerLink.execute("DROP INDEX parents_by_name", [])
        try ownerLink.execute("UPDATE p4p_schema SET fingerprint = 'another version'", [])

        let courthouseLink = try ServerConnection.connect(to: try server.address(role: courthouse, database: database),
                                                          passwords: server.passwords)
        defer { courthouseLink.close() }
        let refused = #expect(throws: ServerError.self) { try ServerSchema.ready(courthouseLink) }
        #expect(refused?.phrase.key == "server.schemaOutOfDate")
        #expect(try ownerLink.rows("SELECT fingerprint FROM p4p_schema", [])[0].values == [.text("another version")],
                "nothing was changed")

        try ServerSchema.apply(on: ownerLink)
        #expect(try ownerLink.rows("SELECT count(*) FROM pg_indexes WHERE indexname = 'parents_by_name'", [])[0].values == [.integer(1)])
        #expect(try ServerSchema.ready(courthouseLink).organization > 0)
    }

    /// Every index of a new SQLite file is on the server, by name: the panes and reports read
    /// through the same indexes on both engines.
    @Test func everyIndexOfTheFileIsOnTheServer() throws {
        let connection = try server.freshDatabase()
        defer { connection.close() }
        try ServerSchema.apply(on: connection)
        let onServer = Set(try connection.rows("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'", [])
            .compactMap { $0[value: "indexname"].text })
        let onFile = try IndexDefinitions.all().compactMap { $0.split(separator: " ").dropFirst(2).first.map(String.init) }
        #expect(onFile.count > 30)
        #expect(Set(onFile).subtracting(onServer).sorted() == [])
        // The lower-case name index serves the same comparison as the file's NOCASE one.
        let byName = try connection.rows("SELECT indexdef FROM pg_indexes WHERE indexname = 'parents_by_name'", [])
        #expect(byName.first?[value: "indexdef"].text?.contains("(organization_id, lower(name))") == true)
    }

    /// A filter finds on a server what it finds on a file: the server's `p4p_fold` gives what
    /// the Swift function SQLite calls gives, for every Latin letter that folds to a plain one
    /// and for names in the scripts the program's families write them in. (Names are compared
    /// in the columns' byte order, as the queries compare them. A Greek final ς stays ς on a
    /// server; Swift folds it to σ.)
    @Test func theServerFoldsNamesAsTheFileDoes() throws {
        let connection = try server.freshDatabase()
        defer { connection.close() }
        try ServerSchema.apply(on: connection)
        var letters: [String] = []
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let folded = SearchPattern.fold(String(Character(scalar)))
            if folded.unicodeScalars.count == 1, folded.unicodeScalars.first!.isASCII { letters.append(String(Character(scalar))) }
        }
        #expect(letters.count > 400)
        let names = ["ANDRÉS ÑÚÑEZ", "Nguyễn Thị Hồng", "Đặng Minh Long", "Светлана Бойко", "Андрій Бондаренко",
                     "김하나", "Ἑλένη", "Jeſſe O'Brien-Smith", "Zoë Ångström", "plain ascii, 100%_done"]
        for text in letters + names {
            let onServer = try connection.rows("SELECT p4p_fold(? COLLATE \"C\")", [.text(text)])[0].values[0]
            #expect(onServer == .text(SearchPattern.fold(text)), "\(text)")
        }
    }
}
