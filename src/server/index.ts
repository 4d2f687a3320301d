/** The HTTP server and what the CLI needs to run it: start it, add users to its store. */
export { startServer, type ServeOptions, type RunningServer } from './serve.js';
export { buildApp, type App } from './app.js';
export { addUser } from './auth.js';
export { openStore, ROLES, type Role, type StoreLocation } from '../store/index.js';
