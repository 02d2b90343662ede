// The ncursesw macros and globals Swift cannot import, as plain functions. Nothing else.
#ifndef CCURSES_H
#define CCURSES_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <ncursesw/ncurses.h>
#include <wchar.h>

WINDOW *cc_stdscr(void);
int cc_lines(void);
int cc_cols(void);
int cc_color_pair(int n);
int cc_a_bold(void);
int cc_a_reverse(void);
int cc_a_underline(void);
int cc_a_dim(void);
int cc_a_normal(void);
int cc_key_f(int n);
int cc_key_resize(void);

/// Reads one key or character. Returns OK (a character in *ch), KEY_CODE_YES (a key code in *ch),
/// or ERR (nothing arrived before the timeout).
int cc_get_wch(unsigned int *ch);

/// Draws a UTF-8 string at (y, x) with the given attributes; the caller has measured it.
void cc_draw_utf8(int y, int x, const char *utf8, int attrs);

/// Sets up the terminal: locale, no echo, keypad, short Esc delay, read timeout. With raw_keys,
/// Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys instead of signals (kiosk). Returns 1 when colours
/// can be used.
int cc_start(int timeout_ms, int want_colors, int raw_keys);
/// Defines colour pair n (foreground, background; -1 is the terminal's default).
void cc_init_pair(int n, int fg, int bg);
void cc_stop(void);
/// 1 when the terminal (TERM) can move its cursor, 0 when it cannot (TERM=dumb), -1 when its
/// type is unknown. Call before cc_start.
int cc_terminal_can_address(void);
/// After the program was stopped and continued: the program's terminal modes again (a stop
/// from outside left the shell's), and the whole screen drawn anew at the next refresh.
void cc_resume(void);
/// Unblocks SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCONT and SIGWINCH, which a parent process may
/// have left blocked; the dashboard must hear them to restore the terminal and follow resizes.
void cc_unblock_signals(void);
/// True when the terminal is gone (hung up, closed): reads would fail at once, forever.
int cc_input_hung_up(void);
/// Reads the terminal's size from the kernel and resizes ncurses' screens to it (after SIGWINCH).
void cc_resize_to_terminal(void);

#endif
