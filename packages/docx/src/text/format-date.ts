/** Shows an ISO date (`YYYY-MM-DD`) the Vietnamese way, `dd/mm/yyyy`; other text is returned as is. */
export function formatDate(isoDate: string | undefined): string {
  if (isoDate === undefined) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[3]}/${match[2]}/${match[1]}`;
}
