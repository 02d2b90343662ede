import Foundation
import Testing

/// Words for people come from the catalogue (English and Spanish), never from a string literal
/// in the code: this reads the sources of `EnglishOutsideTheCatalogue.scannedFolders`.
@Suite struct EnglishOutsideTheCatalogueTests {
    /// The package's root, from this file's place in it (Tests/P4PWordsTests/...).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func noWordsForPeopleAreWrittenOutsideTheCatalogue() throws {
        let findings = try EnglishOutsideTheCatalogue.findings(underPackage: Self.packageRoot)
        #expect(findings.isEmpty, """
            English for people outside the catalogue; put it in Catalogue/English and Catalogue/Spanish and use a Phrase:
            \(findings.map(\.description).joined(separator: "\n"))
            """)
    }

    @Test func theScanReadsRealSources() throws {
        // A scan that found no files would pass the test above for nothing.
        for folder in EnglishOutsideTheCatalogue.scannedFolders {
            let files = FileManager.default.enumerator(atPath: Self.packageRoot.appendingPathComponent(folder).path)?
                .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            #expect(files.count >= 10, "\(folder) holds its sources")
        }
        for file in EnglishOutsideTheCatalogue.allowedFiles.keys {
            #expect(FileManager.default.fileExists(atPath: Self.packageRoot.appendingPathComponent(file).path),
                    "\(file) is allowed but no longer there")
        }
    }

    @Test func aPlantedSentenceIsFound() {
        let source = #"""
            func run() throws {
                print("Saved the parent.")
                throw Failure("\(path): no such file; nothing was changed.")
                let note = """
                    The audit log is intact.
                    """
                say(Phrase("cli.created", ["path": .text(path)]))
            }
            """#
        let found = EnglishOutsideTheCatalogue.findings(in: source, file: "Planted.swift")
        #expect(found.map(\.line) == [2, 3, 4])
        #expect(found.count == 3 && found[0].text == "Saved the parent." && found[1].text == " : no such file; nothing was changed.")
        #expect(found.last?.text.contains("The audit log is intact.") == true, "a multi-line literal is read whole")
    }

    @Test func whatIsNotForPeopleIsLeftAlone() {
        let source = #"""
            // A comment may say "anything at all here".
            /* So may "a block comment", /* even "a nested one" */ */
            let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM parents WHERE ally_id IS NULL")
            @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
            static let configuration = CommandConfiguration(abstract: "Print the morning review.")
            _ = try writeNoting(action: "ally assigned", entity: "parent") { db in }
            case ("contact logged", .followUp(let id)): break
            case "attended", "did not attend": break
            case "case created", "class invitations": break
            enum Placement: String { case home = "at home", relative, foster = "foster care" }
            let action = reached ? "contact logged" : "contact attempted"
            let outcome = "c.outcome IN ('reunified', 'adoption', 'guardianship')"
            if name == "morning review" { }
            case .notText: return "importFile.notText"
            let key = W("partyKind.\(label)")
            """#
        #expect(EnglishOutsideTheCatalogue.findings(in: source, file: "Quiet.swift").isEmpty)
        // A case that returns words is not a pattern: its words are found.
        let words = #"case .empty: return "is empty; there is no header row""#
        #expect(EnglishOutsideTheCatalogue.findings(in: words, file: "Loud.swift").count == 1)
    }
}
