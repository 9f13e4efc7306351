/** Actions available from every screen, in the top bar. */
export function GlobalActions() {
  return null;
}
