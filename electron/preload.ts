// The preload of the app window (sandboxed, context-isolated): it exposes exactly one function, the typed
// API's `call`, and nothing of Node or Electron. Bundled to CommonJS (dist/electron/preload.cjs).
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from './main/ipc-channel';

contextBridge.exposeInMainWorld('somc', {
  call: (command: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, String(command), input),
});
