import Crypto
import CryptoExtras
import Foundation

/// A PIN or passphrase kept only as a salted scrypt hash. scrypt is memory-hard: guessing a
/// six-digit PIN from a stolen file costs a million derivations of 16 MiB each.
public struct SecretHash: Sendable, Equatable {
    /// scrypt's cost: N (rounds), r (block size), p (parallelism). The default is one of OWASP's
    /// equivalent scrypt settings (N=2^14, r=8, p=5): the same work as N=2^15, p=3 in half the
    /// memory (16 MiB per derivation), so signing in keeps the desk within 50 MB.
    public struct Parameters: Sendable, Equatable, CustomStringConvertible {
        public var rounds: Int
        public var blockSize: Int
        public var parallelism: Int

        public static let standard = Parameters(rounds: 1 << 14, blockSize: 8, parallelism: 5)
        /// Earlier standards: a hash made with one still verifies, and is made again with the
        /// standard at its user's next sign-in.
        static let superseded = [Parameters(rounds: 1 << 15, blockSize: 8, parallelism: 3)]

        /// True when hashes made with these should be made again with `standard`.
        public var isSuperseded: Bool { Self.superseded.contains(self) }
        /// For tests only: the same code path at a fraction of the cost.
        public static let fastForTests = Parameters(rounds: 1 << 10, blockSize: 8, parallelism: 1)

        /// "scrypt:N=16384,r=8,p=5", stored beside each hash.
        public var description: String { "scrypt:N=\(rounds),r=\(blockSize),p=\(parallelism)" }

        public init(rounds: Int, blockSize: Int, parallelism: Int) {
            self.rounds = rounds; self.blockSize = blockSize; self.parallelism = parallelism
        }

        init?(_ text: String) {
            guard text.hasPrefix("scrypt:") else { return nil }
            var values: [String: Int] = [:]
            for part in text.dropFirst("scrypt:".count).split(separator: ",") {
                let pair = part.split(separator: "=")
                guard pair.count == 2, let n = Int(pair[1]) else { return nil }
                values[String(pair[0])] = n
            }
            guard let n = values["N"], let r = values["r"], let p = values["p"] else { return nil }
            self.init(rounds: n, blockSize: r, parallelism: p)
        }
    }

    public static let minimumLength = 6
    /// The "signed in" audit detail when the sign-in made the hash again with `standard`.
    static let renewedNote = "pin-renewed"
    static let saltBytes = 16
    static let hashBytes = 32

    public var hash: Data
    public var salt: Data
    public var parameters: Parameters

    /// A hash made already, with its salt and parameters (a program loaded whole).
    public init(hash: Data, salt: Data, parameters: Parameters) {
        self.hash = hash; self.salt = salt; self.parameters = parameters
    }

    /// Hashes a new secret with a fresh random salt: every user's own.
    public static func make(_ secret: String, parameters: Parameters = .standard) throws -> SecretHash {
        let salt = randomSalt()
        return SecretHash(hash: try derive(secret, salt: salt, parameters), salt: salt, parameters: parameters)
    }

    /// What a sign-in under an unknown name is checked against: the same derivation as a real
    /// user's, and no secret matches it.
    static var decoy: SecretHash {
        SecretHash(hash: Data(repeating: 0, count: hashBytes), salt: randomSalt(), parameters: .standard)
    }

    private static func randomSalt() -> Data {
        Data(SymmetricKey(size: .init(bitCount: saltBytes * 8)).withUnsafeBytes { Array($0) })
    }

    /// True when `secret` is the one hashed; compared in constant time.
    public func matches(_ secret: String) throws -> Bool {
        let candidate = SymmetricKey(data: try Self.derive(secret, salt: salt, parameters))
        return candidate == SymmetricKey(data: hash)
    }

    /// A PIN of six digits or more, or a passphrase of at least six characters: nil when fine,
    /// else why not.
    public static func problem(with secret: String) -> Phrase? {
        secret.count < minimumLength ? Phrase("invalid.pinTooShort", ["count": .number(minimumLength)]) : nil
    }

    /// 32 bytes of scrypt; also the key of an encrypted backup (`SealedBackup`).
    static func derive(_ secret: String, salt: Data, _ p: Parameters) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(from: Data(secret.utf8), salt: salt, outputByteCount: hashBytes,
                                           rounds: p.rounds, blockSize: p.blockSize, parallelism: p.parallelism)
        return key.withUnsafeBytes { Data($0) }
    }
}
