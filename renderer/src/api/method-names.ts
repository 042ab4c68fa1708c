/**
 * The service's methods as plain data, for building the HTTP client: the one list core keeps
 * (a module with no run-time imports, the only core module the renderer may load; see the
 * renderer's lint rule).
 */
export { REMOTE_METHOD_NAMES as METHOD_NAMES } from '../../../core/service/remote/remote-method-names.js';
import type { REMOTE_METHOD_NAMES } from '../../../core/service/remote/remote-method-names.js';

export type MethodName = (typeof REMOTE_METHOD_NAMES)[number];
