/**
 * Linear systems with exact solutions: the amounts a story's readings pin down, the coefficients
 * of `hours * 60 + minutes`. One Gauss-Jordan elimination with partial pivoting serves both; a
 * tolerance relative to the system's largest number absorbs floating-point noise only.
 */

/** An augmented system `[a1 … an | b]` reduced in place of a copy: its rows and pivot columns. */
function reduce(rows: readonly number[][], unknowns: number): { matrix: number[][]; pivots: number[]; tolerance: number } {
  const matrix = rows.map((row) => [...row])
  const tolerance = 1e-9 * Math.max(1, ...matrix.flat().map((value) => Math.abs(value)))
  const pivots: number[] = []
  for (let column = 0; column < unknowns && pivots.length < matrix.length; column++) {
    const rank = pivots.length
    let best = rank
    for (let row = rank + 1; row < matrix.length; row++) if (Math.abs(matrix[row]![column]!) > Math.abs(matrix[best]![column]!)) best = row
    if (Math.abs(matrix[best]![column]!) <= tolerance) continue
    ;[matrix[rank], matrix[best]] = [matrix[best]!, matrix[rank]!]
    const pivot = matrix[rank]!
    for (let row = 0; row < matrix.length; row++) {
      if (row === rank) continue
      const factor = matrix[row]![column]! / pivot[column]!
      if (factor !== 0) matrix[row] = matrix[row]!.map((value, index) => value - factor * pivot[index]!)
    }
    pivots.push(column)
  }
  return { matrix, pivots, tolerance }
}

/** Whether a row left below the pivots asks for a non-zero sum of nothing: the system has no solution. */
function inconsistent(matrix: readonly number[][], rank: number, unknowns: number, tolerance: number): boolean {
  return matrix.slice(rank).some((row) => Math.abs(row[unknowns]!) > 100 * tolerance)
}

/** The one solution of an augmented linear system, or undefined when it has none or many. */
export function solveExactly(rows: readonly number[][], unknowns: number): number[] | undefined {
  const { matrix, pivots, tolerance } = reduce(rows, unknowns)
  // An unknown no row pins down: the rows leave it open.
  if (pivots.length < unknowns) return undefined
  if (inconsistent(matrix, pivots.length, unknowns, tolerance)) return undefined
  const solution: number[] = []
  pivots.forEach((column, row) => (solution[column] = matrix[row]![unknowns]! / matrix[row]![column]!))
  return solution
}

/** Whether an augmented linear system has a solution at all (one or many). */
export function solvable(rows: readonly number[][], unknowns: number): boolean {
  const { matrix, pivots, tolerance } = reduce(rows, unknowns)
  return !inconsistent(matrix, pivots.length, unknowns, tolerance)
}
