import { get } from 'node:http';
import { SCB_BASE_URL } from '../../src/data/scb/url';

/**
 * The pane's network, pointed at the local SCB server: a real HTTP GET through Node (jest's jsdom has
 * no fetch), answered as a Response is read (status, headers, text, json). Only SCB's own address is
 * routed there; `requested` records every URL the pane asked for, wherever it pointed.
 *
 * @example const net = localFetch(() => baseUrl); createServices({ fetch: net.fetch }); net.requested // ['https://statistikdatabasen.scb.se/api/v2/config', …]
 */
export function localFetch(baseUrl: () => string): { readonly fetch: typeof fetch; readonly requested: string[] } {
  const requested: string[] = [];
  const fetchLocal = ((input: string | URL, init?: RequestInit) =>
    new Promise((resolve, reject) => {
      requested.push(String(input));
      const request = get(String(input).replace(SCB_BASE_URL, baseUrl()), (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          resolve({
            status,
            ok: status >= 200 && status < 300,
            headers: { get: (name: string) => (res.headers[name.toLowerCase()] as string | undefined) ?? null },
            text: async () => body,
            json: async () => JSON.parse(body),
          });
        });
      });
      request.on('error', reject);
      init?.signal?.addEventListener('abort', () => {
        request.destroy();
        reject(new DOMException('aborted', 'AbortError'));
      });
    })) as unknown as typeof fetch;
  return { fetch: fetchLocal, requested };
}
