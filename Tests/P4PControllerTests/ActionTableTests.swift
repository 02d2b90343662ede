import Testing
@testable import P4PController

@Suite struct ActionTableTests {
    @Test func noKeyMeansTwoThingsInOneContext() {
        for context in Context.allCases {
            var seen: [Key: ActionID] = [:]
            for action in ActionTable.actions(in: context) {
                for key in action.keys {
                    #expect(seen[key] == nil, "\(key.displayName) is bound to both \(seen[key]!) and \(action.id) in \(context)")
                    seen[key] = action.id
                }
            }
        }
    }

    @Test func everyActionHasKeysLabelAndHelp() {
        for action in ActionTable.all {
            #expect(!action.keys.isEmpty, "\(action.id)")
            #expect(!action.label.isEmpty, "\(action.id)")
            #expect(!action.help.isEmpty, "\(action.id)")
            #expect(!action.contexts.isEmpty, "\(action.id)")
        }
        #expect(Set(ActionTable.all.map(\.id)) == Set(ActionID.allCases), "every ActionID is in the table once")
        #expect(ActionTable.all.count == ActionID.allCases.count)
    }

    @Test func issueKeysAreBound() {
        let dashboard: [(Key, ActionID)] = [
            (.char("1"), .focusDocket), (.char("2"), .focusUnassigned), (.char("3"), .focusOverdue),
            (.tab, .nextPane), (.backTab, .previousPane), (.up, .moveUp), (.char("k"), .moveUp),
            (.down, .moveDown), (.char("j"), .moveDown), (.pageUp, .pageUp), (.pageDown, .pageDown),
            (.home, .first), (.end, .last), (.char("["), .previousDay), (.char("]"), .nextDay),
            (.char("t"), .today), (.enter, .open), (.char("/"), .filter), (.char("?"), .help),
            (.function(1), .help), (.char("q"), .quit), (.function(10), .quit),
        ]
        for (key, id) in dashboard {
            #expect(ActionTable.action(for: key, in: .dashboard) == id, "\(key.displayName)")
        }
        #expect(ActionTable.action(for: .escape, in: .detail) == .back)
        #expect(ActionTable.action(for: .escape, in: .help) == .back)
    }

    @Test func typingAFilterNeverTriggersAnAction() {
        for ch in "qjk123[]t/?" {
            #expect(ActionTable.action(for: .char(ch), in: .filtering) == nil, "\(ch)")
        }
        #expect(ActionTable.action(for: .down, in: .filtering) == .moveDown)
        #expect(ActionTable.action(for: .escape, in: .filtering) == .clearFilter)
        #expect(ActionTable.action(for: .enter, in: .filtering) == .keepFilter)
    }

    @Test func markdownTableHasARowPerAction() {
        let table = ActionTable.markdownTable()
        let rows = table.split(separator: "\n")
        #expect(rows.count == ActionTable.all.count + 2)
        #expect(table.contains("| `F1` `?` | Show every key and what it does | Dashboard, Parent detail, Audit log, Morning review, Import result |"))
    }
}
