/**
 * Python token classes for the editor, coloured by sandbox.css in both themes with the same hues
 * as the lessons' build-time highlighting (GitHub's default themes), so code does not change
 * colour when the editor replaces the static block.
 */
import { syntaxHighlighting } from '@codemirror/language'
import { tagHighlighter, tags } from '@lezer/highlight'

const pythonClasses = tagHighlighter([
  {
    tag: [
      tags.keyword,
      tags.controlKeyword,
      tags.definitionKeyword,
      tags.moduleKeyword,
      tags.operatorKeyword,
      tags.modifier,
    ],
    class: 'tok-keyword',
  },
  { tag: [tags.string, tags.special(tags.string)], class: 'tok-string' },
  { tag: [tags.escape, tags.number, tags.bool, tags.null, tags.atom], class: 'tok-number' },
  { tag: [tags.comment, tags.lineComment], class: 'tok-comment' },
  {
    tag: [
      tags.function(tags.variableName),
      tags.function(tags.propertyName),
      tags.function(tags.definition(tags.variableName)),
      tags.definition(tags.className),
    ],
    class: 'tok-function',
  },
  { tag: tags.meta, class: 'tok-meta' },
])

export const pythonHighlighting = syntaxHighlighting(pythonClasses)
