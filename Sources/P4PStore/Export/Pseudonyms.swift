import Crypto
import Foundation
import GRDB

/// Stable pseudonyms for de-identified exports: the same parent is the same "P-…" in every
/// export from this database, and nobody without the database's own key can turn it back.
struct Pseudonyms {
    static let settingsKey = "export.pseudonym-key"
    private let key: SymmetricKey

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
    func name(_ kind: String, _ id: Int64) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(kind):\(id)".utf8), using: key)
        return kind.prefix(1).uppercased() + "-" + mac.prefix(6).map { String(format: "%02x", $0) }.joined()
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
