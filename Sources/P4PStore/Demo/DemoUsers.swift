import Foundation

/// The demo's people, with PINs the README gives, so anyone can sign in and try each role.
/// Their hashes were made once with the standard scrypt parameters and are kept here, so that
/// making a demo costs no key derivation; every ally shares the allies' PIN and hash.
public enum DemoUsers {
    public static let allyPIN = "135790"
    public static let supervisor = (name: "Dana Brooks", pin: "246810")
    public static let admin = (name: "Sam Rivera", pin: "975310")

    static let allyHash = known(hash: "B40CA6CDF5A79982444EB283BB547C2F4CE1F77790B7850DFE51B8D0E5DC21CD",
                                salt: "A1E81FFE87EBFA9D076CE81890D12356")
    static let supervisorHash = known(hash: "B3E6CABD731AAE63DE9C5599081E94376C9C49E9A9A928D2C7E9D5DAB9550C6A",
                                      salt: "0F297424C5B09803FB7E9BD815BFADD4")
    static let adminHash = known(hash: "107994402711EE08D6F420F225FB92F23896B838EB16D7F0CBF4516DA4F94014",
                                 salt: "D4D3A39A5306754974FA443FB2FFD5F6")

    private static func known(hash: String, salt: String) -> SecretHash {
        SecretHash(hash: bytes(hash), salt: bytes(salt), parameters: .standard)
    }

    private static func bytes(_ hex: String) -> Data {
        var data = Data()
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            data.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return data
    }
}

extension SQLiteStore {
    /// Every active ally, a supervisor and an admin, each able to sign in with the README's PINs.
    public func addDemoUsers() throws {
        try addUser(name: DemoUsers.supervisor.name, role: .supervisor, hashed: DemoUsers.supervisorHash)
        try addUser(name: DemoUsers.admin.name, role: .admin, hashed: DemoUsers.adminHash)
        let allies = try read { db in try String.fetchAll(db, sql: "SELECT name FROM allies WHERE active ORDER BY id") }
        for name in allies { try addUser(name: name, role: .ally, hashed: DemoUsers.allyHash) }
    }
}
