/**
 * Builds the Excel add-in into dist/: taskpane.html (React task pane), commands.html (ribbon function file),
 * assets/ and manifest.xml.
 *
 *   npm run build        production: content-hashed names, split chunks, no source maps; manifest URLs
 *                        https://localhost:3000/ rewritten to ADDIN_URL (env var or --env ADDIN_URL=…)
 *   npm run build:dev    development build with source maps, manifest unchanged
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs' certificate, for sideloading
 *
 * Office.js is never bundled: the HTML templates load it from Microsoft's CDN, as Office add-ins must.
 */
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { NormalModuleReplacementPlugin } = require('webpack');

/** The URL the repository's manifest.xml points at (the dev server). */
const URL_DEV = 'https://localhost:3000/';
const DEV_PORT = 3000;

const TASKPANE_ENTRY = './src/taskpane/index.ts';
const TASKPANE_TEMPLATE = './src/taskpane/taskpane.html';
/** Fluent's design-token table, replaced by a lookup (see that file for why). */
const FLUENT_TOKENS = path.resolve(__dirname, 'src/taskpane/fluent-tokens.ts');

/**
 * Puts src/taskpane/fluent-tokens.ts in place of @fluentui/tokens/lib/tokens.js (imported as
 * ./tokens.js and ../tokens.js inside that package only).
 */
function fluentTokensReplacement() {
  return new NormalModuleReplacementPlugin(/^\.\.?\/tokens\.js$/, (resolveData) => {
    if (/[\\/]@fluentui[\\/]tokens[\\/]lib([\\/]|$)/.test(resolveData.context))
      resolveData.request = FLUENT_TOKENS;
  });
}

/** The production base URL: https, with a trailing slash; null when not given. */
function productionUrl(env) {
  const raw = (env && env.ADDIN_URL) || process.env.ADDIN_URL;
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_URL must be an https URL (Office requires it): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Replaces every dev URL in the manifest with the production one. */
function rewriteManifest(content, urlProd) {
  return content.toString().split(URL_DEV).join(urlProd);
}

async function httpsOptions() {
  // Only for `webpack serve`: creates (first run) and installs a trusted localhost certificate in
  // ~/.office-addin-dev-certs. Where it cannot be installed as trusted (Linux without sudo, CI), the
  // certificate it generated is still served; trust ca.crt in the browser by hand (docs/sideloading.md).
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const files = [defaults.caCertificatePath, defaults.localhostKeyPath, defaults.localhostCertificatePath];
    if (!files.every((f) => fs.existsSync(f))) throw err;
    console.warn(
      `[webpack] ${err instanceof Error ? err.message.split('\n')[0] : err}\n` +
        `[webpack] serving the generated certificate anyway: trust ${defaults.caCertificatePath} in your browser.`,
    );
    const [ca, key, cert] = files.map((f) => fs.readFileSync(f));
    return { ca, key, cert };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const urlProd = production ? productionUrl(env) : null;
  if (production && !urlProd) {
    console.warn(
      `[webpack] ADDIN_URL is not set: dist/manifest.xml keeps ${URL_DEV} (fine for testing the production build locally).`,
    );
  }

  const hasTaskpane = fs.existsSync(path.resolve(__dirname, TASKPANE_ENTRY));
  if (!hasTaskpane) {
    console.warn(`[webpack] ${TASKPANE_ENTRY} does not exist yet: building the ribbon commands only.`);
  }

  const entry = { commands: './src/commands/commands.ts' };
  const htmlPages = [
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
      scriptLoading: production ? 'module' : 'defer',
    }),
  ];
  if (hasTaskpane) {
    entry.taskpane = TASKPANE_ENTRY;
    htmlPages.unshift(
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: TASKPANE_TEMPLATE,
        chunks: ['taskpane'],
        scriptLoading: production ? 'module' : 'defer',
      }),
    );
  }

  return {
    mode: production ? 'production' : 'development',
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      // Production: ES modules. The pages load their bundles as <script type="module">, and the chunks the
      // task pane loads later (its React views, the core: see src/taskpane/index.ts) come through import(), so no
      // <script> element is added to the page at run time. Every Office host that runs React 19 and Fluent
      // UI v9 supports modules. (Development keeps classic chunks: webpack's HMR needs them.)
      ...(production ? { module: true, chunkFormat: 'module', chunkLoading: 'import' } : {}),
    },
    experiments: production ? { outputModule: true } : undefined,
    // html-webpack-plugin evaluates the page templates with lodash's `with`-based template code in Node
    // (never shipped); in a module build webpack warns about that code's strict-mode violation.
    ignoreWarnings: [{ module: /html-webpack-plugin[\\/]lib[\\/]loader\.js/, message: /`with` statements/ }],
    // No source maps in production: the bundles are served publicly. Development: full maps for F12 tools.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; ES modules let webpack tree-shake (Fluent UI, the core).
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !production } },
          },
        },
      ],
    },
    // The code each page needs at start stays in its entry file (one request, and one scope for the
    // minifier: modules concatenated across React, Fluent and our code come out smaller than a separate
    // vendor file); what the lazy chunks share is split among them.
    optimization: production ? { splitChunks: { chunks: 'async' } } : undefined,
    performance: production
      ? { hints: 'warning', maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 }
      : false,
    plugins: [
      fluentTokensReplacement(),
      ...htmlPages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: urlProd ? (content) => rewriteManifest(content, urlProd) : undefined,
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          host: 'localhost',
          port: DEV_PORT,
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          client: { overlay: { warnings: false, errors: true } },
          static: false,
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.FLUENT_TOKENS = FLUENT_TOKENS;
module.exports.productionUrl = productionUrl;
