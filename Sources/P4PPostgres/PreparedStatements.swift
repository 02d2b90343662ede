import Dispatch
import NIOCore
import P4PStore
import PostgresNIO

/// The store's statements, each prepared once per connection and run by name after that: the
/// server then neither parses nor (once its plan is cached) plans it again. Under row security
/// that had been most of a pane's time: planning the overdue count cost more than running it.
///
/// PostgresNIO names a prepared statement by its Swift type and reads its text from a static
/// property; the store's statements are strings made at run time. So one type stands for them
/// all, and its name and text are the task's (`StatementText.current`), bound around each run.
struct StatementText: Sendable {
    let name: String
    let sql: String
    @TaskLocal static var current = StatementText(name: "", sql: "")
}

/// A statement whose rows are read. (A write whose count of changed rows is read runs unnamed:
/// PostgresNIO 1.33 gives a prepared statement's command tag only when it returned rows.)
struct StoreStatement: PostgresPreparedStatement {
    typealias Row = PostgresRow
    static var name: String { StatementText.current.name }
    static var sql: String { StatementText.current.sql }
    let bindings: PostgresBindings
    func makeBindings() -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }
}

/// The names a connection gave its statements, by text and the types of their values (a
/// statement prepared for a number refuses text). Beyond `limit` distinct statements (lists
/// of ids spelled out), a statement runs unnamed, so the server's memory stays bounded.
struct StatementNames {
    private var names: [String: String] = [:]
    private var made = 0
    static let limit = 400

    /// The statement's name on this connection; nil when it is to run unnamed: not one of the
    /// store's reads and writes whose rows are read (a transaction's BEGIN, the schema), or
    /// past the limit.
    mutating func name(for sql: String, _ values: [SQLValue]) -> String? {
        guard Self.preparable(sql) else { return nil }
        let key = sql + "\u{0}" + String(values.map(Self.kind))
        if let name = names[key] { return name }
        guard names.count < Self.limit else { return nil }
        made += 1
        let name = "p4p_\(made)"
        names[key] = name
        return name
    }

    /// Forgets the statement: the server said its plan no longer fits (the tables changed
    /// under it), and a new name prepares it again.
    mutating func forget(_ name: String) {
        names = names.filter { $0.value != name }
    }

    /// The server type a value is bound as (a NULL's type the server infers).
    private static func kind(_ value: SQLValue) -> Character {
        switch value {
        case .null: "n"
        case .integer: "i"
        case .real: "r"
        case .text: "t"
        case .blob: "b"
        }
    }

    static func preparable(_ sql: String) -> Bool {
        let start = sql.drop(while: { $0.isWhitespace }).prefix(7).uppercased()
        return ["SELECT", "WITH", "INSERT", "UPDATE", "DELETE"].contains { start.hasPrefix($0) }
    }
}

/// Runs a connection's async work on its event loop instead of Swift's shared pool: the
/// store's callers wait for the answer on their own threads, which may be the pool's, and a
/// pool whose every thread waits would never run the work they wait for.
final class EventLoopExecutor: TaskExecutor {
    let loop: any EventLoop
    init(_ loop: any EventLoop) { self.loop = loop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// An answer handed from the event loop to the thread that waits for it.
final class Reply<T: Sendable>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var result: Result<T, any Error>?

    func give(_ result: Result<T, any Error>) {
        self.result = result
        ready.signal()
    }

    /// The answer, or nil when none came within `patience`.
    func wait(_ patience: DispatchTimeInterval) -> Result<T, any Error>? {
        ready.wait(timeout: .now() + patience) == .success ? result : nil
    }
}
