import ArgumentParser
import Foundation
import P4PStore

/// `p4p bench writers`: several processes saving to one file at once, as several terminals do.
/// Each process is this program again (`--worker N`), logging contacts through the store.
struct BenchWriters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writers",
        abstract: "Measure several processes saving to one database at once: failures, lost writes, time.",
        discussion: """
            Starts --processes copies of p4p at once, each logging --saves contacts through the \
            store, one transaction a save, as terminals do. Then counts the saves that failed and \
            the saves a process confirmed that the file does not hold, and checks the file's \
            integrity. The contacts stay in the file, so it must be a demo database \
            (`p4p demo --db PATH`).
            """)

    @OptionGroup var options: DatabaseOptions

    @Option(help: "How many processes write at once.")
    var processes: Int = 8

    @Option(help: "How many saves each process makes.")
    var saves: Int = 100

    /// Set in the processes this command starts: which one it is. With `--saves 0` a worker
    /// saves until it is killed (the crash test).
    @Option(help: .hidden)
    var worker: Int?

    func validate() throws {
        guard processes >= 1 else { throw ValidationError("--processes: must be at least 1") }
        guard saves >= 1 || (saves == 0 && worker != nil) else { throw ValidationError("--saves: must be at least 1") }
    }

    func run() throws {
        let today = try options.resolvedToday()
        let path = options.db ?? Paths.defaultDatabase()
        if let worker {
            try BenchWriter(number: worker, path: path, today: today).save(count: saves)
        } else {
            try measure(path, today: today)
        }
    }

    private func measure(_ path: String, today: Day) throws {
        let store = try openFile(path)
        guard try store.setting(DemoDatabase.madeForKey) != nil else {
            throw Failure("\(path) is not a demo database, and the measurement leaves its test contacts in it; make one with `p4p demo --db PATH`.")
        }
        store.close()

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("p4p-writers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let started = DispatchTime.now()
        let children = try (1...processes).map { number in
            try WorkerProcess(number: number, folder: folder,
                              arguments: ["bench", "writers", "--db", path, "--today", today.iso,
                                          "--worker", "\(number)", "--saves", "\(saves)"])
        }
        let outputs = children.map { $0.finish() }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9

        let confirmed = outputs.flatMap { ConfirmedSave.all(in: $0.stdout) }
        let failures = outputs.flatMap { $0.stdout.split(separator: "\n").filter { $0.hasPrefix("failed ") } }
        let checked = try openFile(path)
        let lost = try checked.missing(confirmed)
        let integrity = try checked.integrityCheck()

        let total = processes * saves
        print("writers       \(processes) processes × \(saves) saves on \(checked.location), each save a contact logged in its own transaction")
        print("failures      \(total - confirmed.count) of \(total) saves not confirmed (\(failures.count) refused)")
        for (words, count) in Dictionary(grouping: failures.map(Self.words), by: { $0 }).mapValues(\.count).sorted(by: { $0.value > $1.value }).prefix(3) {
            print("              \(count)× \(words)")
        }
        for output in outputs where output.status != 0 {
            print("              process \(output.number) ended with status \(output.status): \(output.stderr.split(separator: "\n").first ?? "")")
        }
        print("lost writes   \(lost.count) (saves a process confirmed that the file does not hold)")
        print("integrity     \(integrity)")
        print(String(format: "time          %.2f s from the first start to the last exit, %.0f saves/s", seconds, Double(confirmed.count) / seconds))
        if !confirmed.isEmpty {
            print("a save took   " + Self.summary(confirmed.map(\.milliseconds)) + "   (waiting for the other processes included)")
        }
        if confirmed.count != total || !lost.isEmpty || integrity != "ok" { throw ExitCode(1) }
    }

    /// "failed w3-57 Another terminal…" without the tag: the words, to count alike failures.
    private static func words(_ line: Substring) -> String {
        line.split(separator: " ", maxSplits: 2).dropFirst(2).first.map(String.init) ?? String(line)
    }

    private static func summary(_ values: [Double]) -> String {
        let sorted = values.sorted()
        let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
        return String(format: "median %.2f ms, p95 %.2f ms, max %.2f ms", sorted[sorted.count / 2], p95, sorted.last!)
    }
}

/// One process this program started, with its output in files (a pipe could fill and stall it).
private struct WorkerProcess {
    let number: Int
    let process = Process()
    let outPath: String
    let errPath: String

    struct Output {
        var number: Int
        var status: Int32
        var stdout: String
        var stderr: String
    }

    init(number: Int, folder: String, arguments: [String]) throws {
        self.number = number
        outPath = folder + "/\(number).out"
        errPath = folder + "/\(number).err"
        for path in [outPath, errPath] { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        process.executableURL = URL(fileURLWithPath: try Self.executable())
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
    }

    func finish() -> Output {
        process.waitUntilExit()
        return Output(number: number, status: process.terminationStatus,
                      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// This very program, wherever it was started from.
    private static func executable() throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }
}
