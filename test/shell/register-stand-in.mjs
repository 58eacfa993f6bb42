// `node --import ./register-stand-in.mjs dist/electron/main.js`: the main process against the stand-in.
import { register } from 'node:module';

register('./electron-hooks.mjs', import.meta.url);
