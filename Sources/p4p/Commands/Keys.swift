import ArgumentParser
import P4PController

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every key and what it does (the README's key table is this output).")

    func run() throws {
        print(ActionTable.markdownTable())
    }
}
