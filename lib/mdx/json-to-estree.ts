/**
 * Builds the estree of a JSON value, so a remark plugin can hand a component a typed object prop
 * (`example={{…}}`) instead of a string it would have to parse again at render time.
 */
import type { Expression, Program } from 'estree-jsx'

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

export function jsonToEstree(value: Json): Expression {
  if (value === null || typeof value !== 'object') {
    return { type: 'Literal', value }
  }
  if (Array.isArray(value)) {
    return { type: 'ArrayExpression', elements: value.map(jsonToEstree) }
  }
  return {
    type: 'ObjectExpression',
    properties: Object.entries(value).map(([key, item]) => ({
      type: 'Property',
      kind: 'init',
      method: false,
      shorthand: false,
      computed: false,
      key: { type: 'Literal', value: key },
      value: jsonToEstree(item),
    })),
  }
}

export function jsonProgram(value: Json): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [{ type: 'ExpressionStatement', expression: jsonToEstree(value) }],
  }
}
