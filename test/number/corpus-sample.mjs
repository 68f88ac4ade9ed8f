// Draws the sample labelled in corpus-labelled.ts (run: node test/number/corpus-sample.mjs).
// Rule: split every line of a file into clauses ending at 。；！？ (punctuation
// kept), strip Markdown bold/heading marks and front matter, keep clauses of
// 6–120 characters. Class A: the clause holds an ASCII or full-width digit or a
// mask star (`*`, `＊`);
// class B: it holds none (Han numerals, names and idioms, or no number at all).
// From each class take `n` clauses evenly: indices floor(i * size / n), i = 0…n-1;
// a class with fewer clauses than asked gives its shortfall to the other.
import fs from 'node:fs'

const root = '/work/shared/corpus/'
const plan = [
  ['gwr-2022-part1.txt', 30, 8],
  ['speeches-collection.txt', 30, 8],
  ['city-economic-work-2023.txt', 8, 4],
  ['provincial/浙江省/1983.md', 4, 2],
  ['provincial/浙江省/1988.md', 4, 2],
  ['provincial/山东省/1996.md', 4, 2],
  ['provincial/海南省/1995.md', 4, 2],
  ['provincial/四川省/2005.md', 4, 2],
  ['provincial/河北省/2008.md', 4, 2],
  ['provincial/甘肃省/2014.md', 4, 2],
  ['provincial/广东省/2018.md', 4, 2],
  ['provincial/云南省/2023.md', 4, 2],
  ['provincial/贵州省/2025.md', 4, 2]
]

const out = []
for (const [file, nA, nB] of plan) {
  const lines = fs.readFileSync(root + file, 'utf8').split('\n')
  const a = []
  const b = []
  let front = lines[0] === '---'
  for (const [i, raw] of lines.entries()) {
    if (front) {
      if (i > 0 && raw === '---') front = false
      continue
    }
    const line = raw.replace(/\*\*/g, '').replace(/^#+\s*/, '').trim()
    for (const clause of line.match(/[^。；！？]+[。；！？]?/g) ?? []) {
      const text = clause.trim()
      if (text.length < 6 || text.length > 120) continue
      ;(/[0-9０-９*＊]/.test(text) ? a : b).push({file, line: i + 1, text})
    }
  }
  // A class with too few clauses gives its shortfall to the other class.
  const takeA = Math.min(a.length, nA + Math.max(0, nB - b.length))
  const takeB = Math.min(b.length, nB + nA - takeA)
  for (const [list, n] of [[a, takeA], [b, takeB]]) {
    for (let i = 0; i < n; i++) out.push(list[Math.floor((i * list.length) / n)])
  }
}
console.log(JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{'))
