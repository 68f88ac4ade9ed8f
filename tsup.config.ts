import {defineConfig} from 'tsup'
import {playgroundOptions} from './examples/playground/tsup-options.js'

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      number: 'src/number/index.ts',
      xml: 'src/xml/index.ts',
      unified: 'src/unified/index.ts',
      io: 'src/io/index.ts'
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    treeshake: true
  },
  {
    // The command line: ESM only, not part of the library's API.
    entry: {
      cli: 'src/cli/cli.ts',
      'cli-worker': 'src/cli/worker.ts'
    },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    loader: {'.txt': 'text'},
    banner: {js: '#!/usr/bin/env node'}
  },
  // The playground page (examples/playground/): a browser bundle, not part of the package.
  playgroundOptions
])
