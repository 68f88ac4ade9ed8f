/**
 * The panes beside the text: the outline, the targets tables and the
 * diagnostics. Every place links into the text pane through `goTo`.
 */

import {h, type Attributes} from './dom.js'
import type {DiagnosticView, DocumentView, Model, SectionView} from './model.js'

/** Jump to a place in the text. */
export type GoTo = (start: number, end: number) => void

/**
 * Up to this many documents, documents are open; above it (a compilation),
 * they are closed and their content is built when first opened, so a
 * compilation of a hundred reports renders at once.
 */
const openLimit = 5

/**
 * The outline: documents (title, date, speaker), then their sections with
 * label, confidence and cues, collapsible.
 *
 * @param model
 *   What to show.
 * @param goTo
 *   Jump to a place.
 * @returns
 *   The outline's content.
 */
export function renderOutline(model: Model, goTo: GoTo): Array<Node> {
  if (model.documents.length === 0) return [h('p', {class: 'empty'}, 'No document found.')]
  const open = model.documents.length <= openLimit
  return model.documents.map((document) =>
    lazyDetails(
      {class: 'document', 'data-index': document.index},
      [
        h('a', {class: 'title', href: '#', onclick: link(goTo, document.start, document.start + 1)}, document.title ?? '(untitled)'),
        h('span', {class: 'meta'}, [document.date, document.speaker, document.region].filter(Boolean).join(' · '))
      ],
      () => [h('ul', {class: 'sections'}, document.sections.map((section) => renderSection(section, goTo)))],
      open
    )
  )
}

/**
 * @param section
 *   A section.
 * @param goTo
 *   Jump to a place.
 * @returns
 *   Its list item, nested sections inside a `<details>`.
 */
function renderSection(section: SectionView, goTo: GoTo): HTMLElement {
  const label = section.label ?? 'none'
  const line = [
    h('span', {class: `label label-${label}`, title: section.alsoContains.length > 0 ? `also contains: ${section.alsoContains.join(', ')}` : null}, label),
    ' ',
    h('a', {class: 'heading', href: '#', onclick: link(goTo, section.start, section.headingEnd)}, section.heading),
    ' ',
    h('span', {class: 'confidence', title: 'confidence'}, section.confidence === null ? '' : section.confidence.toFixed(2)),
    section.cues.length > 0 ? h('span', {class: 'cues', title: 'cues'}, section.cues.join(' · ')) : null
  ]
  const attributes = {class: `section depth-${section.depth}`, 'data-label': label}
  if (section.children.length === 0) return h('li', attributes, h('div', {class: 'line'}, line))
  return h(
    'li',
    attributes,
    h('details', {open: section.depth === 1}, h('summary', {class: 'line'}, line), h('ul', {class: 'sections'}, section.children.map((child) => renderSection(child, goTo))))
  )
}

/**
 * The targets of each document (`extractTargets`), with CSV downloads (`toCsv`).
 *
 * @param model
 *   What to show.
 * @param goTo
 *   Jump to a place.
 * @returns
 *   The pane's content.
 */
export function renderTargets(model: Model, goTo: GoTo): Array<Node> {
  const withTargets = model.documents.filter((document) => document.targets.length > 0 || document.gdp !== null)
  if (withTargets.length === 0) return [h('p', {class: 'empty'}, 'No targets found.')]
  const nodes: Array<Node> = []
  if (withTargets.length > 1) nodes.push(h('p', {}, downloadButton('Download all targets (CSV)', model.csv, 'targets.csv')))
  for (const document of withTargets) {
    if (withTargets.length <= openLimit) {
      nodes.push(renderTargetTable(document, goTo))
      continue
    }

    nodes.push(
      lazyDetails(
        {class: 'targets-details', 'data-index': document.index},
        [h('strong', {}, document.title ?? '(untitled)'), h('span', {class: 'meta'}, [document.year, document.gdp === null ? null : `GDP ${document.gdp}`].filter(Boolean).join(' · '))],
        () => [renderTargetTable(document, goTo)],
        false
      )
    )
  }

  const without = model.documents.length - withTargets.length
  if (without > 0) nodes.push(h('p', {class: 'empty'}, `${without} document${without === 1 ? '' : 's'} without targets.`))
  return nodes
}

/**
 * @param document
 *   A document with targets.
 * @param goTo
 *   Jump to a place.
 * @returns
 *   Its table.
 */
function renderTargetTable(document: DocumentView, goTo: GoTo): HTMLElement {
  const head = ['indicator', 'value', 'unit', 'qualifier', 'firmness', 'role']
  return h(
    'section',
    {class: 'targets-document', 'data-index': document.index},
    h('h3', {}, document.title ?? '(untitled)', document.year === null ? null : h('span', {class: 'meta'}, ` ${document.year}`)),
    document.gdp === null ? null : h('p', {class: 'gdp'}, 'GDP growth target: ', h('strong', {}, document.gdp)),
    h(
      'table',
      {class: 'targets'},
      h('thead', {}, h('tr', {}, head.map((name) => h('th', {}, name)))),
      h(
        'tbody',
        {},
        document.targets.map((row) =>
          h(
            'tr',
            {'data-key': row.key},
            h('td', {}, h('a', {href: '#', onclick: link(goTo, row.start, row.end)}, row.indicator)),
            h('td', {class: 'number', title: `as written: ${row.source}`}, row.value),
            h('td', {}, row.unit),
            h('td', {title: row.qualifier}, row.qualifierText),
            h('td', {class: row.firmness ? `firmness-${row.firmness}` : null}, row.firmness),
            h('td', {}, row.role)
          )
        )
      )
    ),
    document.csv ? downloadButton('Download CSV', document.csv, `targets-${document.index + 1}.csv`) : null
  )
}

/**
 * @param label
 *   Button text.
 * @param csv
 *   The CSV.
 * @param file
 *   File name.
 * @returns
 *   A button that downloads `csv` (UTF-8 with a byte order mark, which
 *   spreadsheet programs need to read Chinese).
 */
function downloadButton(label: string, csv: string, file: string): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'download',
      title: 'toCsv() output, UTF-8 with a byte order mark',
      onclick() {
        const url = URL.createObjectURL(new Blob(['\uFEFF', csv], {type: 'text/csv;charset=utf-8'}))
        const anchor = h('a', {href: url, download: file})
        document.body.append(anchor)
        anchor.click()
        anchor.remove()
        setTimeout(() => URL.revokeObjectURL(url), 10_000)
      }
    },
    label
  )
}

/**
 * The diagnostics, each linking to its place.
 *
 * @param diagnostics
 *   Diagnostics.
 * @param goTo
 *   Jump to a place.
 * @returns
 *   The pane's content.
 */
export function renderDiagnostics(diagnostics: ReadonlyArray<DiagnosticView>, goTo: GoTo): Array<Node> {
  if (diagnostics.length === 0) return [h('p', {class: 'empty'}, 'No diagnostics.')]
  return [
    h(
      'ol',
      {class: 'diagnostics'},
      diagnostics.map((diagnostic) =>
        h(
          'li',
          {class: `severity-${diagnostic.severity}`, 'data-rule': diagnostic.ruleId},
          h('a', {href: '#', class: 'place', onclick: link(goTo, diagnostic.start, diagnostic.end)}, `${diagnostic.line}:${diagnostic.column}`),
          ' ',
          h('span', {class: 'severity'}, diagnostic.severity),
          ' ',
          h('span', {class: 'reason'}, diagnostic.reason),
          ' ',
          h('code', {}, diagnostic.ruleId)
        )
      )
    )
  ]
}

/**
 * A `<details>` whose content is built when it is first opened.
 *
 * @param attributes
 *   Its attributes.
 * @param summary
 *   Content of its `<summary>`.
 * @param build
 *   Builds its content.
 * @param open
 *   Whether it starts open (content built at once).
 * @returns
 *   The element.
 */
function lazyDetails(attributes: Attributes, summary: Array<Node>, build: () => Array<Node>, open: boolean): HTMLDetailsElement {
  const details = h('details', {...attributes, open}, h('summary', {}, summary))
  let built = false
  const fill = (): void => {
    if (built) return
    built = true
    details.append(...build())
  }

  if (open) fill()
  else details.addEventListener('toggle', () => details.open && fill())
  return details
}

/**
 * @param goTo
 *   Jump to a place.
 * @param start
 *   Its offset.
 * @param end
 *   Offset after it.
 * @returns
 *   A click listener.
 */
function link(goTo: GoTo, start: number, end: number): (event: Event) => void {
  return (event) => {
    event.preventDefault()
    goTo(start, end)
  }
}
