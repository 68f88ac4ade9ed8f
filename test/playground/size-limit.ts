/**
 * The size budget of the browser bundle of the core (issue 9): runs the
 * checks of the `size-limit` field of `package.json` with size-limit's API and
 * its `@size-limit/preset-small-lib` plugins (rolldown bundle, then gzip), and
 * fails when a check is over its limit. Part of `npm run check:package`.
 *
 * Why not the `size-limit` command: size-limit 14 reads its config with
 * `fs.glob`, which Node 20 lacks (the command needs Node 22.19 or later);
 * the API and the plugins run on Node 20. On Node 22, `npx size-limit`
 * reads the same field and prints the same sizes.
 */

import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import preset from '@size-limit/preset-small-lib'
import sizeLimit from 'size-limit'

/** A check of the `size-limit` field. */
interface Check {
  name: string
  path: string
  limit: string
  gzip?: boolean
}

const root = fileURLToPath(new URL('../..', import.meta.url))
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {'size-limit': Array<Check>}
const checks = pkg['size-limit'].map((check) => ({...check, files: [resolve(root, check.path)], sizeLimit: parseBytes(check.limit)}))
const results = (await sizeLimit(preset as never, {cwd: root, checks} as never)) as Array<{size?: number}>

let failed = false
for (const [index, check] of checks.entries()) {
  const size = results[index]?.size ?? Number.NaN
  const over = !(size <= check.sizeLimit)
  failed ||= over
  console.log(`${over ? '✖' : '✔'} ${check.name}\n  Size limit: ${formatBytes(check.sizeLimit)}\n  Size:       ${formatBytes(size)} ${check.gzip ? 'minified and gzipped' : 'minified and brotlied'}\n`)
}

if (failed) {
  console.error('size-limit: over budget (see the `size-limit` field of package.json)')
  process.exitCode = 1
}

/**
 * @param value
 *   A size as written in the config: `28 kB`, `1.5 MB` (powers of 1000).
 * @returns
 *   Bytes.
 */
function parseBytes(value: string): number {
  const match = /^(\d+(?:\.\d+)?) *([kM]?)B$/.exec(value.trim())
  if (!match) throw new Error(`size-limit: cannot read the limit \`${value}\``)
  return Math.floor(Number(match[1]) * (match[2] === 'k' ? 1e3 : match[2] === 'M' ? 1e6 : 1))
}

/**
 * @param bytes
 *   Bytes.
 * @returns
 *   `12.34 kB`.
 */
function formatBytes(bytes: number): string {
  return bytes >= 1000 ? `${(bytes / 1000).toFixed(2)} kB` : `${bytes} B`
}
