/**
 * Link 目录 entries to the documents they name, by similarity and order.
 *
 * @module
 */

/** Least similarity for an entry and a title to be the same document. */
const minSimilarity = 0.5
/** Documents looked at past the last match. */
const window = 4

/**
 * Normalise a title for comparison: no white space, punctuation, masks or
 * `同志`, and `省`/`市`/`县`/`区` folded together (`XX 市` vs `XX省`).
 *
 * @param value
 *   A title.
 * @returns
 *   Its comparable form.
 */
export function normalizeTitle(value: string): string {
  return value
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/[XxＸ×]+/gu, '')
    .replace(/同志/gu, '')
    .replace(/[省市县区州]/gu, '市')
}

/**
 * Similarity of two strings: the Dice coefficient of their character bigrams.
 *
 * @param a
 *   A string.
 * @param b
 *   Another.
 * @returns
 *   A number in [0, 1]; 1 for equal strings.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return 0
  const counts = new Map<string, number>()
  for (let index = 0; index + 1 < a.length; index++) {
    const bigram = a.slice(index, index + 2)
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1)
  }

  let shared = 0
  for (let index = 0; index + 1 < b.length; index++) {
    const bigram = b.slice(index, index + 2)
    const count = counts.get(bigram) ?? 0
    if (count > 0) {
      shared++
      counts.set(bigram, count - 1)
    }
  }

  return (2 * shared) / (a.length - 1 + (b.length - 1))
}

/**
 * Pair entries with documents, in order: each entry takes the most similar
 * of the next few documents after the last pair.
 *
 * @param entries
 *   Entry titles, in order.
 * @param titles
 *   Document titles (or `null` when a document has none), in order.
 * @returns
 *   For each entry, the index of its document, or -1.
 */
export function linkEntries(entries: ReadonlyArray<string>, titles: ReadonlyArray<string | null>): Array<number> {
  const links: Array<number> = []
  const normalized = titles.map((title) => (title === null ? '' : normalizeTitle(title)))
  let next = 0
  for (const entry of entries) {
    const wanted = normalizeTitle(entry)
    let best = -1
    let bestScore = minSimilarity
    for (let document = next; document < Math.min(titles.length, next + window); document++) {
      const score = similarity(wanted, normalized[document] as string)
      if (score > bestScore) {
        best = document
        bestScore = score
      }
    }

    links.push(best)
    if (best !== -1) next = best + 1
  }

  return links
}
