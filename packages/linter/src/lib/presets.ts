import type {Severity} from './rule.js'

/** A preset: the severity of each rule it turns on (a rule not listed is off). */
export interface Preset {
  rules: Readonly<Record<string, Severity>>
}

// The statute: an error where the text can show the duty is broken, a warning where the duty is
// met off the page (section55.md §7).
const recommended = {
  'lpb-comments': 'error',
  'chief-officer-invited': 'warning',
  'chief-officer-comments': 'warning',
  'response-to-chief-officer': 'info',
  'published-within-56-days': 'error',
  'draft-days-left': 'info',
  'recommendations-explained': 'error',
  'other-recommendations-explained': 'warning',
  'explanations-in-lpb-comments': 'warning',
  'copies-sent': 'warning',
  'no-s55-exclusion-claim': 'error',
  'report-identified': 'error',
  'local-policing-body': 'error',
  'fire-report-not-section-55': 'warning',
  'national-report-guidance': 'info',
  'placeholders-filled': 'error'
} as const satisfies Record<string, Severity>

/**
 * The built-in presets, as data: `recommended` checks the statute, `strict` adds good practice
 * (section55.md §8). A body can add its own, e.g. `{...presets, house: {rules: {...presets.strict.rules, 'names-board': 'warning'}}}`.
 */
export const presets = {
  recommended: {rules: recommended},
  strict: {
    rules: {
      ...recommended,
      'cites-section-55': 'warning',
      'dates-stated': 'warning',
      'report-linked': 'info',
      'parts-labelled': 'info',
      'afis-addressed': 'warning',
      'monitoring-described': 'info',
      'signed-and-dated': 'warning'
    }
  }
} as const satisfies Record<string, Preset>

/** The names of the built-in presets. */
export type PresetName = keyof typeof presets
