/**
 * The ribbon's function file (commands.html): registers the ExecuteFunction commands named in
 * manifest.xml (<FunctionName>validateSheet</FunctionName>, <FunctionName>createSummary</FunctionName>).
 * The logic is in run-command.ts; this file only wires Office.js to it.
 */
import { createExcelHost } from '../excel/excel-host';
import { runSummary, runValidate } from '../excel/workflows';
import { runCommand, type CommandDeps, type CommandName } from './run-command';

/** Office.addin.showAsTaskpane exists only in a shared runtime (SharedRuntime 1.1). */
function taskpaneOpener(): (() => Promise<void>) | undefined {
  const addin = typeof Office.addin === 'object' ? Office.addin : undefined;
  if (!addin || typeof addin.showAsTaskpane !== 'function') return undefined;
  if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return undefined;
  return () => addin.showAsTaskpane();
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by the browser's settings
  }
}

function deps(): CommandDeps {
  return {
    createHost: createExcelHost,
    runValidate,
    runSummary,
    displayLanguage: () => Office.context.displayLanguage,
    showTaskpane: taskpaneOpener(),
    storage: localStorageOrNull(),
    now: () => new Date(),
  };
}

function command(name: CommandName): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    void runCommand(name, event, deps());
  };
}

export const validateSheet = command('validateSheet');
export const createSummary = command('createSummary');

Office.onReady(() => {
  Office.actions.associate('validateSheet', validateSheet);
  Office.actions.associate('createSummary', createSummary);
});
