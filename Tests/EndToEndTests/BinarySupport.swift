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

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["P4P_TODAY"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Sends a signal to the processes whose command line matches the pattern.
    static func signal(_ name: String, matching pattern: String) throws {
        _ = try processTool("pkill", ["-\(name)", "-f", pattern])
    }

    static func isRunning(matching pattern: String) throws -> Bool {
        try processTool("pgrep", ["-f", pattern]) == 0
    }

    private static func processTool(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// A tmux session running a command at a fixed size: send keys, read the screen.
final class Tmux {
    let name: String

    init(command: String, columns: Int = 100, rows: Int = 30) throws {
        name = "p4p-test-\(UUID().uuidString.prefix(8))"
        // The first session starts the tmux server, which must not hold our output pipe open.
        try Tmux.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command], capture: false)
    }

    deinit { _ = try? Tmux.tmux(["kill-session", "-t", name], capture: false) }

    func send(_ keys: String...) throws { try Tmux.tmux(["send-keys", "-t", name] + keys, capture: false) }

    func screen() throws -> String { try Tmux.tmux(["capture-pane", "-p", "-t", name]) }

    /// Waits until the screen shows `text`; returns the screen, or throws with what it showed.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxTimeout(expected: text, screen: last)
    }

    func waitUntilGone(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if !last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxTimeout(expected: "no \(text)", screen: last)
    }

    struct TmuxTimeout: Error, CustomStringConvertible {
        let expected: String
        let screen: String
        var description: String { "timed out waiting for \"\(expected)\"; screen was:\n\(screen)" }
    }

    @discardableResult
    static func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard capture else {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ""
        }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static var isAvailable: Bool {
        (try? tmux(["-V"]))?.hasPrefix("tmux") ?? false
    }
}
