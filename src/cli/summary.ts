/**
 * One JSON line per document for `baogao batch`.
 *
 * @module
 */

import {extractTargets} from '../indicators/extract-targets.js'
import type {Indicator, TargetSummary} from '../indicators/types.js'
import type {Root} from '../types.js'

/** What `baogao batch` writes for one document. */
export interface DocumentSummary {
  /** The file, as given. */
  file: string
  /** Index of the document in its file (0-based). */
  index: number
  title: string | null
  kind: string
  region: string | null
  year: number | null
  date: string | null
  speaker: string | null
  /** Labels of the top-level sections, in order. */
  sections: Array<string>
  /** The GDP growth target, `{relative: true}` when set against another region's, `{absent: true}` when the text sets none, `null` when no target text is found. */
  gdp: TargetSummary['gdp']
  /** The target records of the targets paragraph. */
  targets: Array<Indicator>
}

/**
 * @param tree
 *   A parsed file.
 * @param file
 *   Its path.
 * @returns
 *   One summary per document.
 */
export function summarize(tree: Root, file: string): Array<DocumentSummary> {
  const summaries: Array<DocumentSummary> = []
  const targets = extractTargets(tree)
  for (const child of tree.children) {
    if (child.type !== 'document') continue
    const found = targets[summaries.length]
    const {title, kind, region, year, date, speaker} = child.meta
    summaries.push({
      file,
      index: summaries.length,
      title,
      kind,
      region,
      year,
      date,
      speaker: speaker ? [speaker.role, speaker.name].filter(Boolean).join(' ') : null,
      sections: child.children.flatMap((section) => (section.type === 'section' ? [section.label ?? 'other'] : [])),
      gdp: found?.gdp ?? null,
      targets: found?.records ?? []
    })
  }

  return summaries
}
