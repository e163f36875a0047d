/** The letter of an entry of the word bank (0-based): a, b, c … z, then aa, bb … */
export function wordBankLetter(index: number): string {
  return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1);
}
