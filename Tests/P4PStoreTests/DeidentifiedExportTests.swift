import Foundation
import GRDB
import Testing
@testable import P4PStore

/// De-identified exports for a state office, on a world built by hand: nothing in any table that
/// names a family or dates them to the day, the same pseudonyms in every table, a county on every
/// row, age bands at their boundaries, and the folder of every table, audited.
@Suite("De-identified exports")
struct DeidentifiedExportTests {
    /// Everything identifying the world holds, none of which may leave in a de-identified table.
    static let secrets = [
        "Marisol Quintero-Vega", "Mari Q", "Tobias Wrenfield", "Odalys Farraday", "253-555-0147", "509-555-0199",
        "25-7-00412-3 PI", "24-7-00988-1 KI", "moved to Tacoma after eviction", "lease at Hilltop apartments",
        "called the landlord twice", "Harborview Legal clinic", "Dept 7 Room 3B", "Commissioner Halvorsen-Pike",
        "Library basement", "Junebug", "Skylar", "Ember", "Ana Ruiz", "14:15", "18:30", "09:30",
    ]

    /// Birth years on case 1 (removed 2025-03-03) and the band each must show.
    static let bands: [(birthYear: Int?, band: String)] = [
        (2023, "0-2"), (2022, "3-5"), (2020, "3-5"), (2019, "6-11"), (2014, "6-11"), (2013, "12-17"),
        (2008, "12-17"), (2007, "18+"), (nil, ""), (2026, ""),
    ]

    struct World {
        let fixture: StoreFixture
        var store: SQLiteStore { fixture.file }
        let marisol: ID, tobias: ID, odalys: ID, case1: ID, case2: ID, hearing: ID, session: ID
        /// Children of case 1, in the order of `bands`; Ember is removed by her own move earlier.
        let children: [ID]
        let ember: ID, skylar: ID

        init() throws {
            let f = try StoreFixture()
            fixture = f
            let ids = try f.file.pool.write { db -> [ID] in
                try db.execute(sql: """
                    INSERT INTO allies (name, phone, county) VALUES ('Ana Ruiz', '253-555-0100', 'Pierce');
                    INSERT INTO parents (name, preferred_name, phone, county, status, closing_reason, ally_id, ally_since, waiting_since)
                        VALUES ('Marisol Quintero-Vega', 'Mari Q', '253-555-0147', NULL, 'open', NULL, 1, '2025-03-14', '2025-03-02');
                    INSERT INTO parents (name, phone, county, status, closing_reason, waiting_since)
                        VALUES ('Tobias Wrenfield', '509-555-0199', 'King', 'closed', 'moved to Tacoma after eviction', '2024-06-11');
                    INSERT INTO parents (name, county, waiting_since) VALUES ('Odalys Farraday', 'Yakima', '2026-01-09');
                    INSERT INTO cases (case_number, county, petition_date, removal_date, outcome, outcome_date)
                        VALUES ('25-7-00412-3 PI', 'Pierce', '2025-03-01', '2025-03-03', 'reunified', '2026-02-20');
                    INSERT INTO cases (case_number, county, petition_date, removal_date)
                        VALUES ('24-7-00988-1 KI', NULL, '2024-06-09', '2024-06-10');
                    INSERT INTO case_parents (case_id, parent_id, role, joined_on) VALUES (1, 1, 'mother', '2025-03-02');
                    INSERT INTO case_parents (case_id, parent_id, role, joined_on) VALUES (2, 2, 'father', '2024-06-11');
                    INSERT INTO hearings (case_id, type_id, date, time, courtroom, judicial_officer, status, ally_id)
                        VALUES (1, (SELECT id FROM hearing_types WHERE code = 'shelter-72'), '2025-03-05', '09:30',
                                'Dept 7 Room 3B', 'Commissioner Halvorsen-Pike', 'held', 1);
                    INSERT INTO hearing_parents (hearing_id, parent_id, engagement, parent_attended, services_compliance)
                        VALUES (1, 1, 'met', 1, 'compliant');
                    INSERT INTO contacts (parent_id, ally_id, date, time, mode, minutes, reached, topics, notes)
                        VALUES (1, 1, '2025-03-18', '14:15', 'phone', 20, 1, 'lease at Hilltop apartments', 'called the landlord twice');
                    INSERT INTO follow_ups (parent_id, ally_id, due_date, kind, done_on, contact_id)
                        VALUES (1, 1, '2025-03-21', 'check-in', '2025-03-18', 1);
                    INSERT INTO referrals (parent_id, contact_id, ally_id, date, kind, note)
                        VALUES (1, 1, 1, '2025-03-18', 'legal', 'Harborview Legal clinic');
                    INSERT INTO class_sessions (course, date, time, location, ally_id)
                        VALUES ('dependency-101', '2025-04-09', '18:30', 'Library basement', 1);
                    INSERT INTO class_attendance (session_id, parent_id, invited_on, attended) VALUES (1, 1, '2025-04-02', 1);
                    INSERT INTO class_sessions (course, date, location) VALUES ('support-group', '2025-05-07', 'Library basement');
                    INSERT INTO class_attendance (session_id, parent_id, invited_on, attended) VALUES (2, 2, '2025-04-30', 0);
                    """)
                var children: [ID] = []
                for (index, entry) in DeidentifiedExportTests.bands.enumerated() {
                    try db.execute(sql: "INSERT INTO children (case_id, name, birth_year, placed_since) VALUES (1, ?, ?, '2025-03-03')",
                                   arguments: [index == 0 ? "Junebug" : "Child \(index)", entry.birthYear])
                    children.append(db.lastInsertedRowID)
                }
                try db.execute(sql: "INSERT INTO children (case_id, name, birth_year) VALUES (1, 'Ember', 2022)")
                let ember = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO children (case_id, name, birth_year) VALUES (2, 'Skylar', 2012)")
                let skylar = db.lastInsertedRowID
                try db.execute(sql: """
                    INSERT INTO child_moves (child_id, date, move, source) VALUES (?, '2024-11-02', 'removed', 'court');
                    INSERT INTO child_moves (child_id, date, move, source) VALUES (?, '2025-03-03', 'removed', 'program');
                    INSERT INTO child_moves (child_id, date, move, source) VALUES (?, '2025-03-20', 'placed with relative', 'program');
                    INSERT INTO child_moves (child_id, date, move, source) VALUES (?, '2026-02-20', 'returned home', 'court');
                    """, arguments: [ember, children[0], children[0], children[0]])
                return children + [ember, skylar]
            }
            (marisol, tobias, odalys, case1, case2, hearing, session) = (1, 2, 3, 1, 2, 1, 1)
            children = Array(ids.prefix(DeidentifiedExportTests.bands.count))
            ember = ids[DeidentifiedExportTests.bands.count]
            skylar = ids[DeidentifiedExportTests.bands.count + 1]
        }

        func rows(_ table: ExportTable, deidentified: Bool = true) throws -> [[String]] {
            var rows: [[String]] = []
            try store.export(table, deidentified: deidentified) { rows.append($0) }
            return rows
        }

        /// A table as dictionaries by heading.
        func records(_ table: ExportTable, deidentified: Bool = true) throws -> [[String: String]] {
            let rows = try rows(table, deidentified: deidentified)
            return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
        }

        func pseudonym(_ kind: Pseudonyms.Kind, _ id: ID) throws -> String {
            try store.pool.write { db in try Pseudonyms.load(db) }.name(kind, id)
        }
    }


    @Test("a table exported to a file is the rows the export hands out, written as CSV")
    func fileExportIsTheRows() throws {
        let world = try World()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for table in ExportTable.allCases {
            for deidentified in [false, true] {
                let direct = dir.appendingPathComponent("\(table.rawValue)-\(deidentified)-direct.csv").path
                let output = try CSVOutput(path: direct)
                let written = try world.store.export(table, deidentified: deidentified, to: output)
                try output.finish()
                let rows = dir.appendingPathComponent("\(table.rawValue)-\(deidentified)-rows.csv").path
                let byRow = try CSVOutput(path: rows)
                let handed = try world.store.export(table, deidentified: deidentified) { try byRow.write($0) }
                try byRow.finish()
                #expect(written.rows == handed.rows)
                #expect(try String(contentsOfFile: direct, encoding: .utf8) == String(contentsOfFile: rows, encoding: .utf8),
                        "\(table.rawValue) deidentified: \(deidentified)")
            }
        }
    }

    @Test("no name, phone, case number, free text, courtroom, time or day in any de-identified table")
    func nothingIdentifying() throws {
        let world = try World()
        for table in ExportTable.allCases {
            let rows = try world.rows(table)
            #expect(rows.count > 1, "\(table.rawValue) has rows to look at")
            for cell in rows.joined() {
                #expect(!Self.secrets.contains { cell.contains($0) }, "\(table.rawValue): \(cell)")
                #expect(cell.firstMatch(of: #/\d{4}-\d{2}-\d{2}/#) == nil, "\(table.rawValue): a day, \(cell)")
                #expect(cell.firstMatch(of: #/\d{1,2}:\d{2}/#) == nil, "\(table.rawValue): a time, \(cell)")
            }
            let forbidden: Set = ["name", "preferred_name", "phone", "case_number", "birth_year", "time", "courtroom",
                                  "judicial_officer", "topics", "notes", "note", "location", "closing_reason"]
            #expect(forbidden.isDisjoint(with: rows[0]), "\(table.rawValue): \(rows[0])")
        }
        // The identified export keeps what the de-identified one leaves out.
        let full = try world.rows(.hearings, deidentified: false).joined()
        #expect(full.contains("Commissioner Halvorsen-Pike") && full.contains("2025-03-05") && full.contains("09:30"))
        #expect(try world.records(.parents, deidentified: false)[0]["ally_since"] == "2025-03-14")
    }

    @Test("the same parent, case, child, hearing and session have the same pseudonym in every table")
    func pseudonymsJoin() throws {
        let world = try World()
        let mother = try world.pseudonym(.parent, world.marisol)
        let case1 = try world.pseudonym(.case, world.case1)
        let hearing = try world.pseudonym(.hearing, world.hearing)
        let session = try world.pseudonym(.session, world.session)
        let junebug = try world.pseudonym(.child, world.children[0])
        #expect(mother.hasPrefix("P-") && case1.hasPrefix("C-") && hearing.hasPrefix("H-") && session.hasPrefix("S-")
                && junebug.hasPrefix("K-") && junebug.count == 14)
        #expect(Set([mother, case1, hearing, session, junebug]).count == 5)
        let parentColumn: [ExportTable: String] = [.parents: "parent", .parentCases: "parent", .hearingAttendance: "parent",
                                                   .contacts: "parent", .followUps: "parent", .referrals: "parent",
                                                   .classAttendance: "parent"]
        for (table, column) in parentColumn {
            #expect(try world.records(table).contains { $0[column] == mother }, "\(table.rawValue)")
        }
        for table in [ExportTable.cases, .children, .hearings, .parentCases, .hearingAttendance, .placements] {
            #expect(try world.records(table).contains { $0["case"] == case1 }, "\(table.rawValue)")
        }
        #expect(try world.records(.hearings).map { $0["hearing"] } == [hearing])
        #expect(try world.records(.hearingAttendance).map { $0["hearing"] } == [hearing])
        #expect(try world.records(.classSessions).contains { $0["session"] == session })
        #expect(try world.records(.classAttendance).contains { $0["session_id"] == session })
        #expect(try world.records(.children).contains { $0["child"] == junebug })
        #expect(try world.records(.placements).filter { $0["child"] == junebug }.map { $0["move"] }
                == ["removed", "placed with relative", "returned home"], "a child's moves in the order they happened")
        let contact = try world.pseudonym(.contact, 1)
        #expect(try world.records(.contacts).map { $0["contact"] } == [contact])
        #expect(try world.records(.followUps).map { $0["contact_id"] } == [contact])
        // Pseudonym order, not entry order: a row's place says nothing about when it was entered.
        let parents = try world.records(.parents).map { $0["parent"]! }
        #expect(parents == parents.sorted() && parents.count == 3)
    }

    @Test("every row carries its county: the case's, else the parent's")
    func countyOnEveryRow() throws {
        let world = try World()
        for table in ExportTable.allCases {
            let records = try world.records(table)
            #expect(records.allSatisfy { !($0["county"] ?? "").isEmpty }, "\(table.rawValue): \(records)")
        }
        let byParent = Dictionary(uniqueKeysWithValues: try world.records(.parents).map { ($0["parent"]!, $0["county"]!) })
        #expect(byParent[try world.pseudonym(.parent, world.marisol)] == "Pierce", "no county of her own: her case's")
        #expect(byParent[try world.pseudonym(.parent, world.odalys)] == "Yakima", "no case: her own")
        let byCase = Dictionary(uniqueKeysWithValues: try world.records(.cases).map { ($0["case"]!, $0["county"]!) })
        #expect(byCase[try world.pseudonym(.case, world.case2)] == "King", "no county on the case: its parent's")
        let skylar = try world.pseudonym(.child, world.skylar)
        #expect(try world.records(.children).first { $0["child"] == skylar }?["county"] == "King")
        let sessions = try world.records(.classSessions)
        #expect(sessions.map { $0["county"] ?? "" }.sorted() == ["King", "Pierce"], "the teacher's, else the roster's")
    }

    @Test("days become months; birth years become age bands at removal, right at each boundary")
    func monthsAndAgeBands() throws {
        let world = try World()
        let parent = try #require(try world.records(.parents).first { $0["parent"] == (try world.pseudonym(.parent, world.marisol)) })
        #expect(parent["ally_since"] == "2025-03" && parent["waiting_since"] == "2025-03")
        let case1 = try #require(try world.records(.cases).first { $0["case"] == (try world.pseudonym(.case, world.case1)) })
        #expect(case1["removal_date"] == "2025-03" && case1["outcome_date"] == "2026-02" && case1["outcome"] == "reunified")
        let attendance = try world.records(.hearingAttendance)
        #expect(attendance.map { [$0["date"], $0["type"], $0["status"], $0["engagement"], $0["attended"], $0["services_compliance"]] }
                == [["2025-03", "shelter-72", "held", "met", "1", "compliant"]])
        let sessions = try world.records(.classSessions).map { [$0["course"], $0["counts_as_dependency101"], $0["date"]] }
        #expect(Set(sessions) == [["dependency-101", "1", "2025-04"], ["support-group", "0", "2025-05"]])

        let children = Dictionary(uniqueKeysWithValues: try world.records(.children).map { ($0["child"]!, $0["age_at_removal"]!) })
        for (id, entry) in zip(world.children, Self.bands) {
            let band = children[try world.pseudonym(.child, id)]
            #expect(band == entry.band, "born \(entry.birthYear.map(String.init) ?? "unknown"), removed 2025")
        }
        #expect(children[try world.pseudonym(.child, world.ember)] == "0-2", "her own removal in 2024, not the case's")
        #expect(children[try world.pseudonym(.child, world.skylar)] == "12-17", "no move: the case's removal, 2024")
        #expect(AgeBand.band(years: -1) == nil && AgeBand.band(years: 40) == "18+")
    }

    @Test("all tables into a new owner-only folder, one snapshot, each table audited by name and count")
    func folder() throws {
        let world = try World()
        let folder = world.fixture.directory.path("state/2026-q1")
        let results = try world.store.exportDeidentifiedFolder(to: folder)
        #expect(results.map(\.table) == ExportTable.deidentifiedSet && !results.map(\.table).contains(.allies))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == (ExportTable.deidentifiedSet.map { $0.rawValue + ".csv" } + ["README.txt"]).sorted())
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        for file in files {
            let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
        let placements = try String(contentsOfFile: folder + "/placements.csv", encoding: .utf8)
        let single = try world.rows(.placements).map { $0.joined(separator: ",") + "\n" }.joined()
        #expect(placements == single, "the folder's table is the single export's")
        let readme = try String(contentsOfFile: folder + "/README.txt", encoding: .utf8)
        #expect(readme.contains("hearing-attendance.csv (1):") && readme.contains("placements.csv (4):"))
        #expect(!Self.secrets.contains { readme.contains($0) })

        let log = try world.store.read { db in
            try AuditEntry.order(Column("id")).fetchAll(db).filter { $0.entity == "table" }.map { "\($0.action): \($0.detail ?? "")" }
        }
        let started = ExportTable.deidentifiedSet.map { "export started: \($0.rawValue), de-identified" }
        let exported = zip(ExportTable.deidentifiedSet, results).map { "exported: \($0.rawValue), de-identified: \($1.rows) rows" }
        #expect(Array(log.prefix(started.count + exported.count)) == started + exported)
        #expect(results.first { $0.table == .hearingAttendance }?.rows == 1)

        // An existing folder is never written into, and nothing is logged for it.
        let before = log.count
        #expect(throws: StoreError.alreadyExists(path: folder)) { try world.store.exportDeidentifiedFolder(to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == files.count)
        let after = try world.store.read { db in try AuditEntry.filter(Column("entity") == "table").fetchCount(db) }
        #expect(after == before)
    }
}
