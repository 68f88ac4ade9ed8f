/**
 * The words of a heading, as the cue tables read them.
 *
 * @module
 */

import {toString} from '../tree/to-string.js'
import type {Heading, Section} from '../types.js'

/**
 * A marker at the start of a heading string, with any Markdown before it.
 *
 * Samples: `一、`, `## 二、`, `**（一）`, `(二)、`, `1.`, `（1）`, `①`, `第一，`,
 * `第一个问题：`, `一是`, `首先，`. Every branch is a short literal shape, so
 * the pattern is linear-time.
 */
const leadingMarker =
  /^(?:#{1,6}[ \t]+)?(?:\*\*)?[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)][、.．]?|[0-9０-９]{1,3}[.．、](?![0-9])|[（(][0-9]{1,3}[）)]|[\u2460-\u2473\u2474-\u2487]|第[一二三四五六七八九十]{1,3}(?:个问题|个方面|方面|部分)?[，,、：:]?|[一二三四五六七八九十]{1,3}是|首先[，,]|其次[，,]|最后[，,])/u

/** White space (with `\u3000`, NBSP) and Markdown emphasis stars. */
const noise = /[\s\u3000\u00A0*]+/gu

/**
 * Get the text of a heading without its marker, Markdown and white space, so
 * `**二、2022年经济社会发展⏎⏎总体要求和主要目标**` reads as
 * `2022年经济社会发展总体要求和主要目标`.
 *
 * @param heading
 *   A heading string, or a section (its `heading` child is read).
 * @returns
 *   The normalised heading text (empty when the section has no heading).
 *
 * @example
 * ```ts
 * headingText('## 一、2021年 工作回顾') // '2021年工作回顾'
 * ```
 */
export function headingText(heading: string | Section): string {
  if (typeof heading === 'string') return heading.trim().replace(leadingMarker, '').replace(noise, '')
  const node = findHeading(heading)
  if (!node) return ''
  const parts: Array<string> = []
  for (const child of node.children) {
    // Markers and Markdown carry no cue words.
    if (child.type === 'marker' || child.type === 'markup') continue
    parts.push(toString(child))
  }

  return parts.join('').replace(noise, '')
}

/**
 * @param section
 *   A section.
 * @returns
 *   Its heading, if any.
 */
export function findHeading(section: Section): Heading | undefined {
  for (const child of section.children) if (child.type === 'heading') return child
  return undefined
}

/**
 * @param section
 *   A section.
 * @returns
 *   Its child sections, in order.
 */
export function childSections(section: Section): Array<Section> {
  const result: Array<Section> = []
  for (const child of section.children) if (child.type === 'section') result.push(child)
  return result
}
