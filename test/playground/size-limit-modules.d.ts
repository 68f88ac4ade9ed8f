/** `@size-limit/preset-small-lib` ships no types: a list of size-limit plugins. */
declare module '@size-limit/preset-small-lib' {
  const plugins: Array<object>
  export default plugins
}
