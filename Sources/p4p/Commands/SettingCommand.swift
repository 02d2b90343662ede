import ArgumentParser
import P4PStore

/// `p4p setting`: the program's own switches, shared by every terminal on the database.
struct SettingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setting",
        abstract: "Show or change the program's settings (the follow-up policy has `p4p policy`).",
        subcommands: [Show.self, Set_.self])

    /// Every setting there is, with its default and what a value must look like (`help`, in
    /// the catalogues as `cli.setting.<key>`).
    struct Known: Sendable {
        let key: String, fallback: String
        let isValid: @Sendable (String) -> Bool
        var help: Phrase { Phrase(W("cli.setting.\(key)")) }
    }

    static let known: [Known] = [
        Known(key: Kiosk.idleMinutesKey, fallback: "3", isValid: { Double($0).map { $0 > 0 } ?? false }),
        Known(key: ProgramStore.alliesMayTakeUnassigned, fallback: "no", isValid: { $0 == "yes" || $0 == "no" }),
        Known(key: ProgramStore.retentionYearsKey, fallback: "none", isValid: { Int($0).map { $0 >= 1 && $0 <= 100 } ?? false }),
        Known(key: ProgramStore.trainingRequiredHoursKey, fallback: "0", isValid: { Double($0).map { $0 >= 0 && $0 <= 2000 } ?? false }),
    ]

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each setting: key, value, what it means; tab-separated.")
        @Option(help: ArgumentHelp("The database file.", valueName: "path")) var db: String?

        func run() throws {
            let store = try openStore(db ?? Paths.defaultDatabase())
            for setting in SettingCommand.known {
                print([setting.key, try store.setting(setting.key) ?? setting.fallback, setting.help.text(Speech.language)].joined(separator: "\t"))
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
                throw Failure(Phrase("cli.noSetting", ["key": .text(key.withoutControlCharacters), "keys": .text(keys)]))
            }
            guard setting.isValid(value) else {
                throw Failure(Phrase("cli.badSetting", ["key": .text(key), "value": .text(value.withoutControlCharacters), "help": .phrase(setting.help)]))
            }
            let store = try acting.store(openStore(db ?? Paths.defaultDatabase()))
            try storeAction { try store.setSetting(key, to: value) }
            say(Phrase("cli.settingSet", ["key": .text(key), "value": .text(value)]))
        }
    }
}
