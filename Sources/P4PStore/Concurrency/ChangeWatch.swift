import GRDB

/// What the desk reads that a commit may have changed: the three lists, and the records every
/// page reads (a parent's file, the reports, the allies' records).
public struct ChangedReads: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let docket = ChangedReads(rawValue: 1)
    public static let unassigned = ChangedReads(rawValue: 2)
    public static let overdue = ChangedReads(rawValue: 4)
    public static let records = ChangedReads(rawValue: 8)
    public static let all: ChangedReads = [.docket, .unassigned, .overdue, .records]
}

/// One look at the file: SQLite's data version on the watching connection, and each change
/// counter (`ChangeCounter`) as it stood.
public struct ChangeMark: Equatable, Sendable {
    let dataVersion: Int
    let counters: [String: Int]

    public init(dataVersion: Int, counters: [String: Int] = [:]) {
        self.dataVersion = dataVersion
        self.counters = counters
    }

    /// What moved between `earlier` and this look.
    public func changed(since earlier: ChangeMark) -> ChangedReads {
        guard dataVersion != earlier.dataVersion else { return [] }
        // A file without counters (or a look that could not read them): anything may have changed.
        guard !counters.isEmpty, !earlier.counters.isEmpty else { return .all }
        return counters.reduce(into: ChangedReads()) { changed, counter in
            if earlier.counters[counter.key] != counter.value { changed.formUnion(ChangeCounter.reads(ofCounter: counter.key)) }
        }
    }
}

/// A look at the file: where it stands now, and what changed since the last look.
public struct FileChanges: Sendable {
    public let mark: ChangeMark
    public let changed: ChangedReads

    public init(mark: ChangeMark, changed: ChangedReads) {
        self.mark = mark
        self.changed = changed
    }
}
