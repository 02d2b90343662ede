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
                             hash: "D646BD08741892E28B073C5A0D08BD15FB0C66B9EF349393A2C5B76CC1764210"),
        "Sam Rivera": known(salt: "78DA49402CC5EB0E6DF9093336D2ADAF",
                            hash: "FFDB1130561666A58A6DD8FC98FD33D66E74384064C78E3393941044CD70C611"),
        "Rosa Delgado": known(salt: "8D2B90E1159C35197735EB7B62420601",
                              hash: "3FFF31D8CAC2AA0F665680EA85DB83F51CB3B437904E64EC6F237932DE4176B1"),
        "Tamara Cagey": known(salt: "5D008E39EB7E0BA10225BCEAA430E46B",
                              hash: "C50A31018F32C7638C2BDD301B5E5E9F140120FE544FD2C4E658F164BF7E6EDF"),
        "Trần Thị Ngọc": known(salt: "BA06830BDD0B7260DC06F45A1A4BCD6E",
                               hash: "32E5628B356CE614A2B1672D5A1F05CDA13FBE2217332664C399CD3A4D041AB7"),
        "Fartun Hassan": known(salt: "895F5E962E0DECB0A87C765F3EA386DF",
                               hash: "3585696A7B802C8A89584DC19A1F936182915DCD957CAC73A72D1CDBA1BDC56F"),
        "Denise Washington": known(salt: "D8F2A41FF37FC44BECE8EAF9A07BEB41",
                                   hash: "04D17A43CE59DAAEDF8CB16DE1A1C0DCECC71AA84B1436D5704564AD1AEE1847"),
        "Kristy Olsen": known(salt: "6ED0D996BDD1E256ABB32EC56290C9F1",
                              hash: "5098DE9CC1049611145B4EDC4D50798FA4FF60F27D0C7CDDCA7CE63F63481DC8"),
        "Oksana Melnyk": known(salt: "6785F37E817E783DCCD22BE8A58D9C9B",
                               hash: "29C3CB26CDBDE02F11846D7B4CD32F03FA6025E281ACE4B903507FDC840A5B80"),
        "Merina Loeak": known(salt: "3D41E4D6DAA3A4330701D6AD235EFA50",
                              hash: "40DB1EDC45D8C95C6D449F71B22B6F4D529A2FEECDD143ECB7C994D5460311E0"),
        "Luis Ibáñez": known(salt: "6D90A86BC36AE88586864CC287F54930",
                             hash: "31B64A623E251D85BEA45DC4017F4A5AE60D1FD99D30170B52619E40EA26703F"),
        "Marcus Freeman": known(salt: "E485FDD47CDB0CCD7681D46E0580D228",
                                hash: "A7A72FC8E690373B5C2AA989711A9C4BE45484F1CC5FCF7A6FBECB645E225A27"),
        "Yesenia Ramírez Soto": known(salt: "5906A7AB77EBD436D04D1398C0C7DE77",
                                      hash: "181876EA83650440FCF3E0D78DE8BF62AC117DAD9ED891F3F37DA48C303CC4ED"),
        "Shawna Wallahee": known(salt: "3A3B94225FCDBC45C498361C501164D5",
                                 hash: "DE5A662FB65EE80A3C90D72DFC5EF1A02BEDA4105EF2367137F876D2877400C6"),
        "Heather Lindqvist": known(salt: "45C7E13FCD3233F7A42A6ED7787240A0",
                                   hash: "AE7B6550DCFC74DF480DF3966EC72950E93FA7C60BA527F8F7C13EBA3402B8F3"),
        "Darnell Brooks": known(salt: "0721BF5F69B7C7E5AC24EC2DF9979908",
                                hash: "B45716D34BF583A48270975FF4326830B7129175243381FDD003EE0ABECEF812"),
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
