import Testing
@testable import P4PController
import P4PStore

/// Monday 23 November 2026.
private let today = Day(year: 2026, month: 11, day: 23)!

private func date(_ text: String) -> Day? { try? DateInput.parse(text, today: today).get() }
private func dateError(_ text: String) -> String? {
    if case .failure(let error) = DateInput.parse(text, today: today) { return error.phrase.english }
    return nil
}
private func time(_ text: String) -> String? { (try? TimeInput.parse(text).get())?.hhmm }
private func timeError(_ text: String) -> String? {
    if case .failure(let error) = TimeInput.parse(text) { return error.phrase.english }
    return nil
}

@Suite struct DateInputTests {
    @Test func readsWrittenDates() {
        #expect(date("2026-11-23") == today)
        #expect(date("2027-1-5") == Day(year: 2027, month: 1, day: 5))
        #expect(date("11/23/2026") == today)
        #expect(date("11/23/26") == today)
        #expect(date("11/23") == today)
        #expect(date("12/1") == Day(year: 2026, month: 12, day: 1), "month and day without a year mean this year")
        #expect(date(" 2/28/2027 ") == Day(year: 2027, month: 2, day: 28))
    }

    @Test func readsWordsAndOffsets() {
        #expect(date("today") == today)
        #expect(date("TODAY") == today)
        #expect(date("Tomorrow") == today.adding(days: 1))
        #expect(date("yesterday") == today.adding(days: -1))
        #expect(date("+3") == Day(year: 2026, month: 11, day: 26))
        #expect(date("-1") == Day(year: 2026, month: 11, day: 22))
        #expect(date("+0") == today)
    }

    @Test func weekdaysMeanTheNextOneStrictlyAfterToday() {
        #expect(today.isoWeekday == 1)
        #expect(date("tue") == Day(year: 2026, month: 11, day: 24))
        #expect(date("fri") == Day(year: 2026, month: 11, day: 27))
        #expect(date("Friday") == Day(year: 2026, month: 11, day: 27))
        #expect(date("FRI") == Day(year: 2026, month: 11, day: 27))
        #expect(date("thurs") == Day(year: 2026, month: 11, day: 26))
        #expect(date("sun") == Day(year: 2026, month: 11, day: 29))
        // Today is Monday: "monday" is a week later, never today.
        #expect(date("monday") == Day(year: 2026, month: 11, day: 30))
        #expect(date("mon") == Day(year: 2026, month: 11, day: 30))
    }

    @Test func refusesWithAMessageInWords() {
        #expect(dateError("13/45") == "Not a date: \"13/45\" — try 11/23, today, +3 or friday")
        #expect(dateError("2/30") == "No such date: \"2/30\" — February 2026 has 28 days")
        #expect(dateError("2/29/2028") == nil, "2028 is a leap year")
        #expect(dateError("fr") != nil, "two letters are too few to name a day")
        #expect(dateError("") != nil)
        #expect(dateError("11/23/2026/1") != nil)
        #expect(dateError("+x") != nil)
        #expect(dateError("+99999")?.hasPrefix("Too far") == true)
        #expect(dateError("26-11-23") != nil, "ISO dates need a four-digit year")
    }
}

@Suite struct TimeInputTests {
    @Test func readsEveryListedForm() {
        #expect(time("9") == "09:00")
        #expect(time("930") == "09:30")
        #expect(time("9:30") == "09:30")
        #expect(time("9:30a") == "09:30")
        #expect(time("9:30am") == "09:30")
        #expect(time("9:30 AM") == "09:30")
        #expect(time("1:30 PM") == "13:30")
        #expect(time("1:30p") == "13:30")
        #expect(time("1:30 p.m.") == "13:30")
        #expect(time("13:30") == "13:30")
        #expect(time("0930") == "09:30")
        #expect(time("noon") == "12:00")
    }

    @Test func oneToSevenWithoutAmPmAreCourtAfternoons() {
        #expect(time("1") == "13:00")
        #expect(time("7") == "19:00")
        #expect(time("530") == "17:30")
        #expect(time("8") == "08:00")
        #expect(time("12") == "12:00")
        #expect(time("1am") == "01:00", "am says so")
        #expect(time("0130") == "01:30", "a leading zero says so")
        #expect(time("01:30") == "01:30")
        #expect(time("12am") == "00:00")
        #expect(time("12pm") == "12:00")
        #expect(time("0") == "00:00")
    }

    @Test func refusesWithClearMessages() {
        #expect(timeError("25:00") == "No such time: \"25:00\" — hours go up to 23")
        #expect(timeError("9:75") == "No such time: \"9:75\" — minutes go up to 59")
        #expect(timeError("13pm") == "No such time: \"13pm\" — with am/pm the hour is 1 to 12")
        #expect(timeError("abc") == "Not a time: \"abc\" — try 9:30, 930, 1:30p or 13:30")
        #expect(timeError("9:5") != nil)
        #expect(timeError("12345") != nil)
        #expect(timeError("") != nil)
    }
}
