import {legislation} from './sources.js'

// The sources of the dated terms in `forces` and `fireServices`: the orders that commenced PCCs and
// local policing bodies, made a PCC a police, fire and crime commissioner (Fire and Rescue Services
// Act 2004 s.4A), or moved a PCC's functions to a mayor, each with its day in force.
export const pccsTookOfficeSource = {
  source: legislation('uksi/2012/2892/made/data.html'),
  status: 'verified',
  note: 'Art. 2: PRSRA 2011 Part 1 and Schedule 1 (police and crime commissioners) in force 22 November 2012.'
} as const

export const localPolicingBodiesSource = {
  source: legislation('uksi/2011/3019/schedule/1/made'),
  status: 'verified',
  note: 'Art. 3 and Schedule 1 (including s.84): in force 16 January 2012.'
} as const

// The fire and rescue authority orders that made a PCC a police, fire and crime commissioner
// (Fire and Rescue Services Act 2004 s.4A), and the mayoral orders, each with its day in force.
export const essexFireOrder = {
  source: legislation('uksi/2017/864/made'),
  status: 'verified',
  note: 'S.I. 2017/864 art. 1: in force 1 October 2017.'
} as const
export const staffordshireFireOrder = {
  source: legislation('uksi/2018/696/made'),
  status: 'verified',
  note: 'S.I. 2018/696 art. 1: in force 1 August 2018.'
} as const
export const northamptonshireFireOrder = {
  source: legislation('uksi/2018/1072/made'),
  status: 'verified',
  note: 'S.I. 2018/1072 art. 1: in force 1 January 2019.'
} as const
export const northYorkshireFireOrder = {
  source: legislation('uksi/2018/970/made'),
  status: 'unverified',
  note: 'S.I. 2018/970 made the PCC the fire and rescue authority; its commencement day (recorded here as 15 November 2018) was not read in the source.'
} as const
export const cumbriaFireOrder = {
  source: legislation('uksi/2022/1230/made'),
  status: 'secondary',
  note: 'S.I. 2022/1230 made the PCC the fire and rescue authority; the day, 1 April 2023 (when S.I. 2022/331 wound up Cumbria County Council), is from the commissioner\'s own page (https://cumbria-pfcc.gov.uk/what-we-do/fire-governance), the order\'s commencement article was not read.'
} as const
export const yorkAndNorthYorkshireOrder = {
  source: legislation('uksi/2023/1432/part/1/2023-12-20'),
  status: 'verified',
  note: 'S.I. 2023/1432 art. 1(3): arts. 27, 41(1) and 42-44 (PCC and fire functions to the mayor) in force 7 May 2024.'
} as const
export const greaterManchesterMayorOrder = {
  source: legislation('uksi/2016/448/note/made/data.html'),
  status: 'verified',
  note: 'S.I. 2016/448 art. 4: no PCC for the area from 8 May 2017, the day the mayor takes office; S.I. 2017/470 in force 8 May 2017.'
} as const
export const southYorkshireMayorOrder = {
  source: legislation('uksi/2024/414/body/made/data.html'),
  status: 'verified',
  note: 'S.I. 2024/414 art. 4(2): no PCC for the area from 7 May 2024.'
} as const
export const westYorkshireMayorOrder = {
  source: legislation('en/uksi/2021/112/part/10/2021-01-30'),
  status: 'verified',
  note: 'S.I. 2021/112 art. 34(2): no PCC for the area from 10 May 2021.'
} as const
