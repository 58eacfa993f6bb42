// A link to an official site: the desktop app opens it in the system browser through the API (which
// checks the allow-list); the browser host opens a new tab without giving it access to this page.
import type { ReactNode } from 'react';
import { call, hostKind } from '../api/client';
import { notifyError } from '../app/app-store';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        if (hostKind() !== 'electron') return;
        e.preventDefault();
        call('host.openExternal', { url: href }).catch(notifyError);
      }}
    >
      {children}
    </a>
  );
}
