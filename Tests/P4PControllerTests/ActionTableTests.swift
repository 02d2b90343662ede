import Testing
@testable import P4PController
@testable import P4PStore

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
            let classes = ActionTable.actions(in: context).compactMap(\.keyClass)
            #expect(classes.filter(\.isTyping).count <= 1 && classes.filter { $0 == .anyOther }.count <= 1, "\(context)")
        }
    }

    @Test func everyActionHasKeysWordsAndAPlace() {
        for action in ActionTable.all {
            #expect(!action.keys.isEmpty || action.keyClass != nil, "\(action.id)")
            #expect(Catalogue.has(action.label), "\(action.id) has no label in the catalogue")
            #expect(Catalogue.has(action.help), "\(action.id) has no help line in the catalogue")
            #expect(!action.contexts.isEmpty, "\(action.id)")
        }
        for context in Context.allCases { #expect(Catalogue.has(context.title), "\(context)") }
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
        for page in [Context.help, .detail, .audit, .morning, .outcomes, .page] {
            #expect(ActionTable.action(for: .escape, in: page) == .back, "\(page)")
            #expect(ActionTable.action(for: .char("q"), in: page) == .back, "q closes \(page), as in less")
        }
    }

    @Test func typingAFilterNeverTriggersAnAction() {
        for ch in "qjk123[]t/? " {
            #expect(ActionTable.action(for: .char(ch), in: .filtering) == .typeFilter, "\(ch)")
        }
        #expect(ActionTable.action(for: .down, in: .filtering) == .moveDown)
        #expect(ActionTable.action(for: .escape, in: .filtering) == .clearFilter)
        #expect(ActionTable.action(for: .enter, in: .filtering) == .keepFilter)
        #expect(ActionTable.action(for: .function(1), in: .filtering) == .help)
    }

    /// The table says, per context, which keys are text: in a field (the sign-in's name and PIN
    /// too) a typed character is typed, never an action of the form or the sign-in behind it.
    @Test func typedCharactersInAFieldAreText() {
        let signInName: [Context] = [.pickerField, .signIn, .form], pin: [Context] = [.textField, .signIn, .form]
        for ch in "qyn?s1 " {
            #expect(ActionTable.action(for: .char(ch), in: signInName) == .typeToFind, "\(ch)")
            #expect(ActionTable.action(for: .char(ch), in: pin) == .typeText, "\(ch)")
            #expect(ActionTable.action(for: .char(ch), in: [.noteField, .form]) == .typeText, "\(ch)")
        }
        #expect(ActionTable.action(for: .function(10), in: pin) == .quit, "F10 leaves the sign-in")
        #expect(ActionTable.action(for: .function(10), in: [.textField, .form]) == nil, "but not a form")
        #expect(ActionTable.action(for: .enter, in: signInName) == .signIn)
        #expect(ActionTable.action(for: .control("s"), in: pin) == .saveForm)
        // A choice takes letters to jump, and Space to move on; a tick list, Space to tick.
        #expect(ActionTable.action(for: .char("p"), in: [.choiceField, .form]) == .jumpToOption)
        #expect(ActionTable.action(for: .char(" "), in: [.choiceField, .form]) == .nextChoice)
        #expect(ActionTable.action(for: .char(" "), in: [.tickField, .form]) == .toggleTick)
        #expect(ActionTable.action(for: .down, in: [.noteField, .form]) == .lineBelow)
        #expect(ActionTable.action(for: .down, in: [.textField, .form]) == .fieldBelow)
        #expect(ActionTable.action(for: .function(5), in: [.textField, .form]) == nil)
        // The question after Esc: y (or s, sí) discards; any other key keeps editing.
        #expect(ActionTable.action(for: .char("s"), in: [.discardQuestion]) == .discard)
        #expect(ActionTable.action(for: .tab, in: [.discardQuestion]) == .keepEditing)
        #expect(ActionTable.action(for: .resize, in: [.discardQuestion]) == nil, "a resize is no answer")
    }

    /// What help and `p4p keys` show for a context is what the keys do there: no `q` quits at
    /// the sign-in, no `j` or `k` moves while filtering.
    @Test func everyKeyShownForAContextDoesItsActionThere() {
        for section in ActionTable.help() {
            for line in section.lines {
                let action = ActionTable.all.first { $0.help == line.help }!
                for key in line.keys {
                    #expect(ActionTable.action(for: key, in: section.context) == action.id,
                            "\(key.displayName) is shown for \(action.id) in \(section.context)")
                }
            }
        }
        let signIn = ActionTable.help().first { $0.context == .signIn }!
        #expect(signIn.lines.first { $0.help == ActionTable.action(.quit).help }?.keys == [.function(10)])
        let filtering = ActionTable.help().first { $0.context == .filtering }!
        #expect(filtering.lines.allSatisfy { !$0.keys.contains(.char("j")) && !$0.keys.contains(.char("k")) })
        let table = ActionTable.markdownTable()
        #expect(!table.contains("| `q` `F10` | Leave P4P Desk (a kiosk asks for a supervisor's PIN first) | Dashboard, Sign-in |"))
        #expect(table.contains("| `F10` | Leave P4P Desk (a kiosk asks for a supervisor's PIN first) | Sign-in |"))
    }

    /// Key names are spelled one way: whatever help, the key bar and `p4p keys` print, a key
    /// script (`p4p screen --keys`) reads as the same key.
    @Test func everyKeyNameShownParsesInAKeyScript() throws {
        var shown: [Key] = ActionTable.all.flatMap(\.keys)
        for language in Language.allCases {
            for section in ActionTable.help() { shown += section.lines.flatMap(\.keys) }
            let table = ActionTable.markdownTable(in: language)
            for name in table.split(separator: "`").enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) {
                #expect(try KeyScript.parse(String(name)).count == 1, "`\(name)` in p4p keys is not one key in a script")
            }
        }
        for context in Context.allCases {
            shown += ActionTable.bar(in: [context], focus: .docket).items.map(\.key)
        }
        for key in Set(shown) {
            #expect(try KeyScript.parse(key.displayName) == [key], "\(key.displayName)")
        }
    }

    @Test func markdownTableHasARowPerActionAndPlace() {
        let table = ActionTable.markdownTable()
        let rows = table.split(separator: "\n")
        #expect(rows.count >= ActionTable.all.count + 2)
        #expect(rows[0] == "| Keys | Action | Where |")
        #expect(table.contains("| `?` `F1` | Show every key and what it does | Dashboard, Parent detail, Audit log, Morning review, Outcomes report, Import result, Allies |"))
        #expect(table.contains("| `Esc` `q` | Close the page and go back | Help, Parent detail, Audit log, Morning review, Outcomes report, Import result, Allies |"))
        #expect(ActionTable.markdownTable(in: .spanish).contains("| `?` `F1` | Mostrar cada tecla y lo que hace | Tablero,"))
    }
}

/// The key bar follows the focus and the role.
@Suite struct KeyBarTests {
    func keys(_ bar: KeyBar) -> [String] { bar.items.map(\.key.displayName) }

    @Test func theFocusedPanesActionsComeFirstThenTheScreensWithTheWayOutAndHelpPinned() {
        #expect(keys(ActionTable.bar(in: [.dashboard], focus: .overdue)).prefix(2) == ["c", "s"])
        #expect(keys(ActionTable.bar(in: [.dashboard], focus: .unassigned)).prefix(1) == ["a"])
        #expect(keys(ActionTable.bar(in: [.dashboard], focus: .docket)).prefix(1) == ["o"])
        #expect(!keys(ActionTable.bar(in: [.dashboard], focus: .docket)).contains("s"), "Overdue's snooze is not offered on the docket")
        let dashboard = ActionTable.bar(in: [.dashboard], focus: .docket)
        #expect(dashboard.pinned.map(\.key.displayName) == ["q", "?"])
        #expect(ActionTable.bar(in: [.detail]).pinned.map(\.key.displayName) == ["Esc", "?"])
        #expect(ActionTable.bar(in: [.textField, .form]).pinned.map(\.key.displayName) == ["Esc", "F1"],
                "in a form ? is typed: F1 is help")
        #expect(keys(ActionTable.bar(in: [.tickField, .form])).first == "Space")
    }

    @Test func whatARoleMayNeverDoIsNotOffered() {
        for role in [UserRole?.none, .supervisor, .admin] {
            let offered = keys(ActionTable.bar(in: [.dashboard], focus: .docket, role: role))
            #expect(["L", "M", "R", "I", "e"].allSatisfy(offered.contains), "\(String(describing: role))")
        }
        let ally = keys(ActionTable.bar(in: [.dashboard], focus: .docket, role: .ally))
        #expect(!ally.contains("L") && !ally.contains("M") && !ally.contains("R") && !ally.contains("I") && !ally.contains("e"))
        #expect(ally.contains("o") && ally.contains("n") && ally.contains("d"), "what the records decide stays")
        let detail = keys(ActionTable.bar(in: [.detail], role: .ally))
        #expect(!detail.contains("r") && !detail.contains("u") && detail.contains("c"))
        let help = ActionTable.help(role: .ally).flatMap(\.lines).map(\.help)
        #expect(!help.contains(ActionTable.action(.auditLog).help) && !help.contains(ActionTable.action(.morningReview).help))
        #expect(!help.contains(ActionTable.action(.outcomesReport).help))
        #expect(help.contains(ActionTable.action(.logContact).help))
    }
}
