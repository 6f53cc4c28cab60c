#!/usr/bin/env node
// dx-status: the DX進捗チェッカー command line. The code lives in src/cli (compiled to lib/ by `npm run build:cli`,
// which `npm ci` runs through the prepare script).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && /lib[\\/]cli[\\/]main\.js/.test(String(err.message))) {
    process.stderr.write(
      'エラー: lib/cli/main.js がありません。npm run build:cli を実行してください。\n' +
        'Error: lib/cli/main.js is missing. Run npm run build:cli first.\n',
    );
    process.exitCode = 2;
    return;
  }
  throw err;
}
cli.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${(err && err.stack) || err}\n`);
    process.exitCode = 2;
  },
);
