import CCurses
import Foundation
import P4PController
import P4PStore

/// Set by signal handlers; the key loop notices them within one read timeout.
nonisolated(unsafe) private var stopSignal: Int32 = 0
nonisolated(unsafe) private var windowChanged: Int32 = 0

/// The only code that touches the terminal: starts ncurses, blits each Canvas, reads keys, and
/// restores the terminal on every way out (q, an error, SIGINT, SIGTERM, SIGHUP).
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
    private var asciiOnly = false

    public init(session: DeskSession, options: Options) {
        self.session = session
        self.options = options
    }

    /// Runs until the user quits or a signal arrives. Returns the signal number, or 0.
    public func run() -> Int32 {
        installSignalHandlers()
        let colors = cc_start(Self.readTimeoutMilliseconds, options.colors ? 1 : 0, options.rawKeys ? 1 : 0) == 1
        defer {
            cc_stop()
            session.finishWrites()
        }
        palette = Palette(colors: colors)
        asciiOnly = !Self.localeIsUTF8()
        session.start()
        var lastRefresh = Date()
        var size = currentSize()
        applyViewport(size)
        draw(size)
        while !session.state.isQuitting && stopSignal == 0 {
            var value: UInt32 = 0
            let status = cc_get_wch(&value)
            if windowChanged != 0 {
                windowChanged = 0
                cc_resize_to_terminal()
                size = currentSize()
                applyViewport(size)
                draw(size)
                if status == ERR { continue }
            }
            if status == ERR {
                // A hung-up terminal makes every read fail at once: leave instead of spinning.
                if cc_input_hung_up() != 0 { return SIGHUP }
                if session.tick() { draw(size) }
                if session.collectArrivals() { draw(size) }
                if Date().timeIntervalSince(lastRefresh) >= Self.refreshInterval {
                    lastRefresh = Date()
                    let before = session.state.today
                    if let clock = options.clock { session.advanceToday(to: clock()) }
                    if session.refreshIfChanged() || session.state.today != before { draw(size) }
                }
                continue
            }
            guard let key = KeyDecoder.decode(status: status, value: value) else { continue }
            if key == .resize {
                size = currentSize()
                applyViewport(size)
            } else if Layout(size).isTooSmall {
                if key == .char("q") || key == .function(10) { break }
            } else {
                session.handle(key)
                session.collectArrivals()
                session.setPageLength(pageLength(session.state, size: size))
            }
            draw(size)
        }
        return stopSignal
    }

    private func currentSize() -> Size { Size(columns: Int(cc_cols()), rows: Int(cc_lines())) }

    private func applyViewport(_ size: Size) {
        let layout = Layout(size)
        session.setViewport(paneRows: layout.paneRows, pageLines: layout.pageLines)
        session.setPageLength(pageLength(session.state, size: size))
    }

    /// Blits the canvas in runs of one style; ncurses sends only what changed.
    private func draw(_ size: Size) {
        let canvas = render(session.state, size: size)
        erase()
        for row in 0..<size.rows {
            var column = 0
            while column < size.columns {
                let style = canvas[row, column].style
                var text = ""
                var end = column
                while end < size.columns && canvas[row, end].style == style {
                    text += canvas[row, end].text
                    end += 1
                }
                // The last cell of the screen is drawn too: ncurses handles the corner.
                cc_draw_utf8(Int32(row), Int32(column), asciiOnly ? Self.ascii(text) : text, palette.attribute(style))
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

    /// Without a UTF-8 locale, box drawing and ellipses become ASCII; names keep what they can.
    static func ascii(_ text: String) -> String {
        String(text.map { ch -> Character in
            switch ch {
            case "─": return "-"
            case "│": return "|"
            case "┌", "┐", "└", "┘": return "+"
            case "…": return "~"
            default: return ch.isASCII ? ch : "?"
            }
        })
    }

    static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    private func installSignalHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { number in stopSignal = number }
        }
        // Our own SIGWINCH handler: ncurses installs one only when none was set, which is not
        // always the case under terminal multiplexers.
        signal(SIGWINCH) { _ in windowChanged = 1 }
        cc_unblock_signals()
    }
}
