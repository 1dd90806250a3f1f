// jsdom lacks what Ant Design measures with; these stand-ins only answer "no match / no size".
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Ant Design validates asynchronously; on a busy two-core machine that takes seconds (waits end
// as soon as what they wait for shows, so a generous limit costs nothing when the machine is quiet).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());

// Node-environment specs (the codegen check) have no window.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  const originalGetComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element, pseudo?: string | null) =>
    originalGetComputedStyle(element, pseudo ?? undefined);
  window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};
}
