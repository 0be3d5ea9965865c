/**
 * The one rule for "does this output match the lesson": compare stdout line by line, ignoring
 * whitespace at the end of each line and newlines at the end of the output — invisible in a
 * rendered lesson and easy to get wrong in an editor. Everything else (leading spaces, blank lines
 * inside the output, case, tabs) counts: a lesson must show exactly what the program prints.
 */

/** `\r\n` and `\r` are not special: a trailing `\r` is trailing whitespace like any other. */
const trailingWhitespace = /\s+$/

/** The lines of an output as compared: each right-trimmed, trailing empty lines dropped. */
export function outputLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(trailingWhitespace, ''))
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** The output as compared, joined back into one string (no final newline). */
export function normalizeOutput(text: string): string {
  return outputLines(text).join('\n')
}
