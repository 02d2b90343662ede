import Foundation
import P4PStore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a new PIN or passphrase: twice at the terminal with echo off, or one line from standard
/// input for scripts (`--pin-stdin`, `--passphrase-stdin`). A secret is never printed or logged.
enum SecretPrompt {
    /// What is asked for, in the prompts' and refusals' words.
    struct Secret {
        let noun: String
        let hint: String
        let flag: String
        static let pin = Secret(noun: "PIN", hint: "6 digits or more", flag: "--pin-stdin")
        static let passphrase = Secret(noun: "passphrase", hint: "\(SealedBackup.minimumPassphraseLength) characters or more",
                                       flag: "--passphrase-stdin")
    }

    static func newSecret(fromStandardInput: Bool, _ secret: Secret = .pin) throws -> String {
        if fromStandardInput { return try standardInput(secret) }
        let tty = try terminal(secret)
        let first = try ask("New \(secret.noun) (\(secret.hint)): ", tty)
        let second = try ask("The same \(secret.noun) again: ", tty)
        guard first == second else { throw Failure("The two \(secret.noun)s differ; nothing was changed.") }
        return first
    }

    /// A secret already made (a backup's passphrase, to restore it): asked once.
    static func existingSecret(fromStandardInput: Bool, _ secret: Secret, prompt: String) throws -> String {
        if fromStandardInput { return try standardInput(secret) }
        return try ask(prompt, try terminal(secret))
    }

    /// Trimmed as a typed one is, so a secret piped in matches the same typed at the terminal.
    private static func standardInput(_ secret: Secret) throws -> String {
        guard let line = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !line.isEmpty else {
            throw Failure("\(secret.flag): standard input held no \(secret.noun); nothing was changed.")
        }
        return line
    }

    /// Only a person at a terminal is asked; anything else must use the flag.
    private static func terminal(_ secret: Secret) throws -> FileHandle {
        guard isatty(STDIN_FILENO) == 1, let tty = FileHandle(forUpdatingAtPath: "/dev/tty") else {
            throw Failure("Standard input is not a terminal to ask for the \(secret.noun): pipe it in with \(secret.flag). Nothing was changed.")
        }
        return tty
    }

    /// One line typed with echo off; the terminal's settings are put back whatever happens.
    private static func ask(_ prompt: String, _ tty: FileHandle) throws -> String {
        let fd = tty.fileDescriptor
        tty.write(Data(prompt.utf8))
        var saved = termios()
        let canHide = tcgetattr(fd, &saved) == 0
        if canHide {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        defer {
            if canHide { tcsetattr(fd, TCSAFLUSH, &saved) }
            tty.write(Data("\n".utf8))
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != UInt8(ascii: "\n") { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
