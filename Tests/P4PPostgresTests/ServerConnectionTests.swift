import ServerTestSupport
import Foundation
import P4PPostgres
import P4PStore
import Testing

/// Connecting to a real server (the tests' own, `ThrowawayServer`): the password from the
/// password file or asked for only when the server wants one, TLS when the server offers it,
/// values through `?` placeholders as SQLite takes them.
@Suite(.enabled(if: ThrowawayServer.shared != nil, Comment(rawValue: ThrowawayServer.why)))
struct ServerConnectionTests {
    let server = ThrowawayServer.shared!

    /// A login role with its own password, and a password file that does not hold it.
    func role(_ password: String) throws -> String {
        let name = "desk_\(UUID().uuidString.prefix(8).lowercased())"
        let admin = try server.admin()
        defer { admin.close() }
        try admin.execute("CREATE ROLE \(name) LOGIN PASSWORD '\(password)'")
        return name
    }

    @Test func thePasswordFileIsUsedAndNothingIsAsked() throws {
        var asked = 0
        let connection = try ServerConnection.connect(to: try server.address(), passwords: server.passwords, ask: { _ in
            asked += 1
            return nil
        })
        defer { connection.close() }
        #expect(asked == 0)
        #expect(try connection.rows("SELECT current_user").map(\.values) == [[.text(ThrowawayServer.superuser)]])
    }

    @Test func encryptedWhenTheServerOffersIt() throws {
        try #require(server.encrypts, "the tests' server has no certificate (openssl missing)")
        let preferred = try ServerConnection.connect(to: try server.address(tls: "prefer"), passwords: server.passwords)
        defer { preferred.close() }
        #expect(preferred.encrypted)
        let plain = try ServerConnection.connect(to: try server.address(tls: "disable"), passwords: server.passwords)
        defer { plain.close() }
        #expect(!plain.encrypted)
    }

    @Test func askedOnceWhenTheServerWantsAPasswordTheFileLacks() throws {
        let name = try role("kiosk-pass-1")
        var prompts: [String] = []
        let connection = try ServerConnection.connect(to: try server.address(role: name), passwords: server.passwords, ask: { prompt in
            prompts.append(prompt.text(.english))
            return "kiosk-pass-1"
        })
        defer { connection.close() }
        #expect(prompts == ["Password for \(name) at 127.0.0.1: "])
        #expect(try connection.rows("SELECT current_user").map(\.values) == [[.text(name)]])
    }

    @Test func aWrongPasswordOrNoneIsRefusedInWords() throws {
        let name = try role("kiosk-pass-2")
        do {
            _ = try ServerConnection.connect(to: try server.address(role: name), passwords: server.passwords, ask: { _ in "wrong" })
            Issue.record("connected with a wrong password")
        } catch let error as ServerError {
            #expect(error.phrase.text(.english).hasPrefix("The server at postgres://\(name)@127.0.0.1:\(server.port)/postgres refused the password for \(name)."))
            #expect(!error.phrase.text(.english).contains("wrong"))
        }
        do {
            _ = try ServerConnection.connect(to: try server.address(role: name), passwords: server.passwords, ask: { _ in nil })
            Issue.record("connected with no password")
        } catch let error as ServerError {
            #expect(error.phrase.key == "server.needsPassword")
        }
    }

    @Test func aDatabaseThatIsNotThereIsNamedInWords() throws {
        do {
            _ = try ServerConnection.connect(to: try server.address(database: "no_such_program"), passwords: server.passwords)
            Issue.record("connected to a database that is not there")
        } catch let error as ServerError {
            #expect(error.state == "3D000")
            #expect(error.phrase.text(.english) == "Cannot reach the server at postgres://\(ThrowawayServer.superuser)@127.0.0.1:\(server.port)/no_such_program: database \"no_such_program\" does not exist. Nothing was changed.")
        }
    }

    @Test func valuesGoAndComeBackAsSQLiteHoldsThem() throws {
        let connection = try server.admin()
        defer { connection.close() }
        let sent: [SQLValue] = [.null, .integer(Int64.max), .real(2.5), .text("Núñez, \"Ana\" ?"), .blob(Data([0, 1, 254, 255]))]
        let row = try connection.rows("SELECT ?::bigint IS NULL, ?::bigint, ?::float8, ?::text, ?::bytea, true, 'it''s ?'", sent)
            .map(\.values)
        #expect(row == [[.integer(1), .integer(Int64.max), .real(2.5), .text("Núñez, \"Ana\" ?"), .blob(Data([0, 1, 254, 255])),
                         .integer(1), .text("it's ?")]])
        try connection.execute("CREATE TEMP TABLE t (id bigint PRIMARY KEY, name text)")
        #expect(try connection.execute("INSERT INTO t VALUES (?, ?), (?, ?)", [.integer(1), .text("a"), .integer(2), .null]) == 2)
        #expect(try connection.rows("SELECT id, name FROM t ORDER BY id").map(\.values) == [[.integer(1), .text("a")], [.integer(2), .null]])
        #expect(try connection.rows("SELECT id, name FROM t ORDER BY id").first?[value: "name"] == .text("a"))
    }

    @Test func aStatementTheServerRefusesSaysWhyAndGivesItsState() throws {
        let connection = try server.admin()
        defer { connection.close() }
        try connection.execute("CREATE TEMP TABLE u (id bigint PRIMARY KEY)")
        try connection.execute("INSERT INTO u VALUES (?)", [.integer(7)])
        do {
            try connection.execute("INSERT INTO u VALUES (?)", [.integer(7)])
            Issue.record("a duplicate key went in")
        } catch let error as ServerError {
            #expect(error.state == "23505")
            #expect(error.phrase.text(.english).hasPrefix("The server at postgres://\(ThrowawayServer.superuser)@127.0.0.1:\(server.port)/postgres refused the change: duplicate key value violates unique constraint"))
        }
    }

    /// Rows are read through statements prepared once on a connection: the same text with
    /// values of the same kinds is one statement however often it runs, a NULL where a number
    /// was is another, and a statement the server refused (its table changed under it, or was
    /// not there yet) is prepared again.
    @Test func readsArePreparedOnceAndAgainWhenTheirTableChanges() throws {
        let connection = try server.admin()
        defer { connection.close() }
        try connection.execute("CREATE TEMP TABLE v (id bigint PRIMARY KEY, name text)")
        try connection.execute("INSERT INTO v VALUES (1, 'a'), (2, 'b')")
        let read = "SELECT * FROM v WHERE id >= ? ORDER BY id"
        for _ in 0..<3 { _ = try connection.rows(read, [.integer(1)]) }
        _ = try connection.rows(read, [.null])
        let prepared = "SELECT count(*) FROM pg_prepared_statements WHERE statement = 'SELECT * FROM v WHERE id >= $1 ORDER BY id'"
        #expect(try connection.rows(prepared)[0].values == [.integer(2)])
        try connection.execute("ALTER TABLE v ADD COLUMN county text")
        // The server refuses the old plan once ("cached plan must not change result type")…
        #expect(throws: ServerError.self) { try connection.rows(read, [.integer(2)]) }
        // …and the statement, prepared again, reads the new column.
        #expect(try connection.rows(read, [.integer(2)]).map(\.columns) == [["id", "name", "county"]])
        // A read refused before its table was made works once it is.
        let early = "SELECT count(*) FROM w"
        #expect(throws: ServerError.self) { try connection.rows(early) }
        try connection.execute("CREATE TEMP TABLE w (id bigint)")
        #expect(try connection.rows(early)[0].values == [.integer(0)])
    }
}
