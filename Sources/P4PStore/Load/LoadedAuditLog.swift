import Foundation
import GRDB

/// Writes a program's history into the audit log inside the load's transaction: each entry gets
/// the next id and its link in the chain (`AuditChain`, the same chain `appendAudit` keeps),
/// through one cached statement. The last link is carried from entry to entry, so the log is
/// read once, not once an entry.
struct LoadedAuditLog {
    let db: Database

    func write(_ entries: [LoadedAuditEntry]) throws -> Int {
        guard !entries.isEmpty else { return 0 }
        var users: [String: ID] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, id FROM users") { users[row[0]] = row[1] }
        let last = try Row.fetchOne(db, sql: AuditLedger.lastLink)
        var id: ID = last?["id"] ?? 0
        var previous: Data? = last?["hash"]
        let statement = try db.cachedStatement(sql: """
            INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, loaded) in entries.enumerated() {
            id += 1
            let actor: String
            switch loaded.actor {
            case .user(let name):
                guard let user = users[name] else {
                    throw StoreError.invalid(field: .program, reason: Phrase("load.refused", [
                        "record": .phrase(Phrase("load.recordAt", ["kind": .word("load.kind.auditEntry"), "position": .number(position + 1)])),
                        "why": .word("load.missingReference")]))
                }
                actor = ActorNames.user(user)
            case .account(let account):
                actor = ActorNames.systemPrefix + account
            }
            let entry = AuditEntry(id: id, at: loaded.at, actor: actor, action: loaded.action, entity: loaded.entity,
                                   entityId: loaded.entityId, detail: loaded.detail)
            let hash = AuditChain.hash(of: entry, after: previous)
            try statement.execute(arguments: [id, entry.at, actor, entry.action, entry.entity, entry.entityId, entry.detail, hash])
            previous = hash
        }
        return entries.count
    }
}
