/**
 * The classify layer: section labels and the targets paragraph.
 *
 * @module
 */

export {classifySection} from './classify-section.js'
export {classifyDocument} from './classify-document.js'
export type {Classification} from './score.js'
export {headingCues, type Cue, type CueTable} from './cues.js'
export {contentCues} from './content-cues.js'
