/** The letter printed on the card at `index` (0-based): A … Z, then AA, AB, … like spreadsheet columns. */
export function cardLabel(index: number): string {
  let label = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
  }
  return label;
}
