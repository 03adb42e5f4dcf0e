import {parseResponse} from '@scrutiny/parser'
import {describe, expect, it} from 'vitest'
import {lint, rules} from '../src/index.js'
import {ruleExamples} from './helpers.js'

describe.each(rules.map((rule) => rule.id))('%s', (id) => {
  const examples = ruleExamples(id)

  it('has a passing and a failing example', () => {
    expect(examples.some((example) => example.config.valid)).toBe(true)
    expect(examples.some((example) => !example.config.valid)).toBe(true)
  })

  it.each(examples.map((example, index) => [index, example] as const))('example %i', (_, example) => {
    const {response, file} = parseResponse(example.text, {path: `${id}.txt`, format: 'text'})
    const {messages} = lint(response, {
      file,
      preset: 'strict',
      config: {rules: Object.fromEntries(rules.filter((rule) => rule.id !== id).map((rule) => [rule.id, 'off']))},
      ...example.config.options
    })
    const reasons = messages.map((message) => message.reason)
    if (example.config.valid) expect(reasons).toEqual([])
    else expect(reasons[0]).toBe(example.config.reason)
  })
})
