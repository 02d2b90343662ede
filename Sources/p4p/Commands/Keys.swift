import ArgumentParser
import P4PController
import P4PStore

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every key and what it does, as a markdown table (the README's key table is this output in English).",
        discussion: "The words are in the process language (P4P_LANG, else the locale); key names are the same in every language.")

    func run() throws {
        print(ActionTable.markdownTable(in: .fromEnvironment()))
    }
}
