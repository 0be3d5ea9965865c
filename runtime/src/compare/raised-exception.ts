/**
 * Which exception a program ended with, read from its stderr the way a reader reads a traceback:
 * the exception line of the last top-level traceback ("ValueError: boom"; for a TaskGroup,
 * "ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)"). Whatever Python prints
 * after it — "coroutine … was never awaited" warnings at shutdown — does not change the answer.
 * With no traceback header (a SyntaxError, `sys.exit("message")`) it is the last line that is
 * neither indented nor a warning.
 */

const plainHeader = 'Traceback (most recent call last):'
const groupHeader = '  + Exception Group Traceback (most recent call last):'
/** `file:line: SomeWarning: message`, as the warnings module prints it. */
const warningLine = /^\S+:\d+: [A-Za-z]*Warning: /

export function raisedException(stderr: string): string | null {
  const lines = stderr.split('\n').map((line) => line.trimEnd())
  let header = -1
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i] === plainHeader || lines[i] === groupHeader) {
      header = i
      break
    }
  }
  if (header === -1) return lastPlainLine(lines)
  const group = lines[header] === groupHeader
  for (const line of lines.slice(header + 1)) {
    // Frames are indented ("  File …", code, carets); the exception line is not — inside a
    // group's box, not beyond its "  | " border.
    if (group && /^ {2}\| \S/.test(line)) return line.slice(4)
    if (!group && /^\S/.test(line)) return line
  }
  return null
}

function lastPlainLine(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? ''
    if (/^\S/.test(line) && !warningLine.test(line)) return line
  }
  return null
}
