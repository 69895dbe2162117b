// The worker thread of the extract pool: loads the pipeline once, then runs the tasks the pool sends, one result
// message per task. A task's input path is read here, so reading overlaps the other worker's extraction.
import { parentPort, workerData } from 'node:worker_threads'
import type { TaskMessage, TaskOptions } from './protocol.js'
import { runTask } from './task.js'

const options = workerData as TaskOptions
const port = parentPort
if (port) {
  port.on('message', (m: TaskMessage) => {
    void runTask(m.index, { path: m.path }, options).then((r) => port.postMessage(r))
  })
}
