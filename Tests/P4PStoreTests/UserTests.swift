import Foundation
import GRDB
import Testing
@testable import P4PStore

/// People, secrets and sign-in on a real SQLite file. Hashes use cheap scrypt parameters: the
/// same code path as the standard ones at a fraction of the time.
@Suite("Users and sign-in")
struct UserTests {
    let fast = SecretHash.Parameters.fastForTests

    @Test("a secret is kept only as a salted scrypt hash; the same PIN twice hashes apart", arguments: TestEngine.all)
    func hashing(_ engine: TestEngine) throws {
        let a = try SecretHash.make("246810", parameters: fast)
        let b = try SecretHash.make("246810", parameters: fast)
        #expect(a.hash != b.hash && a.salt != b.salt)
        #expect(try a.matches("246810"))
        #expect(try !a.matches("246811"))
        #expect(SecretHash.Parameters.standard.description == "scrypt:N=16384,r=8,p=5")
        #expect(SecretHash.problem(with: "12345")?.text(.english) == "A PIN needs at least 6 digits")
    }

    @Test("a hash made with the earlier standard (N=2^15, r=8, p=3) still signs in, and is made again with the standard", arguments: TestEngine.all)
    func supersededHashRenewedAtSignIn(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let earlier = SecretHash.Parameters(rounds: 1 << 15, blockSize: 8, parallelism: 3)
        #expect(earlier.isSuperseded && !SecretHash.Parameters.standard.isSuperseded && !fast.isSuperseded)
        try f.store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: earlier)
        let kdf = { try f.store.engine.read { db in try String.fetchOne(db, sql: "SELECT kdf FROM users WHERE name = 'Rosa'") } }
        let hash = { try f.store.engine.read { db in try Data.fetchOne(db, sql: "SELECT secret_hash FROM users WHERE name = 'Rosa'") } }
        #expect(try kdf() == "scrypt:N=32768,r=8,p=3")
        let before = try hash()

        #expect(try f.store.signIn(name: "Rosa", secret: "000000") == .refused)
        #expect(try kdf() == "scrypt:N=32768,r=8,p=3", "a wrong PIN renews nothing")
        guard case .signedIn = try f.store.signIn(name: "Rosa", secret: "135790") else {
            Issue.record("the earlier standard's hash must still verify"); return
        }
        #expect(try kdf() == "scrypt:N=16384,r=8,p=5")
        #expect(try hash() != before)
        guard case .signedIn = try f.store.signIn(name: "Rosa", secret: "135790") else {
            Issue.record("the renewed hash must verify"); return
        }
        #expect(try f.store.signIn(name: "Rosa", secret: "135791") == .refused)
        let log = try f.store.auditLog(AuditFilter(), page: PageRequest(offset: 0, limit: 10)).rows.map { $0.what.text(.english) }
        #expect(log.filter { $0.hasPrefix("signed in") } == ["signed in", "signed in; their PIN is now kept with the current scrypt setting"])
    }

    @Test("add, list, change the PIN, deactivate; an ally user gets an ally record; all audited", arguments: TestEngine.all)
    func lifecycle(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        let id = try f.store.addUser(name: " Rosa Delgado ", role: .ally, secret: "135790", parameters: fast)
        try f.store.addUser(name: "Pat Moore", role: .supervisor, secret: "975310", parameters: fast)
        #expect(throws: StoreError.invalid(field: .signInName, reason: Phrase("invalid.userExists", ["name": "Rosa Delgado"]))) {
            try f.store.addUser(name: "rosa delgado", role: .ally, secret: "135790", parameters: fast)
        }
        #expect(throws: StoreError.invalid(field: .pin, reason: Phrase("invalid.pinTooShort", ["count": .number(6)]))) {
            try f.store.addUser(name: "Sam", role: .ally, secret: "123", parameters: fast)
        }
        let users = try f.store.users()
        #expect(users.map(\.name) == ["Pat Moore", "Rosa Delgado"])
        let rosa = try #require(users.last)
        let ally = try f.store.engine.read { db in try Ally.fetchOne(db, key: rosa.allyId!) }
        #expect(ally?.name == "Rosa Delgado" && rosa.id == id)

        try f.store.setSecret(userName: "Rosa Delgado", secret: "864200", parameters: fast)
        #expect(try f.store.signIn(name: "Rosa Delgado", secret: "135790") == .refused)
        #expect(try f.store.signIn(name: "Rosa Delgado", secret: "864200") == .signedIn(rosa))
        try f.store.deactivateUser(named: "Rosa Delgado")
        #expect(try f.store.signIn(name: "Rosa Delgado", secret: "864200") == .refused)

        let actions = try f.store.engine.read { db in try String.fetchAll(db, sql: "SELECT action FROM audit_log ORDER BY id") }
        #expect(actions == ["user added", "user added", "PIN changed", "failed sign-in", "signed in",
                            "user deactivated", "failed sign-in"])
        let text = try f.store.engine.read { db in try String.fetchAll(db, sql: "SELECT coalesce(detail, '') FROM audit_log") }
        #expect(!text.joined().contains("864200") && !text.joined().contains("135790"), "no secret in the log")
    }

    @Test("five wrong PINs lock the account for five minutes, even against the right PIN", arguments: TestEngine.all)
    func lockout(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        try f.store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: fast)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for attempt in 1...4 {
            #expect(try f.store.signIn(name: "Rosa", secret: "000000", at: start) == .refused, "attempt \(attempt)")
        }
        let locked = try f.store.signIn(name: "Rosa", secret: "000000", at: start)
        #expect(locked == .locked(until: start.addingTimeInterval(300)))
        #expect(try f.store.signIn(name: "Rosa", secret: "135790", at: start.addingTimeInterval(299)) != .refused)
        if case .signedIn = try f.store.signIn(name: "Rosa", secret: "135790", at: start.addingTimeInterval(299)) {
            Issue.record("a locked account must not sign in")
        }
        guard case .signedIn = try f.store.signIn(name: "Rosa", secret: "135790", at: start.addingTimeInterval(301)) else {
            Issue.record("the lock ends after five minutes"); return
        }
    }

    @Test("an unknown name is refused like a wrong PIN", arguments: TestEngine.all)
    func unknownName(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        #expect(try f.store.signIn(name: "Nobody", secret: "135790") == .refused)
    }

    @Test("24 guesses sent at once derive five times: one check at a time per user, each counted before its derivation", arguments: TestEngine.all)
    func guessesAtOnce(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        try f.store.addUser(name: "Rosa", role: .ally, secret: "135790", parameters: fast)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let derivations = Counter()
        let derivedUncounted = Counter()
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 24) { n in
            do {
                let result = try f.store.signIn(name: "Rosa", secret: String(format: "%06d", n), at: start) { stored, secret in
                    derivations.add()
                    // By now the file already holds this attempt: as a failure, or as the lock it brings.
                    let counted = try f.store.engine.read { db in
                        try Bool.fetchOne(db, sql: "SELECT failed_attempts > 0 OR locked_until IS NOT NULL FROM users WHERE name = 'Rosa'")
                    }
                    if counted != true { derivedUncounted.add() }
                    return try stored.matches(secret)
                }
                results.add(result)
            } catch {
                results.add(nil)
            }
        }
        let until = start.addingTimeInterval(SQLiteStore.lockout)
        #expect(derivations.value == SQLiteStore.maxFailedAttempts)
        #expect(derivedUncounted.value == 0)
        #expect(results.all.filter { $0 == .refused }.count == 4)
        #expect(results.all.filter { $0 == .locked(until: until) }.count == 20)
        #expect(try f.store.signIn(name: "Rosa", secret: "135790", at: start.addingTimeInterval(60)) == .locked(until: until),
                "the lock holds against the right PIN")
        let failures = try f.store.engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'failed sign-in'") }
        #expect(failures == 5, "one entry per checked guess")
    }

    @Test("every user's PIN has its own salt", arguments: TestEngine.all)
    func ownSalts(_ engine: TestEngine) throws {
        let f = try StoreFixture(engine)
        for name in ["A One", "B Two", "C Three"] { try f.store.addUser(name: name, role: .supervisor, secret: "246810", parameters: fast) }
        let salts = try f.store.engine.read { db in try Data.fetchAll(db, sql: "SELECT salt FROM users") }
        #expect(Set(salts).count == 3)
    }
}

/// Sign-in results from several threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [SignInResult?] = []
    func add(_ result: SignInResult?) { lock.withLock { results.append(result) } }
    var all: [SignInResult?] { lock.withLock { results } }
}

