import {describe, expect, it} from 'vitest'
import {parseResponse} from '../src/index.js'

// The report's day of publication in three more forms of the genre, each a short verbatim excerpt of a tuned
// text: a commissioner's page headed by the report's name with its day in brackets; a weekday date without its
// year in a text that calls the inspectorate by its name before the fire and rescue remit ("… of Constabulary
// (HMIC)", so written by the end of 2017); and news copy's "on Wednesday (October 16)" in a sentence the copy broke
// over two paragraphs. With their traps: a headline that is a response keeps its date as the page's, and the same
// weekday date under the name alone (two years fit) stays unread.
const read = (text: string) => {
  const {response} = parseResponse(text, {path: 'response.txt'})
  return {report: response.report.publishedOn, response: response.date}
}

describe('parseResponse: the report’s day in heading, weekday and broken-sentence forms', () => {
  it('reads a page heading that is the report’s name with its day in brackets (real commissioner’s page)', () => {
    const text = "HMICFRS Inspection on Fraud: 'A Time to Choose' (2 Apr 2019)\n\nAn inspection of the police response to fraud\n"
    expect(read(text)).toEqual({report: '2019-04-02', response: undefined})
  })

  it('keeps a response’s headline date as the page’s own (real news page)', () => {
    const text =
      'West Yorkshire’s Police and Crime Commissioner welcomes the 2016 PEEL Assessment of West Yorkshire Police (12 Apr 2017)\n\nHer Majesty\'s Inspectorate of Constabulary (HMIC) have rated West Yorkshire Police as "Good" across all the strands which include effectiveness, efficiency and legitimacy.\n'
    expect(read(text)).toEqual({report: undefined, response: '2017-04-12'})
  })

  it('settles a weekday date by the inspectorate’s name before the fire and rescue remit (real statement)', () => {
    const text =
      'The report by Her Majesty’s Inspectorate of Constabulary (HMIC) on ‘police effectiveness’ has been released on Thursday 18 February and is the final element of a three stage process to assess Staffordshire Police’s performance.\n\nThe county’s Police and Crime Commissioner Matthew Ellis said:\n'
    expect(read(text).report).toBe('2016-02-18')
    // The name without the initials it had then dates the text only to 2012–2022, where 2016 and 2021 both fit: not settled.
    expect(read(text.replace('Constabulary (HMIC)', 'Constabulary')).report).toBeUndefined()
  })

  it('reads "on Wednesday (October 16)" after a paragraph the copy broke mid-sentence (real news page)', () => {
    const text =
      'Humberside Police received three “outstanding” grades across eight areas of core policing, the highest across the country, in the latest inspection report conducted by His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) which was released\n\non Wednesday (October 16).\n'
    expect(read(text).report).toBe('2024-10-16')
    // A paragraph that ends its sentence is not joined to the next.
    expect(read(text.replace('which was released\n\non', 'which was released.\n\nIt came on')).report).toBeUndefined()
  })
})
