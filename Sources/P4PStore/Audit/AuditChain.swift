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
        sha.update(data: canonicalBytes(of: entry))
        return Data(sha.finalize())
    }

    /// An entry as bytes, the same on every engine: the tag `p4p-audit-1` and a newline, then
    /// id, at, actor, action, entity, entity_id and detail in that order, each as one byte 0
    /// when absent, else one byte 1, the length of its UTF-8 text as 8 bytes big-endian, and
    /// the text (numbers in decimal). Lengths keep "ab"+"c" apart from "a"+"bc".
    public static func canonicalBytes(of entry: AuditEntry) -> Data {
        var bytes = Data("p4p-audit-1\n".utf8)
        let fields: [String?] = [entry.id.map(String.init), entry.at, entry.actor, entry.action, entry.entity,
                                 entry.entityId.map(String.init), entry.detail]
        for field in fields {
            guard let field else { bytes.append(0); continue }
            let utf8 = Data(field.utf8)
            bytes.append(1)
            withUnsafeBytes(of: UInt64(utf8.count).bigEndian) { bytes.append(contentsOf: $0) }
            bytes.append(utf8)
        }
        return bytes
    }

    /// "3f9a1c…": the start of a hash, enough to compare by eye.
    public static func short(_ hash: Data?) -> String {
        guard let hash else { return "none" }
        return hash.prefix(6).map { String(format: "%02x", $0) }.joined() + "…"
    }
}
