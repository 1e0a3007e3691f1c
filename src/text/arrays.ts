/**
 * Appending one array to another without spreading it into arguments: `push(...items)` passes
 * every item on the stack and throws a RangeError past roughly a hundred thousand (a JSON Lines
 * file of 200,000 articles, a story of thousands of copies).
 */

/**
 * Appends `items` to `target` in place and returns `target`.
 *
 * @example
 * append([1], [2, 3]) // [1, 2, 3]
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
