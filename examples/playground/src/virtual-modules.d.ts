/** The worker's bundled source (see `examples/playground/tsup-options.ts`). */
declare module 'virtual:playground-worker' {
  const source: string
  export default source
}
