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

/** Lone UTF-16 surrogates (text cut mid-emoji) make encodeURIComponent throw; they become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A mailto: href for an address, or null when the address is empty.
 * Subject and body are percent-encoded as RFC 6068 asks: line breaks in the
 * body become CRLF (%0D%0A), a subject is kept on one line (a header cannot
 * hold a line break), and `&`, `?`, `#`, `+` survive as text.
 */
export function mailtoHref(email: string, params: { subject?: string; body?: string } = {}): string | null {
  const address = email.trim();
  if (address === '' || /[\s<>"]/.test(address)) return null;
  const query: string[] = [];
  if (params.subject) {
    const subject = params.subject.replace(/\s*[\r\n]+\s*/g, ' ');
    query.push(`subject=${encodeURIComponent(wellFormed(subject))}`);
  }
  if (params.body) {
    const body = params.body.replace(/\r\n|\r|\n/g, '\r\n');
    query.push(`body=${encodeURIComponent(wellFormed(body))}`);
  }
  const encodedAddress = encodeURIComponent(wellFormed(address)).replace(/%40/g, '@');
  return safeHref(`mailto:${encodedAddress}${query.length ? `?${query.join('&')}` : ''}`);
}

/** A tel: href for a phone number, or null when it holds no digits. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^0-9+]/g, '');
  return digits.replace('+', '') === '' ? null : safeHref(`tel:${digits}`);
}
