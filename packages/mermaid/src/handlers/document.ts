/** A form or result a step produces: Mermaid's document shape. */
export function document(id: string, label: string): string {
  return `${id}@{ shape: doc, label: "${label}" }`;
}
