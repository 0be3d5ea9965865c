/**
 * Text as PostgreSQL (and PGlite) can hold it. A `text` or `jsonb` value is UTF-8 without NUL, so
 * a lone UTF-16 surrogate (which a program can print, and a JSON body can carry) or a NUL makes
 * the whole insert fail — and the submission would be lost. Each becomes U+FFFD, the character
 * that stands for "a character that cannot be shown", in the stored copy only.
 */
const unstorable = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/g

export function storableText(text: string): string {
  return text.replace(unstorable, '\uFFFD')
}

/** JSON for a jsonb column, every string in it storable. */
export function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' ? storableText(item) : item,
  )
}
