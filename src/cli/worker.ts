/**
 * A `baogao batch` worker: parses the files it is sent and posts back one
 * summary line per document, or the error.
 *
 * @module
 */

import {parentPort} from 'node:worker_threads'
import {parseReport} from '../parse/parse-report.js'
import {readInput} from './read-input.js'
import {summarize} from './summary.js'

/** A job: one file. */
export interface Job {
  id: number
  path: string
}

/** The answer to a job. */
export type JobResult = {id: number; path: string; lines: Array<string>} | {id: number; path: string; error: string}

parentPort?.on('message', (job: Job) => {
  let result: JobResult
  try {
    const input = readInput(job.path)
    const lines = summarize(parseReport(input.text), job.path).map((summary) => JSON.stringify(summary))
    result = {id: job.id, path: job.path, lines}
  } catch (error) {
    result = {id: job.id, path: job.path, error: error instanceof Error ? error.message : String(error)}
  }

  parentPort?.postMessage(result)
})
