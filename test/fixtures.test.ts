import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {checkTree} from './util/invariants.js'

const root = fileURLToPath(new URL('fixtures', import.meta.url))
const names = readdirSync(root).sort()

describe('fixtures', () => {
  it('has the cases the foundation promises', () => {
    for (const level of [1, 2, 3, 4, 5]) {
      expect(names).toContain(`heading-l${level}-standalone`)
      expect(names).toContain(`heading-l${level}-inline`)
    }

    expect(names).toEqual(expect.arrayContaining(['pdf-broken-paragraph', 'markdown-report-header', 'dash-led-list']))
  })

  it.each(names)('%s', (name) => {
    const input = readFileSync(join(root, name, 'input.txt'), 'utf8')
    const expected: unknown = JSON.parse(readFileSync(join(root, name, 'tree.json'), 'utf8'))
    const tree = parseReport(input)
    expect(checkTree(tree, input)).toBeUndefined()
    expect(JSON.parse(JSON.stringify(tree))).toEqual(expected)
  })

  it.each([1, 2, 3, 4, 5])('level %i headings sit at depth %i', (level) => {
    for (const kind of ['standalone', 'inline']) {
      const input = readFileSync(join(root, `heading-l${level}-${kind}`, 'input.txt'), 'utf8')
      const depths = JSON.stringify(parseReport(input)).match(/"type":"section","depth":\d/g) ?? []
      expect(depths.at(-1)).toBe(`"type":"section","depth":${level}`)
    }
  })
})
