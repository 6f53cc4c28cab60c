// Lets Node scripts (benchmarks, browser tests, the preview) require the TypeScript sources directly:
// transpile only, the same target as tsconfig.json (ES2022, CommonJS), no type check.
const fs = require('fs');
const ts = require('typescript');

let installed = false;

function installTsRequire() {
  if (installed) return;
  installed = true;
  require.extensions['.ts'] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        isolatedModules: true,
      },
    });
    module._compile(out.outputText, filename);
  };
}

module.exports = { installTsRequire };
