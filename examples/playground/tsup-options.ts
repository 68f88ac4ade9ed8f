/**
 * The playground's build, as tsup options: one browser script
 * (`dist/playground.js`) with the Web Worker inlined as a string, so the page
 * works from `file://`, where Chromium refuses to start a worker from a file.
 *
 * Used by `tsup.config.ts` (so `npm run build` builds it too), by
 * `npm run playground` and by `test/playground/playground.test.ts`.
 */

import {fileURLToPath} from 'node:url'
import type {Options} from 'tsup'

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

/** Folder of the playground (`examples/playground/`). */
export const playgroundRoot = fileURLToPath(new URL('.', import.meta.url))

/** Where the bundle goes (gitignored: `dist/` matches at any depth). */
export const playgroundOutDir = fileURLToPath(new URL('dist/', import.meta.url))

/** The page to open. */
export const playgroundHtml = fileURLToPath(new URL('index.html', import.meta.url))

/** The module the page imports to get the worker's source. */
const workerModule = 'virtual:playground-worker'

/**
 * Resolve `virtual:playground-worker` to the worker (`src/worker.ts`, which
 * bundles the library from `src/`) built by the same esbuild as an IIFE
 * string.
 */
const inlineWorker: EsbuildPlugin = {
  name: 'inline-worker',
  setup(build) {
    build.onResolve({filter: /^virtual:playground-worker$/}, () => ({path: workerModule, namespace: 'inline-worker'}))
    build.onLoad({filter: /.*/, namespace: 'inline-worker'}, async () => {
      const entry = fileURLToPath(new URL('src/worker.ts', import.meta.url))
      const result = await build.esbuild.build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        metafile: true
      })
      const code = result.outputFiles[0]?.text ?? ''
      return {
        contents: `export default ${JSON.stringify(code)}`,
        loader: 'js',
        watchFiles: Object.keys(result.metafile.inputs).map((file) => fileURLToPath(new URL(file, `file://${process.cwd()}/`)))
      }
    })
  }
}

/** tsup options of the playground bundle. */
export const playgroundOptions: Options = {
  entry: {playground: fileURLToPath(new URL('src/main.ts', import.meta.url))},
  outDir: playgroundOutDir,
  format: ['iife'],
  platform: 'browser',
  target: 'es2022',
  dts: false,
  sourcemap: false,
  clean: true,
  minify: true,
  splitting: false,
  loader: {'.txt': 'text'},
  outExtension: () => ({js: '.js'}),
  esbuildPlugins: [inlineWorker]
}
