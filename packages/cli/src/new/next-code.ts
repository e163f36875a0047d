/** The number slot of a code pattern: `{n}`, `{nn}`, `{nnn}`… (zero-padded to that width). */
const SLOT = /\{(n+)\}/u;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * The code after the highest one of `existing` that fits `pattern` (`QT-HT-{nn}` with `QT-HT-01`
 * and `QT-HT-04` → `QT-HT-05`; none → `QT-HT-01`). Numbers of withdrawn procedures are not
 * reused. `undefined` when the pattern has no `{n…}` slot.
 */
export function nextCode(pattern: string, existing: Iterable<string>): string | undefined {
  const slot = SLOT.exec(pattern);
  if (!slot?.[1]) return undefined;
  const before = pattern.slice(0, slot.index);
  const after = pattern.slice(slot.index + slot[0].length);
  const matcher = new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}$`, "iu");
  let highest = 0;
  for (const code of existing) {
    const number = matcher.exec(code.normalize("NFC").trim())?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  return `${before}${String(highest + 1).padStart(slot[1].length, "0")}${after}`;
}
