// Lets the browser tests' Node scripts require the TypeScript message catalog (src/core/i18n) so that
// they look for the same strings the task pane shows. Transpile only (no type check).
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
