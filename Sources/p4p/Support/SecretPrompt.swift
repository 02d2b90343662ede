import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a new PIN: twice at the terminal with echo off, or one line from standard input for
/// scripts (`--pin-stdin`). The PIN is never printed or logged.
enum SecretPrompt {
    static func newSecret(fromStandardInput: Bool) throws -> String {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw Failure("--pin-stdin: standard input held no PIN; nothing was changed.")
            }
            return line
        }
        // Only a person at a terminal is asked; anything else must say --pin-stdin.
        guard isatty(STDIN_FILENO) == 1, let tty = FileHandle(forUpdatingAtPath: "/dev/tty") else {
            throw Failure("Standard input is not a terminal to ask for the PIN: pipe it in with --pin-stdin. Nothing was changed.")
        }
        let first = try ask("New PIN (6 digits or more): ", tty)
        let second = try ask("The same PIN again: ", tty)
        guard first == second else { throw Failure("The two PINs differ; nothing was changed.") }
        return first
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
