import ArgumentParser
import P4PController
import P4PStore
import P4PTerminal

struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the dashboard as plain text after feeding it keys.",
        discussion: """
            KEYS are space-separated tokens. Named keys: \(KeyScript.keyNames.joined(separator: " ")) \
            F1...F12 C-a...C-z (as `p4p keys` and the ? screen name them). Any other token is typed \
            character by character. Writes made by keys are saved as in the dashboard; when a save \
            is refused or fails, the screen is printed and the exit status is 1.
            """)

    @OptionGroup var options: ScreenDatabaseOptions

    @Option(help: ArgumentHelp("Screen size as COLUMNSxROWS.", valueName: "size"))
    var size: String = "120x40"

    @Option(help: ArgumentHelp("Keys to press before printing.", valueName: "keys"))
    var keys: String = ""

    @OptionGroup(title: "Acting as a user (without it, a database with users shows the sign-in)") var acting: ActingOptions

    func validate() throws {
        guard Size(size) != nil else {
            throw ValidationError(Phrase("cli.notASize", ["option": "--size", "text": .text(size.withoutControlCharacters)]))
        }
        do { _ = try KeyScript.parse(keys) } catch let error as KeyParseError {
            throw ValidationError("--keys: \(error)")
        }
    }

    func run() throws {
        let today = try options.resolvedToday()
        let store = try options.open(today: today)
        let session = DeskSession(store: store, today: today, language: Speech.language)
        if let user = try acting.user(in: store) { session.signedIn(as: user) }
        let canvas = Headless.run(session, size: Size(size)!, keys: try KeyScript.parse(keys))
        print(canvas.text)
        // A script must notice a save its keys asked for and did not get: the screen says why.
        let refused = session.state.refusedSaves
        if refused > 0 {
            throw Failure(Phrase.counted(refused, "cli.savesRefused"))
        }
    }
}
