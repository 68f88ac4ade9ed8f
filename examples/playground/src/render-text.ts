/**
 * The text pane: the input with every quantity highlighted by kind and the
 * numeric-looking names struck through. Rendered in chunks a few at a time,
 * so a 1.6 MB compilation never freezes the page; chunks use
 * `content-visibility: auto`, so the browser lays out only what is on screen.
 */

import type {Model, QuantityView} from './model.js'
import type {NameSpan} from './names.js'

/** Characters per chunk, about; a chunk ends at a line end. */
const chunkSize = 4000
/** Milliseconds of work per slice before yielding to the browser. */
const sliceBudget = 12
/** The name of the focus highlight (CSS Custom Highlight API). */
const focusHighlight = 'baogao-focus'

/** A span to mark. */
type Mark = {kind: 'quantity'; start: number; end: number; quantity: QuantityView} | {kind: 'name'; start: number; end: number; name: NameSpan}

/** Renders a model into a scrolling pane. */
export class TextView {
  private readonly pane: HTMLElement
  private model: Model | null = null
  private marks: Array<Mark> = []
  private bounds: Array<number> = []
  private chunks: Array<HTMLElement> = []
  private generation = 0

  /**
   * @param pane
   *   The scrolling element to render into.
   */
  constructor(pane: HTMLElement) {
    this.pane = pane
  }

  /**
   * Render a model, yielding to the browser between slices.
   *
   * @param model
   *   What to show.
   * @param onProgress
   *   Called with the share rendered, 0 to 1.
   * @returns
   *   Whether rendering finished (`false` when a newer render replaced it).
   */
  async render(model: Model, onProgress: (share: number) => void): Promise<boolean> {
    const generation = ++this.generation
    this.model = model
    this.marks = mergeMarks(model.quantities, model.names)
    this.bounds = chunkBounds(model.text, this.marks)
    this.chunks = []
    this.pane.replaceChildren()
    this.pane.scrollTop = 0
    clearFocus()
    onProgress(0)

    let markIndex = 0
    while (this.chunks.length < this.bounds.length - 1) {
      const sliceStart = performance.now()
      const fragment = document.createDocumentFragment()
      while (this.chunks.length < this.bounds.length - 1 && performance.now() - sliceStart < sliceBudget) {
        const [chunk, next] = this.renderChunk(this.chunks.length, markIndex)
        markIndex = next
        this.chunks.push(chunk)
        fragment.append(chunk)
      }

      this.pane.append(fragment)
      onProgress(this.chunks.length / (this.bounds.length - 1))
      await new Promise((resolve) => setTimeout(resolve, 0))
      if (generation !== this.generation) return false
    }

    return true
  }

  /**
   * Scroll to `start`–`end` and highlight it.
   *
   * @param start
   *   Offset of the place.
   * @param end
   *   Offset after it.
   * @returns
   *   Whether the place was found.
   */
  focus(start: number, end: number): boolean {
    const range = this.rangeOf(start, end)
    if (!range) return false
    clearFocus()
    if (highlights() && typeof Highlight === 'function') {
      highlights()?.set(focusHighlight, new Highlight(range))
    } else {
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
    }

    this.pane.dataset['focus'] = `${start}-${end}`
    // Chunks above may change height once laid out: measure, scroll, repeat.
    const scroll = (): void => {
      const rect = range.getBoundingClientRect()
      const paneRect = this.pane.getBoundingClientRect()
      this.pane.scrollTop += rect.top - paneRect.top - this.pane.clientHeight / 3
    }

    scroll()
    requestAnimationFrame(() => {
      scroll()
      requestAnimationFrame(scroll)
    })
    return true
  }

  /**
   * @param start
   *   Offset of the place.
   * @param end
   *   Offset after it.
   * @returns
   *   A DOM range over the place, rendering its chunks first when needed.
   */
  private rangeOf(start: number, end: number): Range | null {
    const model = this.model
    if (!model) return null
    const textLength = model.text.length
    start = Math.max(0, Math.min(start, textLength))
    end = Math.max(start, Math.min(end, textLength))
    const from = this.pointOf(start, false)
    const to = this.pointOf(end, true)
    if (!from || !to) return null
    const range = document.createRange()
    range.setStart(from.node, from.offset)
    range.setEnd(to.node, to.offset)
    return range
  }

  /**
   * @param offset
   *   An offset in the text.
   * @param isEnd
   *   Whether it ends a range (an offset on a chunk boundary then belongs to the chunk before).
   * @returns
   *   The text node and offset in it.
   */
  private pointOf(offset: number, isEnd: boolean): {node: Node; offset: number} | null {
    const bounds = this.bounds
    // Binary search for the chunk holding `offset`.
    let low = 0
    let high = bounds.length - 2
    while (low < high) {
      const middle = (low + high + 1) >> 1
      const boundary = bounds[middle]!
      if (boundary < offset || (!isEnd && boundary === offset)) low = middle
      else high = middle - 1
    }

    this.renderUpTo(low)
    const chunk = this.chunks[low]
    if (!chunk) return null
    let remaining = offset - bounds[low]!
    const walker = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT)
    let last: Node | null = null
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0
      if (remaining < length || (isEnd && remaining === length)) return {node, offset: remaining}
      remaining -= length
      last = node
    }

    return last ? {node: last, offset: last.nodeValue?.length ?? 0} : {node: chunk, offset: 0}
  }

  /**
   * Render chunks synchronously up to `index` (a place asked for before the
   * incremental render got there).
   *
   * @param index
   *   Chunk index.
   */
  private renderUpTo(index: number): void {
    if (this.chunks.length > index) return
    let markIndex = this.marks.findIndex((mark) => mark.start >= this.bounds[this.chunks.length]!)
    if (markIndex === -1) markIndex = this.marks.length
    const fragment = document.createDocumentFragment()
    while (this.chunks.length <= index) {
      const [chunk, next] = this.renderChunk(this.chunks.length, markIndex)
      markIndex = next
      this.chunks.push(chunk)
      fragment.append(chunk)
    }

    this.pane.append(fragment)
  }

  /**
   * @param index
   *   Chunk index.
   * @param markIndex
   *   Index of the first mark at or after the chunk's start.
   * @returns
   *   The chunk element and the index of the first mark after it.
   */
  private renderChunk(index: number, markIndex: number): [HTMLElement, number] {
    const text = this.model!.text
    const start = this.bounds[index]!
    const end = this.bounds[index + 1]!
    const chunk = document.createElement('div')
    chunk.className = 'chunk'
    chunk.dataset['start'] = String(start)
    let cursor = start
    while (markIndex < this.marks.length && this.marks[markIndex]!.start < end) {
      const mark = this.marks[markIndex]!
      if (mark.start > cursor) chunk.append(text.slice(cursor, mark.start))
      chunk.append(mark.kind === 'quantity' ? quantityElement(text, mark.quantity) : nameElement(mark.name))
      cursor = mark.end
      markIndex++
    }

    if (end > cursor) chunk.append(text.slice(cursor, end))
    return [chunk, markIndex]
  }
}

/**
 * @param text
 *   The text.
 * @param quantity
 *   A quantity.
 * @returns
 *   Its highlighted span, its fields in `title` and `data-*`.
 */
function quantityElement(text: string, quantity: QuantityView): HTMLElement {
  const span = document.createElement('span')
  const kind = quantity.masked ? 'masked' : quantity.kind
  span.className = `q q-${kind}`
  span.dataset['kind'] = quantity.kind
  const {fields} = quantity
  if (fields['amount'] !== null && fields['amount'] !== undefined) span.dataset['amount'] = String(fields['amount'])
  if (fields['unit']) span.dataset['unit'] = String(fields['unit'])
  if (fields['qualifier']) span.dataset['qualifier'] = String(fields['qualifier'])
  if (quantity.masked) span.dataset['masked'] = ''
  span.title = Object.entries(fields)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => `${name}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join('\n')
  span.textContent = text.slice(quantity.start, quantity.end)
  return span
}

/**
 * @param name
 *   A name.
 * @returns
 *   Its struck-through element.
 */
function nameElement(name: NameSpan): HTMLElement {
  const element = document.createElement('s')
  element.className = 'name'
  element.title = `${name.name}: a name, not a quantity (the number layer refuses it)`
  element.textContent = name.name
  return element
}

/**
 * @param quantities
 *   Quantities in text order.
 * @param names
 *   Names in text order, overlapping no quantity.
 * @returns
 *   Both, in text order.
 */
function mergeMarks(quantities: ReadonlyArray<QuantityView>, names: ReadonlyArray<NameSpan>): Array<Mark> {
  const marks: Array<Mark> = []
  let q = 0
  let n = 0
  while (q < quantities.length || n < names.length) {
    const quantity = quantities[q]
    const name = names[n]
    if (quantity && (!name || quantity.start <= name.start)) {
      marks.push({kind: 'quantity', start: quantity.start, end: quantity.end, quantity})
      q++
    } else if (name) {
      marks.push({kind: 'name', start: name.start, end: name.end, name})
      n++
    }
  }

  return marks
}

/**
 * @param text
 *   The text.
 * @param marks
 *   Marks in text order.
 * @returns
 *   Chunk boundaries, from 0 to `text.length`; never inside a mark.
 */
function chunkBounds(text: string, marks: ReadonlyArray<Mark>): Array<number> {
  const bounds = [0]
  let markIndex = 0
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start + chunkSize)
    end = end === -1 ? text.length : end + 1
    while (markIndex < marks.length && marks[markIndex]!.end <= end) markIndex++
    const mark = marks[markIndex]
    if (mark && mark.start < end) end = mark.end
    bounds.push(end)
    start = end
  }

  return bounds
}

/** Remove the focus highlight. */
function clearFocus(): void {
  highlights()?.delete(focusHighlight)
}

/**
 * @returns
 *   The registry of the CSS Custom Highlight API (maplike; its `set` and
 *   `delete` are missing from TypeScript's DOM types), or `undefined`.
 */
function highlights(): Map<string, Highlight> | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS.highlights as unknown as Map<string, Highlight>) : undefined
}
