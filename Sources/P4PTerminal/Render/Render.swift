import P4PController

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
        _ = canvas.page(HelpView.lines(state, width: size.columns), title: HelpView.title(state), scroll: help, layout: layout)
    } else if state.isLocked {
        LockView.draw(layout: layout, on: &canvas)
    } else if case .detail(let detail) = state.screen {
        _ = canvas.page(DetailView.lines(detail, today: state.today), title: DetailView.title(detail),
                        scroll: detail.scroll, layout: layout)
    } else if case .text(let page) = state.screen {
        _ = canvas.page(page.lines.map { [($0, Style.normal)] }, title: page.title.text(state.language), scroll: page.scroll,
                        layout: layout)
    } else if case .audit(let audit) = state.screen {
        _ = canvas.page(AuditView.lines(audit, width: size.columns, language: state.language), title: AuditView.title(audit, language: state.language), scroll: audit.scroll, layout: layout)
    } else if case .morning(let morning) = state.screen {
        _ = canvas.page(MorningView.lines(morning, masked: state.namesMasked, language: state.language), title: MorningView.title(morning),
                        scroll: morning.scroll, layout: layout)
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

/// How many lines the help or detail page of this state has (0 on the dashboard).
public func pageLength(_ state: AppState, size: Size) -> Int {
    if state.help != nil { return HelpView.lines(state, width: size.columns).count }
    if case .detail(let detail) = state.screen { return DetailView.lines(detail, today: state.today).count }
    if case .audit(let audit) = state.screen { return AuditView.lines(audit, width: size.columns, language: state.language).count }
    if case .text(let page) = state.screen { return page.lines.count }
    if case .morning(let morning) = state.screen { return MorningView.lines(morning, masked: state.namesMasked, language: state.language).count }
    return 0
}
