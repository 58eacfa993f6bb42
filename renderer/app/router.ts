// Hash routes: one screen at a time, the address bar (and Back) follow.
import { create } from 'zustand';

export type Route =
  | { screen: 'intake' }
  | { screen: 'ledger' }
  | { screen: 'dossier'; id: string }
  | { screen: 'alerts' }
  | { screen: 'today' }
  | { screen: 'report' }
  | { screen: 'settings'; tab: string }
  | { screen: 'handoff'; tab: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const dossier = /^\/ho-so\/([0-9a-f-]{36})$/.exec(path);
  if (dossier?.[1]) return { screen: 'dossier', id: dossier[1] };
  if (path === '/so-theo-doi') return { screen: 'ledger' };
  if (path === '/canh-bao') return { screen: 'alerts' };
  if (path === '/viec-hom-nay') return { screen: 'today' };
  if (path === '/bao-cao') return { screen: 'report' };
  const handoff = /^\/ban-giao(?:\/([a-z-]+))?$/.exec(path);
  if (handoff) return { screen: 'handoff', tab: handoff[1] ?? '' };
  const settings = /^\/thiet-lap(?:\/([a-z-]+))?$/.exec(path);
  if (settings) return { screen: 'settings', tab: settings[1] ?? 'don-vi' };
  return { screen: 'intake' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'intake':
      return '#/tiep-nhan';
    case 'ledger':
      return '#/so-theo-doi';
    case 'dossier':
      return `#/ho-so/${route.id}`;
    case 'alerts':
      return '#/canh-bao';
    case 'today':
      return '#/viec-hom-nay';
    case 'report':
      return '#/bao-cao';
    case 'settings':
      return `#/thiet-lap/${route.tab}`;
    case 'handoff':
      return route.tab ? `#/ban-giao/${route.tab}` : '#/ban-giao';
  }
}

interface RouterState {
  route: Route;
  go(route: Route): void;
  sync(): void;
}

export const useRouter = create<RouterState>((set) => ({
  route: parseRoute(window.location.hash),
  go(route) {
    const href = hrefOf(route);
    if (window.location.hash !== href) window.location.hash = href;
    set({ route });
  },
  sync() {
    set({ route: parseRoute(window.location.hash) });
  },
}));

export function go(route: Route): void {
  useRouter.getState().go(route);
}
