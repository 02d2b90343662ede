/// How a deadline reads on screen and in reports.
extension DeadlineKind {
    public var words: W { W("deadline.\(rawValue)") }
    /// For a narrow column: "Fact-find".
    public var shortWords: W { W("deadlineShort.\(rawValue)") }
}

extension CaseDeadline {
    /// "Fact-finding due by Mon 14 Dec · set for Thu 10 Dec", "... , none scheduled", or with
    /// the hearing set after the day it is due.
    public func phrase(_ style: DayStyle) -> Phrase {
        var args: [String: Phrase.Arg] = ["what": .word(kind.words), "day": .day(due, style)]
        guard let scheduled else { return Phrase("deadline.noneScheduled", args) }
        args["hearing"] = .day(scheduled, style)
        return Phrase(isScheduledInTime ? "deadline.setFor" : "deadline.setLate", args)
    }

    /// "Fact-find 12/14": for the docket's narrow column.
    public var shortPhrase: Phrase {
        Phrase("deadline.short", ["what": .word(kind.shortWords), "day": .day(due, .numeric)])
    }
}
