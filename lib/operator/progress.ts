/**
 * A progress bar on stderr for long operator runs (stdout stays the JSON result). On a terminal
 * it redraws one line; piped into a log it writes a line every 10 %. Runs shorter than `minTotal`
 * stay silent, so small runs keep stderr empty.
 */
export function progressOnStderr(label: string, total: number, minTotal = 1000) {
  if (total < minTotal) return undefined;
  const tty = Boolean(process.stderr.isTTY);
  let shown = -1;
  return (done: number) => {
    const percent = Math.floor((done * 100) / total);
    if (!tty && done < total && percent < shown + 10) return;
    shown = percent;
    const width = 30;
    const filled = Math.round((width * done) / total);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label} (${percent}%)`;
    process.stderr.write(tty ? `\r${bar}${done === total ? '\n' : ''}` : `${bar}\n`);
  };
}
