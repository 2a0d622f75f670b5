import type { Plugin } from 'vite';
import { buildContentSecurityPolicy } from './src/shared/contentSecurityPolicy';

/**
 * Puts the production CSP into index.html as a meta tag. Only at build time: the dev server
 * needs an inline React-refresh preamble and a websocket, which the strict policy forbids.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'silk-ledger-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<!-- csp -->',
        `<meta http-equiv="Content-Security-Policy" content="${buildContentSecurityPolicy({ mode: 'meta' })}" />`,
      ),
  };
}
