/** A decision: a diamond whose outgoing arrows carry the branch labels. */
export function decision(id: string, label: string): string {
  return `${id}{"${label}"}`;
}
