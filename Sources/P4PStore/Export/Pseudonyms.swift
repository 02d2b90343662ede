import Crypto
import Foundation
import GRDB

/// Stable pseudonyms for de-identified exports: the same parent is the same "P-…" in every
/// export from this database, and nobody without the database's own key can turn it back.
struct Pseudonyms: Sendable {
    static let settingsKey = "export.pseudonym-key"
    /// The SQL function a de-identified export reads pseudonyms through, so it can sort by them.
    static let sqlFunctionName = "p4p_pseudonym"
    /// HMAC-SHA256 (RFC 2104) with the key's two padded blocks hashed once: each name copies
    /// these and hashes only its own few bytes. swift-crypto's `HMAC` does the same steps, but
    /// through generic code this module cannot specialise; called five million times for a
    /// statewide table, that cost more than the hashing (ExportWritingTests checks the two agree).
    private let inner: SHA256
    private let outer: SHA256

    init(key: SymmetricKey) {
        var block = key.withUnsafeBytes { bytes in
            bytes.count > SHA256.blockByteCount ? Array(SHA256.hash(data: bytes)) : Array(bytes)
        }
        block += Array(repeating: 0, count: SHA256.blockByteCount - block.count)
        var inner = SHA256(), outer = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        outer.update(data: block.map { $0 ^ 0x5c })
        self.inner = inner
        self.outer = outer
    }

    /// What a pseudonym stands for, and the letter it starts with. The tag goes into the HMAC,
    /// so parent 12 and case 12 have unrelated pseudonyms; "parent" and "case" are the tags the
    /// first exports used, kept so their pseudonyms stay the same.
    enum Kind: String, Sendable, CaseIterable {
        case parent, `case`, child, hearing, session, contact

        var prefix: String {
            switch self {
            case .parent: return "P"
            case .case: return "C"
            case .child: return "K"
            case .hearing: return "H"
            case .session: return "S"
            case .contact: return "T"
            }
        }
    }

    /// The database's key, made (and kept in settings) on its first de-identified export.
    static func load(_ db: Database) throws -> Pseudonyms {
        if let hex = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [settingsKey]),
           let bytes = Data(hex: hex) {
            return Pseudonyms(key: SymmetricKey(data: bytes))
        }
        let key = SymmetricKey(size: .bits256)
        let hex = key.withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
        try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)", arguments: [settingsKey, hex])
        return Pseudonyms(key: key)
    }

    /// "P-3fa94c1d0b7e" for parent 12, always, on this database.
    func name(_ kind: Kind, _ id: Int64) -> String {
        var hash = inner
        var message = kind.rawValue + ":" + String(id)
        message.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        var mac = outer
        hash.finalize().withUnsafeBytes { mac.update(bufferPointer: $0) }
        return mac.finalize().withUnsafeBytes { code in
            // "P-" and the first six bytes in lowercase hex, written straight into the string.
            String(unsafeUninitializedCapacity: 14) { text in
                text[0] = kind.prefix.utf8.first!
                text[1] = UInt8(ascii: "-")
                for index in 0..<6 {
                    text[2 + 2 * index] = Self.hexDigits[Int(code[index] >> 4)]
                    text[3 + 2 * index] = Self.hexDigits[Int(code[index] & 0x0F)]
                }
                return 14
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `p4p_pseudonym('parent', parent_id)`: NULL stays NULL. Registered on one reading
    /// connection for one export only, as it carries the key.
    /// A parent, case or hearing comes back row after row (each of a parent's contacts names
    /// them): those names are kept for the export, up to `Remembered.limit`, so each is hashed
    /// once. A contact's comes once, and is not kept.
    var sqlFunction: DatabaseFunction {
        let remembered = Remembered()
        return DatabaseFunction(Self.sqlFunctionName, argumentCount: 2, pure: true) { [self] values in
            guard let tag = String.fromDatabaseValue(values[0]), let kind = Kind(rawValue: tag),
                  let id = Int64.fromDatabaseValue(values[1]) else { return nil }
            guard kind != .contact else { return name(kind, id) }
            return remembered.name(kind, id) { name(kind, id) }
        }
    }

    /// Names already made in one export, by kind and id.
    private final class Remembered: @unchecked Sendable {
        /// About 50 bytes a name: some 25 MB at most, for a statewide table's parents.
        static let limit = 500_000
        private let lock = NSLock()
        private var names: [Kind: [Int64: String]] = [:]
        private var count = 0

        func name(_ kind: Kind, _ id: Int64, _ make: () -> String) -> String {
            if let known = lock.withLock({ names[kind]?[id] }) { return known }
            let made = make()
            lock.withLock {
                guard count < Self.limit else { return }
                names[kind, default: [:]][id] = made
                count += 1
            }
            return made
        }
    }
}

extension Data {
    init?(hex: String) {
        var data = Data()
        var index = hex.startIndex
        while index < hex.endIndex {
            guard let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex),
                  let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            data.append(byte)
            index = next
        }
        self = data
    }
}
