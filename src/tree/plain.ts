/**
 * Makers of the tree's objects, and of the parse's objects that point into
 * the tree: plain objects and arrays that V8 does not *pretenure*.
 *
 * V8 tracks every object and array literal by its place in the code; once
 * most objects of one place outlive a young-generation collection, it makes
 * every later object of that place directly in the old generation. A large
 * report's tree outlives several collections, so after one large report the
 * nodes of every later report went to the old generation too, and from there
 * (dead, but not collected until a full collection) kept the young strings
 * and nodes they point to alive: a batch of small reports parsed after a
 * large one ran ≈ 40 % slower, with 4 × the bytes promoted
 * (docs/performance.md).
 *
 * V8 does not track objects made by `new` on an ordinary function, nor arrays
 * copied with `slice`. So each maker below is an old-style constructor whose
 * `prototype` is `Object.prototype`: what it makes is a plain object with the
 * same prototype, the same keys in the same order and the same JSON as the
 * literal it replaces (`deepStrictEqual` to it).
 *
 * Rule for code that builds the tree: make nodes, positions, points and
 * children arrays here, and do not keep tree nodes in a literal object or
 * array that lives as long as a document is built (records of open sections,
 * lists of documents). A literal that lives for one call only never survives
 * a collection, so V8 never pretenures it.
 *
 * @module
 */

import type {Quantity as FoundQuantity} from '../number/types.js'
import type {
  Document,
  DocumentMeta,
  Heading,
  Item,
  Literal,
  Marker,
  MarkerInfo,
  MarkerStyle,
  Parent,
  Point,
  Position,
  QuantityNode,
  Root,
  RootData,
  Section,
  Toc,
  TocContent,
  TocEntry
} from '../types.js'

/** A constructor that makes plain objects of shape `T`. */
type Plain<T, Arguments extends Array<unknown>> = new (...parameters: Arguments) => T

/**
 * @param construct
 *   An old-style constructor.
 * @returns
 *   The same constructor, now making plain objects.
 */
export function plain<T, Arguments extends Array<unknown>>(construct: (this: T, ...parameters: Arguments) => void): Plain<T, Arguments> {
  construct.prototype = Object.prototype
  return construct as unknown as Plain<T, Arguments>
}

/** Empty array that `list` copies (never changed). */
const empty: ReadonlyArray<never> = []

/**
 * @returns
 *   A new empty array.
 */
export function list<T>(): Array<T> {
  return empty.slice()
}

/**
 * @param item
 *   First item.
 * @returns
 *   A new array holding `item`.
 */
export function listOf<T>(item: T): Array<T> {
  const result = empty.slice() as Array<T>
  result.push(item)
  return result
}

const PointMaker = plain(function (this: Point, line: number, column: number, offset: number) {
  this.line = line
  this.column = column
  this.offset = offset
})

/**
 * @param line
 *   1-based line.
 * @param column
 *   1-based column.
 * @param offset
 *   0-based UTF-16 offset.
 * @returns
 *   A unist point.
 */
export function point(line: number, column: number, offset: number): Point {
  return new PointMaker(line, column, offset)
}

const PositionMaker = plain(function (this: Position, start: Point, end: Point) {
  this.start = start
  this.end = end
})

/**
 * @param start
 *   Start point.
 * @param end
 *   End point.
 * @returns
 *   A unist position.
 */
export function position(start: Point, end: Point): Position {
  return new PositionMaker(start, end)
}

const LiteralMaker = plain(function (this: Literal & {type: string}, type: string, value: string, place: Position) {
  this.type = type
  this.value = value
  this.position = place
})

/**
 * @param type
 *   `text`, `punctuation`, `whitespace`, `break`.
 * @param value
 *   Source text.
 * @param place
 *   Position.
 * @returns
 *   The leaf (`{type, value, position}`).
 */
export function literal<T extends Literal>(type: T['type'], value: string, place: Position): T {
  return new LiteralMaker(type, value, place) as unknown as T
}

const KindLiteralMaker = plain(function (this: Literal & {type: string; kind: string}, type: string, kind: string, value: string, place: Position) {
  this.type = type
  this.kind = kind
  this.value = value
  this.position = place
})

/**
 * @param type
 *   `markup` or `boilerplate`.
 * @param kind
 *   Its kind.
 * @param value
 *   Source text.
 * @param place
 *   Position.
 * @returns
 *   The leaf (`{type, kind, value, position}`).
 */
export function kindLiteral<T extends Literal & {kind: string}>(type: T['type'], kind: T['kind'], value: string, place: Position): T {
  return new KindLiteralMaker(type, kind, value, place) as unknown as T
}

const MarkerMaker = plain(function (this: Marker, style: MarkerStyle, ordinal: number | null, value: string, place: Position) {
  this.type = 'marker'
  this.style = style
  this.ordinal = ordinal
  this.value = value
  this.position = place
})

/**
 * @param style
 *   Marker family.
 * @param ordinal
 *   Its number.
 * @param value
 *   Source text.
 * @param place
 *   Position.
 * @returns
 *   A `marker` leaf.
 */
export function markerLeaf(style: MarkerStyle, ordinal: number | null, value: string, place: Position): Marker {
  return new MarkerMaker(style, ordinal, value, place)
}

const ParentMaker = plain(function (this: Parent & {type: string}, type: string, children: Array<unknown>, place: Position) {
  this.type = type
  this.children = children as Parent['children']
  this.position = place
})

/**
 * @param type
 *   `sentence`, `paragraph`, `title`, `dateline`…
 * @param children
 *   Its children.
 * @param place
 *   Position.
 * @returns
 *   The parent (`{type, children, position}`).
 */
export function parent<T extends Parent>(type: T['type'], children: T['children'], place: Position): T {
  return new ParentMaker(type, children, place) as unknown as T
}

const MarkerInfoMaker = plain(function (this: MarkerInfo, style: MarkerStyle, ordinal: number | null, value: string) {
  this.style = style
  this.ordinal = ordinal
  this.value = value
})

/**
 * @param style
 *   Marker family.
 * @param ordinal
 *   Its number.
 * @param value
 *   Source text.
 * @returns
 *   The `marker` field of a heading or item.
 */
export function markerInfo(style: MarkerStyle, ordinal: number | null, value: string): MarkerInfo {
  return new MarkerInfoMaker(style, ordinal, value)
}

const HeadingMaker = plain(function (this: Heading, marker: MarkerInfo, children: Heading['children'], place: Position) {
  this.type = 'heading'
  this.depth = 1
  this.marker = marker
  this.children = children
  this.position = place
})

/**
 * @param marker
 *   Its marker.
 * @param children
 *   Its phrasing.
 * @param place
 *   Position.
 * @returns
 *   A `heading` (depth 1 until nested).
 */
export function heading(marker: MarkerInfo, children: Heading['children'], place: Position): Heading {
  return new HeadingMaker(marker, children, place)
}

const ItemMaker = plain(function (this: Item, marker: MarkerInfo, children: Item['children'], place: Position) {
  this.type = 'item'
  this.marker = marker
  this.children = children
  this.position = place
})

/**
 * @param marker
 *   Its enumerator.
 * @param children
 *   Its sentences.
 * @param place
 *   Position.
 * @returns
 *   An `item`.
 */
export function item(marker: MarkerInfo, children: Item['children'], place: Position): Item {
  return new ItemMaker(marker, children, place)
}

const SectionMaker = plain(function (this: Section, depth: Section['depth'], children: Section['children'], place: Position) {
  this.type = 'section'
  this.depth = depth
  this.children = children
  this.position = place
})

/**
 * @param depth
 *   Nesting depth.
 * @param children
 *   Its children.
 * @param place
 *   Position.
 * @returns
 *   A `section`.
 */
export function section(depth: Section['depth'], children: Section['children'], place: Position): Section {
  return new SectionMaker(depth, children, place)
}

const DocumentMaker = plain(function (this: Document, meta: DocumentMeta, children: Document['children'], place: Position) {
  this.type = 'document'
  this.meta = meta
  this.children = children
  this.position = place
})

/**
 * @param meta
 *   Its metadata.
 * @param children
 *   Its children.
 * @param place
 *   Position.
 * @returns
 *   A `document`.
 */
export function document(meta: DocumentMeta, children: Document['children'], place: Position): Document {
  return new DocumentMaker(meta, children, place)
}

const RootMaker = plain(function (this: Root, children: Root['children'], data: RootData, place: Position) {
  this.type = 'root'
  this.children = children
  this.data = data
  this.position = place
})

/**
 * @param children
 *   Its children.
 * @param data
 *   Its data.
 * @param place
 *   Position.
 * @returns
 *   The `root`.
 */
export function root(children: Root['children'], data: RootData, place: Position): Root {
  return new RootMaker(children, data, place)
}

const TocMaker = plain(function (this: Toc, children: Array<TocContent>, place: Position) {
  this.type = 'toc'
  this.children = children
  this.position = place
})

/**
 * @param children
 *   Its children.
 * @param place
 *   Position.
 * @returns
 *   A `toc`.
 */
export function toc(children: Array<TocContent>, place: Position): Toc {
  return new TocMaker(children, place)
}

const TocEntryMaker = plain(function (
  this: TocEntry,
  ordinal: number | null,
  title: string,
  page: number | null,
  children: TocEntry['children'],
  place: Position
) {
  this.type = 'tocEntry'
  this.ordinal = ordinal
  this.title = title
  this.page = page
  this.children = children
  this.position = place
})

/**
 * @param ordinal
 *   Entry number.
 * @param title
 *   Cleaned title.
 * @param page
 *   Page number.
 * @param children
 *   Its phrasing.
 * @param place
 *   Position.
 * @returns
 *   A `tocEntry`.
 */
export function tocEntry(
  ordinal: number | null,
  title: string,
  page: number | null,
  children: TocEntry['children'],
  place: Position
): TocEntry {
  return new TocEntryMaker(ordinal, title, page, children, place)
}

/**
 * The leaf of a quantity: `type`, the found fields in their order (but the
 * found `value`, `start` and `end`), then `value` and `position`. One object,
 * no intermediate copy.
 *
 * @param found
 *   The quantity as found.
 * @param value
 *   Its source text in the input.
 * @param place
 *   Its position in the input.
 * @returns
 *   The leaf.
 */
export function quantityLeaf(found: FoundQuantity, value: string, place: Position): QuantityNode {
  const node = new QuantityMaker(found) as unknown as Record<string, unknown>
  // Fields some kinds add after the common ones (`rangeKind`, `from`, `to`,
  // `ratio`, `signText`, `fromLast`), in the order they were added.
  if (hasExtras(found)) {
    for (const key in found) {
      // The common fields are on the node already; the span is not copied.
      if (!(key in node) && key !== 'value' && key !== 'start' && key !== 'end') node[key] = found[key as keyof FoundQuantity]
    }
  }

  node.value = value
  node.position = place
  return node as unknown as QuantityNode
}

/**
 * @param found
 *   A found quantity.
 * @returns
 *   Whether it has fields beyond the common ones.
 */
function hasExtras(found: FoundQuantity): boolean {
  return (
    found.rangeKind !== undefined ||
    found.from !== undefined ||
    found.to !== undefined ||
    found.ratio !== undefined ||
    found.signText !== undefined ||
    found.fromLast !== undefined
  )
}

/**
 * Makes the leaf of a quantity with the common fields in one fixed shape
 * (copying them by key one at a time made each node a slow, growing object).
 */
const QuantityMaker = plain(function (this: Record<string, unknown>, found: FoundQuantity) {
  this.type = 'quantity'
  this.kind = found.kind
  this.amount = found.amount
  this.coefficient = found.coefficient
  this.scale = found.scale
  this.min = found.min
  this.max = found.max
  this.unit = found.unit
  this.qualifier = found.qualifier
  this.qualifierText = found.qualifierText
  this.masked = found.masked
  this.approximate = found.approximate
  this.list = found.list
})
