import {describe, expect, it} from 'vitest'
import {check, read} from './helpers.js'

// A text about a fire and rescue service only has no chief officer of police to comment: section 55
// covers reports on police forces, so the chief officer's comments are not met, cut off or not.

describe('a text about a fire and rescue service only (real texts)', () => {
  it.each([
    // "… refer to Gloucestershire Fire & Rescue Service as one of the very worst they had inspected", cut off.
    'gloucestershire-pcc-fire-inspection-sorry-blog.txt',
    // "Chief Fire Office and Deputy Mayor respond to HMICFRS inspection report" (the deputy mayor "for Policing, Crime, …" is a title), cut off.
    'greater-manchester-frs-deputy-mayor-fire-2021-22-service-news.txt'
  ])('%s: no chief officer of police to comment (not met)', (name) => {
    expect(check(read(name).result, 'chief-officer-comments')?.messageId).toBe('fire-service')
  })

  it('the inspectorate’s name alone ("… of Constabulary and Fire and Rescue Services") does not make a police text a fire one', () => {
    expect(check(read('durham-panel-crime-data-integrity-2018-minutes.txt').result, 'chief-officer-comments')?.messageId).toBe('missing')
  })
})
