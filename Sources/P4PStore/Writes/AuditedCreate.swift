
/// What a write tells its audit entry once the body has run: the row's id (new rows get theirs
/// only on insert) and what changed (known only after reading the old row).
struct AuditNote {
    var entityId: ID?
    var detail: String?
}

extension ProgramStore {
    /// "fields: name, phone": which columns an update changed, never their values.
    static func changedFields<R: SQLRecord>(_ new: R, from old: R) throws -> String {
        let names = try new.changedColumns(from: old).sorted()
        let detail = names.isEmpty ? "no changes" : "fields: " + names.joined(separator: ", ")
        return detail
    }
}
