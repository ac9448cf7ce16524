import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';
import { appCsp, cspDirectives, devCsp, printCsp, withCsp } from './csp';

describe('Content-Security-Policy', () => {
  it('the app policy is the shared one, with no eval and no inline scripts', () => {
    expect(appCsp).toBe(contentSecurityPolicy);
    const directives = cspDirectives(appCsp);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(appCsp).not.toContain("'unsafe-eval'");
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const values of directives.values()) expect(values).not.toContain('*');
  });

  it('printed rosters run no script at all', () => {
    const directives = cspDirectives(printCsp);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.has('script-src')).toBe(false);
    expect(printCsp).not.toContain('unsafe-eval');
  });

  it('the dev server policy only adds inline scripts (Fast Refresh), never eval', () => {
    const dev = cspDirectives(devCsp());
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(devCsp()).not.toContain('unsafe-eval');
    const app = cspDirectives(appCsp);
    for (const [name, values] of app) if (name !== 'script-src') expect(dev.get(name)).toEqual(values);
  });

  it('withCsp replaces a server policy whatever its case and keeps other headers', () => {
    const headers = withCsp({ 'content-security-policy': ['script-src *'], 'Content-Type': ['text/html'] }, appCsp);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [appCsp] });
    expect(withCsp(undefined, appCsp)).toEqual({ 'Content-Security-Policy': [appCsp] });
  });
});
