/** One hostile input of the adversarial benchmark; `slow` marks those still O(n²) outside the reader. */
export interface AdversarialInput {
  name: string
  text: string
  slow?: boolean
}

/** One timed row of the adversarial benchmark. */
export interface AdversarialRow {
  input: string
  chars: number
  ms: number
  msPerMB: number
  figures: number
  slow: boolean
}

/** Returns the hostile inputs, each about `size` characters. */
export function adversarialInputs(size?: number): AdversarialInput[]

/** Times each hostile input through the built extractor (slow ones at `slowSize`); prints a table unless `quiet`. */
export function runAdversarial(options?: { size?: number; slowSize?: number; only?: string; quiet?: boolean }): Promise<AdversarialRow[]>
