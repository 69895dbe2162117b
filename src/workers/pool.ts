import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { InputError, inputErrorRecord } from '../errors.js'
import type { InputRef } from '../read/input.js'
import type { TaskMessage, TaskOptions, TaskResult } from './protocol.js'

/** Returns the default number of worker threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism()
}

// why: a worker costs about 100 ms to start and load the pipeline; with fewer files than this per worker,
// running them in this thread finishes sooner (one article takes a few milliseconds once warm)
const MIN_FILES_PER_WORKER = 4
// why: each worker holds two tasks, so it reads the next file while it extracts one
const TASKS_PER_WORKER = 2
// why: results that arrive ahead of an earlier, slower file wait here; the window bounds how many, so memory stays
// flat however many files there are
const WINDOW_PER_WORKER = 32

/** Returns how many worker threads to use for `files` inputs: 0 runs them all in this thread. */
export function workersFor(jobs: number, files: number): number {
  if (jobs <= 1 || files < MIN_FILES_PER_WORKER * 2) return 0
  return Math.min(jobs, Math.floor(files / MIN_FILES_PER_WORKER))
}

/** Calls `emit` with results strictly in input order, holding the ones that arrive early. */
class InOrder {
  next = 0
  private readonly early = new Map<number, TaskResult>()
  constructor(private readonly emit: (r: TaskResult) => void) {}

  put(r: TaskResult): void {
    this.early.set(r.index, r)
    for (let x = this.early.get(this.next); x; x = this.early.get(this.next)) {
      this.early.delete(this.next)
      this.next++
      this.emit(x)
    }
  }
}

interface Slot {
  worker: Worker
  tasks: Set<number>
  failure: unknown
}

/**
 * Runs every input (as `resolveInputs` listed them) and calls `onResult` for each, in input order, as soon as it and
 * all before it are done. With `jobs` > 1 and enough files the files are spread over worker threads, each of which
 * loads the pipeline once; otherwise they run in this thread. A worker that dies fails only the files it held
 * (reported as internal errors) and is replaced.
 */
export async function runInputs(refs: (InputRef | InputError)[], options: TaskOptions & { jobs: number }, onResult: (r: TaskResult) => void): Promise<void> {
  const { jobs, ...taskOptions } = options
  const files = refs.filter((r) => !(r instanceof InputError) && r.path !== '-').length
  const workers = workersFor(jobs, files)
  // why: a run in this thread does not load the worker module at all
  const threads = workers > 0 ? await import('node:worker_threads') : null
  await new Promise<void>((resolve, reject) => {
    let failed = false
    const fail = (e: unknown): void => {
      failed = true
      reject(e)
    }
    const order = new InOrder((r) => {
      if (failed) return
      try {
        onResult(r)
      } catch (e) {
        fail(e)
      }
    })
    const slots: Slot[] = []
    // this thread runs the inputs when there are no workers, and standard input always (a worker cannot read it)
    let local = 0
    const localLimit = TASKS_PER_WORKER
    const window = Math.max(1, workers) * WINDOW_PER_WORKER
    let dispatched = 0
    let finished = false
    // why: workers that keep dying (a bug at load) must not be replaced forever; past this, the rest runs here
    let respawns = refs.length
    let inProcess = workers === 0

    const finish = (): void => {
      if (finished) return
      finished = true
      void Promise.all(slots.map((s) => s.worker.terminate())).then(() => (failed ? undefined : resolve()), fail)
    }

    const done = (r: TaskResult): void => {
      order.put(r)
      pump()
    }

    const spawn = (): Slot => {
      if (!threads) throw new Error('spawn without worker threads')
      const slot: Slot = { worker: new threads.Worker(new URL('./worker.js', import.meta.url), { workerData: taskOptions }), tasks: new Set(), failure: null }
      slot.worker.on('message', (r: TaskResult) => {
        slot.tasks.delete(r.index)
        done(r)
      })
      slot.worker.on('error', (e) => {
        slot.failure = e
      })
      slot.worker.on('exit', () => {
        if (finished) return
        // a worker that stopped on its own is a bug: its files are reported, and a new worker takes its place
        slots.splice(slots.indexOf(slot), 1)
        const why = slot.failure ?? new Error('worker thread stopped')
        const lost = [...slot.tasks]
        slot.tasks.clear()
        if (dispatched < refs.length) {
          if (respawns-- > 0) slots.push(spawn())
          else if (!slots.length) inProcess = true
        }
        for (const index of lost) order.put({ index, error: inputErrorRecord(refs[index]!.path, why), internal: true })
        pump()
      })
      return slot
    }

    const pump = (): void => {
      if (failed) return finish()
      while (dispatched < refs.length && dispatched < order.next + window) {
        const index = dispatched
        const ref = refs[index]!
        if (ref instanceof InputError) {
          dispatched++
          order.put({ index, error: inputErrorRecord(ref.path, ref), internal: false })
          continue
        }
        if (ref.path === '-' || inProcess) {
          if (local >= localLimit) break
          dispatched++
          local++
          // why: the pipeline is loaded in this thread only when a file runs here
          void import('./task.js')
            .then(({ runTask }) => runTask(index, ref, taskOptions))
            .catch((e: unknown): TaskResult => ({ index, error: inputErrorRecord(ref.path, e), internal: true }))
            .then((r) => {
              local--
              done(r)
            })
          continue
        }
        let slot: Slot | undefined
        for (const s of slots) if (s.tasks.size < TASKS_PER_WORKER && (!slot || s.tasks.size < slot.tasks.size)) slot = s
        if (!slot) break
        dispatched++
        slot.tasks.add(index)
        const message: TaskMessage = { index, path: ref.path }
        slot.worker.postMessage(message)
      }
      if (order.next === refs.length) finish()
    }

    for (let i = 0; i < workers; i++) slots.push(spawn())
    pump()
  })
}
