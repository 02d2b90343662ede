import Dispatch
import Foundation
import P4PStore

/// The copy `p4p bench` measures on (`ScratchCopy`), removed when `body` is done, when it
/// fails, and when the bench is stopped with Ctrl-C or a kill (TERM): a statewide copy is
/// gigabytes beside the live file.
enum BenchScratch {
    static func with<T>(copyOf path: String, _ body: (ScratchCopy) throws -> T) throws -> T {
        var made: ScratchCopy?
        try storeAction { made = try ScratchCopy(of: path) }
        guard let scratch = made else { throw Failure("\(path): no copy to measure on") }
        let stops = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                scratch.remove()
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
        return try body(scratch)
    }
}
