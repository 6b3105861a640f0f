/**
 * Consecutive chunks of `items` whose summed weight stays within `budget`, in
 * order; an item heavier than the budget gets a chunk of its own. Used to cut
 * a long list into pages of bounded size, by content rather than by count.
 */
export function chunkByWeight<T>(items: readonly T[], weigh: (item: T) => number, budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let weight = 0;
  for (const item of items) {
    const itemWeight = weigh(item);
    if (current.length > 0 && weight + itemWeight > budget) {
      chunks.push(current);
      current = [];
      weight = 0;
    }
    current.push(item);
    weight += itemWeight;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
