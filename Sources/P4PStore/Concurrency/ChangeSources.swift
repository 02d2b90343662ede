/// What moves each change counter (`ChangeCounter.all`), for an engine that tells terminals of
/// changes its own way (a PostgreSQL server's notifications): one list for both engines.
public struct ChangeSource: Sendable, Equatable {
    /// The counter's name: what a notification says changed.
    public let name: String
    public let table: String
    /// Only an update of these columns counts (any insert or delete does); nil: any update.
    public let columns: [String]?

    public static var all: [ChangeSource] {
        ChangeCounter.all.map { ChangeSource(name: $0.name, table: $0.table, columns: $0.columns) }
    }
}

extension ChangedReads {
    /// The reads that show what the named counters count; an unknown name reloads everything.
    public static func shown(byCounters names: some Sequence<String>) -> ChangedReads {
        names.reduce(into: ChangedReads()) { $0.formUnion(ChangeCounter.reads(ofCounter: $1)) }
    }
}
