/** Longest file name stem `fileSlug` produces, well inside every file system's limit. */
const MAX_LENGTH = 80;

/**
 * An ASCII file name stem for a Vietnamese title: diacritics dropped, `đ` → `d`, lower case, words
 * joined by `-` ("Đăng ký khai sinh" → `dang-ky-khai-sinh`). Never holds a path separator or a dot;
 * `quy-trinh` when nothing is left.
 */
export function fileSlug(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/gu, "");
  return slug === "" ? "quy-trinh" : slug;
}
