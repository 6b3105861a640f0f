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

/** One page of a list cut into chunks: its number, its address, the positions (1-based) of its first and last items. */
export interface ChunkPage {
  page: number;
  href: string;
  first: number;
  last: number;
}

/** The pages of consecutive chunks, numbered from 1, each with its address (`hrefOf(page)`) and item positions. */
export function chunkPages(chunks: readonly (readonly unknown[])[], hrefOf: (page: number) => string): ChunkPage[] {
  let first = 1;
  return chunks.map((chunk, index) => {
    const entry = { page: index + 1, href: hrefOf(index + 1), first, last: first + chunk.length - 1 };
    first += chunk.length;
    return entry;
  });
}
