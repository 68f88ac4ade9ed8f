import {describe, expect, it} from 'vitest'
import {BaogaoError, parseReport, type Root} from '../../src/index.js'
import {fromXml, toXml} from '../../src/xml/index.js'
import {caught} from '../util/caught.js'

const head = '<root xmlns="urn:baogao:tree" xmlns:bg="urn:baogao:xml" bg:version="1">'
const empty = `${head}<bg:data><bg:messages bg:type="array"/></bg:data></root>`

describe('fromXml refuses', () => {
  it('reads the minimal document it is checked against', () => {
    expect(fromXml(empty)).toEqual({
      type: 'root',
      data: {messages: []},
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  })

  it.each([
    ['another root element', '<html xmlns="urn:baogao:tree" xmlns:bg="urn:baogao:xml" bg:version="1"/>', /expected a `<root/],
    ['no namespace', '<root><text>a</text></root>', /expected a `<root/],
    ['another namespace', '<root xmlns="urn:other" xmlns:bg="urn:baogao:xml" bg:version="1"/>', /expected a `<root/],
    ['another bg namespace', '<root xmlns="urn:baogao:tree" xmlns:bg="urn:other" bg:version="1"/>', /expected a `<root/],
    ['no version', '<root xmlns="urn:baogao:tree" xmlns:bg="urn:baogao:xml"/>', /unsupported format version `undefined`/],
    ['a later version', '<root xmlns="urn:baogao:tree" xmlns:bg="urn:baogao:xml" bg:version="2"/>', /unsupported format version `2`/],
    ['two root elements', `${empty}${empty}`, /not well-formed|one root/],
    ['a DOCTYPE', `<!DOCTYPE root>${empty}`, /`<!DOCTYPE` declaration/],
    ['an internal subset with entities', `<!DOCTYPE root [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>${head}<text>&b;</text></root>`, /`<!DOCTYPE`/],
    ['an external entity', `<!DOCTYPE root [<!ENTITY x SYSTEM "file:///etc/passwd">]>${head}<text>&x;</text></root>`, /`<!DOCTYPE`/],
    ['a lower-case doctype', `<!doctype root>${empty}`, /`<!doctype` declaration/],
    ['a stray ENTITY', `${head}<!ENTITY a "b"></root>`, /`<!ENTITY` declaration/],
    ['an unknown entity', `${head}<text>&nbsp;</text></root>`, /unknown entity/],
    ['a stray ampersand', `${head}<text a="&amp"/></root>`, /not well-formed|unknown entity/],
    ['an element named __proto__', `${head}<__proto__>a</__proto__></root>`, /__proto__/],
    ['an element named constructor', `${head}<constructor>a</constructor></root>`, /constructor/],
    ['an element named prototype', `${head}<prototype/></root>`, /prototype/],
    ['an attribute named __proto__', `${head}<text __proto__="x">a</text></root>`, /__proto__/],
    ['an attribute named constructor', `${head}<text constructor="x">a</text></root>`, /constructor/],
    ['a field element named __proto__', `${head}<text><bg:__proto__ polluted="yes"/>a</text></root>`, /__proto__/],
    ['a field key __proto__', `${head}<text><bg:field bg:key="__proto__">x</bg:field>a</text></root>`, /refusing the key `__proto__`/],
    ['a field key constructor', `${head}<bg:field bg:key="constructor" bg:type="object"/></root>`, /refusing the key `constructor`/],
    ['malformed XML', `${head}<text>a</root>`, /not well-formed/],
    ['truncated XML', `${head}<text>a</text>`, /not well-formed/],
    ['a duplicate attribute', `${head}<text a="1" a="2">a</text></root>`, /not well-formed/],
    ['an unknown bg attribute', `${head}<text bg:evil="1">a</text></root>`, /unexpected attribute `bg:evil`/],
    ['a foreign prefix', `${head}<text x:y="1">a</text></root>`, /not well-formed|unexpected attribute `x:y`/],
    ['text between children', `${head}<section>a<text>b</text></section></root>`, /unexpected text/],
    ['a bad number', `${head}<section depth="1x" bg:types="depth:number"/></root>`, /expected a number/],
    ['a bad boolean', `${head}<section a="yes" bg:types="a:boolean"/></root>`, /expected `true` or `false`/],
    ['a bad type code', `${head}<section a="1" bg:types="a:date"/></root>`, /invalid `bg:types`/],
    ['a type for a missing attribute', `${head}<section bg:types="a:number"/></root>`, /not an attribute/],
    ['a bad order', `${head}<section a="1" bg:order="0 0"/></root>`, /invalid `bg:order`/],
    ['a bad position', `${head}<text bg:position="1:1">a</text></root>`, /invalid `bg:position`/],
    ['a bad escape', `${head}<text bg:types="value:escaped">\\x</text></root>`, /invalid escaped value/],
    ['a duplicate key', `${head}<text value="a">b</text></root>`, /duplicate key `value`/],
    ['a bg:node without type', `${head}<bg:node/></root>`, /without a string `type`/]
  ])('%s', (_, xml, message) => {
    const error = caught(() => fromXml(xml))
    expect(error).toBeInstanceOf(BaogaoError)
    expect(error).toMatchObject({code: 'invalid-xml', name: 'BaogaoError'})
    expect((error as Error).message).toMatch(/^fromXml\(\): /)
    expect((error as Error).message).toMatch(message)
  })

  it('accepts such names as values', () => {
    const tree = {type: 'root', children: [{type: 'constructor', value: '__proto__', label: 'prototype'}], data: {messages: []}}
    const xml = toXml(tree as unknown as Root)
    expect(xml).toContain('<bg:node type="constructor" label="prototype" bg:order="0 2 1" bg:position="none">__proto__</bg:node>')
    expect(fromXml(xml)).toEqual(tree)
  })

  it('does not pollute prototypes', () => {
    for (const xml of [`${head}<bg:field bg:key="__proto__" bg:type="object" polluted="yes"/></root>`, `${head}<__proto__ polluted="yes"/></root>`]) {
      expect(() => fromXml(xml)).toThrow(BaogaoError)
    }

    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([[undefined, 'undefined'], [42, 'number'], [new Uint8Array(1), 'an instance of Uint8Array']])(
    'a non-string (%o) with invalid-argument',
    (value, got) => {
      expect(caught(() => fromXml(value as unknown as string))).toMatchObject({
        code: 'invalid-argument',
        message: `fromXml(): expected a string, got ${got}`
      })
    }
  )
})

describe('toXml refuses', () => {
  const root = (extra: Record<string, unknown>): Root => ({type: 'root', children: [], data: {messages: []}, ...extra}) as unknown as Root

  it.each([
    ['a non-root', {type: 'text', value: 'a'}, /expected a baogao tree/],
    ['a string', 'text', /expected a baogao tree \(a `root` node\), got string/],
    ['null', null, /got null/],
    ['a function field', root({fn: () => 1}), /cannot write function/],
    ['a class instance', root({date: new Date(0)}), /cannot write an instance of Date/],
    ['a Map', root({map: new Map()}), /cannot write an instance of Map/],
    ['a bigint', root({big: 1n}), /cannot write bigint/],
    ['a symbol', root({symbol: Symbol('s')}), /cannot write symbol/],
    ['a __proto__ key', root(JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>), /refusing the key `__proto__`/],
    ['a constructor key', root({constructor: 'x'}), /refusing the key `constructor`/]
  ])('%s', (_, tree, message) => {
    const error = caught(() => toXml(tree as Root))
    expect(error).toBeInstanceOf(BaogaoError)
    expect(error).toMatchObject({code: 'invalid-argument'})
    expect((error as Error).message).toMatch(/^toXml\(\): /)
    expect((error as Error).message).toMatch(message)
  })

  it('a cycle', () => {
    const tree = parseReport('一、总体要求')
    const meta = {self: {}}
    meta.self = meta
    ;(tree as unknown as Record<string, unknown>).meta = meta
    expect(() => toXml(tree)).toThrow(/^toXml\(\): refusing a tree with a cycle$/)
    const node = tree.children[0] as unknown as {children: Array<unknown>}
    node.children.push(tree)
    expect(() => toXml(tree)).toThrow(/cycle/)
  })

  it('but writes a shared (acyclic) object twice', () => {
    const speaker = {name: '甲', role: null}
    const tree = root({a: speaker, b: speaker, list: [speaker, speaker]})
    expect(fromXml(toXml(tree))).toEqual(tree)
  })
})
