
/// The program's own hearing-type aliases, in `settings` beside the follow-up policy. Adding one
/// is entering records (a supervisor's act), not changing the program's switches.
extension ProgramStore {
    /// The program's aliases, normalised text -> hearing type code.
    public func hearingTypeAliases() throws -> [String: String] {
        try engine.read { db in try Self.loadAliases(db) }
    }

    /// Saves `text` as meaning the hearing type `code`; a nil code removes the alias.
    /// Returns the text as it is kept (normalised).
    @discardableResult
    public func setHearingTypeAlias(_ text: String, code: String?) throws -> String {
        let key = HearingTypeAliases.normalise(text)
        guard !key.isEmpty else { throw StoreError.invalid(field: .alias, reason: "invalid.aliasNeedsLetter") }
        try write(action: "hearing-type alias changed", entity: "setting", detail: HearingTypeAliases.settingsKey) { db in
            try authorize(.enterRecords, db)
            var table = try Self.loadAliases(db)
            if let code {
                guard try Int.fetchOne(db, sql: "SELECT count(*) FROM hearing_types WHERE code = ?", arguments: [code]) ?? 0 > 0 else {
                    let codes = try String.fetchAll(db, sql: "SELECT code FROM hearing_types ORDER BY sort_order, id")
                    throw StoreError.invalid(field: .hearingType, reason: Phrase("invalid.noSuchType", ["code": .text(code), "codes": .text(codes.joined(separator: ", "))]))
                }
                table[key] = code
            } else {
                guard table.removeValue(forKey: key) != nil else {
                    throw StoreError.notFound(Phrase("notFound.alias", ["alias": .text(key)]))
                }
            }
            try db.writeSetting(HearingTypeAliases.settingsKey, try HearingTypeAliases.encode(table))
        }
        return key
    }

    static func loadAliases(_ db: any SQLSession) throws -> [String: String] {
        let json = try db.setting(HearingTypeAliases.settingsKey)
        return HearingTypeAliases.normalisedKeys(try HearingTypeAliases.decode(json))
    }
}
