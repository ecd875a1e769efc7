/**
 * Freezes a value and everything in it, so that no caller can change the data
 * every other caller and element reads. Run once per dataset, when it is
 * adopted; a part already frozen is taken as frozen all the way down and not
 * walked again, so freezing a fresh list of frozen records costs one call.
 * (Object.isFrozen is true of strings, numbers and null: they end the walk.)
 */
export function deepFreeze<T>(value: T): T {
  if (!Object.isFrozen(value)) Object.values(Object.freeze(value) as object).forEach(deepFreeze);
  return value;
}
