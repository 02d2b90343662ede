import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and waits for it, with a deadline.
///
/// Foundation's `Process` on Linux can miss a child's exit when tests start processes from
/// several threads at once, and its pipes leak into whatever else is started meanwhile (a tmux
/// server keeps them open for good): either way `waitUntilExit` or `readDataToEndOfFile` never
/// returns and the test run hangs until CI gives up. This runner spawns with every descriptor
/// above stderr closed, writes output to files rather than pipes, and waits for its own pid only.
enum ChildProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `executable` with `arguments` and `environment`, standard input from `input` (else
    /// /dev/null). A child still running after `timeout` seconds is killed, and the call throws.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    input: String? = nil, timeout: TimeInterval = 120) throws -> Output {
        try start(executable, arguments, environment: environment, input: input).wait(timeout: timeout)
    }

    /// A child started and not yet waited for: its output files can be read while it runs.
    final class Running {
        let pid: pid_t
        let command: String
        let folder: URL
        var outPath: String { folder.appendingPathComponent("out").path }
        var errPath: String { folder.appendingPathComponent("err").path }
        private var status: Int32?

        fileprivate init(pid: pid_t, command: String, folder: URL) {
            self.pid = pid
            self.command = command
            self.folder = folder
        }

        /// What the child has written to standard output so far.
        var stdoutSoFar: String { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }

        /// Waits until the child's standard output satisfies `condition`; throws if the child
        /// ends first or `timeout` passes (a generous bound for a hung child, not a margin).
        func waitForOutput(timeout: TimeInterval = 60, until condition: (String) -> Bool) throws {
            let deadline = Date().addingTimeInterval(timeout)
            while !condition(stdoutSoFar) {
                var ended: Int32 = 0
                if waitpid(pid, &ended, WNOHANG) == pid {
                    status = ChildProcess.exitStatus(ended)
                    throw Failure(description: "\(command) ended before its output was as expected: \(stdoutSoFar)\((try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")")
                }
                if Date() > deadline { throw Failure(description: "\(command) showed no expected output after \(Int(timeout)) s") }
                usleep(2_000)
            }
        }

        /// Waits for the child to end (killing it after `timeout` seconds, and throwing); returns
        /// what it wrote.
        func wait(timeout: TimeInterval = 120) throws -> Output {
            guard status == nil else { return output }
            do {
                status = try ChildProcess.wait(for: pid, timeout: timeout, naming: command)
            } catch {
                status = -1  // killed and reaped by the deadline: never signal its pid again
                throw error
            }
            return output
        }

        /// Sends `signal` and waits for the child to end; returns what it wrote.
        func kill(_ signal: Int32 = SIGKILL) throws -> Output {
            if status == nil { Glibc.kill(pid, signal) }
            return try wait(timeout: 60)
        }

        private var output: Output {
            Output(status: status ?? -1, stdout: stdoutSoFar,
                   stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
        }

        /// A child nobody waited for is killed, so no test leaves a writer running.
        deinit {
            if status == nil { Glibc.kill(pid, SIGKILL); _ = try? ChildProcess.wait(for: pid, timeout: 60, naming: command) }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Starts `executable` as `run` does, without waiting for it.
    static func start(_ executable: String, _ arguments: [String], environment: [String: String],
                      input: String? = nil) throws -> Running {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("p4p-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path
        let inPath = folder.appendingPathComponent("in").path
        try (input ?? "").write(toFile: inPath, atomically: true, encoding: .utf8)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input == nil ? "/dev/null" : inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = spawnClosesFrom(&actions, 3)

        // The child starts with no signal blocked or ignored: the test runner blocks several,
        // and a tmux server that inherits a blocked SIGTERM never obeys kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw Failure(description: "could not start \(executable): \(String(cString: strerror(spawned)))")
        }
        return Running(pid: pid, command: ([executable] + arguments).joined(separator: " "), folder: folder)
    }

    /// The exit status (128 + signal for a killed child, as a shell reports it).
    fileprivate static func wait(for pid: pid_t, timeout: TimeInterval, naming command: String) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR {
                throw Failure(description: "lost track of \(command): \(String(cString: strerror(errno)))")
            }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Failure(description: "\(command) was still running after \(Int(timeout)) s and was killed")
            }
            usleep(10_000)
        }
        return exitStatus(status)
    }

    /// A wait status as a shell reports it: the exit code, or 128 + the signal that ended it.
    fileprivate static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// The full path of a program on PATH, as a shell would find it.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { "\($0)/\(program)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// glibc (2.34 and later) has it, but its header hides it from Swift's Glibc module.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnClosesFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32
