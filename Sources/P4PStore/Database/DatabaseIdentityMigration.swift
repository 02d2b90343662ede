import Foundation
import GRDB

/// v14: every database file carries an identity, made when it was created (or when this
/// version first opened it): a server that took the file in knows it again by it, and refuses
/// the same file a second time. A copy of the file is the same database, so it has the same.
enum DatabaseIdentityMigration {
    static let id = "v14-database-identity"

    static func run(_ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                       arguments: [ProgramStore.identityKey, UUID().uuidString.lowercased()])
    }
}

extension ProgramStore {
    /// The setting that holds the database's identity.
    public static let identityKey = "database.identity"

    /// The identity this database was given when it was made.
    public func identity() throws -> String? { try setting(Self.identityKey) }
}
