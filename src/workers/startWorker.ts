import type { TaskMessage, TaskOptions } from './protocol.js'
import { runTask } from './task.js'

/**
 * Serves the extract pool from a worker thread: runs each task the pool sends and posts one result message per task.
 * A task's input path is read here, so reading overlaps the other worker's extraction. Does nothing on the main thread.
 */
export async function startWorker(): Promise<void> {
  // why: loaded here, not at the top, so that the CLI's bundle, which holds this function, does not load it on the main thread
  const { parentPort, workerData } = await import('node:worker_threads')
  const options = workerData as TaskOptions
  const port = parentPort
  if (!port) return
  port.on('message', (m: TaskMessage) => {
    void runTask(m.index, { path: m.path }, options).then((r) => port.postMessage(r))
  })
}
