/**
 * The worker: decodes a file (`decodeText`), parses (`parseReport`), extracts
 * targets, and posts what the page shows, so a 1.6 MB compilation never
 * blocks the page. Bundled into the page as a string and started from a Blob
 * URL (see `tsup-options.ts`).
 */

import {decodeText} from '../../../src/io/index.js'
import type {Diagnostic} from '../../../src/index.js'
import type {Job, Report} from './messages.js'
import {buildModel} from './model.js'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Job>) => void) | null
  postMessage(report: Report): void
}

scope.onmessage = (event) => {
  const job = event.data
  const post = (report: Report): void => scope.postMessage(report)
  try {
    let text: string
    let encoding: string | null = null
    let messages: Array<Diagnostic> = []
    if ('bytes' in job) {
      post({id: job.id, type: 'stage', stage: 'decoding'})
      const decoded = decodeText(new Uint8Array(job.bytes))
      text = decoded.text
      encoding = decoded.encoding
      messages = decoded.messages
    } else {
      text = job.text
    }

    const model = buildModel(text, encoding, messages, (stage) => post({id: job.id, type: 'stage', stage}))
    post({id: job.id, type: 'done', model})
  } catch (error) {
    post({id: job.id, type: 'error', message: error instanceof Error ? error.message : String(error)})
  }
}
