/**
 * `baogao batch DIR --out FILE [--jobs N]`: parse every `.txt`/`.md` file of
 * a folder in a pool of worker threads and write NDJSON, one line per
 * document, to FILE (`-`: standard output). A failing file is reported and
 * skipped; the batch goes on.
 *
 * @module
 */

import {createWriteStream, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'
import cliProgress from 'cli-progress'
import {expectPath} from './read-input.js'
import type {Job, JobResult} from './worker.js'

/** Options of a batch run. */
export interface BatchOptions {
  /** Folder to read. */
  folder: string
  /** NDJSON file to write; `-` for standard output. */
  out: string
  /** Worker threads. */
  jobs: number
  /** Where progress and the summary go. */
  log: NodeJS.WriteStream
  /** URL of the worker script. */
  worker: URL
}

/** What a batch did. */
export interface BatchResult {
  files: number
  documents: number
  failures: Array<{path: string; error: string}>
}

/**
 * @param folder
 *   A folder.
 * @returns
 *   Every `.txt` and `.md` file under it, sorted.
 * @throws {CliError}
 *   When the folder does not exist or is a file.
 */
export function listInputs(folder: string): Array<string> {
  expectPath(folder, 'directory')
  const files: Array<string> = []
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name)
      // A broken link is listed: its worker reports it, the batch goes on.
      if (statSync(child, {throwIfNoEntry: false})?.isDirectory()) walk(child)
      else if (/\.(?:txt|md)$/iu.test(name)) files.push(child)
    }
  }

  walk(folder)
  return files
}

/**
 * Run a batch.
 *
 * @param options
 *   What to read and write.
 * @returns
 *   Counts and failures.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const files = listInputs(options.folder)
  const toStdout = options.out === '-'
  const out: NodeJS.WritableStream = toStdout ? process.stdout : createWriteStream(options.out)
  const result: BatchResult = {files: files.length, documents: 0, failures: []}
  const jobs = Math.max(1, Math.min(options.jobs, files.length || 1))
  const bar = options.log.isTTY
    ? new cliProgress.SingleBar({format: 'baogao batch [{bar}] {value}/{total} {file}', stream: options.log}, cliProgress.Presets.shades_classic)
    : undefined
  bar?.start(files.length, 0, {file: ''})

  let next = 0
  let done = 0
  const ordered = new Map<number, JobResult>()
  let written = 0

  await new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      resolve()
      return
    }

    const workers: Array<Worker> = []
    const send = (worker: Worker): void => {
      if (next >= files.length) return
      const job: Job = {id: next, path: files[next] as string}
      next++
      worker.postMessage(job)
    }

    for (let index = 0; index < jobs; index++) {
      // A larger young generation: a parse allocates a large tree that survives, and copying it is a third of the time.
      const worker = new Worker(options.worker, {resourceLimits: {maxYoungGenerationSizeMb: 64}})
      workers.push(worker)
      worker.on('error', reject)
      worker.on('message', (message: JobResult) => {
        ordered.set(message.id, message)
        // Write in file order, whatever order the workers finish in.
        while (ordered.has(written)) {
          const ready = ordered.get(written) as JobResult
          ordered.delete(written)
          written++
          if ('error' in ready) result.failures.push({path: ready.path, error: ready.error})
          else {
            for (const line of ready.lines) out.write(line + '\n')
            result.documents += ready.lines.length
          }
        }

        done++
        if (bar) bar.update(done, {file: message.path})
        else options.log.write(`[${done}/${files.length}] ${message.path}${'error' in message ? ' FAILED' : ''}\n`)
        if (done === files.length) {
          for (const other of workers) void other.terminate()
          resolve()
        } else send(worker)
      })
      send(worker)
    }
  })

  bar?.stop()
  // Standard output stays open (the summary follows on stderr); a file is closed.
  if (toStdout) await new Promise<void>((resolve) => (out.write('') ? resolve() : out.once('drain', () => resolve())))
  else await new Promise<void>((resolve) => out.end(resolve))
  return result
}
