
extension ProgramStore {
    /// A program setting every terminal on this database shares.
    public func setting(_ key: String) throws -> String? {
        try engine.read { db in try db.setting(key) }
    }

    public func setSetting(_ key: String, to value: String) throws {
        try write(action: "setting changed", entity: "setting", detail: key) { db in
            try authorize(.changeSettings, db)
            try db.writeSetting(key, value)
        }
    }
}
