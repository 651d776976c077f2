/** Jest's jsdom environment lacks TextEncoder, which jsdom itself and the model need: take Node's. */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
if (typeof g.TextEncoder === 'undefined') Object.assign(g, { TextEncoder, TextDecoder });
