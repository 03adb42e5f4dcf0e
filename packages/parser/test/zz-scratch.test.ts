import {readFileSync} from 'node:fs'
import {it} from 'vitest'
import {toMdast} from '../src/lib/input/to-mdast.js'
import {toBlocks} from '../src/lib/response/blocks.js'
it('blocks', () => {
  const blind = new Set(JSON.parse(readFileSync('/work/wt/v7/fixtures/blind.json', 'utf8')).responses)
  for (const id of (process.env.IDS ?? '').split(',')) {
    if (blind.has(id)) continue
    const raw = readFileSync(`/work/wt/v7/fixtures/corpus/responses/${id}.txt`, 'utf8')
    const text = raw.slice(raw.indexOf('\n---\n') + 5)
    const {tree, file} = toMdast(text, {path: id + '.txt'})
    const blocks = toBlocks(tree, String(file.value), true)
    console.log('=== ' + id + '\n' + blocks.map((b, i) => `[${i}${b.furniture ? ' F' : ''}] ${b.text.slice(0, 160).replace(/\n/g, '⏎')}`).join('\n'))
  }
})
