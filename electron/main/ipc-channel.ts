// The one IPC channel between the preload and the main process: `invoke(channel, command, input)`.
export const API_CHANNEL = 'somc:api';
