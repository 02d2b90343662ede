import Foundation
import GRDB

/// A save a writer process reported once its transaction had committed: the contact it logged,
/// told apart by a tag in its note. `p4p bench writers` prints one line per save and the crash
/// test reads them back, to prove that no save anyone was told about goes missing.
public struct ConfirmedSave: Hashable, Sendable {
    public let contactId: ID
    /// Which writer and which of its saves, e.g. "w3-57"; no spaces.
    public let tag: String
    /// How long the save took, waiting for other terminals included.
    public let milliseconds: Double

    public init(contactId: ID, tag: String, milliseconds: Double) {
        self.contactId = contactId
        self.tag = tag
        self.milliseconds = milliseconds
    }

    /// The note the contact is saved with.
    public static func note(tag: String) -> String { "bench save \(tag)" }

    /// "saved 1234 w3-57 4.21", the line a writer prints after the commit.
    public var line: String { "saved \(contactId) \(tag) " + String(format: "%.2f", milliseconds) }

    public init?(line: some StringProtocol) {
        let fields = line.split(separator: " ")
        guard fields.count == 4, fields[0] == "saved", let id = ID(fields[1]), let ms = Double(fields[3]) else {
            return nil
        }
        self.init(contactId: id, tag: String(fields[2]), milliseconds: ms)
    }

    /// Every whole line of a writer's output that confirms a save (a line cut off by a kill has
    /// no newline yet and is not counted).
    public static func all(in output: String) -> [ConfirmedSave] {
        let whole = output.hasSuffix("\n") ? output : String(output[..<(output.lastIndex(of: "\n") ?? output.startIndex)])
        return whole.split(separator: "\n").compactMap { ConfirmedSave(line: $0) }
    }
}

extension SQLiteStore {
    /// What `PRAGMA integrity_check` finds: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// The confirmed saves the file does not hold: a contact with the save's id and note. The
    /// note matters: a lost row's id would be given to the next contact saved.
    public func missing(_ saves: [ConfirmedSave]) throws -> [ConfirmedSave] {
        try read { db in
            try saves.filter { save in
                let note = try String.fetchOne(db, sql: "SELECT notes FROM contacts WHERE id = ?", arguments: [save.contactId])
                return note != ConfirmedSave.note(tag: save.tag)
            }
        }
    }
}
