import GRDB
import GRDBSQLite

/// A de-identified export reads its pseudonyms from SQL functions, one for each kind
/// (`p4p_pseudonym_parent(parent_id)`), so that the database sorts rows by them. They are
/// registered through SQLite's own C interface: GRDB's `DatabaseFunction` wraps every argument
/// and result in Swift values, which on a statewide table of contacts cost more than the HMAC
/// itself. NULL, and anything but a whole number, gives NULL.
enum PseudonymFunctions {
    static func name(_ kind: Pseudonyms.Kind) -> String { "p4p_pseudonym_\(kind.rawValue)" }

    /// `body` run with the functions on `db`, which carry the key: on that connection only,
    /// and only while `body` runs.
    static func installed<T>(_ pseudonyms: Pseudonyms, on db: Database, _ body: () throws -> T) throws -> T {
        let connection = db.sqliteConnection
        var registered: [(Pseudonyms.Kind, Unmanaged<Binding>)] = []
        defer {
            for (kind, binding) in registered {
                sqlite3_create_function_v2(connection, name(kind), 1, SQLITE_UTF8, nil, nil, nil, nil, nil)
                binding.release()
            }
        }
        for kind in Pseudonyms.Kind.allCases {
            let binding = Unmanaged.passRetained(Binding(pseudonyms: pseudonyms, kind: kind))
            let code = sqlite3_create_function_v2(connection, name(kind), 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                                  binding.toOpaque(), pseudonymOfArgument, nil, nil, nil)
            guard code == SQLITE_OK else {
                binding.release()
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "p4p_pseudonym")
            }
            registered.append((kind, binding))
        }
        return try body()
    }

    /// What one registered function names: the key and the kind of record, and the names it
    /// has made. A parent, case or hearing comes back row after row (each of a parent's contacts
    /// names them), so their names are kept, up to `limit`, and each is hashed once; a contact's
    /// comes once and is not kept. SQLite calls one connection's functions one at a time.
    final class Binding {
        let pseudonyms: Pseudonyms
        let kind: Pseudonyms.Kind
        /// A name's bytes and an entry in `offsets`: some 15 MB at most.
        static let limit = 500_000
        private var offsets: [Int64: Int] = [:]
        private var names: [UInt8] = []

        init(pseudonyms: Pseudonyms, kind: Pseudonyms.Kind) { self.pseudonyms = pseudonyms; self.kind = kind }

        func withName<R>(_ id: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            guard kind != .contact else { return pseudonyms.withName(kind, id, body) }
            if let offset = offsets[id] {
                return names.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offset..<offset + Pseudonyms.nameLength])) }
            }
            return pseudonyms.withName(kind, id) { name in
                if offsets.count < Self.limit {
                    offsets[id] = names.count
                    names.append(contentsOf: name)
                }
                return body(name)
            }
        }
    }
}

/// SQLite calls this for each row: the pseudonym of the row's id, copied by SQLite.
private func pseudonymOfArgument(_ context: OpaquePointer?, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let values, count == 1, sqlite3_value_type(values[0]) == SQLITE_INTEGER,
          let user = sqlite3_user_data(context) else {
        sqlite3_result_null(context)
        return
    }
    let binding = Unmanaged<PseudonymFunctions.Binding>.fromOpaque(user).takeUnretainedValue()
    binding.withName(sqlite3_value_int64(values[0])) { text in
        sqlite3_result_text(context, UnsafeRawPointer(text.baseAddress!).assumingMemoryBound(to: CChar.self),
                            Int32(text.count), sqliteTransient)
    }
}

/// SQLITE_TRANSIENT, which C spells as a cast of -1: SQLite copies the bytes before returning.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
