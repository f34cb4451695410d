/** A percentage off, by the number of items in the basket. */
export function discountPercent(items: number): number {
  if (items >= 10) {
    return 10
  }
  if (items >= 5) {
    return 5
  }
  return 0
}
