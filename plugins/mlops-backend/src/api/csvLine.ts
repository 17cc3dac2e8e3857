/** CSV for a person reading it in a spreadsheet (RFC 4180, CRLF line ends). */
export const csvLine = {
  /**
   * One field. A cell that starts with a formula lead character (=, +, -, @, tab, carriage return or
   * line feed) is prefixed with a quote, so a spreadsheet shows it as text instead of running it.
   */
  field(value: unknown): string {
    let text = value === undefined || value === null ? '' : String(value);
    if (/^[=+\-@\t\r\n]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  },

  /** The document: the header, then one line per row of fields. */
  document(header: string[], rows: string[][]): string {
    return `${[header, ...rows].map(r => r.join(',')).join('\r\n')}\r\n`;
  },
};
