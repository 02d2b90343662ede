import ArgumentParser
import Foundation
import P4PPostgres
import P4PStore

/// Options every command that opens a database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database: a file, or a server's postgres://ROLE@HOST:PORT/DATABASE (its password from ~/.pgpass or asked).",
        valueName: "database"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The day to treat as today (YYYY-MM-DD); default $P4P_TODAY or the clock.", valueName: "date"))
    var today: String?

    func resolvedToday() throws -> Day {
        try Paths.today(option: today)
    }
}

/// The database options of the commands that show the dashboard: a file, or the demo.
struct ScreenDatabaseOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Use the demo database beside the default one, making it first if needed.")
    var demo = false

    func validate() throws {
        if demo && database.db != nil { throw ValidationError(Phrase("cli.demoWithDb")) }
    }

    func resolvedToday() throws -> Day { try database.resolvedToday() }

    /// The demo database (made around `today` if needed), or the chosen file.
    func open(today: Day) throws -> ProgramStore {
        demo ? try DemoDatabase.openOrMake(at: Paths.demoDatabase(), today: today)
             : try openStore(database.db ?? Paths.defaultDatabase())
    }
}

/// Where files live and what day it is, decided in one place.
enum Paths {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// $P4P_DB, else $XDG_DATA_HOME/p4p/p4p.sqlite, else ~/.local/share/p4p/p4p.sqlite.
    static func defaultDatabase() -> String {
        if let path = environment["P4P_DB"], !path.isEmpty { return path }
        return dataDirectory() + "/p4p.sqlite"
    }

    /// The demo database sits beside the default one.
    static func demoDatabase() -> String {
        let main = defaultDatabase()
        return (main as NSString).deletingLastPathComponent + "/p4p-demo.sqlite"
    }

    static func dataDirectory() -> String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/p4p" }
        // $HOME first, as the XDG spec says; Foundation's home directory reads the password file.
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/p4p"
    }

    /// The running clock, unless today was pinned by --today or $P4P_TODAY.
    static func clock(option: String?) -> (@Sendable () -> Day)? {
        if option != nil || !(environment["P4P_TODAY"] ?? "").isEmpty { return nil }
        return { Day.current() }
    }

    static func today(option: String?) throws -> Day {
        if let text = option {
            guard let day = Day(iso: text) else {
                throw ValidationError(Phrase("cli.notADate", ["option": "--today", "text": .text(text.withoutControlCharacters)]))
            }
            return day
        }
        if let text = environment["P4P_TODAY"], !text.isEmpty {
            guard let day = Day(iso: text) else {
                throw ValidationError(Phrase("cli.notADate", ["option": "P4P_TODAY", "text": .text(text.withoutControlCharacters)]))
            }
            return day
        }
        return Day.current()
    }
}

/// A store error as one clear line on stderr and a non-zero exit, with nothing written.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// The database at `location`: a server for a postgres:// address, else a file.
func openStore(_ location: String) throws -> ProgramStore {
    guard ServerAddress.names(location) else { return try openFile(location) }
    do {
        return try ServerStore.open(try ServerAddress(location), actor: SQLiteStore.systemActor, warn: warn,
                                    ask: SecretPrompt.serverPassword)
    } catch let error as ServerError {
        throw Failure(error.description)
    } catch let error as StoreError {
        throw Failure(error.description)
    }
}

/// `work` on a connection to the server at `location` whose tables are made, for what its
/// owner does there (make the tables, move files in, add organizations); failures in words.
func onServer(_ location: String, _ work: (ServerConnection) throws -> Void) throws {
    do {
        let address = try ServerAddress(location)
        let connection = try ServerConnection.connect(to: address, warn: warn, ask: SecretPrompt.serverPassword)
        defer { connection.close() }
        try ServerSchema.apply(on: connection)
        try work(connection)
    } catch let error as ServerError {
        throw Failure(error.description)
    } catch let error as StoreError {
        throw Failure(error.description)
    }
}

/// The database file at `path`, for what only a file does (export, backup, the bench).
func openFile(_ path: String) throws -> SQLiteStore {
    if ServerAddress.names(path) { throw Failure(Phrase("cli.fileOnly", ["address": .text(path.withoutControlCharacters)])) }
    do {
        // Opening narrows the file to its owner; say so when others could read it until now.
        let wasReadable = FileSecurity.othersCanRead(path)
        let store = try SQLiteStore.open(at: path)
        if wasReadable {
            warn(Phrase("cli.wasReadableByOthers", ["path": .text(path)]))
        }
        return store
    } catch let error as StoreError {
        throw Failure(error.description)
    }
}
