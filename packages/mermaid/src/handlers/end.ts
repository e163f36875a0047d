/** An end terminal: a stadium ("Kết thúc", or a step of kind `end`). */
export function end(id: string, label: string): string {
  return `${id}(["${label}"])`;
}
