import P4PController

/// `p4p screen`: the same session and render as the dashboard, with keys from a script and the
/// screen printed as text.
public enum Headless {
    public static func run(_ session: DeskSession, size: Size, keys: [Key]) -> Canvas {
        let layout = Layout(size)
        session.start(paneRows: layout.paneRows, pageLines: layout.pageLines)
        session.settle()
        for key in keys {
            session.handle(key)
            session.settle()
            session.setPageLength(pageLength(session.state, size: size))
            if session.state.isQuitting { break }
        }
        session.finishWrites()
        return render(session.state, size: size)
    }
}
