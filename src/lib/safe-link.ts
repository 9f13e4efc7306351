/**
 * The one gate for links built from user data: only http(s), mailto and tel
 * survive. Everything else (javascript:, data:, vbscript:, relative junk) is refused.
 */

const WEB = new Set(['http:', 'https:']);
const ALL = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function parse(value: string): URL | null {
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}

/** True for an absolute http(s) URL with a host. */
export function isSafeWebUrl(value: string): boolean {
  const url = parse(value);
  return url !== null && WEB.has(url.protocol) && url.hostname !== '';
}

/**
 * Returns an href safe to put in the DOM, or null when the value is not an
 * http(s), mailto or tel link.
 */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  const url = parse(value);
  if (url === null || !ALL.has(url.protocol)) return null;
  if (WEB.has(url.protocol) && url.hostname === '') return null;
  return url.href;
}

/** A mailto: href for an address, or null when the address is empty. */
export function mailtoHref(email: string, params: { subject?: string; body?: string } = {}): string | null {
  const address = email.trim();
  if (address === '' || /[\s<>"]/.test(address)) return null;
  const query: string[] = [];
  if (params.subject) query.push(`subject=${encodeURIComponent(params.subject)}`);
  if (params.body) query.push(`body=${encodeURIComponent(params.body.replace(/\r?\n/g, '\r\n'))}`);
  return safeHref(`mailto:${encodeURIComponent(address).replace(/%40/g, '@')}${query.length ? `?${query.join('&')}` : ''}`);
}

/** A tel: href for a phone number, or null when it holds no digits. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^0-9+]/g, '');
  return digits.replace('+', '') === '' ? null : safeHref(`tel:${digits}`);
}
