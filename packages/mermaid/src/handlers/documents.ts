/** Several forms or results of one step: Mermaid's stacked-documents shape. */
export function documents(id: string, label: string): string {
  return `${id}@{ shape: docs, label: "${label}" }`;
}
