import ArgumentParser
import Foundation
import P4PStore

/// `p4p restore SRC DEST`: a backup, encrypted or plain, back into a database file.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup (encrypted or plain) into a new owner-only database file.",
        discussion: """
            An encrypted backup asks for its passphrase at the terminal, or reads it from standard \
            input with --passphrase-stdin. A wrong passphrase, or a backup changed or cut short since \
            it was made, is refused and nothing is written. DEST must not exist.
            """)

    @Argument(help: ArgumentHelp("The backup file.", valueName: "src")) var source: String
    @Argument(help: ArgumentHelp("The database file to create; it must not exist.", valueName: "dest")) var destination: String
    @Flag(help: "Read an encrypted backup's passphrase from standard input (one line) instead of asking.")
    var passphraseStdin = false

    func run() throws {
        try storeAction {
            if FileManager.default.fileExists(atPath: destination) { throw StoreError.alreadyExists(path: destination) }
            var passphrase: String?
            if try BackupRestore.kind(of: source) == .sealed {
                passphrase = try SecretPrompt.existingSecret(fromStandardInput: passphraseStdin, .passphrase,
                                                             prompt: Phrase("cli.passphraseFor", ["file": .text(source)]))
            }
            try BackupRestore.restore(from: source, to: destination, passphrase: passphrase)
        }
        say(Phrase("cli.restored", ["source": .text(source), "path": .text(destination)]))
    }
}
