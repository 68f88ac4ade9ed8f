import {deepStrictEqual} from 'node:assert'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

const input = [
  '目录',
  '1.北京市政府工作报告……………1',
  '',
  '1.北京市政府工作报告',
  '——2022年1月6日在北京市第十五届人民代表大会第五次会议上',
  '市长 陈吉宁',
  '各位代表：',
  '一、2021年工作回顾',
  '地区生产总值增长8.5%左右，一是稳增长，二是**惠民生**。',
  '（一）持续用力。城镇新增就业26.1万人[1]。'
].join('\n')

describe('tree objects', () => {
  const tree = parseReport(input)

  it('are plain: objects of Object.prototype, arrays of Array.prototype', () => {
    const seen = new Set<unknown>()
    let objects = 0
    const visit = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return
      seen.add(value)
      if (Array.isArray(value)) {
        expect(Object.getPrototypeOf(value)).toBe(Array.prototype)
        for (const item of value) visit(item)
        return
      }

      objects++
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
      expect((value as {constructor: unknown}).constructor).toBe(Object)
      for (const item of Object.values(value)) visit(item)
    }

    visit(tree)
    expect(objects).toBeGreaterThan(100)
  })

  it('are deep-strict-equal to their JSON, keys in the same order', () => {
    const copy: unknown = JSON.parse(JSON.stringify(tree))
    deepStrictEqual(tree, copy)
    expect(JSON.stringify(copy)).toBe(JSON.stringify(tree))
    const document = tree.children.find((child) => child.type === 'document')
    expect(Object.keys(document ?? {})).toEqual(['type', 'meta', 'children', 'position'])
  })
})
