import Crypto
import Foundation

/// The audit log's hash chain. Each entry's hash is SHA-256 over the hash of the entry before it
/// and the entry's canonical bytes, so changing, removing or reordering an entry breaks the link
/// after it. Defined here, above the SQL, so that any engine keeping the log computes the same
/// chain from the same entries.
public enum AuditChain {
    /// Bytes in a hash.
    public static let hashBytes = 32
    /// What the first entry is chained to.
    public static let genesis = Data(repeating: 0, count: hashBytes)

    /// The hash of `entry` (its id set) when `previous` is the hash of the entry before it (nil
    /// for the first entry).
    public static func hash(of entry: AuditEntry, after previous: Data?) -> Data {
        var sha = SHA256()
        sha.update(data: previous ?? genesis)
        canonical(entry).withUnsafeBytes { sha.update(bufferPointer: $0) }
        return Data(sha.finalize())
    }

    /// An entry as bytes, the same on every engine: the tag `p4p-audit-1` and a newline, then
    /// id, at, actor, action, entity, entity_id and detail in that order, each as one byte 0
    /// when absent, else one byte 1, the length of its UTF-8 text as 8 bytes big-endian, and
    /// the text (numbers in decimal). Lengths keep "ab"+"c" apart from "a"+"bc".
    public static func canonicalBytes(of entry: AuditEntry) -> Data { Data(canonical(entry)) }

    /// The canonical bytes in one buffer sized up front: a load chains millions of entries, and
    /// growing a `Data` field by field cost more than the hash itself.
    private static func canonical(_ entry: AuditEntry) -> [UInt8] {
        let fields: [String?] = [entry.id.map(String.init), entry.at, entry.actor, entry.action, entry.entity,
                                 entry.entityId.map(String.init), entry.detail]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tag.count + fields.reduce(0) { $0 + 9 + ($1?.utf8.count ?? 0) })
        bytes.append(contentsOf: tag)
        for field in fields {
            guard let field else { bytes.append(0); continue }
            bytes.append(1)
            withUnsafeBytes(of: UInt64(field.utf8.count).bigEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: field.utf8)
        }
        return bytes
    }

    private static let tag = Array("p4p-audit-1\n".utf8)

    /// "3f9a1c…": the start of a hash, enough to compare by eye.
    public static func short(_ hash: Data?) -> String {
        guard let hash else { return "none" }
        return hash.prefix(6).map { String(format: "%02x", $0) }.joined() + "…"
    }
}
