/** The `code` of a Node.js system error (`ENOENT`, `EACCES`, ...), or its message otherwise. */
export function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const { code } = error as NodeJS.ErrnoException;
    return typeof code === "string" ? code : error.message;
  }
  return String(error);
}
