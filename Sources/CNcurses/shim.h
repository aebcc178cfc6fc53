// What Swift cannot import from curses.h directly: macros (COLOR_PAIR, A_* attributes, key codes
// that are expressions), the LINES/COLS globals behind accessor functions, and the wide-character
// calls that need _XOPEN_SOURCE_EXTENDED before the header is read.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

#include <stdio.h>
#include <langinfo.h>

static inline int cn_lines(void) { return LINES; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
// newterm on the process's own standard output and input; NULL when the terminal type is
// unknown (initscr would exit the program instead).
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }
// Whether the terminal newterm set up can move the cursor (terminfo's cup): a "dumb" terminal,
// or any hardcopy one, cannot, and a full-screen program drawn on it is one garbled line.
static inline int cn_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int cn_is_utf8_locale(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't') && (codeset[2] == 'F' || codeset[2] == 'f');
}
static inline int cn_cols(void) { return COLS; }
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline unsigned int cn_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int cn_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int cn_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int cn_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int cn_a_standout(void) { return (unsigned int)A_STANDOUT; }
static inline unsigned int cn_a_normal(void) { return (unsigned int)A_NORMAL; }

static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
static inline int cn_key_up(void) { return KEY_UP; }
static inline int cn_key_down(void) { return KEY_DOWN; }
static inline int cn_key_left(void) { return KEY_LEFT; }
static inline int cn_key_right(void) { return KEY_RIGHT; }
static inline int cn_key_npage(void) { return KEY_NPAGE; }
static inline int cn_key_ppage(void) { return KEY_PPAGE; }
static inline int cn_key_home(void) { return KEY_HOME; }
static inline int cn_key_end(void) { return KEY_END; }
static inline int cn_key_enter(void) { return KEY_ENTER; }
static inline int cn_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cn_key_dc(void) { return KEY_DC; }
static inline int cn_key_btab(void) { return KEY_BTAB; }

static inline unsigned long cn_button1_clicked(void) { return (unsigned long)BUTTON1_CLICKED; }
static inline unsigned long cn_button1_pressed(void) { return (unsigned long)BUTTON1_PRESSED; }
static inline unsigned long cn_button1_released(void) { return (unsigned long)BUTTON1_RELEASED; }
static inline unsigned long cn_button4_pressed(void) { return (unsigned long)BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline unsigned long cn_button5_pressed(void) { return (unsigned long)BUTTON5_PRESSED; }
#else
static inline unsigned long cn_button5_pressed(void) { return 0; }
#endif
static inline unsigned long cn_all_mouse_events(void) { return (unsigned long)(ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION); }

// Draw one cell of text (a grapheme as wide characters) with attributes and a colour pair.
static inline int cn_put_cell(int y, int x, const wchar_t *wch, unsigned int attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

// Read one key as a wide character; returns KEY_CODE_YES for function keys.
static inline int cn_get_wch(wint_t *out) { return get_wch(out); }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
#endif
