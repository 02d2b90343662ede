import ArgumentParser
import P4PStore

/// `p4p setting`: the program's own switches, shared by every terminal on the database.
struct SettingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setting",
        abstract: "Show or change the program's settings (the follow-up policy has `p4p policy`).",
        subcommands: [Show.self, Set_.self])

    /// Every setting there is, with its default and what a value must look like.
    struct Known: Sendable {
        let key: String, fallback: String, help: String
        let isValid: @Sendable (String) -> Bool
    }

    static let known: [Known] = [
        Known(key: Kiosk.idleMinutesKey, fallback: "3", help: "minutes without a key before a kiosk locks (a number above 0)",
              isValid: { Double($0).map { $0 > 0 } ?? false }),
        Known(key: SQLiteStore.alliesMayTakeUnassigned, fallback: "no",
              help: "yes lets a Parent Ally take an unassigned parent for themself (yes or no)",
              isValid: { $0 == "yes" || $0 == "no" }),
    ]

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each setting: key, value, what it means; tab-separated.")
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?

        func run() throws {
            let store = try openStore(db ?? Paths.defaultDatabase())
            for setting in SettingCommand.known {
                print([setting.key, try store.setting(setting.key) ?? setting.fallback, setting.help].joined(separator: "\t"))
            }
        }
    }

    // Not `Set`: that would hide Swift's Set here.
    struct Set_: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Change one setting; recorded in the audit log.")
        @Argument(help: "The setting's key, as `p4p setting show` lists it.") var key: String
        @Argument(help: "Its new value.") var value: String
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            guard let setting = SettingCommand.known.first(where: { $0.key == key }) else {
                let keys = SettingCommand.known.map(\.key).joined(separator: ", ")
                throw Failure("No setting \(key); the settings are \(keys). Nothing was changed.")
            }
            guard setting.isValid(value) else {
                throw Failure("\(key): \"\(value)\" is not \(setting.help). Nothing was changed.")
            }
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            try storeAction { try store.setSetting(key, to: value) }
            print("\(key) = \(value)")
        }
    }
}
