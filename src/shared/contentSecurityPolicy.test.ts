import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './contentSecurityPolicy';

describe('content security policy', () => {
  it('allows only the app itself and never evaluates strings', () => {
    const header = buildContentSecurityPolicy({ mode: 'header' });
    expect(header).toContain("default-src 'self'");
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("object-src 'none'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(buildContentSecurityPolicy({ mode: 'meta' })).not.toContain('frame-ancestors');
  });
});
