/**
 * The README's usage example: `npx tsx examples/usage.ts`.
 */

import {parseReport, toString} from '../src/index.js'

const text = '二、2022年经济社会发展\n\n总体要求和主要目标\n\n（一）稳字当头。一是扩大内需；二是稳定就业。'
const tree = parseReport(text)
const document = tree.children[0]

if (document?.type === 'document') {
  for (const section of document.children) {
    if (section.type !== 'section') continue
    const [heading, ...rest] = section.children
    console.log(section.depth, JSON.stringify(toString(heading!)), heading?.type === 'heading' ? heading.marker : null)
    for (const child of rest) {
      if (child.type !== 'section') continue
      const [subheading, body] = child.children
      console.log(child.depth, JSON.stringify(toString(subheading!)))
      if (body?.type === 'paragraph') {
        for (const item of body.children) {
          if (item.type === 'item') console.log('  item', item.marker.ordinal, JSON.stringify(toString(item)))
        }
      }
    }
  }
}

console.log(toString(tree) === text)
