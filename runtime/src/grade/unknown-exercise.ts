/** Thrown for an exercise id no folder has; carries the closest ids for "did you mean". */
export class UnknownExerciseError extends Error {
  constructor(
    readonly id: string,
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : ''
    super(`unknown exercise '${id}'${hint}`)
    this.name = 'UnknownExerciseError'
  }
}
