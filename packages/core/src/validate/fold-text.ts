/**
 * Text reduced for lenient comparison: NFC, lower case, Vietnamese diacritics and `đ` folded to
 * plain letters, every dash made `-` and runs of spaces made one (`Bộ phận Một cửa` → `bo phan mot cua`).
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/\s*[‐-―−]\s*|\s+-\s+/gu, " - ")
    .replace(/\s+/gu, " ")
    .trim()
    .normalize("NFC");
}
