/**
 * Helpers of the classifier tests: parse a text (or a slice of lines of a
 * corpus file), classify every document, and read the results back with
 * file line numbers.
 */

import {classifyDocument} from '../../src/classify/index.js'
import {parseReport, toString} from '../../src/index.js'
import type {Document, Paragraph, Section, SectionLabel} from '../../src/types.js'

/** A classified top-level section as the tests compare it. */
export interface Seen {
  line: number
  heading: string
  label: SectionLabel | undefined
  confidence: number | undefined
  alsoContains: Array<SectionLabel> | undefined
}

/** A classified text: its documents and the line its first line has in the file. */
export interface Classified {
  documents: Array<Document>
  /** File line of line 1 of the parsed text. */
  offset: number
}

/**
 * Parse and classify lines `from`..`to` (1-based, inclusive) of a text.
 *
 * @param text
 *   Whole file.
 * @param from
 *   First line (default 1).
 * @param to
 *   Last line (default: the last).
 * @returns
 *   The classified documents.
 */
export function classifyLines(text: string, from = 1, to = Number.POSITIVE_INFINITY): Classified {
  const lines = text.split('\n')
  const slice = lines.slice(from - 1, Math.min(to, lines.length)).join('\n')
  const documents: Array<Document> = []
  for (const child of parseReport(slice).children) {
    if (child.type !== 'document') continue
    classifyDocument(child)
    documents.push(child)
  }

  return {documents, offset: from - 1}
}

/**
 * The first series of `一、` sections: every `hanComma` section not inside
 * another one, wherever the outline put it (under a `1.` title section or at
 * the top).
 *
 * @param classified
 *   Classified text.
 * @returns
 *   Those sections, in order, with file lines.
 */
export function topSections(classified: Classified): Array<Seen> {
  const seen: Array<Seen> = []
  const visit = (node: Document | Section): void => {
    for (const child of node.children) {
      if (child.type !== 'section') continue
      const heading = child.children.find((c) => c.type === 'heading')
      if (heading?.type === 'heading' && heading.marker?.style === 'hanComma') {
        seen.push({
          line: child.position.start.line + classified.offset,
          heading: toString(heading).trim(),
          label: child.label,
          confidence: child.confidence,
          alsoContains: child.alsoContains
        })
      } else {
        visit(child)
      }
    }
  }

  for (const document of classified.documents) visit(document)
  return seen
}

/**
 * @param classified
 *   Classified text.
 * @returns
 *   File lines of the paragraphs with `role: 'targets'`.
 */
export function targetLines(classified: Classified): Array<number> {
  const lines: Array<number> = []
  const visit = (node: Document | Section): void => {
    for (const child of node.children) {
      if (child.type === 'section') visit(child)
      else if (child.type === 'paragraph' && child.role === 'targets') lines.push(child.position.start.line + classified.offset)
    }
  }

  for (const document of classified.documents) visit(document)
  return lines
}

/**
 * @param classified
 *   Classified text.
 * @param line
 *   A file line.
 * @returns
 *   The paragraph starting on that line and the sections around it, outermost first.
 */
export function paragraphAt(classified: Classified, line: number): {paragraph: Paragraph; sections: Array<Section>} | undefined {
  let found: {paragraph: Paragraph; sections: Array<Section>} | undefined
  const visit = (node: Document | Section, path: Array<Section>): void => {
    for (const child of node.children) {
      if (child.type === 'section') visit(child, [...path, child])
      else if (child.type === 'paragraph' && child.position.start.line + classified.offset === line) found = {paragraph: child, sections: path}
    }
  }

  for (const document of classified.documents) visit(document, [])
  return found
}
