/** Small readers for list views kept in URL search params: bad values fall back to null. */

/** The vocabulary entry equal to `value`, or null when it is not one of them. */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/** The trimmed value, or null when it is missing or blank. */
export function nonEmpty(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A whole number in [min, max], or null. */
export function intInRange(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}
