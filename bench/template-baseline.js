#!/usr/bin/env node
// Builds OfficeDev's React task-pane template (github.com/OfficeDev/Office-Addin-TaskPane-React) with
// THIS repository's toolchain and measures its task pane's initial JS/CSS the way bench/bundle.js
// measures ours; writes the figures and the method into bench/baselines.json (`template`).
//
//   node bench/template-baseline.js [--mirror=DIR]   (default /work/.mirror/OfficeDev+Office-Addin-TaskPane-React/repo)
//
// The template's code is never copied into this repository: its src/ is exported from the mirror's
// git HEAD into a temporary directory outside the repository, built there and deleted. CI cannot fetch
// it (no network), so CI compares against the recorded figure.
//
// What is adapted (and only that), because the template's own toolchain is not installed here:
// - loaders: ts-loader (transpileOnly) with our compiler options (ES2022, react-jsx, module esnext) for
//   its .ts/.tsx instead of babel-loader + ts-loader; our webpack 5, React 19 and Fluent UI v9
//   (@fluentui/react-components, @fluentui/react-icons) instead of its pinned versions;
// - entries: its `react` (react, react-dom) and `taskpane` (index.tsx, dependOn react) entries as they
//   are; its `polyfill` entry (core-js/stable, regenerator-runtime; for IE 11) is left out, and so is
//   the ProvidePlugin for es6-promise (neither package is installed) — both would only make the
//   template bigger, so the baseline is the template's smallest honest build;
// - its taskpane.html is the HtmlWebpackPlugin template, chunks [taskpane, react] as in its config (the
//   html-loader import of the same page into the entry is dropped: html-loader is not installed).
// - production mode, the template's optimization settings (webpack defaults: no splitChunks change).
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measurePage } = require('./bundle-size');

const ROOT = path.resolve(__dirname, '..');
const BASELINES = path.join(__dirname, 'baselines.json');
const argMirror = process.argv.find((a) => a.startsWith('--mirror='));
const MIRROR = argMirror
  ? argMirror.slice('--mirror='.length)
  : '/work/.mirror/OfficeDev+Office-Addin-TaskPane-React/repo';

function git(args) {
  return execFileSync('git', ['--git-dir', MIRROR, ...args], { encoding: 'utf8' }).trim();
}

async function build(dir) {
  const webpack = require(path.join(ROOT, 'node_modules', 'webpack'));
  const HtmlWebpackPlugin = require(path.join(ROOT, 'node_modules', 'html-webpack-plugin'));
  const config = {
    mode: 'production',
    context: dir,
    devtool: false,
    entry: {
      react: ['react', 'react-dom'],
      taskpane: { import: ['./src/taskpane/index.tsx'], dependOn: 'react' },
    },
    output: { path: path.join(dir, 'dist'), clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.html', '.js'], modules: [path.join(ROOT, 'node_modules')] },
    resolveLoader: { modules: [path.join(ROOT, 'node_modules')] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(dir, 'tsconfig.bench.json'),
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|ttf|woff|woff2|gif|ico)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext][query]' },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'react'],
      }),
    ],
    performance: false,
  };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    }),
  );
}

async function main() {
  const commit = git(['rev-parse', 'HEAD']);
  const date = git(['log', '-1', '--format=%cI']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-bench-template-'));
  try {
    // Only the template's src/ (its code, unchanged) is exported.
    const tar = execFileSync('git', ['--git-dir', MIRROR, 'archive', 'HEAD', 'src']);
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    fs.writeFileSync(
      path.join(dir, 'tsconfig.bench.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'esnext',
          moduleResolution: 'node10',
          jsx: 'react-jsx',
          esModuleInterop: true,
          isolatedModules: true,
          skipLibCheck: true,
        },
      }),
    );
    await build(dir);
    const m = measurePage(path.join(dir, 'dist'));
    const pkg = (name) => require(path.join(ROOT, 'node_modules', name, 'package.json')).version;
    const baselines = fs.existsSync(BASELINES) ? JSON.parse(fs.readFileSync(BASELINES, 'utf8')) : {};
    baselines.template = {
      what: 'OfficeDev/Office-Addin-TaskPane-React, task pane initial JS/CSS, built with this repository’s toolchain',
      repository: 'https://github.com/OfficeDev/Office-Addin-TaskPane-React',
      commit,
      commitDate: date,
      measuredOn: new Date().toISOString().slice(0, 10),
      toolchain: {
        webpack: pkg('webpack'),
        'ts-loader': pkg('ts-loader'),
        typescript: pkg('typescript'),
        react: pkg('react'),
        'react-dom': pkg('react-dom'),
        '@fluentui/react-components': pkg('@fluentui/react-components'),
        '@fluentui/react-icons': pkg('@fluentui/react-icons'),
      },
      method:
        'git archive HEAD src of the template into a temporary directory; webpack --mode production with its entries react ' +
        '(react, react-dom) and taskpane (src/taskpane/index.tsx, dependOn react) and its taskpane.html through ' +
        'HtmlWebpackPlugin (chunks taskpane, react); ts-loader transpileOnly (ES2022, react-jsx); its polyfill entry ' +
        '(core-js, regenerator-runtime) and the es6-promise ProvidePlugin left out (not installed; they would only add ' +
        'bytes). Measured: local <script src> and <link rel=stylesheet> of the built taskpane.html, raw and gzip -9 ' +
        '(bench/bundle-size.js, the same code that measures ours).',
      js: { raw: m.js.raw, gzip: m.js.gzip, files: m.js.files.map((f) => f.file) },
      css: { raw: m.css.raw, gzip: m.css.gzip },
    };
    fs.writeFileSync(BASELINES, JSON.stringify(baselines, null, 2) + '\n');
    process.stdout.write(JSON.stringify(baselines.template, null, 2) + '\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
