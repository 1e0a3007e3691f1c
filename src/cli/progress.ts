/**
 * A one-line progress bar on standard error for long runs, drawn only when standard error is a
 * terminal: piped or redirected output, CI logs and tests get nothing. It is the one transient
 * terminal output outside `main.ts`: the bar is erased when the work ends, so what `main.ts`
 * prints afterwards is all that stays on screen.
 *
 * @example
 * const progress = terminalProgress(process.stderr, 'analysing');
 * docs.forEach((d, i) => { work(d); progress.update(i + 1, docs.length); });
 * progress.done();
 */

/** The slice of a stream the bar needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the bar (when one was drawn). */
  done(): void;
}

/** Runs shorter than this never show a bar: a flash of one is noise. */
const SHOW_AFTER_MS = 500;
/** Width of the bar itself in cells; the label and count follow it. */
const BAR_CELLS = 24;
/** Terminal width assumed when the stream does not report one. */
const DEFAULT_COLUMNS = 80;
/** Carriage return, then "erase to end of line" (ANSI EL). */
const CLEAR_LINE = '\r\x1b[K';

const SILENT: Progress = { update: () => {}, done: () => {} };

/**
 * The bar as text, e.g. "[██████░░░░░░] 12/24 analysing".
 *
 * @example progressLine(1, 2, 'analysing', 4) // '[██░░] 1/2 analysing'
 */
export function progressLine(done: number, total: number, label: string, cells: number = BAR_CELLS): string {
  const filled = total > 0 ? Math.round((Math.min(done, total) / total) * cells) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(cells - filled)}] ${done}/${total} ${label}`;
}

/**
 * A progress bar on `stream` when it is a terminal, else one that does nothing. It appears only
 * once the work has run for half a second, and redraws only when the shown count changes.
 *
 * @example terminalProgress({ isTTY: false, write: () => true }, 'x') // prints nothing, ever
 */
export function terminalProgress(stream: ProgressStream, label: string, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return SILENT;
  const started = now();
  let shown = '';
  return {
    update(done, total) {
      if (now() - started < SHOW_AFTER_MS) return;
      const line = progressLine(done, total, label).slice(0, (stream.columns ?? DEFAULT_COLUMNS) - 1);
      if (line === shown) return;
      stream.write(CLEAR_LINE + line);
      shown = line;
    },
    done() {
      if (shown) stream.write(CLEAR_LINE);
      shown = '';
    },
  };
}
