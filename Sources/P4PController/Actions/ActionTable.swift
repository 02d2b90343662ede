/// Every action of the program. Add a key here and it appears in dispatch, the key bar, help
/// and `p4p keys`.
public enum ActionTable {
    private static let browsing: Set<Context> = [.dashboard, .detail, .help, .audit, .morning, .page]
    private static let navigating: Set<Context> = [.dashboard, .detail, .help, .filtering, .audit, .morning, .page]

    public static let all: [Action] = [
        Action(.help, keys: [.function(1), .char("?")], label: "Help",
               help: "Show every key and what it does", in: [.dashboard, .detail, .audit, .morning, .page], bar: 0),
        Action(.quit, keys: [.function(10), .char("q")], label: "Quit",
               help: "Leave P4P Desk", in: browsing.union([.signIn]), bar: 1),
        Action(.focusDocket, keys: [.char("1")], label: "Docket",
               help: "Go to today's hearing docket", in: [.dashboard], bar: 6),
        Action(.focusUnassigned, keys: [.char("2")], label: "Unassigned",
               help: "Go to parents not yet assigned a Parent Ally", in: [.dashboard], bar: 7),
        Action(.focusOverdue, keys: [.char("3")], label: "Overdue",
               help: "Go to overdue follow-ups", in: [.dashboard], bar: 8),
        Action(.nextPane, keys: [.tab], label: "Next pane",
               help: "Move to the next pane", in: [.dashboard]),
        Action(.previousPane, keys: [.backTab], label: "Prev pane",
               help: "Move to the previous pane", in: [.dashboard]),
        Action(.moveUp, keys: [.up, .char("k")], label: "Up",
               help: "Select the row above (scroll up in detail and help)", in: navigating),
        Action(.moveDown, keys: [.down, .char("j")], label: "Down",
               help: "Select the row below (scroll down in detail and help)", in: navigating),
        Action(.pageUp, keys: [.pageUp], label: "Page up",
               help: "Up one screen", in: navigating),
        Action(.pageDown, keys: [.pageDown], label: "Page down",
               help: "Down one screen", in: navigating),
        Action(.first, keys: [.home], label: "First",
               help: "Go to the first row", in: browsing),
        Action(.last, keys: [.end], label: "Last",
               help: "Go to the last row", in: browsing),
        Action(.previousDay, keys: [.char("[")], label: "Prev day",
               help: "Show the docket of the day before", in: [.dashboard], bar: 4),
        Action(.nextDay, keys: [.char("]")], label: "Next day",
               help: "Show the docket of the day after", in: [.dashboard], bar: 5),
        Action(.today, keys: [.char("t")], label: "Today",
               help: "Show today's docket", in: [.dashboard], bar: 9),
        Action(.open, keys: [.enter], label: "Open",
               help: "Open the selected parent: case, hearings, contacts, follow-ups",
               in: [.dashboard], bar: 2),
        Action(.filter, keys: [.char("/")], label: "Filter",
               help: "Filter the focused pane as you type", in: [.dashboard], bar: 3),
        Action(.keepFilter, keys: [.enter], label: "Keep filter",
               help: "Stop typing and keep the filter", in: [.filtering], bar: 0),
        Action(.clearFilter, keys: [.escape], label: "Clear filter",
               help: "Clear the filter and stop typing", in: [.filtering], bar: 1),
        Action(.previousParent, keys: [.left, .char("h")], label: "Prev parent",
               help: "The other parent on the same hearing", in: [.detail], bar: 4),
        Action(.nextParent, keys: [.right, .char("l")], label: "Next parent",
               help: "The next parent on the same hearing", in: [.detail], bar: 5),
        Action(.back, keys: [.escape], label: "Back",
               help: "Return to the dashboard", in: [.detail, .help, .audit, .morning, .page], bar: 2),

        // The day's work: each opens a form.
        Action(.recordOutcome, keys: [.char("o")], label: "Outcome",
               help: "Docket: record each parent's outcome at court, who covered it, and whether it was held",
               in: [.dashboard], bar: 10),
        Action(.assignAlly, keys: [.char("a")], label: "Assign",
               help: "Unassigned: assign a Parent Ally, best fit first", in: [.dashboard], bar: 11),
        Action(.logContact, keys: [.char("c")], label: "Contact",
               help: "Overdue or a parent's detail: log a contact; it completes the follow-up it answers",
               in: [.dashboard, .detail], bar: 12),
        Action(.snooze, keys: [.char("s")], label: "Snooze",
               help: "Overdue: move a follow-up to a later date, with a reason", in: [.dashboard], bar: 13),

        Action(.reassignAlly, keys: [.char("r")], label: "Reassign",
               help: "A parent's detail: give the parent another Parent Ally, with a reason", in: [.detail], bar: 13),
        Action(.unassignAlly, keys: [.char("u")], label: "Unassign",
               help: "A parent's detail: take the parent back to Unassigned, with a reason", in: [.detail], bar: 14),

        Action(.addRecord, keys: [.char("n")], label: "New",
               help: "Add a case (parents and first hearing), a hearing or parent on the selected case, or a Dependency 101 session",
               in: [.dashboard, .detail], bar: 15),
        Action(.editRecord, keys: [.char("e")], label: "Edit",
               help: "Edit the selected hearing (Docket) or parent (other panes, detail)", in: [.dashboard, .detail], bar: 16),
        Action(.dependency101, keys: [.char("d")], label: "Dep 101",
               help: "Dependency 101: mark who came to a session and invite parents who are due", in: [.dashboard, .detail], bar: 17),

        Action(.lock, keys: [.function(12)], label: "Lock",
               help: "Lock the screen now: nothing shows until someone signs in", in: [.dashboard, .detail, .help, .morning], bar: 18),
        Action(.toggleNames, keys: [.char("m")], label: "Names",
               help: "Show parents' names in the lists, or only their initials (as a kiosk starts)", in: [.dashboard], bar: 19),
        Action(.auditLog, keys: [.char("L")], label: "Audit",
               help: "Supervisors: the audit log, by user and day (from a parent's detail, that parent's)",
               in: [.dashboard, .detail], bar: 20),
        Action(.importDocket, keys: [.char("I")], label: "Import",
               help: "Supervisors: import the court's calendar export (CSV); check it first, then import",
               in: [.dashboard], bar: 22),
        Action(.morningReview, keys: [.char("M")], label: "Morning",
               help: "Supervisors: the morning review: uncovered hearings, first hearings, who waits, overdue, caseloads, this month",
               in: [.dashboard], bar: 21),
        Action(.signIn, keys: [.enter], label: "Sign in",
               help: "Choose your name, Enter, type your PIN, Enter", in: [.signIn], bar: 0),

        // Inside a form (typing goes to the focused field).
        Action(.saveForm, keys: [.control("s"), .function(2)], label: "Save",
               help: "Save the form from any field", in: [.form], bar: 0),
        Action(.cancelForm, keys: [.escape], label: "Cancel",
               help: "Cancel; asks first when something was typed", in: [.form], bar: 1),
        Action(.nextField, keys: [.tab, .enter, .down], label: "Next",
               help: "Next field (Enter adds a line in a note; Down moves within it)", in: [.form], bar: 2),
        Action(.previousField, keys: [.backTab, .up], label: "Previous",
               help: "Previous field", in: [.form], bar: 3),
    ]

    /// The action a key means where the user is, if any. While filtering, every character is
    /// typed into the filter, so only non-character keys are actions.
    public static func action(for key: Key, in context: Context) -> ActionID? {
        if context == .filtering || context == .form || context == .signIn, case .char = key { return nil }
        return all.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.id
    }

    public static func action(_ id: ActionID) -> Action { all.first { $0.id == id }! }

    /// What the key bar offers in a context, most important first.
    public static func bar(for context: Context) -> [Action] {
        all.filter { $0.contexts.contains(context) && $0.barPriority != nil }
            .sorted { $0.barPriority! < $1.barPriority! }
    }

    /// The actions of each context, for the help screen and README.
    public static func actions(in context: Context) -> [Action] {
        all.filter { $0.contexts.contains(context) }
    }

    /// The README's key table, generated so it cannot drift from the program.
    public static func markdownTable() -> String {
        var lines = ["| Keys | Action | Where |", "|---|---|---|"]
        for action in all {
            let keys = action.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
            let contexts = Context.allCases.filter { action.contexts.contains($0) }.map(\.title)
            lines.append("| \(keys) | \(action.help) | \(contexts.joined(separator: ", ")) |")
        }
        return lines.joined(separator: "\n")
    }
}
