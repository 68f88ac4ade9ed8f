/**
 * The playground page: paste a report or drop a file, see its outline,
 * quantities, targets and diagnostics. The parser runs in a Web Worker started
 * from a Blob URL (so the page works from `file://`).
 */

import workerSource from 'virtual:playground-worker'
import sample from '../../gwr-2022-excerpt.txt'
import type {Job, Report} from './messages.js'
import type {Model} from './model.js'
import {renderDiagnostics, renderOutline, renderTargets} from './render-panels.js'
import {TextView} from './render-text.js'

/** States of the page, as `data-state` on `#status`. */
type State = 'idle' | 'reading' | 'decoding' | 'parsing' | 'extracting' | 'rendering' | 'done' | 'error'

/** Texts up to this long are parsed as you type. */
const typingLimit = 100_000

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id)
  if (!element) throw new Error(`playground: #${id} missing`)
  return element as T
}

const input = byId<HTMLTextAreaElement>('input')
const parseButton = byId<HTMLButtonElement>('parse')
const sampleButton = byId<HTMLButtonElement>('sample')
const fileInput = byId<HTMLInputElement>('file')
const status = byId<HTMLElement>('status')
const statusText = byId<HTMLElement>('status-text')
const progress = byId<HTMLProgressElement>('progress')
const outline = byId<HTMLElement>('outline')
const targets = byId<HTMLElement>('targets')
const diagnostics = byId<HTMLElement>('diagnostics')
const textView = new TextView(byId<HTMLElement>('text'))
const defaultPlaceholder = input.placeholder
const workerUrl = URL.createObjectURL(new Blob([workerSource], {type: 'text/javascript'}))

let worker: Worker | null = null
let busy = false
let jobId = 0
let typingTimer: ReturnType<typeof setTimeout> | undefined

/**
 * Show a state.
 *
 * @param state
 *   The state.
 * @param message
 *   What to say.
 * @param share
 *   Progress from 0 to 1, or `null` for indeterminate.
 */
function setState(state: State, message: string, share: number | null = null): void {
  status.dataset['state'] = state
  statusText.textContent = message
  if (share === null) progress.removeAttribute('value')
  else progress.value = share
}

/**
 * Send a job to the worker, replacing any job still running.
 *
 * @param job
 *   Text or bytes (without an id).
 * @param transfer
 *   Buffers to transfer.
 */
function run(job: {text: string} | {bytes: ArrayBuffer; name: string}, transfer: Array<Transferable> = []): void {
  clearTimeout(typingTimer)
  if (worker && busy) {
    worker.terminate()
    worker = null
  }

  if (!worker) {
    worker = new Worker(workerUrl)
    worker.onmessage = (event: MessageEvent<Report>) => void receive(event.data)
    worker.onerror = (event) => {
      busy = false
      setState('error', `The worker failed: ${event.message}`)
    }
  }

  if ('text' in job && job.text.length <= typingLimit) input.placeholder = defaultPlaceholder
  busy = true
  const id = ++jobId
  const message: Job = {id, ...job}
  setState('bytes' in job ? 'decoding' : 'parsing', 'bytes' in job ? `decoding ${job.name}…` : 'parsing…')
  worker.postMessage(message, transfer)
}

/**
 * @param report
 *   A report from the worker.
 */
async function receive(report: Report): Promise<void> {
  if (report.id !== jobId) return
  if (report.type === 'stage') {
    setState(report.stage, report.stage === 'extracting' ? 'extracting targets…' : `${report.stage}…`)
    return
  }

  busy = false
  if (report.type === 'error') {
    setState('error', report.message)
    return
  }

  await show(report.model, report.id)
}

/**
 * Render a model: panes at once, the text incrementally.
 *
 * @param model
 *   What to show.
 * @param id
 *   Its job.
 */
async function show(model: Model, id: number): Promise<void> {
  setState('rendering', 'rendering…', 0)
  if (model.encoding !== null) {
    input.value = model.text.length <= typingLimit ? model.text : ''
    if (model.text.length > typingLimit) input.placeholder = `(${model.text.length} characters read from a file (${model.encoding}): shown on the right)`
  }

  const goTo = (start: number, end: number): void => {
    textView.focus(start, end)
  }

  outline.replaceChildren(...renderOutline(model, goTo))
  targets.replaceChildren(...renderTargets(model, goTo))
  diagnostics.replaceChildren(...renderDiagnostics(model.diagnostics, goTo))
  byId('diagnostic-count').textContent = String(model.diagnostics.length)

  const finished = await textView.render(model, (share) => {
    if (id === jobId) setState('rendering', `rendering… ${Math.round(share * 100)}%`, share)
  })
  if (!finished || id !== jobId) return
  const summary = [
    `${model.documents.length} document${model.documents.length === 1 ? '' : 's'}`,
    `${model.quantities.length} quantities`,
    `${model.text.length} characters${model.encoding ? ` (${model.encoding})` : ''}`,
    `parsed in ${Math.round(model.timings.parse)} ms`
  ]
  setState('done', summary.join(' · '), 1)
}

/**
 * @param file
 *   A dropped or chosen file.
 */
async function readFile(file: File): Promise<void> {
  setState('reading', `reading ${file.name}…`)
  const bytes = await file.arrayBuffer()
  run({bytes, name: file.name}, [bytes])
}

parseButton.addEventListener('click', () => run({text: input.value}))
sampleButton.addEventListener('click', () => {
  input.value = sample
  run({text: sample})
})
input.addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain') ?? ''
  if (text.length <= typingLimit) {
    // Let the browser paste, then parse what the box holds.
    setTimeout(() => run({text: input.value}), 0)
    return
  }

  // A compilation: laying out megabytes in a text box blocks the page for
  // longer than parsing them, so it goes to the worker, not into the box.
  event.preventDefault()
  input.value = ''
  input.placeholder = `(${text.length} characters pasted: shown on the right)`
  run({text})
})
input.addEventListener('input', (event) => {
  if ((event as InputEvent).inputType === 'insertFromPaste' || input.value.length > typingLimit) return
  clearTimeout(typingTimer)
  typingTimer = setTimeout(() => run({text: input.value}), 600)
})
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void readFile(file)
})
document.addEventListener('dragover', (event) => {
  event.preventDefault()
  document.body.classList.add('dragging')
})
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) document.body.classList.remove('dragging')
})
document.addEventListener('drop', (event) => {
  event.preventDefault()
  document.body.classList.remove('dragging')
  const file = event.dataTransfer?.files[0]
  if (file) void readFile(file)
})

setState('idle', 'Paste a report, drop a .txt or .md file, or try the sample.', 0)
