/**
 * Access to `../shared/corpus`, which a user's clone does not have: tests
 * that need it skip with a one-line notice.
 */

import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

/** Folder of the shared corpus, beside the checkout. */
export const corpusRoot = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))

/** Whether the corpus is there. */
export const hasCorpus = existsSync(corpusRoot)

if (!hasCorpus) console.warn(`corpus tests skipped: ${corpusRoot} not found`)

/**
 * @returns
 *   Paths of every `.txt` and `.md` document of the corpus (not its README),
 *   relative to the corpus root, sorted.
 */
export function corpusFiles(): Array<string> {
  const files: Array<string> = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(?:txt|md)$/.test(name) && path !== join(corpusRoot, 'README.md')) files.push(relative(corpusRoot, path))
    }
  }

  if (hasCorpus) walk(corpusRoot)
  return files.sort()
}

/**
 * @param path
 *   Path relative to the corpus root.
 * @returns
 *   The file's text.
 */
export function readCorpus(path: string): string {
  return readFileSync(join(corpusRoot, path), 'utf8')
}
