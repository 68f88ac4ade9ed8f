import {expectTypeOf, test} from 'vitest'
import {parseReport, toString, type Diagnostic, type Document, type ParseOptions, type PhrasingContent, type Root, type RootContent, type Section} from '../src/index.js'

test('parseReport returns a Root', () => {
  expectTypeOf(parseReport).parameter(0).toEqualTypeOf<string>()
  expectTypeOf(parseReport).parameter(1).toEqualTypeOf<ParseOptions | null | undefined>()
  expectTypeOf(parseReport('')).toEqualTypeOf<Root>()
  expectTypeOf<Root['data']['messages']>().toEqualTypeOf<Array<Diagnostic>>()
})

test('content maps narrow by type', () => {
  const content = {} as RootContent
  if (content.type === 'document') expectTypeOf(content).toEqualTypeOf<Document>()
  const phrasing = {} as PhrasingContent
  if (phrasing.type === 'quantity') expectTypeOf(phrasing.amount).toEqualTypeOf<number | null>()
  if (phrasing.type === 'marker') expectTypeOf(phrasing.ordinal).toEqualTypeOf<number | null>()
  expectTypeOf<Section['depth']>().toEqualTypeOf<number>()
})

test('toString takes any node', () => {
  expectTypeOf(toString).returns.toEqualTypeOf<string>()
  expectTypeOf(toString).toBeCallableWith({} as Section)
})
