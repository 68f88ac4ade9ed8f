import type {Plugin} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expectTypeOf, test} from 'vitest'
import type {Root} from '../../src/index.js'
import {baogaoParse, type BaogaoParseOptions} from '../../src/unified/index.js'

test('baogaoParse fits unified’s plugin types without importing them', () => {
  const plugin: Plugin<[(BaogaoParseOptions | null | undefined)?], string, Root> = baogaoParse
  expectTypeOf(plugin).toBeFunction()
  expectTypeOf(unified().use(baogaoParse).parse(new VFile(''))).toMatchTypeOf<{type: string}>()
  expectTypeOf(unified().use(baogaoParse, {}).parse).toBeFunction()
  expectTypeOf<keyof BaogaoParseOptions>().not.toEqualTypeOf<'onMessage'>()
})
