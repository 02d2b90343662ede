import Dispatch
import Foundation
import P4PStore

/// The copy `p4p bench` measures on (`ScratchCopy`), removed when `body` is done, when it
/// fails, and when the bench is stopped with Ctrl-C or a kill (TERM), the copying included: a
/// statewide copy is gigabytes beside the live file.
enum BenchScratch {
    static func with<T>(copyOf path: String, _ body: (ScratchCopy) throws -> T) throws -> T {
        let scratch = ScratchCopy(beside: path)
        let stops = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                // The measurement goes on meanwhile and may make a file in the folder (a
                // journal) as it is removed: try again until it is gone.
                for _ in 0..<20 where FileManager.default.fileExists(atPath: scratch.folder) {
                    scratch.remove()
                    usleep(20_000)
                }
                exit(128 + number)
            }
            source.resume()
            return source
        }
        defer {
            stops.forEach { $0.cancel() }
            [SIGINT, SIGTERM].forEach { signal($0, SIG_DFL) }
            scratch.remove()
        }
        try storeAction { try scratch.make(from: path) }
        return try body(scratch)
    }
}
