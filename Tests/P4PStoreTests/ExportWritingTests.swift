import CSV
import Crypto
import Foundation
import GRDB
import Testing
@testable import P4PStore

/// The pieces a de-identified export is made of, written for speed, against what they replace:
/// the CSV as CSV.swift writes and reads it, and pseudonyms as the first exports made them.
@Suite struct ExportWritingTests {
    static let awkward: [[String]] = [
        ["plain", "", "with, comma", "with \"quotes\"", "line\nfeed", "carriage\rreturn", "both\r\nends"],
        ["Núñez", "ሄኖክ በቀለ", "👩‍👧 emoji", " leading space", "'=1+2", "\"", ","],
        [""],
    ]

    @Test("CSVOutput writes what CSV.swift writes, and CSV.swift reads every cell back")
    func csvAsTheLibraryWritesIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.csv").path
        let output = try CSVOutput(path: path)
        for row in Self.awkward { try output.write(row) }
        try output.finish()
        let written = try String(contentsOfFile: path, encoding: .utf8)

        var expected = ""
        for row in Self.awkward {
            let memory = OutputStream.toMemory()
            memory.open()
            try CSVWriter(stream: memory).write(row: row)
            memory.close()
            expected += String(decoding: memory.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data(), as: UTF8.self) + "\n"
        }
        #expect(written == expected)

        let reader = try CSVReader(string: written)
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(read == Self.awkward)
    }

    @Test("a pseudonym is the keyed HMAC-SHA256 of kind:id, its first six bytes in hex, as ever")
    func pseudonymsAsTheFirstExportsMadeThem() throws {
        let fixture = try StoreFixture()
        let store = fixture.file
        let (pseudonyms, hex) = try store.pool.write { db in
            (try Pseudonyms.load(db), try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?",
                                                           arguments: [Pseudonyms.settingsKey])!)
        }
        let key = SymmetricKey(data: try #require(Data(hex: hex)))
        for kind in Pseudonyms.Kind.allCases {
            for id: Int64 in [0, 1, 12, 99_999, 5_000_000, Int64.max] {
                let mac = HMAC<SHA256>.authenticationCode(for: Data("\(kind.rawValue):\(id)".utf8), using: key)
                let first = kind.prefix + "-" + mac.prefix(6).map { String(format: "%02x", $0) }.joined()
                #expect(pseudonyms.name(kind, id) == first)
            }
        }
        // Two names in a row from one keyed HMAC: the second is not the first's state carried on.
        #expect(pseudonyms.name(.parent, 1) == pseudonyms.name(.parent, 1))
    }

    @Test("the export's SQL functions give each kind's pseudonym, NULL for NULL or text, and leave with the export")
    func pseudonymFunctionsInSQL() throws {
        let fixture = try StoreFixture()
        let pseudonyms = try fixture.file.pool.write { db in try Pseudonyms.load(db) }
        try fixture.file.pool.read { db in
            let named = try PseudonymFunctions.installed(pseudonyms, on: db) {
                try Pseudonyms.Kind.allCases.map { kind in
                    // Twice each: a parent's second name comes from those already made.
                    try Row.fetchOne(db, sql: """
                        SELECT \(PseudonymFunctions.name(kind))(12), \(PseudonymFunctions.name(kind))(12),
                               \(PseudonymFunctions.name(kind))(NULL), \(PseudonymFunctions.name(kind))('12')
                        """)!
                }
            }
            for (kind, row) in zip(Pseudonyms.Kind.allCases, named) {
                #expect(row[0] as String? == pseudonyms.name(kind, 12))
                #expect(row[1] as String? == pseudonyms.name(kind, 12))
                #expect(row[2] as String? == nil)
                #expect(row[3] as String? == nil)
            }
            #expect(throws: DatabaseError.self) { try Row.fetchOne(db, sql: "SELECT p4p_pseudonym_parent(1)") }
        }
    }
}
