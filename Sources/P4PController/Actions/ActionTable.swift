import P4PStore

/// Every action of the program, in every context. Add a key here and it appears in dispatch,
/// the key bar, help and `p4p keys`; its words are `action.<id>` and `action.<id>.help` in the
/// catalogues.
public enum ActionTable {
    private static let pages: Set<Context> = [.help, .detail, .audit, .morning, .outcomes, .page, .allies]
    private static let browsing: Set<Context> = pages.union([.dashboard])
    private static let navigating: Set<Context> = browsing.union([.filtering])
    /// Where a line of text is edited: the filter and the text fields.
    private static let textEditing: Set<Context> = [.filtering, .textField, .noteField, .pickerField]

    public static let all: [Action] = [
        Action(.help, keys: [.char("?"), .function(1)],
               in: [.dashboard, .filtering, .form, .signIn, .detail, .audit, .morning, .outcomes, .page, .allies]),
        Action(.quit, keys: [.char("q"), .function(10)], in: [.dashboard, .signIn]),
        Action(.back, keys: [.escape, .char("q")], in: pages),

        // The dashboard: panes, rows, days.
        Action(.focusDocket, keys: [.char("1")], in: [.dashboard], bar: 40),
        Action(.focusUnassigned, keys: [.char("2")], in: [.dashboard], bar: 41),
        Action(.focusOverdue, keys: [.char("3")], in: [.dashboard], bar: 42),
        Action(.nextPane, keys: [.tab], in: [.dashboard]),
        Action(.previousPane, keys: [.backTab], in: [.dashboard]),
        Action(.moveUp, keys: [.up, .char("k")], in: navigating),
        Action(.moveDown, keys: [.down, .char("j")], in: navigating),
        Action(.pageUp, keys: [.pageUp], in: navigating),
        Action(.pageDown, keys: [.pageDown], in: navigating),
        Action(.first, keys: [.home], in: browsing),
        Action(.last, keys: [.end], in: browsing),
        Action(.previousDay, keys: [.char("[")], in: [.dashboard], bar: 30),
        Action(.nextDay, keys: [.char("]")], in: [.dashboard], bar: 31),
        Action(.today, keys: [.char("t")], in: [.dashboard], bar: 32),
        Action(.open, keys: [.enter], in: [.dashboard], bar: 10, needs: .openDetail(parentId: 0)),
        Action(.filter, keys: [.char("/")], in: [.dashboard], bar: 11),
        Action(.keepFilter, keys: [.enter], in: [.filtering], bar: 1),
        Action(.clearFilter, keys: [.escape], in: [.filtering]),
        Action(.typeFilter, also: .text, in: [.filtering]),
        Action(.previousParent, keys: [.left, .char("h")], in: [.detail], bar: 20),
        Action(.nextParent, keys: [.right, .char("l")], in: [.detail], bar: 21),

        // The day's work: each opens a form for what is selected.
        Action(.recordOutcome, keys: [.char("o")], in: [.dashboard], bar: 1, pane: .docket,
               needs: .recordCourtOutcome(hearingId: 0)),
        // Off the bar (it is full at 80 columns); help lists it.
        Action(.planCoverage, keys: [.char("v")], in: [.dashboard], pane: .docket, needs: .planCoverage(hearingId: 0)),
        Action(.assignAlly, keys: [.char("a")], in: [.dashboard], bar: 1, pane: .unassigned,
               needs: .assignAlly(parentId: 0, allyId: 0)),
        Action(.logContact, keys: [.char("c")], in: [.dashboard, .detail], bar: 1, pane: .overdue,
               needs: .logContact(parentId: 0)),
        Action(.snooze, keys: [.char("s")], in: [.dashboard], bar: 2, pane: .overdue, needs: .snooze(followUpId: 0)),
        Action(.reassignAlly, keys: [.char("r")], in: [.detail], bar: 2, needs: .changeAlly(parentId: 0)),
        Action(.unassignAlly, keys: [.char("u")], in: [.detail], bar: 3, needs: .changeAlly(parentId: 0)),
        Action(.addRecord, keys: [.char("n")], in: [.dashboard, .detail], bar: 12),
        Action(.editRecord, keys: [.char("e")], in: [.dashboard, .detail], bar: 13, needs: .enterRecords),
        Action(.dependency101, keys: [.char("d")], in: [.dashboard, .detail], bar: 14, needs: .teachClass),
        // The case a parent's detail shows: off the bar (it is full at 80 columns); help lists them.
        Action(.editCase, keys: [.char("E")], in: [.detail], needs: .editCase(caseId: 0)),
        Action(.caseOutcome, keys: [.char("O")], in: [.detail], needs: .editCase(caseId: 0)),
        Action(.addChild, keys: [.char("A")], in: [.detail], needs: .editCase(caseId: 0)),
        Action(.childMove, keys: [.char("P")], in: [.detail], needs: .editCase(caseId: 0)),
        Action(.editChild, keys: [.char("C")], in: [.detail], needs: .editCase(caseId: 0)),
        Action(.removeMove, keys: [.char("X")], in: [.detail], needs: .editCase(caseId: 0)),

        // Not over help: help opens over a form or the sign-in too, where a lock would lose typing.
        Action(.lock, keys: [.function(12)], in: [.dashboard, .detail, .morning, .outcomes, .allies], bar: 50),
        Action(.toggleNames, keys: [.char("m")], in: [.dashboard], bar: 51),
        Action(.chooseLanguage, keys: [.char("i")], in: [.dashboard], bar: 52),
        Action(.auditLog, keys: [.char("L")], in: [.dashboard, .detail], bar: 53, needs: .readAudit),
        Action(.morningReview, keys: [.char("M")], in: [.dashboard], bar: 54, needs: .readReports),
        Action(.importDocket, keys: [.char("I")], in: [.dashboard], bar: 55, needs: .enterRecords),
        Action(.outcomesReport, keys: [.char("R")], in: [.dashboard], bar: 56, needs: .readReports),

        // The outcomes report: its twelve months a month at a time, and a county.
        Action(.previousPeriod, keys: [.char("[")], in: [.outcomes], bar: 30),
        Action(.nextPeriod, keys: [.char("]")], in: [.outcomes], bar: 31),
        Action(.nextCounty, keys: [.char("c")], in: [.outcomes], bar: 32),

        // Allies' program records (on a parent's detail, A adds a child).
        Action(.allies, keys: [.char("A")], in: [.dashboard], bar: 57, needs: .manageAllies),
        Action(.addAlly, keys: [.char("n")], in: [.allies], bar: 1, needs: .manageAllies),
        Action(.editAlly, keys: [.char("e")], in: [.allies], bar: 2, needs: .manageAllies),
        Action(.deactivateAlly, keys: [.char("d")], in: [.allies], bar: 3, needs: .manageAllies),

        // The sign-in over a locked screen (a form: its field's keys and the form's work too).
        Action(.signIn, keys: [.enter], in: [.signIn], bar: 1),

        // Any form.
        Action(.saveForm, keys: [.control("s"), .function(2)], in: [.form], bar: 1),
        Action(.cancelForm, keys: [.escape], in: [.form]),
        Action(.nextField, keys: [.tab], in: [.form], bar: 2),
        Action(.previousField, keys: [.backTab], in: [.form], bar: 3),
        Action(.fieldBelow, keys: [.down], in: [.form]),
        Action(.fieldAbove, keys: [.up], in: [.form]),
        Action(.enterField, keys: [.enter], in: [.form]),
        Action(.discard, keys: [.char("y"), .char("s"), .char("Y"), .char("S")], in: [.discardQuestion], bar: 1),
        Action(.keepEditing, also: .anyOther, in: [.discardQuestion]),

        // The focused field, by kind.
        Action(.typeText, also: .text, in: [.textField, .noteField]),
        Action(.newLine, keys: [.enter], in: [.noteField]),
        Action(.lineBelow, keys: [.down], in: [.noteField]),
        Action(.lineAbove, keys: [.up], in: [.noteField]),
        Action(.cursorLeft, keys: [.left], in: [.filtering, .textField, .noteField]),
        Action(.cursorRight, keys: [.right], in: [.filtering, .textField, .noteField]),
        Action(.textStart, keys: [.home, .control("a")], in: textEditing),
        Action(.textEnd, keys: [.end, .control("e")], in: textEditing),
        Action(.deleteBackward, keys: [.backspace], in: textEditing),
        Action(.deleteForward, keys: [.delete], in: textEditing),
        Action(.deleteToStart, keys: [.control("u")], in: textEditing),
        Action(.deleteToEnd, keys: [.control("k")], in: textEditing),
        Action(.nextChoice, keys: [.char(" "), .right], in: [.choiceField], bar: 0),
        Action(.previousChoice, keys: [.left], in: [.choiceField]),
        Action(.clearChoice, keys: [.backspace, .delete], in: [.choiceField]),
        Action(.jumpToOption, also: .letters, in: [.choiceField, .tickField]),
        Action(.toggleTick, keys: [.char(" ")], in: [.tickField], bar: 0),
        Action(.nextOption, keys: [.right], in: [.tickField, .pickerField]),
        Action(.previousOption, keys: [.left], in: [.tickField, .pickerField]),
        Action(.typeToFind, also: .text, in: [.pickerField]),
    ]

    /// The way out of each place and help: always on the key bar, after what fits of the rest.
    static let pinned: [ActionID] = [.quit, .back, .cancelForm, .clearFilter, .help]

    public static func action(_ id: ActionID) -> Action { all.first { $0.id == id }! }

    /// The key that does `id` where the user is (the first context that has it), for words that
    /// name it: "? shows the keys", or "F1" where ? is typed.
    public static func key(for id: ActionID, in contexts: [Context]) -> Key? {
        contexts.lazy.compactMap { action(id).keys(in: $0).first }.first
    }

    /// "z does nothing here; ? shows the keys", naming the help key that works here.
    static func doesNothing(_ key: Key, in contexts: [Context]) -> Phrase {
        let help = ActionTable.key(for: .help, in: contexts) ?? ActionTable.action(.help).keys[0]
        return Phrase("key.doesNothing", ["key": .text(key.displayName), "help": .text(help.displayName)])
    }

    /// The actions of a context, in the table's order.
    public static func actions(in context: Context) -> [Action] {
        all.filter { $0.contexts.contains(context) }
    }

    /// The class of typed characters a context takes as text (a field, the filter), if any.
    public static func typing(in context: Context) -> KeyClass? {
        all.first { $0.contexts.contains(context) && $0.keyClass?.isTyping == true }?.keyClass
    }

    /// The action a key means in a single context.
    public static func action(for key: Key, in context: Context) -> ActionID? {
        action(for: key, in: [context])
    }

    /// The action a key means where the user is (`AppState.contexts`, most particular first):
    /// where characters are typed they are text, never actions; then the keys each context
    /// binds; then a context's "any other key".
    public static func action(for key: Key, in contexts: [Context]) -> ActionID? {
        guard key != .resize else { return nil }
        for context in contexts {
            let here = actions(in: context)
            if let typed = here.first(where: { $0.keyClass?.isTyping == true && $0.keyClass!.contains(key) }) {
                return typed.id
            }
            // A field in front took every typed character it wanted; the rest is not for the form.
            if context.isBehindAField, key.typedCharacter != nil { return nil }
            if let bound = here.first(where: { $0.keys.contains(key) }) { return bound.id }
            if let other = here.first(where: { $0.keyClass == .anyOther }) { return other.id }
        }
        return nil
    }
}
