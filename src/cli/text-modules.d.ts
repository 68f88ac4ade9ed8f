/** Text files bundled as strings by tsup's `text` loader (the demo report). */
declare module '*.txt' {
  const text: string
  export default text
}
