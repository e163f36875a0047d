/** A process step: a rectangle. */
export function process(id: string, label: string): string {
  return `${id}["${label}"]`;
}
