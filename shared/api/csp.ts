// The renderer's Content Security Policy, the same for Electron (meta tag + header) and browser mode:
// nothing remote, no inline or eval'd script, no plugins, no framing.

export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
