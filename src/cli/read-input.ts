/**
 * Read a report file for the CLI: check it exists and is a file, decode its
 * bytes (UTF-8, UTF-16, GB18030), or fail with one clear line.
 *
 * @module
 */

import {readFileSync, statSync} from 'node:fs'
import {decodeText} from '../io/index.js'

/** A failure the CLI reports in one line and exits 2 for. */
export class CliError extends Error {
  /**
   * @param message
   *   One line, naming the file.
   */
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** A decoded input file. */
export interface InputFile {
  /** The path as given. */
  path: string
  /** The decoded text. */
  text: string
  /** The encoding it was read as. */
  encoding: string
}

/**
 * Check that a path names what the command expects.
 *
 * @param path
 *   A path as given.
 * @param kind
 *   What it must be.
 * @throws {CliError}
 *   When it does not exist (`no such file`) or is the other kind
 *   (`is a directory, expected a file`).
 */
export function expectPath(path: string, kind: 'file' | 'directory'): void {
  let stats: ReturnType<typeof statSync>
  try {
    stats = statSync(path)
  } catch {
    throw new CliError(`baogao: ${path}: no such ${kind}`)
  }

  const isKind = kind === 'file' ? stats.isFile() : stats.isDirectory()
  if (!isKind) throw new CliError(`baogao: ${path}: is a ${kind === 'file' ? 'directory' : 'file'}, expected a ${kind}`)
}

/**
 * @param path
 *   A file path, or `-` for standard input.
 * @returns
 *   The decoded file.
 * @throws {CliError}
 *   When the file is missing, is a directory, or cannot be decoded.
 */
export function readInput(path: string): InputFile {
  let bytes: Buffer
  if (path === '-') {
    bytes = readFileSync(0)
  } else {
    expectPath(path, 'file')
    bytes = readFileSync(path)
  }

  try {
    const decoded = decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    return {path, text: decoded.text, encoding: decoded.encoding}
  } catch (error) {
    throw new CliError(`baogao: ${path}: cannot decode: ${error instanceof Error ? error.message : String(error)}`)
  }
}
