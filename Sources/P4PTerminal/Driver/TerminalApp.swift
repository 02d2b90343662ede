import CCurses
import Foundation
import P4PController
import P4PStore

/// Set by signal handlers; the key loop notices them within one read timeout.
nonisolated(unsafe) private var stopSignal: Int32 = 0
nonisolated(unsafe) private var windowChanged: Int32 = 0
nonisolated(unsafe) private var continued: Int32 = 0

/// The only code that touches the terminal: starts ncurses, blits each Canvas, reads keys, and
/// restores the terminal on every way out (q, Ctrl-\, an error, SIGINT, SIGTERM, SIGHUP).
public final class TerminalApp {
    public struct Options: Sendable {
        public var colors: Bool
        public var rawKeys: Bool
        /// Where "today" comes from while running; nil when it was pinned (`--today`).
        public var clock: (@Sendable () -> Day)?
        public init(colors: Bool, rawKeys: Bool = false, clock: (@Sendable () -> Day)? = nil) {
            self.colors = colors; self.rawKeys = rawKeys; self.clock = clock
        }
    }

    /// How long a key read waits, so the loop can also look for other terminals' changes.
    static let readTimeoutMilliseconds: Int32 = 250
    /// How often to ask the database whether another terminal wrote.
    static let refreshInterval: TimeInterval = 1.0

    private let session: DeskSession
    private let options: Options
    private var palette = Palette(colors: false)
    /// Without a UTF-8 locale (LANG=C), every cell is drawn in ASCII.
    private var ascii: AsciiFallback?
    private var lastRefresh = Date()

    public init(session: DeskSession, options: Options) {
        self.session = session
        self.options = options
    }

    /// Why the dashboard cannot run on this terminal, in one line of `language`; nil when it can.
    public static func terminalRefusal(in language: Language = .fromEnvironment()) -> String? {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        let why: Phrase
        switch cc_terminal_can_address() {
        case 1: return nil
        case 0: why = Phrase("terminal.cannotAddress", ["term": .text(term)])
        default: why = term.isEmpty ? Phrase("terminal.notSet") : Phrase("terminal.unknown", ["term": .text(term)])
        }
        return Phrase("terminal.refusal", ["why": .phrase(why), "advice": .word("terminal.advice")]).text(language)
    }

    /// Runs until the user quits or a signal arrives. Returns the signal that ended it, or 0
    /// (Ctrl-\ outside a kiosk quits as q does).
    public func run() -> Int32 {
        installSignalHandlers()
        let colors = cc_start(Self.readTimeoutMilliseconds, options.colors ? 1 : 0, options.rawKeys ? 1 : 0) == 1
        defer {
            cc_stop()
            session.finishWrites()
        }
        palette = Palette(colors: colors)
        ascii = Self.localeIsUTF8() ? nil : AsciiFallback()
        var reader = KeyReader(source: CursesInput())
        var size = currentSize()
        // The screen's size first, so each pane is read once, as long as it shows.
        let layout = Layout(size)
        session.start(paneRows: layout.paneRows, pageLines: layout.pageLines)
        applyViewport(size)
        draw(size)
        while !session.state.isQuitting && stopSignal == 0 {
            let read = reader.read(waiting: Self.readTimeoutMilliseconds)
            if continued != 0 {
                // Back from Ctrl-Z (or a stop from outside): our modes again, the whole screen anew.
                continued = 0
                cc_resume()
                draw(size)
            }
            if windowChanged != 0 {
                windowChanged = 0
                cc_resize_to_terminal()
                size = currentSize()
                applyViewport(size)
                draw(size)
            }
            guard case .key(let key) = read else {
                if read == .nothing { idle(size) }
                if cc_input_hung_up() != 0 { return SIGHUP }
                continue
            }
            if key == .resize {
                size = currentSize()
                applyViewport(size)
            } else if Layout(size).isTooSmall {
                session.handleTooSmall(key)
            } else {
                session.handle(key)
                session.collectArrivals()
                session.setPageLength(pageLength(session.state, size: size))
            }
            draw(size)
        }
        return stopSignal == SIGQUIT ? 0 : stopSignal
    }

    /// Between keys: the kiosk's idle lock, slow reads that arrived, other terminals' changes,
    /// and midnight.
    private func idle(_ size: Size) {
        if session.tick() { draw(size) }
        if session.collectArrivals() { draw(size) }
        guard Date().timeIntervalSince(lastRefresh) >= Self.refreshInterval else { return }
        lastRefresh = Date()
        let before = session.state.today
        if let clock = options.clock { session.advanceToday(to: clock()) }
        if session.refreshIfChanged() || session.state.today != before { draw(size) }
    }

    private func currentSize() -> Size { Size(columns: Int(cc_cols()), rows: Int(cc_lines())) }

    private func applyViewport(_ size: Size) {
        let layout = Layout(size)
        session.setViewport(paneRows: layout.paneRows, pageLines: layout.pageLines)
        session.setPageLength(pageLength(session.state, size: size))
    }

    /// Blits the canvas in runs of one style; ncurses sends only what changed. The page's length
    /// is told first: a page that arrived between keys (the morning review, a parent's file)
    /// scrolls to its real end, not to the end of "Loading…".
    private func draw(_ size: Size) {
        session.setPageLength(pageLength(session.state, size: size))
        let canvas = render(session.state, size: size)
        erase()
        for row in 0..<size.rows {
            var column = 0
            while column < size.columns {
                let style = canvas[row, column].style
                var text = ""
                var end = column
                // The columns a wide character covers go with it, whatever their style.
                while end < size.columns && (canvas[row, end].style == style || canvas[row, end].width == 0) {
                    text += ascii?.text(of: canvas[row, end]) ?? canvas[row, end].text
                    end += 1
                }
                // The last cell of the screen is drawn too: ncurses handles the corner.
                cc_draw_utf8(Int32(row), Int32(column), text, palette.attribute(style))
                column = end
            }
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        refresh()
    }

    static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    private func installSignalHandlers() {
        // Ctrl-\ (SIGQUIT) outside a kiosk quits like q: the terminal restored, no crash report.
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(sig) { number in stopSignal = number }
        }
        // Our own SIGWINCH handler: ncurses installs one only when none was set, which is not
        // always the case under terminal multiplexers.
        signal(SIGWINCH) { _ in windowChanged = 1 }
        // ncurses handles Ctrl-Z itself; after any stop the loop puts the terminal right again.
        signal(SIGCONT) { _ in continued = 1 }
        cc_unblock_signals()
    }
}
