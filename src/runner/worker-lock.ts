/**
 * Node runs module customization hooks in a thread of their own, which its permission model
 * only starts with `--allow-worker`; but that flag would let a scenario start a worker with
 * `execArgv: []`, outside the permission model. So once the hooks' thread is running the
 * sandbox takes worker threads away again: in the thread that runs the scenarios and in the
 * hooks' thread, `Worker` refuses as Node refuses it without the flag.
 */
import Module from 'node:module'

export function refuseWorkerThreads(): void {
  // The module object itself (not a copy of its exports), to replace its export.
  const workerThreads = require('node:worker_threads') as { Worker: unknown }
  class RefusedWorker {
    constructor() {
      throw Object.assign(new Error('Access to this API has been restricted'), {
        code: 'ERR_ACCESS_DENIED',
        permission: 'WorkerThreads',
        resource: ''
      })
    }
  }
  Object.defineProperty(workerThreads, 'Worker', { value: RefusedWorker, writable: false, configurable: false, enumerable: true })
  // `import { Worker } from 'node:worker_threads'` reads the ES-module view of the same exports.
  ;(Module as unknown as { syncBuiltinESMExports(): void }).syncBuiltinESMExports()
}
