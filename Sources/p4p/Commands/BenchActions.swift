/// What `p4p bench` times, each kind with the goal beside it: the rows of its table.
enum BenchAction: String, CaseIterable {
    case pane, move, page, day, filter, open, detailPage, auditLog, form, saveContact, saveAssignment

    /// "pane (1 2 3 Tab)": what the row is, and the keys it covers.
    var label: String {
        switch self {
        case .pane: return "pane (1 2 3 Tab S-Tab)"
        case .move: return "move (Up Down)"
        case .page: return "page (PgDn PgUp Home End)"
        case .day: return "day (] [ t)"
        case .filter: return "filter, per character"
        case .open: return "open a parent (Enter)"
        case .detailPage: return "page in the detail"
        case .auditLog: return "parent's audit log (L)"
        case .form: return "open a form (c a L)"
        case .saveContact: return "save contact, shown"
        case .saveAssignment: return "save assignment, shown"
        }
    }

    /// The goal in milliseconds for the p99, when the issues set one: a server's save is to
    /// be shown within 50 ms, a file's contact within 20.
    func goal(onServer: Bool) -> Double? {
        switch self {
        case .pane, .move, .page, .day, .detailPage: return 5
        case .filter: return 5
        case .auditLog: return 50
        case .saveContact: return onServer ? 50 : 20
        case .saveAssignment: return onServer ? 50 : nil
        case .open, .form: return nil
        }
    }
}

/// The figures of one database.
struct BenchFigures {
    var database = ""
    var onServer = false
    /// What the data holds and which parent was opened, in figures (never a name).
    var about: [String] = []
    /// Milliseconds a key took, by action: from the key to the screen drawn again, with the
    /// reads it sent off the key path arrived.
    var samples: [BenchAction: [Double]] = [:]
    var firstFrameInProcess: [Double] = []
    var firstFrameProcess: [Double] = []
    /// Peak resident memory (VmHWM) of a whole process signing in with a PIN, in MB.
    var pinPeakMegabytes: Double?
    var pinHow = ""
    /// What the data lacked, so an action was left out.
    var skipped: [String] = []

    mutating func add(_ action: BenchAction, _ milliseconds: Double) { samples[action, default: []].append(milliseconds) }
}

/// Percentiles over samples, nearest rank.
struct Percentiles {
    let p50: Double, p99: Double, max: Double, count: Int

    init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        func rank(_ p: Double) -> Double { sorted[Swift.max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
        p50 = rank(0.5); p99 = rank(0.99); max = sorted.last!; count = sorted.count
    }
}
