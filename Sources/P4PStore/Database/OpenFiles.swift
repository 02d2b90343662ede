import Foundation

/// The database files this process has open, held weakly, so a command can close them all on its way
/// out whatever path it takes.
final class OpenFiles: @unchecked Sendable {
    static let shared = OpenFiles()
    private let lock = NSLock()
    private var stores: [ObjectIdentifier: Weak] = [:]

    private struct Weak { weak var connections: Connections? }

    func add(_ store: Connections) {
        lock.withLock { stores[ObjectIdentifier(store)] = Weak(connections: store) }
    }

    func remove(_ store: Connections) {
        lock.withLock { _ = stores.removeValue(forKey: ObjectIdentifier(store)) }
    }

    func all() -> [Connections] {
        lock.withLock { stores.values.compactMap(\.connections) }
    }
}
