/// Where a test's data lives: a SQLite file, or a database of the tests' own PostgreSQL server
/// (`ThrowawayServer`). The store's rules are written once over both; a suite given
/// `TestEngine.all` runs each test on each.
public enum TestEngine: String, Sendable {
    case file, server

    /// Both, when a server could be started; the file alone otherwise (the server half is
    /// skipped with the reason, as the server suites say it).
    public static var all: [TestEngine] { ThrowawayServer.shared == nil ? [.file] : [.file, .server] }
}
