#!/usr/bin/env node
/**
 * Offline checks of the add-in manifest (`npm run validate:local`). `office-addin-manifest validate` posts
 * the manifest to an online service; this needs no network, so a broken manifest fails CI anywhere.
 *
 *   node scripts/check-manifest.js [manifest.xml] [--commands src/commands/commands.ts]
 *
 * Checks: the manifest reads with office-addin-manifest's own reader (readManifestFile); TaskPaneApp for
 * Excel (Workbook) with a GUID Id and an n.n.n.n version; the order of OfficeApp's children (and of the
 * VersionOverrides elements below it) as the manifest XSDs prescribe; every resid resolves to a resource
 * of the right kind (ShortString, LongString, Url, Image) and is at most 32 characters; ShortStrings at most
 * 125 characters, LongStrings at most 250; every URL https; every icon a PNG in assets/ of the size the
 * manifest says; a ja-JP override for every string; the ExecuteFunction names are the ones the ribbon
 * commands register with Office.actions.associate.
 *
 * Exported as checkManifest(manifestPath, options) → Promise<{ problems: string[] }> for the tests.
 */
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const { OfficeAddinManifest } = require('office-addin-manifest');

// The XML parser office-addin-manifest itself uses, resolved from there (it is not our direct dependency).
const xml2js = require(
  require.resolve('xml2js', { paths: [path.dirname(require.resolve('office-addin-manifest'))] }),
);

const ROOT = path.resolve(__dirname, '..');

/**
 * Children of OfficeApp for a task pane add-in, in schema order (OfficeAppManifestv1.1.xsd: the OfficeApp
 * sequence, then the TaskPaneApp extension). Required ones are marked.
 */
const OFFICE_APP_ORDER = [
  ['Id', true],
  ['AlternateId', false],
  ['Version', true],
  ['ProviderName', true],
  ['DefaultLocale', true],
  ['DisplayName', true],
  ['Description', true],
  ['IconUrl', false],
  ['HighResolutionIconUrl', false],
  ['SupportUrl', false],
  ['AppDomains', false],
  ['Hosts', false],
  ['Requirements', false],
  ['DefaultSettings', true],
  ['Permissions', true],
  ['Dictionary', false],
  ['VersionOverrides', false],
  ['Signature', false],
];

/** Child order of elements below VersionOverrides (TaskPaneAppVersionOverridesV1_0.xsd). */
const NESTED_ORDER = {
  VersionOverrides: [
    'Description',
    'Requirements',
    'Hosts',
    'Resources',
    'WebApplicationInfo',
    'EquivalentAddins',
  ],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
};

/** Which kind of resource an element's resid must name. */
const RESID_KIND = {
  Image: 'Image',
  FunctionFile: 'Url',
  SourceLocation: 'Url',
  LearnMoreUrl: 'Url',
  Label: 'ShortString',
  Title: 'ShortString',
  Description: 'LongString',
};

const RESOURCE_GROUPS = {
  Images: 'Image',
  Urls: 'Url',
  ShortStrings: 'ShortString',
  LongStrings: 'LongString',
};
const MAX_LENGTH = { ShortString: 125, LongString: 250 };
const REQUIRED_ICON_SIZES = [16, 32, 80];
const OPTIONAL_ICON_SIZES = [20, 24, 40, 48, 64];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){0,3}$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const OVERRIDE_LOCALE = 'ja-JP';

/** Element name without namespace prefix (bt:Image → Image). */
function local(name) {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

function children(el) {
  return el.$$ || [];
}

function attr(el, name) {
  return el.$ ? el.$[name] : undefined;
}

function text(el) {
  return typeof el._ === 'string' ? el._.trim() : '';
}

/**
 * Depth-first walk. `trail` is the path of element names; `where` the same path for messages, with ids
 * (Control[DxStatus.CheckButton]).
 */
function walk(el, visit, trail = [], labels = []) {
  const name = local(el['#name']);
  const id = attr(el, 'id');
  const here = [...trail, name];
  const hereLabels = [...labels, id && !RESOURCE_GROUPS[trail[trail.length - 1]] ? `${name}[${id}]` : name];
  visit(el, here, hereLabels.join('/'));
  for (const child of children(el)) walk(child, visit, here, hereLabels);
}

/** Checks that `names` follow `order` (names absent from `order` are reported too). */
function checkOrder(where, names, order, problems) {
  let last = -1;
  for (const name of names) {
    const index = order.indexOf(name);
    if (index < 0) {
      problems.push(`${where}: unexpected element <${name}>`);
      continue;
    }
    if (index < last) {
      problems.push(`${where}: <${name}> is out of order (expected order: ${order.join(', ')})`);
    }
    last = Math.max(last, index);
  }
}

/** Width and height of a PNG, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The ExecuteFunction names the ribbon commands register (Office.actions.associate('name', …)). */
function associatedFunctions(source) {
  const names = new Set();
  for (const m of source.matchAll(/Office\.actions\.associate\(\s*['"`]([^'"`]+)['"`]/g)) names.add(m[1]);
  return names;
}

/**
 * @param {string} manifestPath
 * @param {{ commandsSource?: string | null }} [options] commandsSource: the ribbon commands' source file
 *   (default src/commands/commands.ts next to the repository's manifest; null to skip that check)
 * @returns {Promise<{ problems: string[] }>}
 */
async function checkManifest(manifestPath, options = {}) {
  const problems = [];
  const manifestDir = path.dirname(path.resolve(manifestPath));

  // 1. office-addin-manifest's own reader.
  let info;
  try {
    info = await OfficeAddinManifest.readManifestFile(manifestPath);
  } catch (err) {
    return { problems: [`cannot read the manifest: ${err instanceof Error ? err.message : String(err)}`] };
  }
  if (info.manifestType !== 'xml') problems.push(`expected an XML manifest, got ${info.manifestType}`);
  if (info.officeAppType !== 'TaskPaneApp')
    problems.push(`OfficeApp xsi:type must be TaskPaneApp, is ${info.officeAppType}`);
  if (!info.id || !GUID.test(info.id)) problems.push(`Id must be a GUID, is ${JSON.stringify(info.id)}`);
  if (!info.version || !VERSION.test(info.version)) {
    problems.push(
      `Version must be n.n.n.n (up to four numbers of up to 5 digits), is ${JSON.stringify(info.version)}`,
    );
  }
  if (!(info.hosts || []).includes('Workbook')) problems.push('Hosts must include Workbook (Excel)');
  if (!PERMISSIONS.includes(info.permissions))
    problems.push(`Permissions is not valid: ${JSON.stringify(info.permissions)}`);
  if (!info.defaultSettings || !info.defaultSettings.sourceLocation)
    problems.push('DefaultSettings/SourceLocation is missing');

  // 2. The ordered tree, with the same parser.
  const xmlText = fs.readFileSync(manifestPath, 'utf8');
  const doc = await xml2js.parseStringPromise(xmlText, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
    charsAsChildren: false,
  });
  const officeApp = doc.OfficeApp;
  if (!officeApp) return { problems: [...problems, 'the root element is not <OfficeApp>'] };

  const topNames = children(officeApp).map((c) => local(c['#name']));
  checkOrder(
    'OfficeApp',
    topNames,
    OFFICE_APP_ORDER.map(([n]) => n),
    problems,
  );
  for (const [name, required] of OFFICE_APP_ORDER) {
    const count = topNames.filter((n) => n === name).length;
    if (required && count === 0) problems.push(`OfficeApp: required element <${name}> is missing`);
    if (count > 1) problems.push(`OfficeApp: <${name}> appears ${count} times`);
  }
  walk(officeApp, (el, trail, where) => {
    const name = trail[trail.length - 1];
    const order = NESTED_ORDER[name];
    if (order && trail.includes('VersionOverrides')) {
      checkOrder(
        where,
        children(el).map((c) => local(c['#name'])),
        order,
        problems,
      );
    }
  });

  // 3. Resources by id and kind.
  const resources = new Map();
  const strings = [];
  walk(officeApp, (el, trail) => {
    const group = trail[trail.length - 2];
    const kind = RESOURCE_GROUPS[group];
    if (!kind || trail[trail.length - 3] !== 'Resources') return;
    const id = attr(el, 'id');
    if (!id) {
      problems.push(`${trail.join('/')}: a resource without an id`);
      return;
    }
    if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
    resources.set(id, { kind, el, used: false });
    if (kind === 'ShortString' || kind === 'LongString') strings.push({ where: `${kind} "${id}"`, kind, el });
  });

  // 4. Every resid resolves to a resource of the right kind.
  walk(officeApp, (el, trail, path) => {
    const resid = attr(el, 'resid');
    if (resid === undefined) return;
    const where = `${path} resid="${resid}"`;
    if (resid.length > 32) problems.push(`${where}: resid longer than 32 characters`);
    const resource = resources.get(resid);
    if (!resource) {
      problems.push(`${where}: no resource with this id`);
      return;
    }
    resource.used = true;
    const expected = RESID_KIND[trail[trail.length - 1]];
    if (expected && resource.kind !== expected) {
      problems.push(`${where}: must name a ${expected}, names a ${resource.kind}`);
    }
  });
  for (const [id, r] of resources) if (!r.used) problems.push(`resource "${id}" is never used`);

  // 5. Lengths and ja-JP overrides of every string (DisplayName and Description too).
  for (const name of ['DisplayName', 'Description']) {
    const el = children(officeApp).find((c) => local(c['#name']) === name);
    if (el) strings.push({ where: name, kind: name === 'DisplayName' ? 'ShortString' : 'LongString', el });
  }
  for (const { where, kind, el } of strings) {
    const max = MAX_LENGTH[kind];
    const values = [['DefaultValue', attr(el, 'DefaultValue')]];
    const overrides = children(el).filter((c) => local(c['#name']) === 'Override');
    for (const o of overrides) values.push([`Override ${attr(o, 'Locale')}`, attr(o, 'Value')]);
    for (const [label, value] of values) {
      if (value === undefined || value.trim() === '') problems.push(`${where}: ${label} is empty`);
      else if ([...value].length > max) {
        problems.push(
          `${where}: ${label} has ${[...value].length} characters, more than ${max} for a ${kind}`,
        );
      }
    }
    const ja = overrides.find((o) => attr(o, 'Locale') === OVERRIDE_LOCALE);
    if (!ja) problems.push(`${where}: no <Override Locale="${OVERRIDE_LOCALE}">`);
  }

  // 6. URLs: https only. Icons: files under assets/ next to the manifest, PNGs of the stated size.
  const sourceLocation = info.defaultSettings && info.defaultSettings.sourceLocation;
  let base = null;
  try {
    base = sourceLocation ? new URL('.', sourceLocation).href : null;
  } catch {
    problems.push(`DefaultSettings/SourceLocation is not a URL: ${sourceLocation}`);
  }
  const urls = [];
  walk(officeApp, (el, trail) => {
    const name = trail[trail.length - 1];
    const isUrlSetting = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(name);
    const isUrlResource =
      (trail[trail.length - 2] === 'Urls' || trail[trail.length - 2] === 'Images') && attr(el, 'id');
    if (isUrlSetting && !attr(el, 'resid')) urls.push({ where: name, value: attr(el, 'DefaultValue') });
    if (isUrlResource)
      urls.push({ where: `${trail[trail.length - 2]} "${attr(el, 'id')}"`, value: attr(el, 'DefaultValue') });
    if ((isUrlSetting || isUrlResource) && name !== 'Override') {
      for (const o of children(el).filter((c) => local(c['#name']) === 'Override')) {
        urls.push({ where: `${name} override ${attr(o, 'Locale')}`, value: attr(o, 'Value') });
      }
    }
    if (name === 'AppDomain') urls.push({ where: 'AppDomain', value: text(el) });
  });
  for (const { where, value } of urls) {
    let url = null;
    try {
      url = new URL(value);
    } catch {
      problems.push(`${where}: not a URL: ${JSON.stringify(value)}`);
      continue;
    }
    if (url.protocol !== 'https:') problems.push(`${where}: must be https: ${value}`);
  }

  const iconFile = (where, value, expectedSize) => {
    if (!base || typeof value !== 'string' || !value.startsWith(base)) {
      problems.push(`${where}: icon ${value} is not served by the add-in (${base ?? '?'}assets/…)`);
      return;
    }
    const relative = decodeURIComponent(value.slice(base.length).split(/[?#]/)[0]);
    if (!relative.startsWith('assets/')) {
      problems.push(`${where}: icon ${value} is not in assets/`);
      return;
    }
    const file = path.join(manifestDir, ...relative.split('/'));
    if (!fs.existsSync(file)) {
      problems.push(`${where}: icon file ${path.relative(process.cwd(), file)} does not exist`);
      return;
    }
    const size = pngSize(file);
    if (!size) problems.push(`${where}: ${relative} is not a PNG`);
    else if (expectedSize && (size.width !== expectedSize || size.height !== expectedSize)) {
      problems.push(
        `${where}: ${relative} is ${size.width}×${size.height}, expected ${expectedSize}×${expectedSize}`,
      );
    }
  };
  if (info.iconUrl) iconFile('IconUrl', info.iconUrl, null);
  else problems.push('IconUrl is missing (Office shows it in the add-ins dialog)');
  if (info.highResolutionIconUrl) iconFile('HighResolutionIconUrl', info.highResolutionIconUrl, null);

  walk(officeApp, (el, trail, where) => {
    if (trail[trail.length - 1] !== 'Icon' || !trail.includes('VersionOverrides')) return;
    const images = children(el).filter((c) => local(c['#name']) === 'Image');
    const sizes = images.map((img) => Number(attr(img, 'size')));
    for (const s of REQUIRED_ICON_SIZES) if (!sizes.includes(s)) problems.push(`${where}: no ${s}px image`);
    for (const img of images) {
      const size = Number(attr(img, 'size'));
      if (!REQUIRED_ICON_SIZES.includes(size) && !OPTIONAL_ICON_SIZES.includes(size)) {
        problems.push(`${where}: unsupported image size ${attr(img, 'size')}`);
      }
      const resource = resources.get(attr(img, 'resid'));
      if (resource && resource.kind === 'Image') {
        iconFile(`${where} size ${size}`, attr(resource.el, 'DefaultValue'), size);
      }
    }
  });

  // 7. ExecuteFunction names registered by the ribbon commands.
  const functionNames = [];
  walk(officeApp, (el, trail, where) => {
    if (trail[trail.length - 1] === 'Action' && attr(el, 'xsi:type') === 'ExecuteFunction') {
      const fn = children(el).find((c) => local(c['#name']) === 'FunctionName');
      if (!fn || !text(fn)) problems.push(`${where}: ExecuteFunction without a FunctionName`);
      else functionNames.push(text(fn));
    }
  });
  const commandsSource =
    options.commandsSource === undefined
      ? path.join(ROOT, 'src', 'commands', 'commands.ts')
      : options.commandsSource;
  if (commandsSource && functionNames.length) {
    const associated = associatedFunctions(fs.readFileSync(commandsSource, 'utf8'));
    for (const fn of functionNames) {
      if (!associated.has(fn)) {
        problems.push(
          `ExecuteFunction "${fn}" is not registered with Office.actions.associate in ${path.relative(ROOT, commandsSource)}`,
        );
      }
    }
  }

  return { problems };
}

module.exports = { checkManifest, OFFICE_APP_ORDER, NESTED_ORDER };

if (require.main === module) {
  const args = process.argv.slice(2);
  const commandsAt = args.indexOf('--commands');
  const commandsSource = commandsAt >= 0 ? path.resolve(args.splice(commandsAt, 2)[1]) : undefined;
  const manifestPath = path.resolve(args[0] || path.join(ROOT, 'manifest.xml'));
  checkManifest(manifestPath, { commandsSource }).then(
    ({ problems }) => {
      const name = path.relative(process.cwd(), manifestPath) || manifestPath;
      if (problems.length === 0) {
        console.log(
          `${name}: OK (offline checks; run \`npm run validate\` for Microsoft's online validation)`,
        );
        return;
      }
      console.error(`${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const p of problems) console.error(`  - ${p}`);
      process.exitCode = 1;
    },
    (err) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
