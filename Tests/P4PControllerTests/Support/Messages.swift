import Foundation
@testable import P4PController
import P4PStore

/// When every key of a pure `update` test is pressed: a fixed moment, so the idle clock and a
/// busy save's retry are moved only by the test.
let keyTime = Date(timeIntervalSince1970: 1_800_000_000)

/// A key pressed at `at` (the fixed moment unless the test says otherwise); the work it asks for.
@discardableResult
func press(_ state: inout AppState, _ key: Key, at: Date = keyTime) -> [Effect] {
    update(&state, .key(key, at: at))
}

/// A message to `update`: a store's answer, time passing; the work it asks for.
@discardableResult
func send(_ state: inout AppState, _ message: Message) -> [Effect] {
    update(&state, message)
}

/// Several keys, one after another; the work the last one asks for.
@discardableResult
func press(_ state: inout AppState, _ keys: [Key], at: Date = keyTime) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects = press(&state, key, at: at) }
    return effects
}

/// Each character typed as a key.
@discardableResult
func type(_ state: inout AppState, _ text: String) -> [Effect] {
    press(&state, text.map { Key.char($0) })
}

extension Array where Element == Effect {
    /// The panes these effects read, in order.
    var panesLoaded: [PaneID] { paneQueries.map(\.0) }

    /// Each pane read with what it asks for: the day, the filter, the window.
    var paneQueries: [(PaneID, PaneQuery)] {
        compactMap { effect in
            if case .loadPane(let pane, let query) = effect { return (pane, query) }
            return nil
        }
    }

    /// The writes these effects ask for.
    var saves: [SaveRequest] {
        compactMap { effect in
            if case .save(let request) = effect { return request }
            return nil
        }
    }
}

extension Phrase {
    /// The words an English reader sees.
    var english: String { text(.english) }
}
