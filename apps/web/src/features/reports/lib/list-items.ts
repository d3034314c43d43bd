/** The list with the item at `index` changed (the others kept as they are). */
export function updateAt<T>(items: readonly T[], index: number, changes: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...changes } : item));
}

/** The list without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
