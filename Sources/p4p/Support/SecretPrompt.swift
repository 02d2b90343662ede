import Foundation
import P4PStore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a new PIN or passphrase: twice at the terminal with echo off, or one line from standard
/// input for scripts (`--pin-stdin`, `--passphrase-stdin`). A secret is never printed or logged.
enum SecretPrompt {
    /// What is asked for: its words (`cli.secret.<name>.*`) and the flag that pipes it in.
    struct Secret {
        let name: String
        let flag: String
        static let pin = Secret(name: "pin", flag: "--pin-stdin")
        static let passphrase = Secret(name: "passphrase", flag: "--passphrase-stdin")

        /// "the PIN", "la frase de contraseña".
        var noun: Phrase.Arg { .word(W("cli.secret.\(name).noun")) }
        /// "New PIN (6 digits or more): ".
        var newPrompt: Phrase {
            Phrase(W("cli.secret.\(name).new"), ["count": .number(name == "pin" ? SecretHash.minimumLength : SealedBackup.minimumPassphraseLength)])
        }
        var againPrompt: Phrase { Phrase(W("cli.secret.\(name).again")) }
    }

    static func newSecret(fromStandardInput: Bool, _ secret: Secret = .pin) throws -> String {
        if fromStandardInput { return try standardInput(secret) }
        let tty = try terminal(secret)
        let first = try ask(secret.newPrompt, tty)
        let second = try ask(secret.againPrompt, tty)
        guard first == second else { throw Failure(Phrase(W("cli.secret.\(secret.name).differ"))) }
        return first
    }

    /// A secret already made (a backup's passphrase, to restore it): asked once.
    static func existingSecret(fromStandardInput: Bool, _ secret: Secret, prompt: Phrase) throws -> String {
        if fromStandardInput { return try standardInput(secret) }
        return try ask(prompt, try terminal(secret))
    }

    /// A server's password, asked only of a person at a terminal; nil with none there (the
    /// password file is the way for scripts).
    static func serverPassword(prompt: Phrase) -> String? {
        guard isatty(STDIN_FILENO) == 1, let tty = FileHandle(forUpdatingAtPath: "/dev/tty") else { return nil }
        return try? ask(prompt, tty)
    }

    /// Trimmed as a typed one is, so a secret piped in matches the same typed at the terminal.
    private static func standardInput(_ secret: Secret) throws -> String {
        guard let line = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !line.isEmpty else {
            throw Failure(Phrase("cli.secret.noneOnStandardInput", ["flag": .text(secret.flag), "secret": secret.noun]))
        }
        return line
    }

    /// Only a person at a terminal is asked; anything else must use the flag.
    private static func terminal(_ secret: Secret) throws -> FileHandle {
        guard isatty(STDIN_FILENO) == 1, let tty = FileHandle(forUpdatingAtPath: "/dev/tty") else {
            throw Failure(Phrase("cli.secret.noTerminal", ["flag": .text(secret.flag), "secret": secret.noun]))
        }
        return tty
    }

    /// One line typed with echo off; the terminal's settings are put back whatever happens.
    private static func ask(_ prompt: Phrase, _ tty: FileHandle) throws -> String {
        let fd = tty.fileDescriptor
        tty.write(Data(prompt.text(Speech.language).utf8))
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
