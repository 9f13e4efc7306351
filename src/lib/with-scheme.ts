/**
 * A web address typed without its scheme ("www.example.org/ir",
 * "linkedin.com/in/ada", "mountsinai.org") gets https:// in front. Anything
 * else — a full link, another scheme (javascript:, mailto:), a word with no
 * dot, text with spaces — comes back as it was, for the link check to judge.
 */
const BARE_ADDRESS = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i;

export function withScheme(input: string): string {
  const value = input.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(value)) return value;
  return BARE_ADDRESS.test(value) ? `https://${value}` : value;
}
