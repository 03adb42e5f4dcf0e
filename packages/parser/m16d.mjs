import {cpuUsage} from 'node:process'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
const p = unified().use(remarkParse).freeze()
const t = (s) => { const c = cpuUsage(); p.parse(s); const u = cpuUsage(c); return ((u.user+u.system)/1000).toFixed(0) }
console.log('2000 [a]', t('[a]'.repeat(2000)))
console.log('4000 [a]', t('[a]'.repeat(4000)))
console.log('2000 [a] + 100k filler at start', t('*b '.repeat(30000) + '[a]'.repeat(2000)))
console.log('2000 [a] interleaved *b', t('[a]*b '.repeat(2000)))
console.log('8000 [a]*b', t('[a]*b '.repeat(8000)))
console.log('1000 [a] then 200kB emphasis', t('[a]'.repeat(1000)+ '*b '.repeat(70000)))
console.log('50 blocks of 1000 [a]', t(('[a]'.repeat(1000)+'\n\n').repeat(50)))
console.log('tight list 4000 items [a]', t('- [a]\n'.repeat(4000)))
console.log('4000 lines [a]', t('[a]\n'.repeat(4000)))
console.log('16000 lines [a]', t('[a]\n'.repeat(16000)))
