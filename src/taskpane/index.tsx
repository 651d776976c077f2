import { Component, ReactNode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';
import { languageFor, loadLanguage } from './i18n';
import { markReady, showLoadFailed } from './loadGuard';
import { createServices } from './services';
import { loadTheme } from './theme';

/** Tells taskpane.html the pane is on screen (its "could not start" message stays hidden). */
function Ready({ children }: { children: ReactNode }) {
  useEffect(() => markReady(document), []);
  return children;
}

/** A render that throws shows the page's plain message with what to do, never a blank pane. */
class Fallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error(error);
    showLoadFailed(document);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

async function start(): Promise<void> {
  const host = await detectHost();
  // English before the first screen when Office speaks it; should its chunk fail, the pane speaks Swedish.
  await loadLanguage(languageFor(host.displayLanguage)).catch(() => undefined);
  // The dark theme likewise; should it fail, the pane is light.
  await loadTheme(host.dark).catch(() => undefined);
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <Fallback>
      <Ready>
        <App
          services={createServices(host.excel ? { excel: host.excel } : {})}
          displayLanguage={host.displayLanguage}
          dark={host.dark}
        />
      </Ready>
    </Fallback>,
  );
}

void start();
