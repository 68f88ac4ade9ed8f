/**
 * The error a function throws, for tests that check its type and fields.
 *
 * @param run
 *   Code that must throw.
 * @returns
 *   What it threw.
 * @throws {Error}
 *   When `run` returns instead of throwing.
 */
export function caught(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }

  throw new Error('expected an error')
}
