import { expect, test as base } from '@playwright/test';

/**
 * Playwright's `test`, with every page watched for Content-Security-Policy violations: the
 * storefront must work under its policy (docs/security.md, "HTTP surface") without the browser
 * blocking a script, style, image, frame or connection. Chromium reports each violation on the
 * console and as a `securitypolicyviolation` event; either fails the spec once it has run.
 */
export const test = base.extend<{ policyViolations: string[] }>({
  policyViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding('reportPolicyViolation', (_source, text: string) => {
        violations.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportPolicyViolation?: (t: string) => void })
            .reportPolicyViolation;
          report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
          violations.push(message.text());
        }
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
