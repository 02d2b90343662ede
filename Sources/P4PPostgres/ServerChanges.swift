import P4PStore
import PostgresNIO

/// On a server, a commit tells every listening terminal what it changed through the server's
/// notifications (LISTEN/NOTIFY), not by each terminal polling: each change counter of the
/// SQLite file (`ChangeSource`) is a statement trigger here that notifies its name and the
/// writer's organization, which the server sends once a transaction, at commit, and never for
/// a transaction rolled back.
extension ServerSchema {
    static let changeChannel = "p4p_changes"
    /// What the transaction has notified so far, for the writer itself (`OwnChanges`): its own
    /// notices reach its listener only some time after the commit.
    static let ownChanges = "p4p.changed"

    public static var changeNotices: [String] {
        [
            """
            CREATE OR REPLACE FUNCTION p4p_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('\(changeChannel)', txid_current() || ' ' || coalesce(p4p_org()::text, '-') || ' ' || TG_ARGV[0]);
                    PERFORM set_config('\(ownChanges)', coalesce(current_setting('\(ownChanges)', true), '') || ' ' || TG_ARGV[0], true);
                    RETURN NULL;
                END $$
            """,
        ] + ChangeSource.all.map { source in
            let update = source.columns.map { "UPDATE OF " + $0.joined(separator: ", ") } ?? "UPDATE OR TRUNCATE"
            return """
                CREATE OR REPLACE TRIGGER p4p_change_\(source.name) AFTER INSERT OR DELETE OR \(update) ON \(source.table)
                    FOR EACH STATEMENT EXECUTE FUNCTION p4p_notify_change('\(source.name)')
                """
        }
    }
}

/// What one notification says: which transaction changed what a counter counts.
public struct ServerChange: Sendable, Equatable {
    /// The server's id of the transaction: a commit that changed several tables sends one
    /// notice for each, all with its id.
    public let transaction: Int64
    /// The organization whose records changed (nil: the shared lists, written by the owner).
    public let organization: ID?
    /// The change counter's name (`ChangeSource`).
    public let counter: String

    public var reads: ChangedReads { .shown(byCounters: [counter]) }

    /// "8123 4 hearings" (organization 4's), as the trigger sends it.
    init?(payload: String) {
        let parts = payload.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, let transaction = Int64(parts[0]) else { return nil }
        self.transaction = transaction
        organization = ID(parts[1])
        counter = String(parts[2])
    }

    /// Whether a terminal that reads `organization`'s records (nil: every organization's, as
    /// the state office does) is to read again for it: another organization's commit changes
    /// nothing it shows.
    func concerns(_ reader: ID?) -> Bool {
        reader == nil || organization == nil || organization == reader
    }
}

/// A terminal listening for other terminals' commits; `stop()` ends it.
public final class ServerChangeListener: Sendable {
    private let context: PostgresListenContext

    init(_ context: PostgresListenContext) { self.context = context }

    public func stop() { context.stop() }
}

extension ServerConnection {
    /// Calls `changed` for each change a commit on the server made (its own and others'), on a
    /// thread of the connection's, until the listener stops.
    public func listenForChanges(_ changed: @escaping @Sendable (ServerChange) -> Void) throws -> ServerChangeListener {
        let context = postgres.addListener(channel: ServerSchema.changeChannel) { _, notice in
            if let change = ServerChange(payload: notice.payload) { changed(change) }
        }
        try execute("LISTEN \(ServerSchema.changeChannel)")
        return ServerChangeListener(context)
    }
}

/// What a terminal's own transaction changed, read just before its COMMIT: the writer counts
/// its own changes at once, so the look that follows its save finds them, rather than waiting
/// for its notices to come round through the listener.
struct OwnChanges: Sendable {
    let transaction: Int64
    let counters: Set<String>

    /// Nil when the transaction notified nothing (it wrote only the audit log, or nothing).
    static func read(_ session: any SQLSession) throws -> OwnChanges? {
        let row = try session.rows("""
            SELECT txid_current_if_assigned() AS tx, current_setting('\(ServerSchema.ownChanges)', true) AS changed
            """, []).first
        guard let transaction = row?[value: "tx"].integer,
              let changed = row?[value: "changed"].text, !changed.isEmpty else { return nil }
        let counters = Set(changed.split(separator: " ").map(String.init))
        return counters.isEmpty ? nil : OwnChanges(transaction: transaction, counters: counters)
    }
}
