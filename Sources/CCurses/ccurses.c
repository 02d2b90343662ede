#include "ccurses.h"
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <signal.h>
#include <poll.h>
#include <termios.h>
#include <term.h>

WINDOW *cc_stdscr(void) { return stdscr; }
int cc_lines(void) { return LINES; }
int cc_cols(void) { return COLS; }
int cc_color_pair(int n) { return (int)COLOR_PAIR(n); }
int cc_a_bold(void) { return (int)A_BOLD; }
int cc_a_reverse(void) { return (int)A_REVERSE; }
int cc_a_underline(void) { return (int)A_UNDERLINE; }
int cc_a_dim(void) { return (int)A_DIM; }
int cc_a_normal(void) { return (int)A_NORMAL; }
int cc_key_f(int n) { return KEY_F(n); }
int cc_key_resize(void) { return KEY_RESIZE; }

int cc_get_wch(unsigned int *ch) {
    wint_t w = 0;
    int r = get_wch(&w);
    *ch = (unsigned int)w;
    return r;
}

void cc_draw_utf8(int y, int x, const char *utf8, int attrs) {
    size_t n = strlen(utf8);
    wchar_t *wide = calloc(n + 1, sizeof(wchar_t));
    if (!wide) return;
    size_t count = mbstowcs(wide, utf8, n + 1);
    if (count != (size_t)-1) {
        attrset(attrs);
        mvaddnwstr(y, x, wide, (int)count);
        attrset(A_NORMAL);
    }
    free(wide);
}

int cc_start(int timeout_ms, int want_colors, int raw_keys) {
    setlocale(LC_ALL, "");
    // Esc must feel instant: ncurses waits a whole second by default.
    if (!getenv("ESCDELAY")) set_escdelay(25);
    initscr();
    if (raw_keys) raw(); else cbreak();
    // Ctrl-S saves a form: take it back from terminal flow control (XON/XOFF). endwin restores
    // the terminal's own settings on the way out.
    struct termios modes;
    if (tcgetattr(STDIN_FILENO, &modes) == 0) {
        modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        tcsetattr(STDIN_FILENO, TCSANOW, &modes);
    }
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    timeout(timeout_ms);
    int colors = 0;
    if (want_colors && has_colors()) {
        start_color();
        use_default_colors();
        colors = 1;
    }
    // What ncurses puts back after Ctrl-Z and fg: these modes, flow control off included.
    def_prog_mode();
    return colors;
}

int cc_terminal_can_address(void) {
    int status = 0;
    // A hard-copy terminal (status 1) is known, and cannot move its cursor either.
    if (setupterm(NULL, STDOUT_FILENO, &status) != OK) return status == 1 ? 0 : -1;
    const char *cup = tigetstr("cup");
    int can = cup != NULL && cup != (const char *)-1;
    del_curterm(cur_term);  // initscr sets the terminal up afresh
    return can;
}

void cc_resume(void) {
    reset_prog_mode();
    clearok(curscr, TRUE);
}

void cc_stop(void) {
    if (!isendwin()) endwin();
}

void cc_init_pair(int n, int fg, int bg) { init_pair((short)n, (short)fg, (short)bg); }

void cc_resize_to_terminal(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        resizeterm(ws.ws_row, ws.ws_col);
    }
}

void cc_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGQUIT);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int cc_input_hung_up(void) {
    struct pollfd fd = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&fd, 1, 0) < 0) return 0;
    return (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
