import Foundation
import P4PDemo
import P4PStore

/// The demo database: made on first use with dates around today, and made again when it was
/// made for another day, so the docket is never stale.
enum DemoDatabase {
    static let madeForKey = "demo.made-for"

    static func openOrMake(at path: String, today: Day, scale: DemoScale = .small, seed: UInt64 = 1) throws -> SQLiteStore {
        if FileManager.default.fileExists(atPath: path) {
            let store = try openFile(path)
            if try store.setting(madeForKey) == today.iso { return store }
            store.close()
            remove(path)
        }
        return try make(at: path, today: today, scale: scale, seed: seed)
    }

    static func make(at path: String, today: Day, scale: DemoScale, seed: UInt64) throws -> SQLiteStore {
        let store: SQLiteStore
        do {
            store = try SQLiteStore.create(at: path)
        } catch let error as StoreError {
            throw Failure(error.description)
        }
        // The program, its people and the day it was made for go in together, in one transaction.
        var program = try ProgramLoad.demo(DemoOptions(scale: scale, seed: seed, today: today, withUsers: true))
        program.settings[madeForKey] = today.iso
        try store.load(program)
        return store
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
