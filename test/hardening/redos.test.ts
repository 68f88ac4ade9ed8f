/**
 * ReDoS audit: every regex exported by `src/patterns.ts`, checked with
 * recheck (the checker marked uses). A pattern passes when recheck calls it
 * `safe`. A polynomial that comes only from unanchored scanning may be
 * allow-listed below with its reason; its linearity on real use is then
 * shown by the adversarial timings of `npm run bench`.
 */

import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import * as patterns from '../../src/patterns.js'

/**
 * Patterns recheck flags, with why they are linear where baogao uses them.
 * Empty: `tocLine`, `venuePattern` and `titleWithVenueAfter` were quadratic
 * (a run of leaders, of tabs, of `在` or of `致辞-在上` retried from each of
 * its characters) and were rewritten; see their comments in `patterns.ts`.
 */
const allowed: ReadonlyMap<string, string> = new Map<string, string>()

const regexes = Object.entries(patterns).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp)

describe('ReDoS audit of src/patterns.ts', () => {
  it('finds the exported regexes', () => {
    expect(regexes.length).toBeGreaterThan(30)
  })

  for (const [name, pattern] of regexes) {
    it(`${name} /${pattern.source.length > 60 ? pattern.source.slice(0, 60) + '…' : pattern.source}/${pattern.flags}`, {timeout: 60_000}, () => {
      const result = checkSync(pattern.source, pattern.flags)
      if (result.status === 'safe') return
      const reason = allowed.get(name)
      const detail = result.status === 'vulnerable' ? `${result.complexity.summary}, attack ${result.attack.pattern}` : result.status
      expect(reason, `${name}: recheck says ${detail}`).toBeDefined()
      expect(result.status === 'vulnerable' && result.complexity.type === 'polynomial', `${name}: only polynomial cases may be allowed`).toBe(true)
    })
  }

  it('allow-lists only patterns that exist', () => {
    for (const name of allowed.keys()) expect(regexes.map(([key]) => key)).toContain(name)
  })
})
