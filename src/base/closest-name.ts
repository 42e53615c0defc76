/**
 * "Did you mean": the candidate closest to a name that was not found, when it is close enough to
 * be a likely typo — within a third of the name's length, and at least 2 edits — compared without
 * case (`debug` finds `DEBUG`). Used for settings, setting keys in options and pragmas, pragma
 * tags and signal names.
 *
 * @param maxDistance - the most edits that still count as a typo (default: as above).
 * @returns the first candidate among the closest, or `undefined` when none is close enough.
 */
export function closestName(
  name: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(name.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const wanted = name.toUpperCase();
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toUpperCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
