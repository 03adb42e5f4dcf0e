import {it} from 'vitest'
import {parseReport} from '../src/index.js'
const read = (text: string, title = 'PEEL 2023–2025: An inspection of Kent Police') => parseReport(text, {format: 'text', title}).report.grades.map((g) => [g.subjectId ?? g.subject, g.grade, g.area])
it('probe', () => {
  for (const t of [
    'Kent Police was graded as follows:\n\n  • Good – preventing crime, investigating crime\n  • Adequate – responding to the public',
    'The force was graded as follows:\n\n  • Good: preventing crime; investigating crime\n  • Adequate: responding to the public',
    'The areas graded as good were:\n\n  • preventing crime\n  • investigating crime',
    'Areas rated adequate are:\n\n  • responding to the public\n  • protecting vulnerable people',
    '‘Adequate’ areas included responding to the public, protecting vulnerable people and managing offenders.',
    'Investigating crime was given a ‘requires improvement’ grade.',
    'Responding to the public received an ‘inadequate’ rating.',
    'The force received an inadequate rating for responding to the public.',
    'The force received a ‘good’ rating on preventing crime.',
    'Kent Police received ‘requires improvement’ ratings for investigating crime and protecting vulnerable people.',
    'The force was rated ‘good’ for preventing crime and ‘adequate’ for investigating crime, responding to the public and protecting vulnerable people.',
    'Kent Police was rated ‘adequate’ in five areas, including investigating crime and protecting vulnerable people.',
    'Inspectors rated the force as good at preventing crime, adequate at investigating crime and inadequate at responding to the public.',
    'Investigating crime and protecting vulnerable people were both rated ‘requires improvement’.',
    'The force’s approach to investigating crime was judged ‘inadequate’.',
    'It was rated outstanding for recording data about crime, which inspectors said was the best in the country.',
    'Kent Police was graded ‘good’ for efficiency and ‘requires improvement’ for effectiveness and legitimacy.',
    'The force was graded ‘outstanding’ for its efficiency, ‘good’ for its effectiveness and legitimacy.',
  ]) console.log(JSON.stringify(t.slice(0, 60)), JSON.stringify(read(t, t.includes('efficiency') ? 'PEEL: Police effectiveness, efficiency and legitimacy 2017 – Kent Police' : undefined)))
})
