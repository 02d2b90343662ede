import Foundation
import P4PStore

/// The demo's people, with PINs the README gives, so anyone can sign in and try each role.
/// Each has a salt of their own, like any user; their hashes were made once with the standard
/// scrypt parameters and are kept here, so that making a demo costs no key derivation. A demo
/// ally not in the table (a roster changed since) gets a fresh salt and hash when added.
public enum DemoUsers {
    public static let allyPIN = "135790"
    public static let supervisor = (name: "Dana Brooks", pin: "246810")
    public static let admin = (name: "Sam Rivera", pin: "975310")

    /// By name: the supervisor's, the admin's and each ally's (`DemoProgram.allies`) own salt
    /// and hash.
    static let hashes: [String: SecretHash] = [
        "Dana Brooks": known(salt: "692CA6936D5DF17CCD4382A475DD065D",
                             hash: "1A21785466514C6C4EE53210EDB6757651BDA39A32E17FA7494195C675795986"),
        "Sam Rivera": known(salt: "78DA49402CC5EB0E6DF9093336D2ADAF",
                            hash: "D9DE96B56B2C95BD24DD7DF2733347A88E7E1C88B38D4B3895634C00F23D00A1"),
        "Rosa Delgado": known(salt: "8D2B90E1159C35197735EB7B62420601",
                              hash: "8A93B16D778293F9573630B282B9D118EDD55A10E9389E2CA4B9FD3ABF285A57"),
        "Tamara Cagey": known(salt: "5D008E39EB7E0BA10225BCEAA430E46B",
                              hash: "7D3ABE36D8B415FDBA7D2E89712F6F6B6F01FCBDD0E456400D9742AA726AD27E"),
        "Trần Thị Ngọc": known(salt: "BA06830BDD0B7260DC06F45A1A4BCD6E",
                               hash: "6DD4FD690335914372E99262A53FE4EDFC365A1A2CD3BA68112C82F25C1EBCF1"),
        "Fartun Hassan": known(salt: "895F5E962E0DECB0A87C765F3EA386DF",
                               hash: "91DC84E37D7959994001C828965CA826FF514D553279B616725A8D65CFEC326C"),
        "Denise Washington": known(salt: "D8F2A41FF37FC44BECE8EAF9A07BEB41",
                                   hash: "1ABA13BBD842EF197EDF9EDBA2110603D6EE2A24FDE27B0C7F6D3741829E0724"),
        "Kristy Olsen": known(salt: "6ED0D996BDD1E256ABB32EC56290C9F1",
                              hash: "BBCB5F32BD1F9A29F14FA18B2372DB55C26BC069C2F1577EDCEF7C5B1F1EFCEA"),
        "Oksana Melnyk": known(salt: "6785F37E817E783DCCD22BE8A58D9C9B",
                               hash: "6C07787F3E6F5144AAE5819E7875415C8609E908B82CDA3EAE80494D949C737B"),
        "Merina Loeak": known(salt: "3D41E4D6DAA3A4330701D6AD235EFA50",
                              hash: "3023F379CD3F69661B7197FAC288C71F4E54270822B9B699A4A8F0164AA9ADC5"),
        "Luis Ibáñez": known(salt: "6D90A86BC36AE88586864CC287F54930",
                             hash: "E4E097D4F3DEF3E7B2DF178052675F4179030E9275CF1E4B44BCA92167AFFCD3"),
        "Marcus Freeman": known(salt: "E485FDD47CDB0CCD7681D46E0580D228",
                                hash: "C8CC4114617439B82D5764B45DF53F82B6F6873022D326138A08DE981A019A03"),
        "Yesenia Ramírez Soto": known(salt: "5906A7AB77EBD436D04D1398C0C7DE77",
                                      hash: "6C75C48206A844BA75DB97B24E00D349728728139773D2DD5DD889790C55473F"),
        "Shawna Wallahee": known(salt: "3A3B94225FCDBC45C498361C501164D5",
                                 hash: "E49365930EEABB941C6050DCE84E2D7702552A72B55C22DC47FA387785A4FC9F"),
        "Heather Lindqvist": known(salt: "45C7E13FCD3233F7A42A6ED7787240A0",
                                   hash: "74527A1DF4DD023B8C8A8BA73DF4414EF09E738C71B1D0004DA277C68A3C0420"),
        "Darnell Brooks": known(salt: "0721BF5F69B7C7E5AC24EC2DF9979908",
                                hash: "819829695C3DEC2D365F7E577B67D0CB5482BB3BE4BF6001123A66831F27AD3B"),
    ]

    /// Whoever `name` is in the demo: their precomputed hash, or one made now.
    static func hash(for name: String, pin: String) throws -> SecretHash {
        try hashes[name] ?? SecretHash.make(pin)
    }

    /// A supervisor, an admin and every active ally, each able to sign in with the README's PINs.
    static func users(allies: [Ally]) throws -> [LoadedUser] {
        var users = [
            LoadedUser(name: supervisor.name, role: .supervisor, secret: try hash(for: supervisor.name, pin: supervisor.pin)),
            LoadedUser(name: admin.name, role: .admin, secret: try hash(for: admin.name, pin: admin.pin)),
        ]
        for ally in allies where ally.active {
            users.append(LoadedUser(name: ally.name, role: .ally, secret: try hash(for: ally.name, pin: allyPIN)))
        }
        return users
    }

    private static func known(salt: String, hash: String) -> SecretHash {
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
