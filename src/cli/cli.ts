/**
 * The `baogao` command line: parse, outline, XML and batch runs over files
 * and folders, reading UTF-8, UTF-16 and GB18030.
 *
 * @module
 */

import {availableParallelism} from 'node:os'
import {Command, CommanderError} from 'commander'
import example from '../../examples/gwr-2022-excerpt.txt'
import {extractIndicators} from '../indicators/extract-indicators.js'
import {extractTargets} from '../indicators/extract-targets.js'
import {toCsv} from '../indicators/to-csv.js'
import {parseReport} from '../parse/parse-report.js'
import {toString} from '../tree/to-string.js'
import {toXml} from '../xml/index.js'
import type {Root} from '../types.js'
import {runBatch} from './batch.js'
import {formatOutline} from './outline.js'
import {formatTargets} from './targets.js'
import {CliError, readInput} from './read-input.js'

const program = new Command()
  .name('baogao')
  .description('Parse Chinese government work reports and economic-work speeches.')
  .showHelpAfterError()
  .exitOverride()

program
  .command('parse')
  .description('parse FILE and print the tree')
  .argument('<file>', 'a .txt or .md file (UTF-8, UTF-16 or GB18030), or - for standard input')
  .option('-f, --format <format>', 'json, xml or text (the input back, losslessly)', 'json')
  .action((file: string, options: {format: string}) => {
    const tree = parseReport(readInput(file).text)
    if (options.format === 'json') print(JSON.stringify(tree, null, 2))
    else if (options.format === 'xml') print(toXml(tree))
    else if (options.format === 'text') process.stdout.write(toString(tree))
    else throw new CliError(`baogao: unknown format \`${options.format}\`, expected json, xml or text`)
  })

program
  .command('outline')
  .description('print the documents and sections of FILE with their labels')
  .argument('<file>', 'a .txt or .md file, or - for standard input')
  .action((file: string) => {
    report(parseReport(readInput(file).text), formatOutline)
  })

program
  .command('targets')
  .description('print the targets of each document of FILE: the GDP growth target, then every target record')
  .argument('<file>', 'a .txt or .md file, or - for standard input')
  .option('--csv', 'write the target records as CSV')
  .action((file: string, options: {csv?: boolean}) => {
    const summaries = extractTargets(parseReport(readInput(file).text))
    if (options.csv) process.stdout.write(toCsv(summaries.flatMap((summary) => summary.records)))
    else print(formatTargets(summaries))
  })

program
  .command('indicators')
  .description('print every indicator record of FILE (JSON array by default)')
  .argument('<file>', 'a .txt or .md file, or - for standard input')
  .option('--csv', 'write CSV')
  .option('--ndjson', 'write one JSON record per line')
  .action((file: string, options: {csv?: boolean; ndjson?: boolean}) => {
    if (options.csv && options.ndjson) throw new CliError('baogao: choose one of --csv and --ndjson')
    const records = extractIndicators(parseReport(readInput(file).text))
    if (options.csv) process.stdout.write(toCsv(records))
    else if (options.ndjson) for (const record of records) print(JSON.stringify(record))
    else print(JSON.stringify(records, null, 2))
  })

program
  .command('xml')
  .description('print the tree of FILE as XML (same as parse --format xml)')
  .argument('<file>', 'a .txt or .md file, or - for standard input')
  .action((file: string) => {
    print(toXml(parseReport(readInput(file).text)))
  })

program
  .command('demo')
  .description('parse the bundled excerpt of the 2022 national government work report')
  .action(() => {
    report(parseReport(example), formatOutline)
  })

program
  .command('batch')
  .description('parse every .txt/.md file of DIR in worker threads; write NDJSON of per-document targets, one line per document')
  .argument('<dir>', 'a folder')
  .requiredOption('-o, --out <file>', 'NDJSON output file (`-` for standard output)')
  .option('-j, --jobs <n>', 'worker threads', String(Math.max(1, availableParallelism() - 1)))
  .action(async (folder: string, options: {out: string; jobs: string}) => {
    const jobs = Number.parseInt(options.jobs, 10)
    if (!Number.isInteger(jobs) || jobs < 1) throw new CliError(`baogao: --jobs must be a positive integer, got \`${options.jobs}\``)
    const result = await runBatch({folder, out: options.out, jobs, log: process.stderr, worker: new URL('./cli-worker.js', import.meta.url)})
    process.stderr.write(`baogao batch: ${result.files} files, ${result.documents} documents, ${result.failures.length} failures\n`)
    for (const failure of result.failures) process.stderr.write(`  ${failure.error}\n`)
    if (result.failures.length > 0) process.exitCode = 1
  })

/**
 * @param value
 *   Text to print with a final newline.
 * @returns
 *   Nothing.
 */
function print(value: string): void {
  process.stdout.write(value.endsWith('\n') ? value : value + '\n')
}

/**
 * Print a rendering of a tree, then its diagnostics on stderr.
 *
 * @param tree
 *   The tree.
 * @param render
 *   How to render it.
 * @returns
 *   Nothing.
 */
function report(tree: Root, render: (tree: Root) => string): void {
  print(render(tree))
  for (const message of tree.data.messages) {
    process.stderr.write(`${message.place.start.line}:${message.place.start.column} ${message.severity} ${message.reason} [${message.ruleId}]\n`)
  }
}

try {
  await program.parseAsync(process.argv.length > 2 ? process.argv : [...process.argv, 'demo'])
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(error.message + '\n')
    process.exitCode = 2
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2
  } else {
    throw error
  }
}
