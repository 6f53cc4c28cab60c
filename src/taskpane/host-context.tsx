/**
 * The workbook host the task pane talks to, injected through React context: index.tsx provides the
 * Office.js one (createExcelHost), tests provide a fake.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbookHost } from '../excel/host';

const HostContext = createContext<WorkbookHost | null>(null);

export function HostProvider({ host, children }: { host: WorkbookHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): WorkbookHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <HostProvider>');
  return host;
}
