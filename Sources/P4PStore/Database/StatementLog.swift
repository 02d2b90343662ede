import Foundation
import GRDB

/// Every statement one file's connections run, while someone listens: the test that reads the
/// query plan of every screen's and report's statement collects them here. Nothing is kept for
/// a file nobody listens to, and nothing is ever written out (statements carry no values: they
/// are bound, not written into the SQL).
final class StatementLog: @unchecked Sendable {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var listening: [String: StatementLog] = [:]

    private let lock = NSLock()
    private var seen: [String] = []

    /// Listens to the connections opened on `path` from now on.
    static func listen(to path: String) -> StatementLog {
        let log = StatementLog()
        lock.withLock { listening[path] = log }
        return log
    }

    static func stopListening(to path: String) { _ = lock.withLock { listening.removeValue(forKey: path) } }

    /// Called as each connection to `path` opens.
    static func attach(_ db: Database, path: String) {
        guard let log = lock.withLock({ listening[path] }) else { return }
        db.trace(options: .statement) { event in
            if case .statement(let statement) = event { log.add(statement.sql) }
        }
    }

    private func add(_ sql: String) { lock.withLock { seen.append(sql) } }

    var statements: [String] { lock.withLock { seen } }
}
