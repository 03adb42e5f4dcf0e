import {describe, expect, it} from 'vitest'
import {check, constructed, read} from './helpers.js'
import {textState} from '../src/lib/text-state.js'

// A page that covers several reports answers none of them alone (the corpus README's rule for
// `namesReport`): a regional round-up rating several forces together, and an annual report's section
// on the inspectorate's reports of a reporting year. "Cannot tell", never met; exact values on short
// verbatim excerpts of tuned texts.

describe('report-identified: a round-up rating several forces together', () => {
  it('reads the sentence that rates the forces listed together (real regional paper)', () => {
    const text =
      'Durham Police has been rated outstanding by Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) in its annual PEEL report.\n\nCleveland, North Yorkshire and Northumbria Police were all rated as good.\n'
    expect(textState(text).severalForcesRated).toBe('Cleveland, North Yorkshire and Northumbria Police were all rated as good')
    const found = check(constructed(text).result, 'report-identified')
    expect({outcome: found?.outcome, messageId: found?.messageId}).toEqual({outcome: 'cannot-tell', messageId: 'cannot-tell'})
    expect(check(read('durham-northumbria-peel-effectiveness-2017-northern-echo.txt').result, 'report-identified')?.outcome).toBe('cannot-tell')
  })

  it('takes no single force, nor forces named without a list, for a round-up', () => {
    expect(textState('Durham Police and its officers were all rated as good.\n').severalForcesRated).toBeUndefined()
    expect(textState('The force’s leaders, its officers and staff were all rated highly.\n').severalForcesRated).toBeUndefined()
    expect(textState('Kent, Essex and Sussex Police said they were pleased.\n').severalForcesRated).toBeUndefined()
  })
})

describe('report-identified: the inspectorate’s reports of a reporting year', () => {
  it('reads the heading of an annual report’s section on them (real annual report page)', () => {
    const text =
      "skip to main content\n\nHis Majesty's Inspectorate of Constabulary and Fire and Rescue Services reports 2022 - 23\n\nBackground\n\nPEEL Report\n\nThe latest PEEL report on Lincolnshire Police for the year 2021/22 graded Lincolnshire Police in nine areas:\n"
    expect(textState(text).listsReports).toBe("His Majesty's Inspectorate of Constabulary and Fire and Rescue Services reports 2022 - 23")
    expect(check(read('lincolnshire-pcc-annual-report-hmicfrs-reports-2022-23.txt').result, 'report-identified')?.outcome).toBe('cannot-tell')
  })

  it('takes no heading with a single year (a page that publishes one letter) for one', () => {
    expect(textState('Open menu\n\nHMIC Reports 2019\n\nThis page provides links to HMICFRS reports.\n').listsReports).toBeUndefined()
  })
})
