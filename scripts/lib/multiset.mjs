/**
 * The lines only one side has, as multisets (a line twice on the left and once on the right is
 * once in `onlyLeft`): how the differential scripts compare two readings.
 */
export function multisetDifference(left, right) {
  const counts = new Map()
  for (const line of right) counts.set(line, (counts.get(line) ?? 0) + 1)
  const onlyLeft = []
  for (const line of left) {
    const count = counts.get(line) ?? 0
    if (count > 0) counts.set(line, count - 1)
    else onlyLeft.push(line)
  }
  const onlyRight = [...counts].flatMap(([line, count]) => Array.from({length: count}, () => line))
  return {onlyLeft, onlyRight}
}
