// swift-tools-version:6.1
import PackageDescription

// Layers, arrows pointing down only:
//   p4p (command line) -> P4PTerminal (layout, drawing, ncurses driver)
//     -> P4PController (keys, state, actions) -> P4PStore (records, SQLite, domain queries)
//     -> P4PWords (days, times, and the catalogue of words in each language)
// Beside them, P4PDemo (the demo generator) -> P4PStore: used by p4p and the tests, not shipped
// in the store library; and P4PPostgres -> P4PStore: the store's engine for a PostgreSQL server.
let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "P4PDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "p4p", targets: ["p4p"]),
        .library(name: "P4PWords", targets: ["P4PWords"]),
        .library(name: "P4PStore", targets: ["P4PStore"]),
        .library(name: "P4PController", targets: ["P4PController"]),
        .library(name: "P4PTerminal", targets: ["P4PTerminal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // scrypt for PIN hashes (CryptoExtras), and constant-time comparison (Crypto).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Court calendar import and CSV exports.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // A PostgreSQL server for many courthouses, and a logger that says nothing for it.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "CCurses",
            cSettings: [.define("_XOPEN_SOURCE_EXTENDED"), .define("NCURSES_WIDECHAR", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw")]),
        // Days, times and the words of every language: what every layer shares.
        .target(name: "P4PWords"),
        .target(
            name: "P4PStore",
            dependencies: [
                "P4PWords",
                grdb,
                // SQLite's C interface, for the export's pseudonym functions.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ]),
        // The store's engine for a PostgreSQL server.
        .target(
            name: "P4PPostgres",
            dependencies: [
                "P4PStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "P4PDemo",
            dependencies: ["P4PStore"]),
        .target(
            name: "P4PController",
            dependencies: ["P4PStore"]),
        .target(
            name: "P4PTerminal",
            dependencies: ["P4PController", "CCurses"]),
        .executableTarget(
            name: "p4p",
            dependencies: [
                "P4PTerminal", "P4PController", "P4PStore", "P4PDemo", "P4PPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "P4PWordsTests", dependencies: ["P4PWords"]),
        .testTarget(name: "P4PStoreTests", dependencies: ["P4PStore", "P4PDemo", "P4PPostgres", "ServerTestSupport", grdb]),
        .testTarget(name: "P4PDemoTests", dependencies: ["P4PDemo", "P4PStore", grdb]),
        .testTarget(name: "P4PControllerTests", dependencies: ["P4PController", "P4PStore", "P4PDemo", "P4PPostgres", "ServerTestSupport", grdb]),
        // Golden screens are read by path (#filePath), not bundled.
        .testTarget(name: "P4PTerminalTests", dependencies: ["P4PTerminal", "P4PController", "P4PStore", "P4PDemo", grdb],
                    exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["P4PStore", "P4PDemo", "ServerTestSupport", grdb]),
        // Against a throwaway PostgreSQL server the tests start themselves, when one can be.
        .testTarget(name: "P4PPostgresTests", dependencies: ["P4PPostgres", "P4PStore", "P4PDemo", "ServerTestSupport", grdb]),
        // The throwaway server both the engine's tests and the binary's tests start.
        .target(name: "ServerTestSupport", dependencies: ["P4PPostgres", "P4PStore"], path: "Tests/ServerSupport"),
    ]
)
