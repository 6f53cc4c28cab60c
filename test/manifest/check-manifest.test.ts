/**
 * The offline manifest check (scripts/check-manifest.js): the real manifest passes, and each check fails
 * on a copy of it broken in one way (written with its assets to a temporary directory).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

interface CheckResult {
  readonly problems: string[];
}
type CheckManifest = (
  manifestPath: string,
  options?: { commandsSource?: string | null },
) => Promise<CheckResult>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require('../../scripts/check-manifest') as { checkManifest: CheckManifest };

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const COMMANDS = path.join(ROOT, 'src', 'commands', 'commands.ts');
const original = fs.readFileSync(MANIFEST, 'utf8');

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `xml` as manifest.xml beside a copy of assets/ and checks it. */
async function checkText(xml: string, commandsSource: string | null = COMMANDS): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-manifest-'));
  tempDirs.push(dir);
  fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, xml);
  return (await checkManifest(file, { commandsSource })).problems;
}

/** Applies a replacement that must match (so that a test cannot silently stop mutating anything). */
function mutate(from: string | RegExp, to: string, xml = original): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

describe('check-manifest', () => {
  it('passes the repository manifest', async () => {
    expect((await checkManifest(MANIFEST)).problems).toEqual([]);
  });

  it('passes an unchanged copy (the harness itself adds no problem)', async () => {
    expect(await checkText(original)).toEqual([]);
  });

  it('reports OfficeApp children out of schema order', async () => {
    const problems = await checkText(
      mutate(/(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'),
    );
    expect(problems).toEqual([expect.stringMatching(/^OfficeApp: <Version> is out of order/)]);
  });

  it('reports Requirements placed after DefaultSettings', async () => {
    const block = original.match(/\s*<Requirements>[\s\S]*?<\/Requirements>/)![0];
    const moved = mutate(block, '').replace('<Permissions>', `${block.trim()}\n  <Permissions>`);
    expect(await checkText(moved)).toEqual([
      expect.stringContaining('OfficeApp: <Requirements> is out of order'),
    ]);
  });

  it('reports a control whose Supertip comes after its Icon', async () => {
    const broken = mutate(/(<Supertip>[\s\S]*?<\/Supertip>)(\s*)(<Icon>[\s\S]*?<\/Icon>)/, '$3$2$1');
    expect(await checkText(broken)).toEqual([
      expect.stringMatching(
        /Control\[DxStatus\.CheckButton\]: <Supertip> is out of order \(expected order: Label, Supertip, Icon, Action\)$/,
      ),
    ]);
  });

  it('reports a missing required element', async () => {
    const problems = await checkText(mutate(/\s*<Permissions>[^<]*<\/Permissions>/, ''));
    expect(problems).toContain('OfficeApp: required element <Permissions> is missing');
  });

  it('reports a resid that names no resource, and one of the wrong kind', async () => {
    expect(
      await checkText(mutate('resid="DxStatus.Check.Label"/>', 'resid="DxStatus.Check.Nope"/>')),
    ).toEqual([
      expect.stringMatching(
        /Control\[DxStatus\.CheckButton\]\/Label resid="DxStatus\.Check\.Nope": no resource/,
      ),
    ]);
    const wrongKind = await checkText(
      mutate('<Description resid="DxStatus.Pane.Tip"/>', '<Description resid="DxStatus.Pane.Label"/>'),
    );
    expect(wrongKind).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/resid="DxStatus\.Pane\.Label": must name a LongString, names a ShortString/),
        'resource "DxStatus.Pane.Tip" is never used',
      ]),
    );
  });

  it('reports a resid longer than 32 characters', async () => {
    const long = 'DxStatus.Check.Label.ThatIsFarTooLong';
    const xml = original.split('"DxStatus.Check.Label"').join(`"${long}"`);
    expect(await checkText(xml)).toEqual(
      expect.arrayContaining([expect.stringContaining(`resid="${long}": resid longer than 32 characters`)]),
    );
  });

  it('reports a ShortString over 125 and a LongString over 250 characters (in either language)', async () => {
    const longShort = 'あ'.repeat(126);
    const shortProblems = await checkText(mutate('Value="検証"', `Value="${longShort}"`));
    expect(shortProblems).toEqual([
      'ShortString "DxStatus.Check.Label": Override ja-JP has 126 characters, more than 125 for a ShortString',
    ]);
    const longProblems = await checkText(
      mutate(/(<bt:String id="DxStatus\.Pane\.Tip" DefaultValue=")[^"]*"/, `$1${'x'.repeat(251)}"`),
    );
    expect(longProblems).toEqual([
      'LongString "DxStatus.Pane.Tip": DefaultValue has 251 characters, more than 250 for a LongString',
    ]);
  });

  it('reports a URL that is not https', async () => {
    const problems = await checkText(
      mutate('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
    );
    expect(problems).toEqual([
      'Urls "DxStatus.Commands.Url": must be https: http://localhost:3000/commands.html',
    ]);
  });

  it('reports an icon file that does not exist, and one of the wrong size', async () => {
    const missing = await checkText(
      mutate('assets/icon-32.png"/>\n  <HighRes', 'assets/icon-33.png"/>\n  <HighRes'),
    );
    expect(missing).toEqual([
      expect.stringMatching(/^IconUrl: icon file .*assets[\\/]icon-33\.png does not exist$/),
    ]);
    const wrongSize = await checkText(
      mutate(
        'id="DxStatus.Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'id="DxStatus.Icon.16" DefaultValue="https://localhost:3000/assets/icon-20.png"',
      ),
    );
    expect(wrongSize.length).toBeGreaterThan(0);
    for (const p of wrongSize) expect(p).toMatch(/size 16: assets\/icon-20\.png is 20×20, expected 16×16$/);
  });

  it('reports an icon served from elsewhere and a button without its 80px image', async () => {
    const elsewhere = await checkText(
      mutate(
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        '<HighResolutionIconUrl DefaultValue="https://cdn.example.com/icon-64.png"/>',
      ),
    );
    expect(elsewhere).toEqual([
      expect.stringMatching(
        /^HighResolutionIconUrl: icon https:\/\/cdn\.example\.com\/icon-64\.png is not served by the add-in/,
      ),
    ]);
    const no80 = await checkText(
      mutate(
        /(<Control xsi:type="Button" id="DxStatus\.CheckButton">[\s\S]*?)\s*<bt:Image size="80" resid="DxStatus\.Icon\.80"\/>/,
        '$1',
      ),
    );
    expect(no80).toEqual([expect.stringMatching(/Control\[DxStatus\.CheckButton\]\/Icon: no 80px image$/)]);
  });

  it('reports a string without a ja-JP override', async () => {
    const problems = await checkText(mutate(/\s*<bt:Override Locale="ja-JP" Value="集計シート作成"\/>/, ''));
    expect(problems).toEqual(['ShortString "DxStatus.Summary.Label": no <Override Locale="ja-JP">']);
    const displayName = await checkText(
      mutate(/\s*<Override Locale="ja-JP" Value="DX進捗チェッカー"\/>/, ''),
    );
    expect(displayName).toEqual(['DisplayName: no <Override Locale="ja-JP">']);
  });

  it('reports an Id that is not a GUID and a malformed version', async () => {
    const problems = await checkText(
      mutate(
        /<Id>[^<]*<\/Id>/,
        '<Id>dx-status-checker</Id>',
        mutate(/<Version>[^<]*<\/Version>/, '<Version>1.0.0.0.0</Version>'),
      ),
    );
    expect(problems).toEqual([
      'Id must be a GUID, is "dx-status-checker"',
      'Version must be n.n.n.n (up to four numbers of up to 5 digits), is "1.0.0.0.0"',
    ]);
  });

  it('reports an ExecuteFunction the ribbon commands do not register', async () => {
    const problems = await checkText(
      mutate('<FunctionName>createSummary</FunctionName>', '<FunctionName>makeSummary</FunctionName>'),
    );
    expect(problems).toEqual([
      'ExecuteFunction "makeSummary" is not registered with Office.actions.associate in src/commands/commands.ts',
    ]);
  });

  it('reports a manifest that is not XML at all', async () => {
    const problems = await checkText('<OfficeApp><Id>', null);
    expect(problems).toEqual([expect.stringMatching(/^cannot read the manifest/)]);
  });
});
