/** The few XML helpers the package editor needs: SpreadsheetML parts are read by pattern, not by a DOM. */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML text to a string: entities, numeric references, and OOXML's own `_xHHHH_` escapes.
 *
 * @example decodeXml('Tryck &amp; porto _x000D_') // 'Tryck & porto \r'
 */
export function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A string as XML text or attribute value; characters XML 1.0 cannot hold are written as `_xHHHH_`.
 *
 * @example encodeXml('A & "B"') // 'A &amp; &quot;B&quot;'
 */
export function encodeXml(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

/**
 * One attribute of a start tag's attribute text, decoded; any namespace prefix on it is ignored.
 *
 * @example attribute(' name="Logg" sheetId="3"', 'name') // 'Logg'
 */
export function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}
