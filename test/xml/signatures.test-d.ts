import {expectTypeOf, test} from 'vitest'
import type {Root} from '../../src/index.js'
import {fromXml, toXml, type ToXmlOptions} from '../../src/xml/index.js'
import {decodeText, type DecodedText, type TextEncoding} from '../../src/io/index.js'

test('xml signatures', () => {
  expectTypeOf(fromXml).parameters.toEqualTypeOf<[string]>()
  expectTypeOf(fromXml).returns.toEqualTypeOf<Root>()
  expectTypeOf(toXml).parameters.toEqualTypeOf<[Root, (ToXmlOptions | null | undefined)?]>()
  expectTypeOf(toXml).returns.toEqualTypeOf<string>()
})

test('io signatures', () => {
  expectTypeOf(decodeText).parameters.toEqualTypeOf<[Uint8Array]>()
  expectTypeOf(decodeText).returns.toEqualTypeOf<DecodedText>()
  expectTypeOf<DecodedText['encoding']>().toEqualTypeOf<TextEncoding>()
  expectTypeOf<TextEncoding>().toEqualTypeOf<'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'>()
})
