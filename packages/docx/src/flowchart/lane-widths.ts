/**
 * Widens lanes to fill `total`: the narrowest grow first, to one common width where they can
 * (water filling), so lanes look alike and none is narrower than its content. Lanes already
 * wider than `total` allows stay as they are.
 */
export function fillLaneWidths(natural: readonly number[], total: number): number[] {
  const sum = natural.reduce((all, width) => all + width, 0);
  if (natural.length === 0 || sum >= total) return [...natural];
  const sorted = [...natural].sort((a, b) => a - b);
  // Raise the k narrowest lanes to one level, for the largest k where that level is still no
  // wider than the next lane.
  for (let k = sorted.length; k >= 1; k--) {
    const kept = sorted.slice(k).reduce((all, width) => all + width, 0);
    const level = (total - kept) / k;
    const next = sorted[k] ?? Number.POSITIVE_INFINITY;
    if (level >= (sorted[k - 1] ?? 0) && level <= next) {
      return natural.map((width) => Math.max(width, level));
    }
  }
  return [...natural];
}

/**
 * Moves across coordinates from the natural lanes to widened ones: whatever lies in a lane moves
 * right by the growth of the lanes before it plus half its own, so a lane's content stays centred.
 */
export function laneShift(
  natural: readonly { a: number; sa: number }[],
  widths: readonly number[],
): (a: number) => number {
  const shifts: number[] = [];
  let before = 0;
  natural.forEach((band, index) => {
    const growth = (widths[index] ?? band.sa) - band.sa;
    shifts.push(before + growth / 2);
    before += growth;
  });
  return (a) => {
    const index = natural.findIndex((band) => a < band.a + band.sa);
    return a + (shifts[index === -1 ? natural.length - 1 : index] ?? 0);
  };
}
