/**
 * The points of a swimlane SVG's arrows that lie in or on the strip of lane titles, where an arrow
 * runs along or over the titles; empty when every arrow stays in the lane bodies, or when the SVG
 * has no swimlanes. Self-contained (no imports, no outer names), because the warm page runs its
 * source text as well.
 */
export function arrowPointsOnLaneTitles(svg: string): { x: number; y: number }[] {
  const titles = [
    ...svg.matchAll(/class="swimlane-title"[^>]*? y="([-\d.]+)"[^>]*? height="([\d.]+)"/g),
  ];
  if (titles.length === 0) return [];
  const titleBottom = Math.max(...titles.map((match) => Number(match[1]) + Number(match[2])));
  const paths = [...svg.matchAll(/<path d="([^"]+)"[^>]*class="[^"]*flowchart-link/g)];
  return paths
    .flatMap((match) => [...(match[1] ?? "").matchAll(/(-?[\d.]+),(-?[\d.]+)/g)])
    .map((point) => ({ x: Number(point[1]), y: Number(point[2]) }))
    .filter((point) => point.y <= titleBottom + 2);
}
