/**
 * The points of a swimlane SVG's arrows that lie in or on the strip of lane titles: the arrow runs
 * along or over the titles. Empty when every arrow stays inside the lane bodies.
 */
export function arrowPointsOnLaneTitles(svg: string): { x: number; y: number }[] {
  const titles = [
    ...svg.matchAll(/class="swimlane-title"[^>]*? y="([-\d.]+)"[^>]*? height="([\d.]+)"/g),
  ];
  if (titles.length === 0) throw new Error("no swimlane titles in this SVG");
  const titleBottom = Math.max(...titles.map((match) => Number(match[1]) + Number(match[2])));
  const paths = [...svg.matchAll(/<path d="([^"]+)"[^>]*class="[^"]*flowchart-link/g)];
  return paths
    .flatMap((match) => [...(match[1] ?? "").matchAll(/(-?[\d.]+),(-?[\d.]+)/g)])
    .map((point) => ({ x: Number(point[1]), y: Number(point[2]) }))
    .filter((point) => point.y <= titleBottom + 2);
}
