import * as fs from 'fs';
import * as path from 'path';
import { tokens as fluentTokens } from '@fluentui/tokens';
import { tokens, tokenValue } from './fluent-tokens';

describe('the task pane build’s Fluent tokens', () => {
  it("give Fluent's value for every token", () => {
    const entries = Object.entries(fluentTokens);
    expect(entries.length).toBeGreaterThan(400);
    for (const [name, value] of entries) {
      expect(tokenValue(name)).toBe(value);
      expect((tokens as Record<string, string>)[name]).toBe(value);
    }
  });

  it('stand in for a module that no Fluent code enumerates', () => {
    // The lookup has no list of keys: check that nothing in Fluent's packages lists the table's.
    const root = path.dirname(require.resolve('@fluentui/react-components/package.json'));
    const fluent = path.join(root, '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'node_modules') walk(p);
        } else if (/\.js$/.test(e.name) && p.includes(`${path.sep}lib${path.sep}`)) {
          const src = fs.readFileSync(p, 'utf8');
          if (/Object\.(keys|entries|values)\(tokens\)|\.\.\.tokens\b|\bin tokens\b/.test(src))
            offenders.push(p);
        }
      }
    };
    walk(fluent);
    expect(offenders).toEqual([]);
  });
});
