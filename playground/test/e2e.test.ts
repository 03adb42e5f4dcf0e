import {mkdirSync, readFileSync, rmSync} from 'node:fs'
import type {Server} from 'node:http'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {strFromU8, unzipSync} from 'fflate'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildPlayground, launchChromium, repoRoot, serveStatic} from './harness.js'

const fixtures = join(repoRoot, 'fixtures')
const docs = join(repoRoot, 'docs')
const seed = join(fixtures, 'seed', 'warwickshire-pcc-response-west-midlands-soc-2024.txt')
const seedGold = JSON.parse(readFileSync(seed.replace(/\.txt$/, '.gold.json'), 'utf8'))
const seedDocx = join(fixtures, 'docx', 'warwickshire-pcc-response-west-midlands-soc-2024.docx')
const seedReport = join(fixtures, 'corpus', 'reports', 'regional-soc-west-midlands-2024.txt')
const essexPdf = join(fixtures, 'pdf', 'peel-2018-essex.pdf')
const essexGold = JSON.parse(readFileSync(join(fixtures, 'corpus', 'reports', 'peel-2018-essex.gold.json'), 'utf8'))
const kentLetter = join(fixtures, 'corpus', 'responses', 'kent-pcc-peel-2018-19-letter.txt')
const lateLetter = join(fixtures, 'corpus', 'responses', 'westmercia-pcc-police-performance-getting-a-grip-2023-letter.txt')
const lateGold = JSON.parse(readFileSync(lateLetter.replace(/\.txt$/, '.gold.json'), 'utf8'))

let outDir: string
let server: Server
let origin: string
let browser: Browser

beforeAll(async () => {
  outDir = await buildPlayground()
  ;({server, origin} = await serveStatic(outDir))
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  if (outDir) rmSync(outDir, {recursive: true, force: true})
})

/** Open the page in a fresh context, recording every request it makes. */
async function open(url: string, viewport = {width: 1024, height: 900}): Promise<{page: Page; requests: string[]}> {
  const context = await browser.newContext({viewport, acceptDownloads: true, locale: 'en-GB'})
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(url)
  return {page, requests}
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('button', {name: 'Check the response'}).click()
  await page.locator('#verdict, #error-summary:not([hidden])').first().waitFor()
}

function expectOnlyOwnFiles(requests: string[]): void {
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([])
}

describe('playground in Chromium', () => {
  it('checks the seed response (.docx) against its report: verdict, deadline and coverage', async () => {
    const {page, requests} = await open(`${origin}/`)
    await page.getByLabel('Response file').setInputFiles(seedDocx)
    await page.getByLabel('Report file (optional)').setInputFiles(seedReport)
    await submit(page)

    expect(await page.locator('.verdict__title').textContent()).toBe('The response meets the statutory requirements')
    const deadline = await page.locator('.deadline__sentence').textContent()
    expect(deadline).toBe(
      'The last permitted day is 8 July 2024 (day 56, counting 14 May 2024, when the report was published, as day 1). Published on 2 July 2024: day 50, in time with 6 days to spare.'
    )
    // The dates beside the sentence are the linter's, in its words.
    expect(await page.locator('#deadline dt').allTextContents()).toEqual(['Report published', 'Last permitted day'])
    expect(await page.locator('#deadline dd').allTextContents()).toEqual(['14 May 2024', '8 July 2024'])
    const rows = await page.locator('table.coverage tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim()))
    )
    expect(rows.map((cells) => cells[1])).toEqual(seedGold.reportFindingsAsQuoted.areasForImprovement.map((afi: {text: string}) => afi.text))
    expect(rows.every((cells) => cells[0]?.startsWith('Area for improvement'))).toBe(true)

    // Each answered row links to its passage, highlighted in the draft.
    const link = page.locator('table.coverage a').first()
    const target = await link.getAttribute('href')
    await link.click()
    expect(await page.evaluate(() => document.activeElement?.tagName === 'MARK' || location.hash)).toBeTruthy()
    expect(await page.locator(`mark${target}`).count()).toBe(1)

    mkdirSync(docs, {recursive: true})
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({path: join(docs, 'playground.png'), fullPage: true})
    expectOnlyOwnFiles(requests)
  })

  it('checks in a worker: the page answers while a slow file is being read', async () => {
    const {page, requests} = await open(`${origin}/`)
    // Half a million paragraphs of Markdown: seconds of parsing, all of it off the page's thread.
    const slow = `Police and Crime Commissioner for Warwickshire\n\n${'a\n\n'.repeat(500_000)}`
    await page.getByLabel('Response file').setInputFiles({name: 'slow.md', mimeType: 'text/markdown', buffer: Buffer.from(slow)})
    await page.getByRole('button', {name: 'Check the response'}).click()
    // The page runs this script while the check is still going: its thread is free.
    expect(await page.evaluate(() => document.getElementById('status')?.textContent)).toBe('Checking the response…')
    expect(await page.evaluate(() => (document.getElementById('check-button') as HTMLButtonElement).disabled)).toBe(true)
    expectOnlyOwnFiles(requests)
  }, 120_000)

  it('reports a response published after the 56 days as late', async () => {
    const {page, requests} = await open(`${origin}/`)
    await page.getByLabel('Response file').setInputFiles(lateLetter)
    await page.getByLabel('Date the report was published').fill(lateGold.reportPublished)
    await submit(page)

    expect(await page.locator('.verdict__title').textContent()).toMatch(/^The response does not meet the statutory requirements: \d+ issues? to fix$/)
    expect(await page.locator('.deadline__sentence').textContent()).toBe(
      'The last permitted day is 31 August 2023 (day 56, counting 7 July 2023, when the report was published, as day 1). Published on 1 September 2023: day 57, 1 day late.'
    )
    const issue = page.locator('li.issue[data-rule="published-within-56-days"]')
    expect(await issue.locator('.tag').textContent()).toBe('Must fix')
    expect(await issue.locator('.issue__detail').textContent()).toContain('day 57')
    expect(await issue.locator('dd').allTextContents()).toContain('Police Act 1996 s.55(5A)')

    await page.locator('#deadline').scrollIntoViewIfNeeded()
    await page.screenshot({path: join(docs, 'playground-late.png'), fullPage: true})
    expectOnlyOwnFiles(requests)
  })

  it('reads a PDF report with pdf.js in a bundled worker and lists its findings', async () => {
    const {page, requests} = await open(`${origin}/`)
    await page.getByLabel('Response file').setInputFiles(kentLetter)
    await page.getByLabel('Report file (optional)').setInputFiles(essexPdf)
    await page.getByLabel('Date the report was published').fill(essexGold.published)
    await submit(page)

    expect(await page.locator('.deadline__sentence').textContent()).toBe(
      `The last permitted day is 26 June 2019 (day 56, counting 2 May 2019, when the report was published, as day 1). Published on 26 July 2019: day 86, 30 days late.`
    )
    const rows = await page.locator('table.coverage tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim()))
    )
    expect(rows).toEqual(
      essexGold.areasForImprovement.map((afi: {text: string}) => ['Area for improvement', afi.text, 'Not answered', '—'])
    )
    expect(requests.some((url) => url.startsWith('blob:'))).toBe(true)
    expectOnlyOwnFiles(requests)
  })

  it('names the file and what was expected when it cannot read it', async () => {
    const {page} = await open(`${origin}/`)
    await page.getByLabel('Response file').setInputFiles({name: 'draft.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0)})
    await submit(page)
    const summary = page.locator('#error-summary')
    expect(await summary.isVisible()).toBe(true)
    expect(await summary.locator('li').textContent()).toMatch(/^Cannot read draft\.txt: expected/)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary')

    await page.getByLabel('Response file').setInputFiles({name: 'draft.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0])})
    await submit(page)
    expect(await summary.locator('li').textContent()).toMatch(/draft\.docx/)
  })

  it('reads a PDF on the page itself when opened from the file system', async () => {
    const {page, requests} = await open(pathToFileURL(join(outDir, 'index.html')).href)
    await page.getByLabel('Response file').setInputFiles(kentLetter)
    await page.getByLabel('Report file (optional)').setInputFiles(essexPdf)
    await submit(page)
    expect(await page.locator('table.coverage tbody tr td:first-of-type').allTextContents()).toEqual(
      essexGold.areasForImprovement.map((afi: {text: string}) => afi.text)
    )
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([])
  })

  it('works opened from the file system, from pasted text, as a draft', async () => {
    const {page, requests} = await open(pathToFileURL(join(outDir, 'index.html')).href)
    await page.getByLabel('Or paste the text of the response').fill(readFileSync(seed, 'utf8'))
    await page.getByLabel('Date the report was published').fill(seedGold.reportPublished)
    await page.getByLabel('It is a draft: check it as at today').check()
    await submit(page)
    expect(await page.locator('.deadline__sentence').textContent()).toMatch(/^The last permitted day is 8 July 2024 .*Today, \d+ \w+ \d{4}, is day \d+/)
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([])
  })

  it('can be used with the keyboard and at 200% zoom without sideways scrolling', async () => {
    // 200% zoom of a 1280-pixel window is a 640-pixel layout viewport.
    const {page} = await open(`${origin}/`, {width: 640, height: 900})
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content')
    // Each control once, in reading order (a date field takes a Tab for each of its parts).
    const order: string[] = []
    while (order.at(-1) !== 'check-button' && order.length < 20) {
      await page.keyboard.press('Tab')
      const id = await page.evaluate(() => document.activeElement?.id ?? '')
      if (id !== order.at(-1)) order.push(id)
    }
    expect(order).toEqual(['response-file', 'response-text', 'report-file', 'report-date', 'publication-as-dated', 'strict', 'check-button'])
    await page.getByLabel('Response file').setInputFiles(seed)
    await page.getByLabel('Date the report was published').fill(seedGold.reportPublished)
    await page.getByRole('button', {name: 'Check the response'}).focus()
    await page.keyboard.press('Enter')
    await page.locator('#verdict').waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading')
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true)
  })

  it('exports the results as JSON', async () => {
    const {page} = await open(`${origin}/`)
    await page.getByLabel('Response file').setInputFiles(seed)
    await page.getByLabel('Date the report was published').fill(seedGold.reportPublished)
    await submit(page)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download the results (JSON)'}).click()])
    const results = JSON.parse(readFileSync(await download.path(), 'utf8'))
    expect(download.suggestedFilename()).toBe('scrutiny-results.json')
    expect(results.inputs).toEqual({
      response: 'warwickshire-pcc-response-west-midlands-soc-2024.txt',
      reportPublishedOn: '2024-05-14',
      publication: {kind: 'as-dated'},
      preset: 'recommended'
    })
    expect(results.deadline.lastPermittedDay).toBe('2024-07-08')
    expect(results.response.respondent.name).toBe(seedGold.respondent)
  })

  it('offers the Word response with Scrutiny’s comments, and a template once a report is loaded', async () => {
    const {page, requests} = await open(`${origin}/`)
    await page.getByLabel('Response file').setInputFiles(seedDocx)
    await page.getByLabel('Report file (optional)').setInputFiles(seedReport)
    await page.getByLabel('Date the report was published').fill(seedGold.reportPublished)
    await page.getByLabel('Also check good practice (not required by law)').check()
    await submit(page)
    const [commented] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download with comments (Word)'}).click()])
    expect(commented.suggestedFilename()).toBe('warwickshire-pcc-response-west-midlands-soc-2024-with-comments.docx')
    const comments = strFromU8(unzipSync(readFileSync(await commented.path()))['word/comments.xml']!)
    expect(comments.match(/w:author="Scrutiny"/g)).toHaveLength(2)
    // In plain words for the officer, each with its rule's documentation.
    expect(comments.match(/rules\.md#(?:cites-section-55|report-linked)/g)).toEqual(['rules.md#cites-section-55', 'rules.md#report-linked'])
    expect(comments).toContain('Should check: ')
    expect(comments).not.toContain('Unexpected')
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download a template (Word)'}).click()])
    expect(template.suggestedFilename()).toBe('warwickshire-response-draft.docx')
    const document = strFromU8(unzipSync(readFileSync(await template.path()))['word/document.xml']!)
    expect(document).toContain('Comments of the Police and Crime Commissioner for Warwickshire')
    expectOnlyOwnFiles(requests)
  })
})
