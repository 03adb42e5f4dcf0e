import {describe, expect, it} from 'vitest'
import {bodiesWithInitials, initialsOf} from '../src/internal.js'

const ids = (initials: string) => bodiesWithInitials(initials).map((entry) => `${entry.kind}:${entry.body.id}`)

describe('initials derived from the reference data', () => {
  it('skips minor words, reads "&" as "and" and a hyphen as a space', () => {
    expect(initialsOf('Hereford & Worcester Fire and Rescue Service')).toBe('HWFRS')
    expect(initialsOf('Devon and Somerset Fire and Rescue Service')).toBe('DSFRS')
    expect(initialsOf('Dyfed-Powys Police')).toBe('DPP')
  })

  it('gives every body whose recorded name or alias has the initials', () => {
    expect(ids('GMP')).toEqual(['force:greater-manchester'])
    expect(ids('SYFRS')).toEqual(['fire-and-rescue-service:south-yorkshire'])
    expect(ids('lfb')).toEqual(['fire-and-rescue-service:london'])
    // Initials two bodies share say nothing alone.
    expect(ids('BFRS')).toEqual(['fire-and-rescue-service:bedfordshire', 'fire-and-rescue-service:buckinghamshire'])
    expect(ids('WMP')).toEqual(['force:west-mercia', 'force:west-midlands'])
    expect(ids('XYZ')).toEqual([])
  })

  it('gives no initials to a one-word alias ("GMP" itself)', () => {
    expect(ids('G')).toEqual([])
  })
})
