/**
 * Budgets of the offline searches are counted in work, not read off the wall clock, so the same
 * specification gives the same program on a busy CI machine and on a laptop: a search cut short
 * by its budget is cut at the same point everywhere. A unit is one candidate evaluated (an
 * expression on the example rows, a decision list or template visited, a state model simulated).
 *
 * The budgets keep their unit of milliseconds: WORK_UNITS_PER_MS, measured on an idle two-core
 * machine, turns work into the milliseconds it takes there. The wall clock stays a hard limit at
 * HARD_LIMIT_FACTOR times the budget, for a machine far slower than that one. The factor is wide on
 * purpose: a CI machine running two suites side by side is several times slower than the reference,
 * and a search cut there by the wall clock would keep a different (worse) model than on a laptop.
 */
export const WORK_UNITS_PER_MS = 3000

/** How far the wall clock may run past a budget before the search stops anyway. */
const HARD_LIMIT_FACTOR = 12

let spent = 0

/** Counts work done by a search. */
export function chargeWork(units = 1): void {
  spent += units
}

/**
 * A clock for budgets: work done, in milliseconds of the reference machine; once the wall clock
 * has run HARD_LIMIT_FACTOR times as long, the wall clock's time instead.
 */
export function workClock(): () => number {
  const startedWork = spent
  const startedWall = performance.now()
  return () => Math.max((spent - startedWork) / WORK_UNITS_PER_MS, (performance.now() - startedWall) / HARD_LIMIT_FACTOR)
}

/** Work counted so far in this process (for statistics and calibration). */
export function workDone(): number {
  return spent
}
