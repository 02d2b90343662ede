import GRDB

/// What a write tells its audit entry once the body has run: the row's id (new rows get theirs
/// only on insert) and what changed (known only after reading the old row).
struct AuditNote {
    var entityId: ID?
    var detail: String?
}

extension SQLiteStore {
    /// "fields: name, phone": which columns an update changed, never their values.
    static func changedFields<R: EncodableRecord>(_ new: R, from old: R) throws -> String {
        let names = try new.databaseChanges(from: old).keys.sorted()
        let detail = names.isEmpty ? "no changes" : "fields: " + names.joined(separator: ", ")
        return detail
    }
}
