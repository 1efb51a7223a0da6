/**
 * The renderer's Content Security Policy: only the packaged files, no inline script, no eval,
 * no network. The same string is in src-renderer/index.html (a test checks they agree) and is
 * sent as a header by the browser harness.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
