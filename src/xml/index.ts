/**
 * `baogao/xml`: a baogao tree as XML and back, losslessly.
 *
 * ```ts
 * import {parseReport} from 'baogao'
 * import {fromXml, toXml} from 'baogao/xml'
 *
 * const xml = toXml(parseReport('各位代表：\n\n现在，我代表国务院，向大会报告政府工作。'))
 * const tree = fromXml(xml) // deep-equals the parsed tree
 * ```
 *
 * The format (namespace `urn:baogao:tree` for nodes, `urn:baogao:xml`,
 * prefix `bg`, for the format's own names):
 *
 * - each node is an element named by its `type` (`<bg:node type="…">` when
 *   the type is not a plain XML name); a literal's `value` is its text, a
 *   parent's `children` its child elements;
 * - string fields are attributes; numbers, booleans and `null` are attributes
 *   typed by `bg:types="depth:number masked:boolean unit:null"`;
 * - object fields are `bg:` child elements (`<bg:meta kind="report" …>`,
 *   `<bg:marker style="hanComma" …>`), arrays hold `<bg:i>` items with a
 *   `bg:type` unless they are strings;
 * - `position` is `bg:position="line:column:offset line:column:offset"`;
 * - strings XML 1.0 cannot hold (NUL, lone surrogates, U+FFFE, U+FFFF) are
 *   written as `\u{HEX}` escapes (backslashes doubled) and flagged `escaped`;
 * - `bg:order` restores key order when attributes-then-elements would
 *   change it, `bg:content` tells an empty `value` from empty `children`.
 *
 * @packageDocumentation
 */

export {toXml, type ToXmlOptions} from './to-xml.js'
export {fromXml} from './from-xml.js'
export {BaogaoError, type BaogaoErrorCode} from '../tree/error.js'
