import Foundation

extension SQLiteStore {
    /// What a state office asks for: every de-identified table an outcomes figure is built from,
    /// one CSV each, from one snapshot (so pseudonyms join across files), in a new owner-only
    /// folder with a README.txt that defines the columns. Each table is audited as when exported
    /// alone. A folder left half made by a failure is removed; an existing one is never touched.
    @discardableResult
    public func exportDeidentifiedFolder(to folder: String) throws -> [ExportResult] {
        if let reason = try refusal(for: .exportData, today: nil) { throw StoreError.notAllowed(reason) }
        try NewFile.ownerOnlyFolder(at: folder)
        do {
            let tables = ExportTable.deidentifiedSet
            var outputs: [ExportTable: CSVOutput] = [:]
            for table in tables { outputs[table] = try CSVOutput(path: Self.file(folder, table.rawValue + ".csv")) }
            let results = try export(tables, deidentified: true) { table in outputs[table]! }
            for output in outputs.values { try output.finish() }
            let readme = try NewFile.ownerOnly(at: Self.file(folder, "README.txt"))
            try readme.write(contentsOf: Data(ExportDefinitions.readme(results).utf8))
            try readme.close()
            return results
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    private static func file(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
