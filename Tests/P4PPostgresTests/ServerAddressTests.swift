import Foundation
import Testing
@testable import P4PStore

/// `--db postgres://…` read as libpq reads it; a password in it refused without repeating it.
@Suite struct ServerAddressTests {
    @Test func aFullAddress() throws {
        let address = try ServerAddress("postgres://pierce_desk@db.example.org:6543/p4p?sslmode=require", userName: "kiosk")
        #expect(address == ServerAddress(host: "db.example.org", port: 6543, role: "pierce_desk", database: "p4p", tls: .require))
        #expect(address.description == "postgres://pierce_desk@db.example.org:6543/p4p?sslmode=require")
    }

    @Test func whatIsLeftOutIsLibpqsDefault() throws {
        let address = try ServerAddress("postgresql://db.example.org", userName: "kiosk")
        #expect(address == ServerAddress(host: "db.example.org", port: 5432, role: "kiosk", database: "kiosk", tls: .prefer))
        #expect(try ServerAddress("postgres://db/x?sslmode=allow").tls == .prefer)
        #expect(try ServerAddress("postgres://db/x?sslmode=verify-full").tls == .verifyFull)
    }

    @Test func aFileIsNotAnAddress() {
        #expect(ServerAddress.names("postgres://db/p4p") && ServerAddress.names("PostgreSQL://db/p4p"))
        #expect(!ServerAddress.names("p4p.sqlite") && !ServerAddress.names("/srv/postgres/p4p.sqlite"))
    }

    @Test("refused in words, and a password typed into the address is never repeated", arguments: [
        ("postgres://desk:hunter2secret@db/p4p", "server.passwordInAddress"),
        ("postgres://desk:hunter2secret@db:99999/p4p", "server.passwordInAddress"),
        ("postgres://db:70000/p4p", "server.badPort"),
        ("postgres://db/p4p?sslmode=sometimes", "server.badTLSMode"),
        ("postgres://db/p4p?connect_timeout=3", "server.unknownSetting"),
        ("postgres:///p4p", "server.notAnAddress"),
        ("p4p.sqlite", "server.notAnAddress"),
    ])
    func refused(_ text: String, _ key: String) throws {
        do {
            _ = try ServerAddress(text)
            Issue.record("\(text) was taken")
        } catch let StoreError.invalid(field, reason) {
            #expect(field == .serverAddress)
            #expect(reason.key == W(key))
            for language in Language.allCases {
                let words = StoreError.invalid(field: field, reason: reason).phrase.text(language)
                #expect(!words.contains("hunter2secret"), "\(words)")
                #expect(!words.contains("server."), "a catalogue key left in: \(words)")
            }
        }
    }
}

/// The password file, as libpq reads it.
@Suite struct PasswordFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path

    func file(_ text: String, mode: mode_t = 0o600) throws -> PasswordFile {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/pgpass"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode)
        return PasswordFile(path: path)
    }

    let pierce = ServerAddress(host: "db.example.org", port: 5432, role: "pierce_desk", database: "p4p", tls: .prefer)

    @Test func theFirstLineThatMatchesGivesThePassword() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let passwords = try file("""
            # courthouse kiosks
            db.example.org:5432:p4p:king_desk:not-this-one
            db.example.org:*:p4p:pierce_desk:pa\\:ss\\\\word
            *:*:*:pierce_desk:later-line
            """)
        #expect(passwords.password(for: pierce) == .found("pa:ss\\word"))
        var elsewhere = pierce
        elsewhere.host = "other.example.org"
        #expect(passwords.password(for: elsewhere) == .found("later-line"))
        elsewhere.role = "thurston_desk"
        #expect(passwords.password(for: elsewhere) == .none)
    }

    @Test func aFileOthersMayReadIsNotUsedAndSaysHowToFixIt() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let passwords = try file("*:*:*:*:secret\n", mode: 0o644)
        guard case .notUsed(let why) = passwords.password(for: pierce) else { Issue.record("used"); return }
        #expect(why.text(.english).contains("chmod 600 \(passwords.path)"))
    }

    @Test func noFileNoPassword() {
        #expect(PasswordFile(path: folder + "/missing").password(for: pierce) == .none)
    }

    @Test func pgpassfileNamesTheFile() {
        #expect(PasswordFile.standard(environment: ["PGPASSFILE": "/srv/p4p/pgpass", "HOME": "/home/kiosk"]).path == "/srv/p4p/pgpass")
        #expect(PasswordFile.standard(environment: ["HOME": "/home/kiosk"]).path == "/home/kiosk/.pgpass")
    }
}
