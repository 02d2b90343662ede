import Foundation
import P4PStore

/// The court calendar import from the dashboard: a file, checked first by default, and what the
/// import did (or would do) as a page to read. The same store call and words as `p4p import docket`.
extension DeskSession {
    static let checkOnly = "check only: write nothing"
    static let importNow = "import"

    func openImport() -> ActiveForm {
        var form = FormState(title: "Import the court's calendar export (CSV)", fields: [
            FormField(id: "file", label: "File", kind: .text(limit: 400), required: true),
            FormField(id: "then", label: "Then", kind: .choice([Self.checkOnly, Self.importNow]), required: true,
                      initial: .choice(Self.checkOnly)),
        ], today: state.today)
        form.message = "Type the file's path; check it first, then import it"
        return ActiveForm(purpose: .importDocket, state: form)
    }

    func submitImport(_ values: [String: FieldValue]) throws {
        let path = (values["file"]?.text ?? "").replacingOccurrences(of: "~", with: NSHomeDirectory(), options: .anchored)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.invalid(field: "File", reason: FileManager.default.fileExists(atPath: path)
                                     ? "That file cannot be read" : "No such file")
        }
        let calendar: DocketFile
        do { calendar = try DocketFile.parse(data) } catch {
            throw StoreError.invalid(field: "File", reason: "Not a court calendar: \(error.description)")
        }
        let dryRun = values["then"]?.text != Self.importNow
        let summary = try store.importDocket(calendar, today: state.today, dryRun: dryRun)
        var lines = ImportReport.lines(summary, file: (path as NSString).lastPathComponent)
        if dryRun { lines += ["", "To write it: I, the same file, Then: import."] }
        state.form = nil
        state.screen = .text(TextPage(title: dryRun ? "Import check" : "Import", lines: lines))
        if !dryRun { perform(PaneID.allCases.map(Effect.load)) }
    }
}
