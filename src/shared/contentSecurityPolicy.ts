/**
 * The one Content-Security-Policy of the app. Electron sends it as a response header for every
 * bundled file; the web edition carries it as a meta tag. No remote origin appears anywhere and
 * scripts never come from strings (no 'unsafe-eval', no inline scripts).
 */
export interface ContentSecurityPolicyOptions {
  /** A meta tag cannot carry frame-ancestors; a header can. */
  mode: 'header' | 'meta';
}

const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React writes style attributes for sizes and positions (virtualised rows, resizable columns).
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export function buildContentSecurityPolicy({ mode }: ContentSecurityPolicyOptions): string {
  const all = mode === 'header' ? [...directives, ['frame-ancestors', "'none'"] as const] : directives;
  return all.map(([name, value]) => `${name} ${value}`).join('; ');
}
