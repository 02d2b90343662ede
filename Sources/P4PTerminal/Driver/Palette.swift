import CCurses

/// How each style looks: colours that read on light and dark terminals (the terminal's own
/// background is kept), or bold/reverse/underline alone without colour or with NO_COLOR.
struct Palette {
    private var attributes: [Style: Int32] = [:]

    init(colors: Bool) {
        let bold = cc_a_bold(), reverse = cc_a_reverse(), underline = cc_a_underline()
        if colors {
            cc_init_pair(1, Int32(COLOR_CYAN), -1)
            cc_init_pair(2, Int32(COLOR_RED), -1)
            cc_init_pair(3, Int32(COLOR_BLACK), Int32(COLOR_CYAN))
            cc_init_pair(4, Int32(COLOR_YELLOW), -1)
            let cyan = cc_color_pair(1), red = cc_color_pair(2), key = cc_color_pair(3), yellow = cc_color_pair(4)
            attributes = [
                .dim: cc_a_dim(), .bold: bold, .header: underline, .border: 0, .focusedBorder: cyan | bold,
                .title: bold, .focusedTitle: cyan | bold | reverse, .selected: reverse | bold,
                .selectedUnfocused: underline, .warning: red | bold, .mark: yellow | bold,
                .keyName: key, .keyLabel: 0, .status: reverse, .message: reverse | bold,
            ]
        } else {
            attributes = [
                .bold: bold, .header: underline, .focusedBorder: bold, .title: bold,
                .focusedTitle: bold | reverse, .selected: reverse | bold, .selectedUnfocused: underline,
                .warning: bold, .mark: bold, .keyName: reverse, .status: reverse, .message: reverse | bold,
            ]
        }
    }

    func attribute(_ style: Style) -> Int32 { attributes[style] ?? 0 }
}
