import Crypto
import Foundation

/// The encrypted backup file: a backup sealed with a passphrase, for copies that leave the
/// building. Read and written a chunk at a time, so a county's database never sits in memory.
///
/// Layout (numbers big-endian):
///
///     magic "P4PBKENC" (8) | version 1 (1) | scrypt log2 N (1), r (4), p (4) | salt (16)
///     | chunk size (4) | header check (32)
///     then chunks: AES-256-GCM ciphertext of `chunk size` bytes (the last one shorter, maybe
///     empty) followed by its 16-byte tag.
///
/// scrypt turns the passphrase and salt into a key; HKDF splits it into the AES-GCM key and a
/// key for the header check, an HMAC of the header's other bytes, which tells a wrong passphrase
/// apart from a damaged file before anything is decrypted. Every chunk is sealed with the header
/// as associated data and a nonce made of its index and a final-chunk flag, so a chunk changed,
/// dropped, repeated or moved, a file cut short or with something added, all fail to open.
public enum SealedBackup {
    static let magic = Data("P4PBKENC".utf8)
    static let version: UInt8 = 1
    static let standardChunkSize = 1 << 20
    static let tagSize = 16
    static let headerCheckSize = 32

    /// scrypt for a passphrase guarding a whole program's records: N=2^17, r=8, p=1 (128 MiB per
    /// try, one of OWASP's settings); a fraction of a second once per backup or restore.
    public static let standardParameters = SecretHash.Parameters(rounds: 1 << 17, blockSize: 8, parallelism: 1)
    /// A backup passphrase is typed rarely and guards everything: longer than a PIN.
    public static let minimumPassphraseLength = 12

    /// Why a sealed backup cannot be opened; each says so in one line, naming no record.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case wrongPassphrase
        case damaged
        case cutShort
        case newerVersion
        case badHeader

        /// "the passphrase does not open it (or its header was changed)".
        public var phrase: Phrase {
            switch self {
            case .wrongPassphrase: return "sealed.wrongPassphrase"
            case .damaged: return "sealed.damaged"
            case .cutShort: return "sealed.cutShort"
            case .newerVersion: return "sealed.newerVersion"
            case .badHeader: return "sealed.badHeader"
            }
        }

        public var description: String { phrase.text(.fromEnvironment()) }
    }

    /// Nil when the passphrase will do for a new backup, else why not.
    public static func problem(with passphrase: String) -> Phrase? {
        passphrase.count < minimumPassphraseLength
            ? Phrase("invalid.passphraseTooShort", ["count": .number(minimumPassphraseLength)]) : nil
    }

    /// True when the file starts as a sealed backup does.
    static func isSealed(_ prefix: Data) -> Bool { prefix.starts(with: magic) }

    // MARK: Writing

    /// Reads `input` to its end and writes it sealed to `output`.
    static func seal(_ input: FileHandle, to output: FileHandle, passphrase: String,
                     parameters: SecretHash.Parameters, chunkSize: Int = standardChunkSize) throws {
        let salt = Data(SymmetricKey(size: .init(bitCount: 128)).withUnsafeBytes { Array($0) })
        let fields = Header(parameters: parameters, salt: salt, chunkSize: UInt32(chunkSize))
        let keys = try Keys(passphrase: passphrase, header: fields)
        var header = try fields.bytes
        header.append(keys.check(header))
        try output.write(contentsOf: header)
        var index: UInt64 = 0
        while true {
            // Every chunk but the last is full; a file of whole chunks ends with an empty one.
            let chunk = try readFully(input, chunkSize)
            let final = chunk.count < chunkSize
            let box = try AES.GCM.seal(chunk, using: keys.cipher, nonce: nonce(index, final: final), authenticating: header)
            try output.write(contentsOf: box.ciphertext + box.tag)
            if final { return }
            index += 1
        }
    }

    // MARK: Reading

    /// Opens a sealed backup: each chunk's plain bytes go to `emit`, in order, only once that
    /// chunk is proved untouched. Throws `Failure` for a wrong passphrase or a damaged file.
    static func open(_ input: FileHandle, passphrase: String, _ emit: (Data) throws -> Void) throws {
        let fixed = try readFully(input, Header.size)
        guard fixed.count == Header.size else { throw Failure.cutShort }
        guard isSealed(fixed) else { throw Failure.badHeader }
        guard fixed[fixed.startIndex + magic.count] == version else { throw Failure.newerVersion }
        guard let header = Header(fixed) else { throw Failure.badHeader }
        let check = try readFully(input, headerCheckSize)
        guard check.count == headerCheckSize else { throw Failure.cutShort }
        let keys = try Keys(passphrase: passphrase, header: header)
        guard keys.verifies(check, header: fixed) else { throw Failure.wrongPassphrase }
        let associated = fixed + check
        let sealedSize = Int(header.chunkSize) + tagSize
        var index: UInt64 = 0
        while true {
            let sealed = try readFully(input, sealedSize)
            guard sealed.count >= tagSize else { throw Failure.cutShort }
            // Only the last chunk is short. A file cut after a full chunk has lost its last one.
            let final = sealed.count < sealedSize
            let split = sealed.index(sealed.endIndex, offsetBy: -tagSize)
            let plain: Data
            do {
                let box = try AES.GCM.SealedBox(nonce: nonce(index, final: final), ciphertext: sealed[..<split],
                                                tag: sealed[split...])
                plain = try AES.GCM.open(box, using: keys.cipher, authenticating: associated)
            } catch {
                throw Failure.damaged
            }
            try emit(plain)
            if final { return }
            index += 1
        }
    }

    /// `count` bytes, or fewer only at the end of the file.
    static func readFully(_ input: FileHandle, _ count: Int) throws -> Data {
        var data = Data()
        while data.count < count {
            guard let more = try input.read(upToCount: count - data.count), !more.isEmpty else { break }
            data.append(more)
        }
        return data
    }

    // MARK: Parts

    /// The chunk's index and whether it is the last, as the 12-byte nonce.
    static func nonce(_ index: UInt64, final: Bool) throws -> AES.GCM.Nonce {
        var bytes = Data(count: 12)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: index >> (8 * (7 - i))) }
        bytes[11] = final ? 1 : 0
        return try AES.GCM.Nonce(data: bytes)
    }

    /// The header's fields, before the header check.
    struct Header {
        static let size = 8 + 1 + 1 + 4 + 4 + 16 + 4
        var parameters: SecretHash.Parameters
        var salt: Data
        var chunkSize: UInt32

        init(parameters: SecretHash.Parameters, salt: Data, chunkSize: UInt32) {
            self.parameters = parameters; self.salt = salt; self.chunkSize = chunkSize
        }

        /// Reads the fixed part; nil when its numbers are not ones a backup is made with (a
        /// damaged header must not make a restore ask for gigabytes of memory).
        init?(_ bytes: Data) {
            let b = [UInt8](bytes)
            guard b.count >= Self.size, Data(b[0..<8]) == SealedBackup.magic else { return nil }
            func uint32(_ at: Int) -> Int { b[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            let log2N = Int(b[9]), r = uint32(10), p = uint32(14), chunk = uint32(34)
            guard (10...22).contains(log2N), (1...32).contains(r), (1...16).contains(p),
                  (1 << log2N) * r * 128 <= 1 << 30, (1...(1 << 26)).contains(chunk) else { return nil }
            parameters = SecretHash.Parameters(rounds: 1 << log2N, blockSize: r, parallelism: p)
            salt = Data(b[18..<34])
            chunkSize = UInt32(chunk)
        }

        var bytes: Data {
            get throws {
                let rounds = parameters.rounds
                guard rounds > 1, rounds & (rounds - 1) == 0 else {
                    throw StoreError.invalid(field: .keyDerivation, reason: "invalid.powerOfTwo")
                }
                var data = SealedBackup.magic
                data.append(SealedBackup.version)
                data.append(UInt8(rounds.trailingZeroBitCount))
                for value in [UInt32(parameters.blockSize), UInt32(parameters.parallelism)] { data.append(contentsOf: value.bigEndianBytes) }
                data.append(salt)
                data.append(contentsOf: chunkSize.bigEndianBytes)
                return data
            }
        }
    }

    /// The AES-GCM key and the header-check key, both from one scrypt derivation.
    struct Keys {
        let cipher: SymmetricKey
        private let checkKey: SymmetricKey

        init(passphrase: String, header: Header) throws {
            let master = SymmetricKey(data: try SecretHash.derive(passphrase, salt: header.salt, header.parameters))
            cipher = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("p4p backup: aes-256-gcm".utf8),
                                            outputByteCount: 32)
            checkKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("p4p backup: header check".utf8),
                                              outputByteCount: 32)
        }

        func check(_ header: Data) -> Data {
            Data(HMAC<SHA256>.authenticationCode(for: header, using: checkKey))
        }

        /// Compared in constant time.
        func verifies(_ check: Data, header: Data) -> Bool {
            HMAC<SHA256>.isValidAuthenticationCode(check, authenticating: header, using: checkKey)
        }
    }
}

private extension UInt32 {
    var bigEndianBytes: [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: self >> (8 * (3 - $0))) } }
}
