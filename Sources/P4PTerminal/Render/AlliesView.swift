import P4PController
import P4PStore

/// The Allies screen as a page: a heading line, then one line an ally (name, languages,
/// counties served, open parents of the limit, lived experience, active), the ally `e` and `d`
/// act on highlighted. Columns of lower priority drop out on a narrow screen, as in the panes.
enum AlliesView {
    static func title(_ state: AlliesState, language: Language) -> String {
        Phrase("allies.title", ["count": .number(state.records?.count ?? 0)]).text(language)
    }

    /// `width`: the page's columns inside its frame and margins.
    static func lines(_ state: AlliesState, language: Language, width: Int) -> [StyledLine] {
        guard let records = state.records else { return [[(Catalogue.text("page.loading", in: language), .dim)]] }
        guard !records.isEmpty else { return [[(Catalogue.text("allies.none", in: language), .dim)]] }
        let cells = records.map { AllyLine.fields($0, experiences: state.experiences).map { $0.text(language) } }
        func heading(_ key: W) -> String { Catalogue.text(key, in: language) }
        // Each column as wide as its widest cell, within bounds; lived experience takes what is left.
        func widest(_ index: Int, atMost: Int) -> Int { min(atMost, cells.map { TextWidth.of($0[index]) }.max() ?? 0) }
        let columns: [TableColumn<[String]>] = [
            TableColumn(title: heading("field.allyName"), width: widest(0, atMost: 22), priority: 0) { ($0[0], nil) },
            TableColumn(title: heading("allies.column.languages"), width: widest(1, atMost: 16), priority: 2) { ($0[1], nil) },
            TableColumn(title: heading("allies.column.counties"), width: widest(2, atMost: 14), priority: 3) { ($0[2], nil) },
            TableColumn(title: heading("allies.column.caseload"), width: widest(3, atMost: 7), alignRight: true, priority: 1) { ($0[3], nil) },
            TableColumn(title: heading("allies.column.experience"), width: 10, flexible: true, priority: 4) { ($0[4], nil) },
            TableColumn(title: heading("allies.column.status"), width: widest(5, atMost: 10), priority: 5) { ($0[5], nil) },
        ]
        let layout = TableLayout(columns, width: width)
        func line(_ texts: (TableColumn<[String]>) -> String, style: (Int) -> Style) -> StyledLine {
            layout.columns.enumerated().map { i, entry in
                let text = TextWidth.fit(texts(entry.column), to: entry.width, alignRight: entry.column.alignRight)
                return (text + (i == layout.columns.count - 1 ? "" : " "), style(i))
            }
        }
        let selected = state.selected?.ally.id
        var lines = [line({ $0.title }, style: { _ in .header })]
        for (record, row) in zip(records, cells) {
            let base: Style = record.ally.id == selected ? .selected : record.ally.active ? .normal : .dim
            lines.append(line({ $0.value(row).text }, style: { _ in base }))
        }
        return lines
    }
}
