import GRDB

/// A bulk load into an empty file inserts millions of rows in id order, but each secondary
/// index receives its keys in no order at all, and keeping six million audit entries' keys
/// sorted as they arrive costs more than writing the rows. Inside the load's own transaction
/// the indexes are dropped, the rows written, and each index made again from its own CREATE
/// INDEX statement, which sorts once: the file ends with exactly the schema it began with, and
/// a failed load rolls back to it.
enum SecondaryIndexes {
    static func builtAfter<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
            """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        let result = try body()
        for index in indexes { try db.execute(sql: index.sql) }
        return result
    }
}
