// What the layout tests check on a screen at a given size: nothing reaches past the window or is cut,
// and nothing scrolls sideways.
import type { TestApp } from './harness';

/** Elements matching `selector` that reach past the window's edges, or whose text is cut. */
export const cutOrOutside = (a: TestApp, selector: string) =>
  a.page.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})]
    .filter((el) => el.getBoundingClientRect().width > 0)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      const typed = el.tagName === 'INPUT' && el.value !== '';
      return r.right > window.innerWidth + 0.5 || r.left < -0.5 || (!typed && el.scrollWidth > el.clientWidth + 1) || el.scrollHeight > el.clientHeight + 1;
    })
    .map((el) => el.tagName.toLowerCase() + '#' + (el.id || el.getAttribute('aria-label') || el.className) + ': ' + (el.textContent || el.value || '').trim().slice(0, 40))`);

/** Neither the page nor its scrolling content area scrolls sideways. */
export const noSideScroll = (a: TestApp) =>
  a.page.evaluate<boolean>(`(() => {
    const content = document.querySelector('.content');
    return document.documentElement.scrollWidth <= window.innerWidth && (!content || content.scrollWidth <= content.clientWidth);
  })()`);
