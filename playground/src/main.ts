import './styles.css'
import {h} from './lib/dom.js'
import {checkOffPage} from './lib/check-off-page.js'
import {MissingResponseError, renderResults, sourceFromFile} from './lib/index.js'
import type {CheckInput, Publication, Source} from './lib/index.js'
import type {WordOffer} from './lib/check-reply.js'

const form = element('check-form', HTMLFormElement)
const responseFile = element('response-file', HTMLInputElement)
const responseText = element('response-text', HTMLTextAreaElement)
const reportFile = element('report-file', HTMLInputElement)
const reportDate = element('report-date', HTMLInputElement)
const publishedOn = element('published-on', HTMLInputElement)
const publishedOnGroup = element('published-on-group', HTMLDivElement)
const strict = element('strict', HTMLInputElement)
const status = element('status', HTMLParagraphElement)
const errorSummary = element('error-summary', HTMLDivElement)
const errorList = element('error-list', HTMLUListElement)
const results = element('results', HTMLElement)
const resultsHeading = element('results-heading', HTMLHeadingElement)
const resultsBody = element('results-body', HTMLDivElement)
const checkButton = element('check-button', HTMLButtonElement)
const downloadTemplate = element('download-template', HTMLButtonElement)
const downloadCommented = element('download-commented', HTMLButtonElement)
let lastJson: string | undefined
let lastTemplate: WordOffer | undefined
let lastCommented: WordOffer | undefined

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id)
  if (!(found instanceof type)) throw new TypeError(`Expected #${id} to be a ${type.name} in index.html`)
  return found
}

for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="publication"]')) {
  radio.addEventListener('change', () => {
    publishedOnGroup.hidden = publicationKind() !== 'published'
  })
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  void run()
})

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = h('a', {href: url, download: name})
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

element('download-json', HTMLButtonElement).addEventListener('click', () => {
  if (lastJson !== undefined) download(new Blob([lastJson], {type: 'application/json'}), 'scrutiny-results.json')
})

/** Offer a Word file the check wrote; why it could not be written goes to the summary box. */
function offerWord(offer: WordOffer | undefined): void {
  if (offer === undefined) return
  if ('error' in offer) {
    showError(new Error(offer.error))
    return
  }
  download(new Blob([new Uint8Array(offer.bytes)], {type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}), offer.name)
}
downloadTemplate.addEventListener('click', () => offerWord(lastTemplate))
downloadCommented.addEventListener('click', () => offerWord(lastCommented))

element('print', HTMLButtonElement).addEventListener('click', () => window.print())

async function run(): Promise<void> {
  errorSummary.hidden = true
  status.textContent = 'Checking the response…'
  checkButton.disabled = true
  try {
    const input = await readForm()
    // Off the page's thread, with a time limit: a slow file cannot freeze the page.
    const {summary, json, responseText, template, commented} = await checkOffPage(input, window.location)
    lastJson = json
    lastTemplate = template
    lastCommented = commented
    downloadTemplate.hidden = template === undefined
    downloadCommented.hidden = commented === undefined
    resultsBody.replaceChildren(renderResults(summary, responseText))
    results.hidden = false
    status.textContent = `Checked. ${summary.verdict.headline}.`
    resultsHeading.focus()
  } catch (error) {
    showError(error)
  } finally {
    checkButton.disabled = false
  }
}

async function readForm(): Promise<CheckInput> {
  const responseSource = await sourceOf(responseFile) ?? pastedResponse()
  const reportSource = await sourceOf(reportFile)
  return {
    response: responseSource,
    ...(reportSource ? {report: reportSource} : {}),
    ...(reportDate.value ? {reportPublishedOn: reportDate.value} : {}),
    publication: publication(),
    preset: strict.checked ? 'strict' : 'recommended'
  }
}

async function sourceOf(input: HTMLInputElement): Promise<Source | undefined> {
  const file = input.files?.[0]
  return file ? sourceFromFile(file) : undefined
}

function pastedResponse(): Source {
  if (responseText.value.trim() === '') throw new MissingResponseError()
  return {name: 'pasted response', text: responseText.value}
}

function publicationKind(): Publication['kind'] {
  const checked = form.querySelector<HTMLInputElement>('input[name="publication"]:checked')
  return (checked?.value ?? 'as-dated') as Publication['kind']
}

function publication(): Publication {
  const kind = publicationKind()
  if (kind === 'published') return {kind, on: publishedOn.value}
  if (kind === 'draft') return {kind, asAt: today()}
  return {kind}
}

/** Today in the reader's own time zone, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** Show the error in the summary box; typed errors already name the file and what was expected. */
function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  errorList.replaceChildren(h('li', {}, message))
  errorSummary.hidden = false
  status.textContent = ''
  errorSummary.focus()
}
