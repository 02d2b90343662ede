import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole `p4p` process started by `p4p bench`: this same executable, its output thrown
/// away, timed from its start to its exit; its peak resident memory is what the kernel counted
/// (`ru_maxrss`, the VmHWM it had when it ended).
struct BenchProcess {
    struct Run {
        var milliseconds: Double
        var peakMegabytes: Double
        var status: Int32
    }

    static func run(_ arguments: [String]) throws -> Run {
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure("p4p bench could not start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = Bench.milliseconds(since: start)
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Run(milliseconds: elapsed, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: exit)
    }
}
