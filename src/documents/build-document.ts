/**
 * Build the flat content of one planned document: head lines as `title`,
 * `dateline`, `byline` and `salutation` nodes, page numbers as
 * `boilerplate`, every other block as a heading or paragraph, with the white
 * space between them.
 *
 * @module
 */

import {interruptionsOf, piecesOf, type Block, type Interruption, type Range} from '../blocks/blocks.js'
import type {InlineContext} from '../sentences/inline.js'
import {buildBlock, buildPhrasing, type QuantityScan} from '../tree/build-block.js'
import {kindLiteral, list, literal, parent} from '../tree/plain.js'
import type {Boilerplate, DocumentContent, Heading, PhrasingContent, Whitespace} from '../types.js'
import type {DocumentPlan, HeadRole} from './plan-documents.js'

/**
 * @param context
 *   Input and location index.
 * @param blocks
 *   All blocks.
 * @param plan
 *   The document.
 * @param scan
 *   Quantity finder, if any.
 * @returns
 *   Its blocks and the white space between them, in order; headings not yet nested.
 */
export function buildDocumentContent(
  context: InlineContext,
  blocks: ReadonlyArray<Block>,
  plan: DocumentPlan,
  scan?: QuantityScan
): Array<DocumentContent | Heading> {
  const flat = list<DocumentContent | Heading>()
  let at = (blocks[plan.first] as Block).start

  for (let index = plan.first; index < plan.end; index++) {
    const block = blocks[index] as Block
    if (block.start > at) flat.push(whitespace(context, at, block.start))
    at = block.end
    const role = plan.head.get(index)

    if (role === 'title') {
      // Consecutive title blocks make one title node.
      let last = index
      while (plan.head.get(last + 1) === 'title') last++
      const pieces: Array<Range> = []
      const interruptions: Array<Interruption> = []
      for (let part = index; part <= last; part++) {
        pieces.push(...piecesOf(blocks[part] as Block))
        interruptions.push(...(interruptionsOf(blocks[part] as Block) ?? []))
      }

      const firstBlock = blocks[index] as Block
      const marker = firstBlock.kind === 'heading' ? firstBlock.marker : undefined
      flat.push(headNode(context, 'title', pieces, buildPhrasing(context, pieces, marker, scan, interruptions)))
      at = (blocks[last] as Block).end
      index = last
      continue
    }

    if (role) {
      const pieces = piecesOf(block)
      flat.push(headNode(context, role, pieces, buildPhrasing(context, pieces, undefined, scan, interruptionsOf(block))))
      continue
    }

    const kind = plan.boilerplate.get(index)
    if (kind) {
      flat.push(kindLiteral<Boilerplate>('boilerplate', kind, context.text.slice(block.start, block.end), context.index.position(block.start, block.end)))
      continue
    }

    flat.push(buildBlock(context, block, scan))
  }

  return flat
}

/**
 * @param context
 *   Input and location index.
 * @param role
 *   What the node is.
 * @param pieces
 *   Its content ranges.
 * @param children
 *   Its leaves.
 * @returns
 *   The node.
 */
function headNode(
  context: InlineContext,
  role: HeadRole,
  pieces: ReadonlyArray<Range>,
  children: Array<PhrasingContent>
): DocumentContent {
  const first = pieces[0] as Range
  const last = pieces[pieces.length - 1] as Range
  return parent(role, children, context.index.enclose(children, first.start, last.end)) as DocumentContent
}

/**
 * @param context
 *   Input and location index.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   A white space node.
 */
export function whitespace(context: InlineContext, start: number, end: number): DocumentContent {
  return literal<Whitespace>('whitespace', context.text.slice(start, end), context.index.position(start, end))
}
