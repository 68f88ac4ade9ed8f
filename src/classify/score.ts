/**
 * Scores per label, and the decision they lead to.
 *
 * A score is the sum of the weights of the cues (or rules) that spoke for a
 * label. The decision takes the highest score; its confidence grows with the
 * score and shrinks with the runner-up's share.
 *
 * @module
 */

import type {SectionLabel} from '../types.js'
import {candidateCues} from './cue-index.js'
import type {Cue, CueTable} from './cues.js'

/** Every label, in the order used to break ties and to list `alsoContains`. */
export const labels: ReadonlyArray<SectionLabel> = [
  'review',
  'targets',
  'tasks',
  'situation',
  'problems',
  'requirements',
  'government',
  'notes',
  'other'
]

/** What was found for one label. */
export interface LabelScore {
  /** Sum of the weights. */
  score: number
  /** The cue words (matched text) or rule names, in the order found. */
  cues: Array<string>
}

/** Scores of the labels that got any. */
export type Scores = Map<SectionLabel, LabelScore>

/**
 * A section label with its confidence and the cues that decided it.
 *
 * @example
 * ```ts
 * const c: Classification = {label: 'review', confidence: 0.78, cues: ['回顾']}
 * ```
 */
export interface Classification {
  /** What the section is about. */
  label: SectionLabel
  /** How sure, in [0, 1]. */
  confidence: number
  /** The cue words or rules behind `label` (`回顾`, `position:first`, `inherited`). */
  cues: Array<string>
}

/** Below this score nothing is known: the label is `other`. */
const minimumScore = 0.75

/**
 * Add weight to a label.
 *
 * @param scores
 *   Scores to change.
 * @param label
 *   Label.
 * @param weight
 *   Weight to add (may be negative).
 * @param cue
 *   The cue word or rule name to record.
 * @returns
 *   Nothing.
 */
export function addScore(scores: Scores, label: SectionLabel, weight: number, cue: string): void {
  const found = scores.get(label)
  if (found) {
    found.score += weight
    found.cues.push(cue)
  } else {
    scores.set(label, {score: weight, cues: [cue]})
  }
}

/**
 * Score a text against a cue table: every cue that matches adds its weight
 * once, recording the matched words.
 *
 * @param text
 *   Normalised text.
 * @param table
 *   Cues.
 * @param scores
 *   Scores to add to (a new map when absent).
 * @param factor
 *   Multiplier of the weights (content cues count less than heading cues).
 * @param prefix
 *   Prefix of the recorded cue (`content:`).
 * @returns
 *   The scores.
 */
export function scoreText(text: string, table: CueTable, scores: Scores = new Map(), factor = 1, prefix = ''): Scores {
  // Only the cues whose first characters occur in the text can match.
  const candidates = candidateCues(table, text)
  for (let position = 0; position < table.length; position++) {
    if (candidates[position] === 0) continue
    const cue = table[position] as Cue
    const match = cue.pattern.exec(text)
    if (match) addScore(scores, cue.label, cue.weight * factor, prefix + match[0])
  }

  return scores
}

/**
 * @param scores
 *   Scores.
 * @returns
 *   The best label and its score, and the runner-up's score.
 */
export function ranking(scores: Scores): {label: SectionLabel; top: number; second: number} {
  let label: SectionLabel = 'other'
  let top = 0
  let second = 0
  // Ties go to the label listed first.
  for (const name of labels) {
    const score = scores.get(name)?.score ?? 0
    if (score > top) {
      second = top
      top = score
      label = name
    } else if (score > second) {
      second = score
    }
  }

  return {label, top, second}
}

/**
 * Decide a label from scores.
 *
 * Confidence is `strength × (½ + ½ × margin)`: strength `1 − e^(−top/2)`
 * (a single decisive cue of weight 3 gives 0.78), margin the share of the
 * top score the runner-up does not reach. Nothing above `minimumScore`
 * gives `other` at 0.2.
 *
 * @param scores
 *   Scores.
 * @returns
 *   The classification.
 */
export function decide(scores: Scores): Classification {
  const {label, top, second} = ranking(scores)
  if (top < minimumScore) return {label: 'other', confidence: 0.2, cues: []}
  const strength = 1 - Math.exp(-top / 2)
  const margin = (top - second) / top
  const confidence = Math.round(strength * (0.5 + 0.5 * margin) * 100) / 100
  const cues = [...new Set(scores.get(label)?.cues ?? [])]
  return {label, confidence, cues}
}
