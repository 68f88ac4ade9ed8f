import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {corpusRoot, hasCorpus, readCorpus} from '../util/corpus.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const scratch = mkdtempSync(join(tmpdir(), 'baogao-cli-'))

/** Newest modification time of the files under a folder. */
function newest(folder: string): number {
  let time = 0
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    const stat = statSync(path)
    time = Math.max(time, stat.isDirectory() ? newest(path) : stat.mtimeMs)
  }

  return time
}

/** Run the CLI; never throws. */
function run(...args: Array<string>): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(() => {
  // The CLI is tested as shipped: build it when dist is missing or older than src.
  let built = 0
  try {
    built = statSync(cli).mtimeMs
  } catch {}

  if (built < newest(join(root, 'src')) || built < statSync(join(root, 'examples', 'gwr-2022-excerpt.txt')).mtimeMs) {
    execFileSync('npx', ['tsup'], {cwd: root, stdio: 'ignore'})
  }
}, 120_000)

describe('baogao CLI', () => {
  it('runs the demo with no arguments and prints the outline', () => {
    const result = run()
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '1. 政府工作报告 (governmentWorkReport, 全国, 2022-03-05, 国务院总理 李克强)',
      '  一、2021年工作回顾  review 0.97',
      '  二、2022年经济社会发展总体要求和政策取向  targets 0.95'
    ])
    expect(run('demo').stdout).toBe(result.stdout)
  })

  it('fails with one line and exit code 2 for a missing file, a folder, an unknown format', () => {
    expect(run('outline', join(scratch, 'missing.txt'))).toMatchObject({status: 2, stderr: `baogao: ${join(scratch, 'missing.txt')}: no such file\n`})
    expect(run('parse', scratch)).toMatchObject({status: 2, stderr: `baogao: ${scratch}: is a directory, expected a file\n`})
    const file = join(scratch, 'one.txt')
    writeFileSync(file, '一、总体要求\n')
    expect(run('parse', file, '--format', 'yaml')).toMatchObject({status: 2, stderr: 'baogao: unknown format `yaml`, expected json, xml or text\n'})
    expect(run('batch', file, '--out', join(scratch, 'x.ndjson'))).toMatchObject({status: 2, stderr: `baogao: ${file}: is a file, expected a directory\n`})
    expect(run('frobnicate').status).toBe(2)
  })

  it('prints a GDP target set against the national rate', () => {
    const file = join(scratch, 'relative.txt')
    writeFileSync(file, '二、今年工作安排\n\n今年主要预期目标是：生产总值增速高于全国平均水平1到2个百分点，财政收入增长11%。\n')
    expect(run('targets', file).stdout).toContain('  GDP growth: higher than 全国平均水平 by 1–2 points (relative: 生产总值增速高于全国平均水平1到2个百分点)\n')
  })

  it('prints JSON, XML and the text back', () => {
    const file = join(scratch, 'small.txt')
    const input = '一、2021年工作回顾\n\n国内生产总值增长8.1%。\n'
    writeFileSync(file, input)
    const json = JSON.parse(run('parse', file).stdout) as {type: string; children: Array<{type: string}>}
    expect(json.type).toBe('root')
    expect(json.children[0]?.type).toBe('document')
    expect(run('parse', file, '--format', 'text').stdout).toBe(input)
    expect(run('xml', file).stdout.startsWith('<?xml')).toBe(true)
  })

  it.skipIf(!hasCorpus)('reads a GB18030-encoded copy of a corpus file like the UTF-8 original', () => {
    const original = join(corpusRoot, 'city-economic-work-2023.txt')
    const copy = join(scratch, 'city-gb18030.txt')
    execFileSync('python3', ['-c', `import sys; open(sys.argv[2], 'wb').write(open(sys.argv[1], encoding='utf-8').read().encode('gb18030'))`, original, copy])
    expect(readFileSync(copy).length).toBeLessThan(readFileSync(original).length)
    const fromGb = run('outline', copy)
    expect(fromGb.status).toBe(0)
    expect(fromGb.stdout).toBe(run('outline', original).stdout)
    expect(fromGb.stdout.startsWith('1. 在2023年市委全会暨市委经济工作会议上的讲话 (economicWorkSpeech)')).toBe(true)
    expect(run('parse', copy, '--format', 'text').stdout).toBe(readCorpus('city-economic-work-2023.txt'))
  })

  it.skipIf(!hasCorpus)('prints targets as text and CSV, and indicators as NDJSON', () => {
    const file = join(corpusRoot, 'gwr-2022-part1.txt')
    const text = run('targets', file)
    expect(text.status).toBe(0)
    expect(text.stdout.split('\n').slice(0, 3)).toEqual(['1. 政府工作报告 (全国, 2022)', '  GDP growth: 5.5% 左右 (soft)', '  国内生产总值 增长 5.5%左右'])
    expect(text.stdout).toContain('\n4. 河北省政府工作报告 (河北省, 2022)\n  GDP growth: 6.5% (bare)\n')
    const csv = run('targets', file, '--csv').stdout.split('\r\n')
    expect(csv[0]).toBe('document,region,year,section,role,indicator,key,period,verb,value,amount,min,max,unit,qualifier,qualifierText,masked,sentenceOffset')
    expect(csv[1]?.startsWith('政府工作报告,全国,2022,targets,target,国内生产总值,gdp,,增长,5.5%左右,5.5,,,%,about,左右,false,')).toBe(true)
    const ndjson = run('indicators', join(corpusRoot, 'city-economic-work-2023.txt'), '--ndjson').stdout.trimEnd().split('\n')
    const records = ndjson.map((line) => JSON.parse(line) as {role: string; quantity: {value: string}})
    expect(records.length).toBeGreaterThan(20)
    expect(records.every((record) => ['target', 'result', 'estimate', 'plan', 'forecast'].includes(record.role))).toBe(true)
    expect(run('indicators', file, '--csv', '--ndjson')).toMatchObject({status: 2, stderr: 'baogao: choose one of --csv and --ndjson\n'})
  })

  it.skipIf(!hasCorpus)('batch over the provincial corpus: no failures, one NDJSON line per document, in file order', () => {
    const out = join(scratch, 'provincial.ndjson')
    const result = run('batch', join(corpusRoot, 'provincial'), '--out', out, '--jobs', '2')
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/baogao batch: 687 files, 687 documents, 0 failures\n$/u)
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n')
    expect(lines.length).toBe(687)
    const first = JSON.parse(lines[0] as string) as {file: string; index: number; region: string; gdp: {value: number} | null}
    expect(first).toMatchObject({index: 0, region: '云南省'})
    const withGdp = lines.filter((line) => (JSON.parse(line) as {gdp: unknown}).gdp !== null).length
    expect(withGdp).toBeGreaterThan(600)
    expect(first.file.endsWith('provincial/云南省/2003.md')).toBe(true)
  }, 120_000)

  it('batch reports a failing file and goes on', () => {
    const folder = mkdtempSync(join(tmpdir(), 'baogao-batch-'))
    writeFileSync(join(folder, 'a.txt'), '一、总体要求\n\n稳字当头。\n')
    // A link to nothing: its worker fails, the others go on.
    symlinkSync(join(folder, 'missing-target.txt'), join(folder, 'b.txt'))
    writeFileSync(join(folder, 'c.md'), '**政府工作报告**\n\n各位代表：\n\n一、回顾\n\n成绩显著。\n')
    const out = join(folder, 'out.ndjson')
    const result = run('batch', folder, '--out', out, '--jobs', '2')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('baogao batch: 3 files, 2 documents, 1 failures\n')
    expect(result.stderr).toContain(`  baogao: ${join(folder, 'b.txt')}: no such file\n`)
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string})
    expect(lines.map((line) => line.file)).toEqual([join(folder, 'a.txt'), join(folder, 'c.md')])
  })

  it('reads standard input for `-`, in any supported encoding', () => {
    const text = '一、总体要求\n\n今年主要预期目标是：地区生产总值增长5%左右。\n'
    for (const input of [Buffer.from(text, 'utf8'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      const result = spawnSync(process.execPath, [cli, 'targets', '-'], {cwd: root, input, encoding: 'utf8'})
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('5%左右')
    }
  })

  it('batch writes NDJSON to standard output with `--out -`', () => {
    const folder = mkdtempSync(join(tmpdir(), 'baogao-batch-'))
    writeFileSync(join(folder, 'a.txt'), '一、总体要求\n\n稳字当头。\n')
    writeFileSync(join(folder, 'c.md'), '**政府工作报告**\n\n各位代表：\n\n一、回顾\n\n成绩显著。\n')
    const result = run('batch', folder, '--out', '-', '--jobs', '1')
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('baogao batch: 2 files, 2 documents, 0 failures\n')
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; title: string | null})
    expect(lines.map((line) => [line.file, line.title])).toEqual([
      [join(folder, 'a.txt'), null],
      [join(folder, 'c.md'), '政府工作报告']
    ])
    expect(readdirSync(folder).sort()).toEqual(['a.txt', 'c.md'])
  })
})
