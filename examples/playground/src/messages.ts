/**
 * Messages between the page and its worker.
 */

import type {Model} from './model.js'

/** A job for the worker: text, or the bytes of a file. */
export type Job = {id: number; text: string} | {id: number; bytes: ArrayBuffer; name: string}

/** What the worker reports. */
export type Report =
  | {id: number; type: 'stage'; stage: 'decoding' | 'parsing' | 'extracting'}
  | {id: number; type: 'done'; model: Model}
  | {id: number; type: 'error'; message: string}
