import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';
import { createServices } from './services';

async function start(): Promise<void> {
  const host = await detectHost();
  const root = createRoot(document.getElementById('root')!);
  root.render(<App services={createServices(host.excel ? { excel: host.excel } : {})} displayLanguage={host.displayLanguage} dark={host.dark} />);
}

void start();
