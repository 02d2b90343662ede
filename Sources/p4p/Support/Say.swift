import ArgumentParser
import Foundation
import P4PStore

/// The command line speaks the process's language (`P4P_LANG`, else the locale): every line
/// meant for people is a catalogue phrase (`cli.*`). Option names, CSV headers, --help and the
/// man page stay English.
enum Speech {
    static let language = Language.fromEnvironment()
}

/// One line on standard output, in the process's language.
func say(_ phrase: Phrase) { print(phrase.text(Speech.language)) }

/// One line on standard error, in the process's language.
func warn(_ phrase: Phrase) { FileHandle.standardError.write(Data((phrase.text(Speech.language) + "\n").utf8)) }

extension Failure {
    init(_ phrase: Phrase) { self.init(phrase.text(Speech.language)) }
}

extension ValidationError {
    init(_ phrase: Phrase) { self.init(phrase.text(Speech.language)) }
}

extension Phrase {
    /// "standard input" for `-`, else the file's path as given.
    static func file(_ path: String) -> Phrase { path == "-" ? "cli.standardInput" : .asIs(path) }
}
