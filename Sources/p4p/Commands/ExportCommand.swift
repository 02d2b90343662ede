import ArgumentParser
import Foundation
import P4PStore

extension ExportTable: ExpressibleByArgument {}

/// What `p4p export` takes: one table, or `all` for a state office's folder of de-identified tables.
enum ExportTarget: ExpressibleByArgument {
    case table(ExportTable), all

    init?(argument: String) {
        if argument == "all" { self = .all } else if let table = ExportTable(argument: argument) { self = .table(table) } else { return nil }
    }

    static var allValueStrings: [String] { ExportTable.allValueStrings + ["all"] }
}

/// `p4p export TABLE`: a deliberate act, recorded in the audit log.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a table as CSV; --deidentify leaves out names, phones, case numbers, free text and days.",
        discussion: """
            Tables: \(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")). De-identified exports give \
            parents, cases, children, hearings, class sessions and contacts stable pseudonyms (P-, C-, K-, H-, S-, T-): \
            the same in every export from this database, and not reversible without it; every row carries its county, \
            days become months and birth years age bands at removal. `p4p export all --deidentify --out FOLDER` writes \
            every table but allies into a new owner-only folder, one CSV each from one snapshot, with a README.txt that \
            defines them. Every export is recorded in the audit log (table, rows; never content).
            """)

    @Argument(help: "The table to export, or all.") var table: ExportTarget
    @Option(help: "The format: csv.") var format: String = "csv"
    @Flag(help: "No names, phones, case numbers, free text or days; pseudonyms, counties, months and age bands.")
    var deidentify = false
    @Option(help: ArgumentHelp("Write to this new file (owner-only) instead of standard output; for all, a new folder.",
                               valueName: "file"))
    var out: String?
    @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
    @OptionGroup var acting: ActingOptions

    func validate() throws {
        guard format == "csv" else { throw ValidationError(Phrase("cli.exportFormat", ["text": .text(format.withoutControlCharacters)])) }
        if case .all = table, !deidentify || out == nil { throw ValidationError(Phrase("cli.exportAllNeeds")) }
    }

    func run() throws {
        let store = try acting.store(openFile(db ?? Paths.defaultDatabase()))
        try storeAction {
            switch table {
            case .all:
                guard let out else { return }
                let results = try store.exportDeidentifiedFolder(to: out)
                say(Phrase.counted(results.map(\.rows).reduce(0, +), "cli.exportedAll",
                                   ["tables": .number(results.count), "path": .text(out)]))
            case .table(let table):
                let output = try CSVOutput(path: out)
                let result = try store.export(table, deidentified: deidentify, to: output)
                try output.finish()
                if let out { say(Phrase.counted(result.rows, "cli.exported", ["table": .text(table.rawValue), "path": .text(out)])) }
            }
        }
    }
}

/// `p4p backup DEST`: SQLite's online backup, safe while other terminals write; `--encrypt` seals
/// it with a passphrase for a copy that leaves the building.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the whole database to a new owner-only file, safely while other terminals write.",
        discussion: """
            With --encrypt the copy is sealed with a passphrase (scrypt, AES-256-GCM): use it for any \
            copy that leaves the building. The passphrase is asked twice at the terminal, or read from \
            standard input with --passphrase-stdin. Without it nobody can open the backup, you included. \
            `p4p restore` opens either kind.
            """)

    @Argument(help: ArgumentHelp("The backup file to create; it must not exist.", valueName: "dest")) var destination: String
    @Flag(help: "Encrypt the backup with a passphrase.") var encrypt = false
    @Flag(help: "With --encrypt: read the passphrase from standard input (one line) instead of asking.")
    var passphraseStdin = false
    @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
    @OptionGroup var acting: ActingOptions

    func validate() throws {
        if passphraseStdin && !encrypt { throw ValidationError(Phrase("cli.passphraseStdinNeedsEncrypt")) }
    }

    func run() throws {
        let store = try acting.store(openFile(db ?? Paths.defaultDatabase()))
        guard encrypt else {
            try storeAction { try store.backup(to: destination) }
            say(Phrase("cli.backedUp", ["path": .text(destination)]))
            return
        }
        if FileManager.default.fileExists(atPath: destination) { throw Failure(StoreError.alreadyExists(path: destination).description) }
        let passphrase = try SecretPrompt.newSecret(fromStandardInput: passphraseStdin, .passphrase)
        if let problem = SealedBackup.problem(with: passphrase) { throw Failure(Phrase("cli.nothingChanged", ["reason": .phrase(problem)])) }
        try storeAction { try store.backup(to: destination, passphrase: passphrase) }
        say(Phrase("cli.backedUpEncrypted", ["path": .text(destination)]))
    }
}
