import Foundation

/// Runs the built `p4p` binary, found beside the test bundle in the build folder.
enum Binary {
    static var url: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The test runner may live inside a .xctest bundle folder.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("p4p").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("p4p")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["P4P_TODAY"] = nil
        // English unless a test asks for another language, whatever this machine's locale.
        env["P4P_LANG"] = "en"
        for (k, v) in environment { env[k] = v }
        let output = try ChildProcess.run(url.path, arguments, environment: env, input: input)
        return Result(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    /// Sends a signal to the processes whose command line matches the pattern.
    static func signal(_ name: String, matching pattern: String) throws {
        _ = try tool("pkill", ["-\(name)", "-f", pattern])
    }

    static func isRunning(matching pattern: String) throws -> Bool {
        try tool("pgrep", ["-f", pattern]).status == 0
    }

    /// Runs a program found on PATH.
    static func tool(_ name: String, _ arguments: [String]) throws -> ChildProcess.Output {
        guard let path = ChildProcess.which(name) else {
            throw ChildProcess.Failure(description: "\(name) is not installed")
        }
        return try ChildProcess.run(path, arguments, environment: ProcessInfo.processInfo.environment, timeout: 30)
    }

    /// A fresh demo database (`p4p demo`) in a folder of its own.
    static func demo(today: String = "2026-11-23") throws -> (dir: URL, db: String) {
        let dir = try temporaryDirectory()
        let db = dir.appendingPathComponent("program.sqlite").path
        let made = try run(["demo", "--db", db, "--today", today])
        guard made.status == 0 else { throw ChildProcess.Failure(description: "p4p demo failed: \(made.stderr)") }
        return (dir, db)
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// A tmux session running a command at a fixed size: send keys, read the screen. Each session
/// has a tmux server of its own (its own socket), so tests never touch the user's tmux or each
/// other's, and the server goes when the session does.
final class Tmux {
    let name: String
    private let socket: String

    init(command: String, columns: Int = 100, rows: Int = 30) throws {
        let id = UUID().uuidString.prefix(8)
        name = "p4p-test-\(id)"
        socket = "p4p-test-\(id)"
        try run(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
    }

    deinit { _ = try? run(["kill-server"]) }

    func send(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    /// Types a name into a sign-in's picker, Enter, the PIN, Enter.
    func signIn(name: String, pin: String) throws {
        try send("-l", name)
        try send("Enter")
        try send("-l", pin)
        try send("Enter")
    }

    func screen() throws -> String { try run(["capture-pane", "-p", "-t", name]) }

    /// Where the terminal's cursor rests (row and column from 0): what a screen reader reads.
    func cursor() throws -> (row: Int, column: Int) {
        let place = try run(["display-message", "-p", "-t", name, "#{cursor_y},#{cursor_x}"])
        let numbers = place.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        guard numbers.count == 2 else { throw ChildProcess.Failure(description: "tmux gave no cursor: \(place)") }
        return (numbers[0], numbers[1])
    }

    /// Waits until the cursor is on `row`, or throws with where it was.
    func waitForCursor(row: Int, timeout: TimeInterval = Tmux.patience) throws {
        var at = (row: -1, column: -1)
        do {
            _ = try wait(until: { _ in at = (try? cursor()) ?? at; return at.row == row },
                         describing: "the cursor on row \(row)", timeout: timeout)
        } catch let timeout as TmuxTimeout {
            throw TmuxTimeout(expected: "\(timeout.expected) (it was on \(at.row),\(at.column))", screen: timeout.screen)
        }
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// How long a wait may last before the test gives up: a bound on a stuck program, not a
    /// margin a test relies on, so generous enough for a machine with every core busy.
    static let patience: TimeInterval = 60

    /// Waits until the screen shows `text`; returns the screen, or throws with what it showed.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = Tmux.patience) throws -> String {
        try wait(until: { $0.contains(text) }, describing: text, timeout: timeout)
    }

    /// Waits until the dashboard is drawn whole after a sign-in: its panes shown and the sign-in
    /// form gone (a screen caught halfway through the redraw holds both).
    @discardableResult
    func waitForDashboard(timeout: TimeInterval = Tmux.patience) throws -> String {
        try wait(until: { $0.contains("Docket (") && !$0.contains("*PIN") }, describing: "the dashboard, signed in",
                 timeout: timeout)
    }

    @discardableResult
    func waitUntilGone(_ text: String, timeout: TimeInterval = Tmux.patience) throws -> String {
        try wait(until: { !$0.contains(text) }, describing: "no \(text)", timeout: timeout)
    }

    private func wait(until done: (String) -> Bool, describing: String, timeout: TimeInterval) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if done(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxTimeout(expected: describing, screen: last)
    }

    struct TmuxTimeout: Error, CustomStringConvertible {
        let expected: String
        let screen: String
        var description: String { "timed out waiting for \"\(expected)\"; screen was:\n\(screen)" }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try Binary.tool("tmux", ["-L", socket] + arguments)
        guard result.status == 0 || arguments == ["kill-server"] else {
            throw ChildProcess.Failure(description: "tmux \(arguments.first ?? "") failed: \(result.stderr)")
        }
        return result.stdout
    }

    static var isAvailable: Bool {
        ((try? Binary.tool("tmux", ["-V"]))?.stdout ?? "").hasPrefix("tmux")
    }
}
