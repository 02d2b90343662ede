import Foundation
import Testing
@testable import P4PStore

/// Washington's court holidays (RCW 1.16.050) worked out from the rules, each checked against
/// a calendar by hand.
@Suite("Court holidays")
struct CourtHolidaysTests {
    private func days(_ isos: [String]) -> [Day] { isos.map { Day(iso: $0)! } }

    @Test("2026 and 2027, with the weekend rule")
    func twoYears() {
        let expected = days([
            // 2026: New Year's Thu; MLK 3rd Mon of Jan; Presidents' 3rd Mon of Feb; Memorial last
            // Mon of May; Juneteenth Fri; July 4 is a Saturday, kept Fri 3 July; Labor Day 1st
            // Mon of Sep; Veterans Day Wed; Thanksgiving 4th Thu (26 Nov) and the Friday after;
            // Christmas Fri.
            "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
            "2026-09-07", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25",
            // 2027: New Year's Fri; MLK 18 Jan; Presidents' 15 Feb; Memorial 31 May; Juneteenth
            // is a Saturday, kept Fri 18 June; July 4 a Sunday, kept Mon 5 July; Labor 6 Sep;
            // Veterans Thu 11 Nov; Thanksgiving 25 Nov and Fri 26; Christmas a Saturday, kept
            // Fri 24 Dec; and New Year's Day 2028 is a Saturday, kept Fri 31 Dec 2027.
            "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
            "2027-09-06", "2027-11-11", "2027-11-25", "2027-11-26", "2027-12-24", "2027-12-31",
        ])
        #expect(CourtHolidays.washington(around: Day(iso: "2026-12-02")!) == expected)
        #expect(CourtHolidays.washington(around: Day(iso: "2026-01-01")!) == expected, "any day of the year")
    }

    @Test("the years follow today")
    func followsToday() {
        let holidays = CourtHolidays.washington(around: Day(iso: "2030-06-01")!)
        #expect(holidays.first == Day(iso: "2030-01-01"))
        // 2031: Thanksgiving is the 4th Thursday, 27 November; Christmas a Thursday.
        #expect(holidays.contains(Day(iso: "2031-11-27")!) && holidays.contains(Day(iso: "2031-11-28")!))
        #expect(holidays.last == Day(iso: "2031-12-25"))
    }

    @Test("a policy file without holidays takes Washington's around today; one with them keeps its own")
    func decodingDefaults() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[FollowUpPolicy.todayKey] = Day(iso: "2026-12-02")!
        let left = try decoder.decode(FollowUpPolicy.self, from: Data(#"{"laterInterval": 21}"#.utf8))
        #expect(left.holidays.contains(Day(iso: "2027-07-05")!))
        let own = try decoder.decode(FollowUpPolicy.self, from: Data(#"{"holidays": ["2026-12-24"]}"#.utf8))
        #expect(own.holidays == [Day(iso: "2026-12-24")!])
    }
}
