/** A start terminal: a stadium ("Bắt đầu", or a step of kind `start`). */
export function start(id: string, label: string): string {
  return `${id}(["${label}"])`;
}
