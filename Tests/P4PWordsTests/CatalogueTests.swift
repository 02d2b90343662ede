import Foundation
import Testing
@testable import P4PWords

/// Every language says everything, with the same blanks to fill.
@Suite struct CatalogueTests {
    @Test func everyKeyOfOneLanguageIsInTheOther() {
        let english = Set(Catalogue.words(.english).keys)
        for language in Language.allCases where language != .english {
            let other = Set(Catalogue.words(language).keys)
            let missing = english.subtracting(other).map(\.name).sorted()
            let extra = other.subtracting(english).map(\.name).sorted()
            #expect(missing.isEmpty, "\(language) lacks: \(missing.joined(separator: ", "))")
            #expect(extra.isEmpty, "\(language) has keys English lacks: \(extra.joined(separator: ", "))")
        }
    }

    @Test func everyTranslationHasTheSameBlanks() {
        func blanks(_ text: String) -> Set<String> {
            var names = Set<String>()
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                names.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return names
        }
        let english = Catalogue.words(.english)
        for language in Language.allCases where language != .english {
            for (key, text) in Catalogue.words(language) {
                guard let original = english[key] else { continue }
                #expect(blanks(text) == blanks(original), "\(key) in \(language): \(text)")
            }
        }
    }

    @Test func aKeyIsDefinedOnceInALanguage() {
        // Areas are merged; a key written in two areas would hide one of its texts.
        for areas in [EnglishCatalogue.areas, SpanishCatalogue.areas] {
            var seen = Set<W>()
            var twice: [String] = []
            for area in areas { for key in area.keys where !seen.insert(key).inserted { twice.append(key.name) } }
            #expect(twice.isEmpty, "written twice: \(twice.sorted())")
        }
    }

    @Test func phrasesFillTheirBlanksInEachLanguage() {
        let phrase = Phrase("stale.allyAssigned", ["who": "Sam Rivera", "now": "Fartun Hassan",
                                                   "when": .phrase(Phrase("stale.atTime", ["time": .text("10:42")]))])
        #expect(phrase.text(.english) == "Sam Rivera assigned this parent to Fartun Hassan at 10:42")
        #expect(phrase.text(.spanish) == "Sam Rivera asignó esta persona a Fartun Hassan a las 10:42")
    }

    @Test func daysAreWrittenInTheLanguage() {
        let day = Day(iso: "2026-11-23")!
        #expect(day.text(.short(thisYear: 2026), in: .english) == "Mon 23 Nov")
        #expect(day.text(.short(thisYear: 2026), in: .spanish) == "lun 23 nov")
        #expect(day.text(.long, in: .spanish) == "lun 23 nov 2026")
        #expect(day.text(.numeric, in: .english) == "11/23")
        #expect(day.text(.numeric, in: .spanish) == "23/11")
    }

    @Test func theLanguageComesFromTheSettingThenTheLocale() {
        #expect(Language.fromEnvironment(["P4P_LANG": "es"]) == .spanish)
        #expect(Language.fromEnvironment(["LANG": "es_MX.UTF-8"]) == .spanish)
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "es_MX.UTF-8"]) == .english, "LC_ALL wins, as POSIX says")
        #expect(Language.fromEnvironment(["LC_MESSAGES": "es_ES", "LANG": "en_US"]) == .spanish)
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language(code: "Español") == .spanish && Language(code: "fr") == nil)
    }
}
