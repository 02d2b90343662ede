import P4PController
import P4PStore

/// Draws the whole screen for a state: pure, so tests and `p4p screen` see exactly what the
/// terminal shows.
public func render(_ state: AppState, size: Size) -> Canvas {
    var canvas = Canvas(size: size)
    let layout = Layout(size)
    if layout.isTooSmall {
        TooSmall.draw(state, size: size, on: &canvas)
        return canvas
    }
    if let help = state.help {
        // Help shows over anything, a form or the sign-in too; it hides what is under it.
        canvas.page(HelpView.lines(state, width: size.columns), title: HelpView.title(state), scroll: help, layout: layout)
    } else if state.isLocked {
        LockView.draw(language: state.language, layout: layout, on: &canvas)
    } else if let page = PageView(state, size: size) {
        canvas.page(page.lines, title: page.title, scroll: page.scroll, layout: layout)
    } else {
        DashboardView.draw(state, layout: layout, on: &canvas)
    }
    if let form = state.form, state.help == nil {
        FormView.draw(form.state, today: state.today, layout: layout, on: &canvas)
    }
    Chrome.drawStatus(state, layout: layout, on: &canvas)
    Chrome.drawKeyBar(state, layout: layout, on: &canvas)
    return canvas
}

/// How many lines the help or the page on screen has (0 on the dashboard).
public func pageLength(_ state: AppState, size: Size) -> Int {
    if state.help != nil { return HelpView.lines(state, width: size.columns).count }
    return PageView(state, size: size)?.lines.count ?? 0
}

/// The page screen on show (a parent's detail, the audit log, the morning review, an import's
/// words), as lines for `Canvas.page`; nil on the dashboard.
struct PageView {
    let title: String
    let lines: [StyledLine]
    let scroll: ListCursor

    init?(_ state: AppState, size: Size) {
        let language = state.language
        // The frame and a margin each side take four columns.
        let width = size.columns - 4
        switch state.screen {
        case .dashboard:
            return nil
        case .detail(let detail):
            title = DetailView.title(detail, language: language)
            lines = DetailView.lines(detail, today: state.today, language: language, width: width)
            scroll = detail.scroll
        case .text(let page):
            title = page.title.text(language)
            lines = page.lines.flatMap { line in wrapped([(line, .normal)], to: width) }
            scroll = page.scroll
        case .audit(let audit):
            title = AuditView.title(audit, language: language)
            lines = AuditView.lines(audit, width: size.columns, language: language)
            scroll = audit.scroll
        case .morning(let morning):
            title = MorningView.title(morning, language: language)
            lines = MorningView.lines(morning, masked: state.namesMasked, language: language, width: width)
            scroll = morning.scroll
        case .outcomes(let outcomes):
            title = OutcomesView.title(outcomes, today: state.today, language: language)
            lines = OutcomesView.lines(outcomes, language: language, width: width)
            scroll = outcomes.scroll
        case .allies(let allies):
            title = AlliesView.title(allies, language: language)
            lines = AlliesView.lines(allies, language: language, width: width)
            scroll = allies.scroll
        }
    }
}
