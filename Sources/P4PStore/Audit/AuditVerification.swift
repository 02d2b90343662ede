import Foundation

/// What checking the audit log's chain found: how many entries were read, and the first entry
/// whose hash does not follow from the entry before it and its own contents.
public struct AuditVerification: Sendable, Equatable {
    public struct BrokenLink: Sendable, Equatable {
        public var id: ID
        public var at: String
        /// The entry's hash as stored, and as its contents and the link before it make it.
        public var stored: Data?
        public var expected: Data
    }

    public var entries: Int
    public var firstBroken: BrokenLink?
    public var intact: Bool { firstBroken == nil }

    /// One paragraph for `p4p audit --verify`.
    public var words: Phrase {
        guard let broken = firstBroken else { return .counted(entries, "auditChain.intact") }
        return Phrase("auditChain.broken", ["id": .number(Int(broken.id)), "at": .text(broken.at.withoutControlCharacters),
                                            "stored": .text(AuditChain.short(broken.stored)),
                                            "expected": .text(AuditChain.short(broken.expected))])
    }
}

extension ProgramStore {
    /// Walks the whole log in the order it was written, recomputing every link; supervisors
    /// and admins only. Reads a batch at a time, so a long log takes time, not memory.
    public func verifyAuditLog() throws -> AuditVerification {
        try engine.read { db in
            try authorize(.readAudit, db)
            return try AuditLedger.verify(in: db)
        }
    }
}
