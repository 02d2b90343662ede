import Foundation

/// Adding people, changing their secrets, and checking a sign-in. Every act is audited by user
/// id; secrets and their hashes are never written anywhere else.
extension ProgramStore {
    /// Wrong secrets in a row that lock an account, and for how long.
    public static let maxFailedAttempts = 5
    public static let lockout: TimeInterval = 5 * 60

    public func hasUsers() throws -> Bool {
        try engine.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE active = 1)") ?? false }
    }

    public func users() throws -> [User] {
        try engine.read { db in try SQLRow.fetchAll(db, sql: "SELECT * FROM users ORDER BY lower(name), name").map(Self.user) }
    }

    public func user(named name: String) throws -> User? {
        try engine.read { db in try SQLRow.fetchOne(db, sql: "SELECT * FROM users WHERE lower(name) = lower(?)", arguments: [name]).map(Self.user) }
    }

    /// Adds a user. A Parent Ally is linked to the ally of the same name, made when missing, so
    /// every ally who signs in has a caseload.
    @discardableResult
    public func addUser(name: String, role: UserRole, secret: String,
                        parameters: SecretHash.Parameters = .standard) throws -> ID {
        if let problem = SecretHash.problem(with: secret) { throw StoreError.invalid(field: .pin, reason: problem) }
        return try addUser(name: name, role: role, hashed: try SecretHash.make(secret, parameters: parameters))
    }

    /// Adds a user whose secret was hashed already.
    @discardableResult
    func addUser(name: String, role: UserRole, hashed: SecretHash) throws -> ID {
        try writeNoting(action: "user added", entity: "user") { db in
            try authorize(.manageUsers, db)
            let id = try Self.insertUser(name: name, role: role, hashed: hashed, db)
            return AuditNote(entityId: id, detail: "role \(role.rawValue)")
        }.entityId!
    }

    /// Inserts a user inside the caller's transaction: a name no other user has, and for a
    /// Parent Ally the ally of that name, made when missing. Also used by the bulk loader.
    @discardableResult
    static func insertUser(name: String, role: UserRole, hashed: SecretHash, _ db: any SQLSession) throws -> ID {
        let clean = try Validate.name(name, field: .signInName)
        if let existing = try String.fetchOne(db, sql: "SELECT name FROM users WHERE lower(name) = lower(?)", arguments: [clean]) {
            throw StoreError.invalid(field: .signInName, reason: Phrase("invalid.userExists", ["name": .text(existing)]))
        }
        var allyId: ID?
        if role == .ally {
            allyId = try ID.fetchOne(db, sql: "SELECT id FROM allies WHERE lower(name) = lower(?)", arguments: [clean])
            if allyId == nil {
                var ally = Ally(name: clean)
                try ally.insert(db)
                allyId = ally.id
            }
        }
        return try ID.fetchOne(db, sql: """
            INSERT INTO users (name, role, ally_id, secret_hash, salt, kdf, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            RETURNING id
            """, arguments: [clean, role.rawValue, allyId, hashed.hash, hashed.salt, hashed.parameters.description,
                             timestamp()])!
    }

    /// A new secret; unlocks the account.
    public func setSecret(userName: String, secret: String, parameters: SecretHash.Parameters = .standard) throws {
        if let problem = SecretHash.problem(with: secret) { throw StoreError.invalid(field: .pin, reason: problem) }
        let hashed = try SecretHash.make(secret, parameters: parameters)
        _ = try writeNoting(action: "PIN changed", entity: "user") { db in
            try authorize(.manageUsers, db)
            let id = try Self.userId(db, userName)
            try Self.storeSecret(hashed, userId: id, db)
            try db.execute(sql: "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [id])
            return AuditNote(entityId: id, detail: nil)
        }
    }

    /// The hash, its salt and the parameters it was made with, which let it verify later.
    private static func storeSecret(_ hashed: SecretHash, userId: ID, _ db: any SQLSession) throws {
        try db.execute(sql: "UPDATE users SET secret_hash = ?, salt = ?, kdf = ? WHERE id = ?",
                       arguments: [hashed.hash, hashed.salt, hashed.parameters.description, userId])
    }

    /// The language a user reads the desk in (nil: the computer's). Users choose their own;
    /// an admin may choose anyone's.
    public func setLanguage(_ language: Language?, forUser name: String) throws {
        _ = try writeNoting(action: "language changed", entity: "user") { db in
            let id = try Self.userId(db, name)
            if user?.id != id { try authorize(.manageUsers, db) }
            try db.execute(sql: "UPDATE users SET language = ? WHERE id = ?", arguments: [language?.rawValue, id])
            return AuditNote(entityId: id, detail: language?.rawValue ?? "computer's")
        }
    }

    public func deactivateUser(named name: String) throws {
        _ = try writeNoting(action: "user deactivated", entity: "user") { db in
            try authorize(.manageUsers, db)
            let id = try Self.userId(db, name)
            try db.execute(sql: "UPDATE users SET active = 0 WHERE id = ?", arguments: [id])
            return AuditNote(entityId: id, detail: nil)
        }
    }

    /// Checks a sign-in and records it, success or failure. An unknown name costs the same
    /// derivation as a known one, so timing does not tell them apart either.
    public func signIn(name: String, secret: String, at now: Date = Date()) throws -> SignInResult {
        try signIn(name: name, secret: secret, at: now) { stored, secret in try stored.matches(secret) }
    }

    /// `check` derives the secret's hash and compares it (tests count how often it runs). One
    /// check at a time per user, each attempt counted before its derivation: guesses sent at
    /// once lock the account after `maxFailedAttempts` derivations, not after all of them.
    func signIn(name: String, secret: String, at now: Date,
                check: (SecretHash, String) throws -> Bool) throws -> SignInResult {
        try SignInGate.shared.one(location + "\u{0}" + name.lowercased()) {
            switch try countAttempt(name: name, at: now) {
            case .unknown:
                _ = try? check(.decoy, secret)
                try audit("failed sign-in", entity: nil, id: nil)
                return .refused
            case .locked(let until):
                return .locked(until: until)
            case .counted(let user, let stored, let locksUntil):
                if try check(stored, secret) {
                    // A hash made with an earlier standard is made again while the secret is at hand.
                    let renewed = stored.parameters.isSuperseded ? try SecretHash.make(secret) : nil
                    // Recorded as the user's own act; the attempt counted for it is forgiven.
                    try actingStore(as: user).write(action: "signed in", entity: "user", entityId: user.id,
                                                    detail: renewed.map { _ in SecretHash.renewedNote }) { db in
                        try db.execute(sql: "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                                       arguments: [user.id])
                        if let renewed { try Self.storeSecret(renewed, userId: user.id, db) }
                    }
                    return .signedIn(user)
                }
                try audit("failed sign-in", entity: "user", id: user.id)
                return locksUntil.map { .locked(until: $0) } ?? .refused
            }
        }
    }

    private enum Attempt {
        case unknown
        case locked(until: Date)
        /// Counted as a failure until the secret proves right; `locksUntil` when this attempt
        /// is the one that locks the account.
        case counted(User, SecretHash, locksUntil: Date?)
    }

    /// Counts the attempt in the file, in its own IMMEDIATE transaction, before any derivation.
    /// The count is bookkeeping, not an act: the attempt's outcome is what the audit log records.
    private func countAttempt(name: String, at now: Date) throws -> Attempt {
        try engine.write { db in
                guard let row = try SQLRow.fetchOne(db, sql: "SELECT * FROM users WHERE lower(name) = lower(?)", arguments: [name]),
                      row["active"] as Bool,
                      let parameters = SecretHash.Parameters(row["kdf"] as String) else { return .unknown }
                let user = Self.user(row)
                if let until = user.lockedUntil, until > now { return .locked(until: until) }
                let failures = (row["failed_attempts"] as Int) + 1
                var locksUntil: Date?
                if failures >= Self.maxFailedAttempts {
                    locksUntil = now.addingTimeInterval(Self.lockout)
                    try db.execute(sql: "UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?",
                                   arguments: [Self.timestamp(locksUntil!), user.id])
                } else {
                    try db.execute(sql: "UPDATE users SET failed_attempts = ? WHERE id = ?", arguments: [failures, user.id])
                }
                let stored = SecretHash(hash: row["secret_hash"], salt: row["salt"], parameters: parameters)
                return .counted(user, stored, locksUntil: locksUntil)
        }
    }

    /// An audited event with no other change (sign-in failures, locks, detail opened).
    public func audit(_ action: String, entity: String?, id: ID?) throws {
        try write(action: action, entity: entity, entityId: id) { _ in }
    }

    private static func userId(_ db: any SQLSession, _ name: String) throws -> ID {
        guard let id = try ID.fetchOne(db, sql: "SELECT id FROM users WHERE lower(name) = lower(?)", arguments: [name]) else {
            throw StoreError.notFound(Phrase("notFound.user", ["name": .text(name)]))
        }
        return id
    }

    private static func user(_ row: SQLRow) -> User {
        let locked = (row["locked_until"] as String?).flatMap { ISO8601DateFormatter.withFractions.date(from: $0) }
        return User(id: row["id"], name: row["name"], role: UserRole(rawValue: row["role"]) ?? .ally,
                    allyId: row["ally_id"], active: row["active"], lockedUntil: locked,
                    language: (row["language"] as String?).flatMap(Language.init(rawValue:)))
    }
}

extension ISO8601DateFormatter {
    /// Reads what `SQLiteStore.timestamp` writes.
    static var withFractions: ISO8601DateFormatter {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }
}
