import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpus} from './reading.js'

// A saved page's title from its body alone (`scrutiny parse` of a page saved as text): the first
// heading that is not the chrome above it, or a news item's headline line; "Untitled report" when
// the page was saved from below its title, rather than a section heading or a banner.

const title = (name: string) => parseReport(corpus(name).text, {format: 'text'}).report.title

describe('the title of a page read from its body', () => {
  it('passes over "Read more about …", an inspector’s signature, a consultation banner and the strapline', () => {
    expect(title('frs-2018-kent')).toBe('Kent 2018/19')
    expect(title('frs-2018-tyne-and-wear')).toBe('Tyne and Wear 2018/19')
    expect(title('peel-2017-city-of-london')).toBe('City of London 2017')
  })

  it('takes a place and a year over the pillar question below it (a fire effectiveness page)', () => {
    expect(title('frs-2018-avon-effectiveness')).toBe('Avon 2018/19')
  })

  it('reads a release’s or a news item’s first line as its headline, after a feed’s date', () => {
    expect(title('custody-merseyside-2013-release')).toBe('#003/2013 Police custody in Merseyside – good strategic grip, but day-to-day management less convincing')
    expect(title('peel-2021-22-humberside-bbc')).toBe('Humberside Police force given highest rating in UK by inspectors')
    expect(title('engage-exit-nottinghamshire-2025-05-wired-gov')).toBe('Nottinghamshire Police removed from enhanced monitoring')
  })

  it('passes over a short label ("Press Statement", "Leave site") to the heading that is the title', () => {
    expect(title('frs-2018-19-tranche-2-frsa-press-statement')).toBe('Second Tranche of HMICFRS Inspection Reports')
    expect(title('peel-2021-22-avon-somerset-force-statement')).toBe('Chief’s statement following the publication of our latest HMICFRS inspection')
  })

  it('passes over notices about the site itself and breadcrumbs in any separator', () => {
    // Before: "Planned website downtime", a banner above the page's heading.
    expect(title('frs-2018-west-sussex')).toBe('West Sussex 2018/19')
    expect(title('peel-2015-west-yorkshire')).toBe('West Yorkshire 2015')
    // Before: "Do you need the Police? Visit the Norfolk Police website".
    expect(title('peel-2021-22-norfolk-pcc-page')).toBe('HMICFRS 2021/22 report published')
    // Before: "Leave site Skip to content", then "You are here: Home » News » …".
    expect(title('peel-2023-25-avon-somerset-force-statement')).toBe('Our statement following our latest HMICFRS inspection')
    // Before: "Home   Bury St Edmunds   News   Article", a breadcrumb whose separators were lost.
    expect(title('peel-2023-25-suffolk-suffolk-news')).toBe('Suffolk Police defends ‘inadequate’ and ‘requires improvement’ ratings following recent inspection')
  })

  it('gives no title rather than a publisher’s appeal, a video link or the inspectorate’s name', () => {
    // Before: "From just £1 a month you can help fund our work – …", "Watch more of our videos on
    // ShotsTV.com …", "Her Majesty's Inspectorate of Constabulary and Fire & Rescue": their headlines were not stored.
    expect(title('peel-2021-22-gwent-caerphilly-observer')).toBe('Untitled report')
    expect(title('frs-2023-25-staffordshire-express-and-star')).toBe('Untitled report')
    expect(title('thematic-burglary-robbery-theft-2022-parliament-today')).toBe('Untitled report')
  })

  it('takes a pillar question in any form ("How effectively does the force …?") for a section, not the title', () => {
    expect(title('peel-2018-dyfed-powys')).toBe('Untitled report')
  })

  it('gives no title for a page saved from its "Overall summary" on, not the section heading under it', () => {
    // Before: "Important changes to PEEL", a section of the report.
    expect(title('peel-2021-22-cheshire')).toBe('Untitled report')
  })

  it('never takes a pillar question or a sentence for a title', () => {
    expect(parseReport('How effective is the force at keeping people safe?\n\nThe force is good at keeping people safe.', {format: 'text'}).report.title).toBe('Untitled report')
    expect(parseReport('The force was inspected in May.\n\nIt is good at keeping people safe.', {format: 'text'}).report.title).toBe('Untitled report')
  })
})
