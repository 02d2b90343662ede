import Crypto
import Foundation
import GRDB

/// Stable pseudonyms for de-identified exports: the same parent is the same "P-…" in every
/// export from this database, and nobody without the database's own key can turn it back.
struct Pseudonyms: Sendable {
    static let settingsKey = "export.pseudonym-key"
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
    static func load(_ db: Database) throws -> Pseudonyms { try load(GRDBSession(db)) }

    static func load(_ db: any SQLSession) throws -> Pseudonyms {
        if let hex = try db.setting(settingsKey),
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
        withName(kind, id) { bytes in String(decoding: bytes, as: UTF8.self) }
    }

    /// How long every name is: a letter, a dash and twelve hex digits.
    static let nameLength = 14

    /// The name's `nameLength` bytes of ASCII, made on the stack and lent to `body`: the export's SQL
    /// function hands them to SQLite, which copies them, with no string made for each row.
    func withName<R>(_ kind: Kind, _ id: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var hash = inner
        // "parent:12": the tag, a colon and the id in decimal, as the first exports hashed it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { message in
            var count = 0
            for byte in kind.rawValue.utf8 { message[count] = byte; count += 1 }
            message[count] = UInt8(ascii: ":"); count += 1
            count += ExportCell.decimal(id, into: UnsafeMutableBufferPointer(rebasing: message[count...]))
            hash.update(bufferPointer: UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: message[..<count])))
        }
        var mac = outer
        hash.finalize().withUnsafeBytes { mac.update(bufferPointer: $0) }
        return mac.finalize().withUnsafeBytes { code in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.nameLength) { text in
                // "P-" and the first six bytes in lowercase hex.
                text[0] = kind.letter
                text[1] = UInt8(ascii: "-")
                for index in 0..<6 {
                    text[2 + 2 * index] = Self.hexDigits[Int(code[index] >> 4)]
                    text[3 + 2 * index] = Self.hexDigits[Int(code[index] & 0x0F)]
                }
                return body(UnsafeBufferPointer(text))
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

extension Pseudonyms.Kind {
    /// The name's first letter.
    var letter: UInt8 { prefix.utf8.first! }
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
