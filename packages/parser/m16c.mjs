import {cpuUsage} from 'node:process'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
const p = unified().use(remarkParse).freeze()
const t = (s) => { const c = cpuUsage(); p.parse(s); const u = cpuUsage(c); return (u.user+u.system)/1000 }
const fill = (u, n) => u.repeat(Math.ceil(n / u.length))
const cases = JSON.parse(process.argv[2])
for (const unit of cases) {
  const make = (n) => 'x\n\n' + fill(unit, n)
  let n = 4000, a = t(make(n))
  while (a < 40 && n < 256000) { n *= 4; a = t(make(n)) }
  const b = t(make(4*n))
  console.log(`${(b/a>8 && b>50)?'SLOW':'ok  '} ${JSON.stringify(unit)}: n=${n} ${a.toFixed(0)}ms 4n ${b.toFixed(0)}ms ratio ${(b/a).toFixed(1)}`)
}
