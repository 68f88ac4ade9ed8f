/**
 * `npm run playground`: build the playground page and print the file to open.
 *
 * The page needs no server: open `examples/playground/index.html` in a
 * browser (from `file://`).
 */

import {existsSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {build} from 'tsup'
import {playgroundHtml, playgroundOptions} from './tsup-options.js'

/** Build the playground bundle into `examples/playground/dist/`. */
export async function buildPlayground(): Promise<void> {
  await build({...playgroundOptions, config: false, silent: true})
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildPlayground()
  if (!existsSync(playgroundHtml)) throw new Error(`playground: ${playgroundHtml} not found`)
  console.log(`Built the playground. Open it in a browser:\n\n  ${pathToFileURL(playgroundHtml).href}\n`)
}
