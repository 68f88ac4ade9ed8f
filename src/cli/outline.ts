/**
 * Print the outline of a tree: documents, then sections with labels.
 *
 * @module
 */

import {toString} from '../tree/to-string.js'
import type {Heading, Root, Section} from '../types.js'

/**
 * Render the outline of a tree as indented lines.
 *
 * ```
 * 1. 北京市政府工作报告 (governmentWorkReport, 北京市, 2022-01-06, 市长 陈吉宁)
 *   一、2021年工作回顾  review 0.97
 *     （一）深入实施城市总体规划…  review 0.78
 * ```
 *
 * @param tree
 *   A parsed tree.
 * @returns
 *   The outline, one line per document or section.
 */
export function formatOutline(tree: Root): string {
  const lines: Array<string> = []
  let count = 0
  for (const child of tree.children) {
    if (child.type !== 'document') continue
    count++
    const {title, kind, region, date, speaker} = child.meta
    const facts = [kind, region, date, speaker ? [speaker.role, speaker.name].filter(Boolean).join(' ') : null]
      .filter((fact) => fact !== null && fact !== '')
      .join(', ')
    lines.push(`${count}. ${title ?? '(untitled)'} (${facts})`)
    for (const section of child.children) if (section.type === 'section') walk(section, '  ', lines)
  }

  return lines.join('\n')
}

/**
 * @param section
 *   A section.
 * @param indent
 *   Its indentation.
 * @param lines
 *   Receives lines.
 * @returns
 *   Nothing.
 */
function walk(section: Section, indent: string, lines: Array<string>): void {
  const heading = section.children[0] as Heading
  const text = toString(heading).replace(/\*\*/g, '').replace(/\s+/gu, ' ').trim()
  const label = section.label ? `  ${section.label} ${(section.confidence ?? 0).toFixed(2)}` : ''
  lines.push(`${indent}${text.length > 60 ? text.slice(0, 59) + '…' : text}${label}`)
  for (const child of section.children) if (child.type === 'section') walk(child, indent + '  ', lines)
}
