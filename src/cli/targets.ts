/**
 * Render the targets of documents for a person to read.
 *
 * @module
 */

import type {TargetSummary} from '../indicators/types.js'

/**
 * Render target summaries as text: per document, the GDP growth target with
 * its firmness, then every target record of the targets paragraph.
 *
 * ```
 * 1. 北京市政府工作报告 (北京市, 2022)
 *   GDP growth: 5% 以上 (hard)
 *   地区生产总值 增长 5%以上
 * ```
 *
 * @param summaries
 *   What `extractTargets` returned.
 * @returns
 *   The text.
 */
export function formatTargets(summaries: ReadonlyArray<TargetSummary>): string {
  const lines: Array<string> = []
  for (const [index, summary] of summaries.entries()) {
    const {title, region} = summary.document
    lines.push(`${index + 1}. ${title ?? '(untitled)'} (${[region, summary.year].filter((fact) => fact !== null).join(', ')})`)
    const gdp = summary.gdp
    if (gdp === null) lines.push('  GDP growth: no target found')
    else if ('absent' in gdp) lines.push(`  GDP growth: no target set (${gdp.text})`)
    else if ('relative' in gdp) {
      const relation = gdp.relation === 'inLine' ? 'in line with' : gdp.relation === 'notLower' ? 'not lower than' : 'higher than'
      const margin = gdp.margin ? ` by ${gdp.margin.min === gdp.margin.max ? String(gdp.margin.min ?? '?') : `${gdp.margin.min ?? '?'}–${gdp.margin.max ?? '?'}`} points` : ''
      lines.push(`  GDP growth: ${relation} ${gdp.reference}${margin} (relative: ${gdp.text})`)
    } else {
      const value = gdp.masked ? 'masked' : gdp.range ? `${gdp.range.min ?? '?'}%–${gdp.range.max ?? '?'}%` : `${gdp.value ?? '?'}%`
      const striving = gdp.striving ? `, ${gdp.striving}` : ''
      lines.push(`  GDP growth: ${value}${gdp.qualifierText ? ' ' + gdp.qualifierText : ''} (${gdp.firmness}${striving})`)
    }

    for (const record of summary.records) {
      const verb = record.verb ? ` ${record.verb}` : ''
      lines.push(`  ${record.indicator.normalized}${verb} ${record.quantity.value.replace(/\s+/gu, '')}`)
    }
  }

  return lines.join('\n')
}
