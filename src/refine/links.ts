import type { FigureKind } from '../schema.js'
import type { Draft, FigureCandidate, Refiner } from '../types.js'
import { CASE_NOUNS, SUSPECT_NOUNS, VICTIM_NOUNS } from '../patterns/nouns.js'
import { SUSPECT_VERBS, VICTIM_VERBS } from '../patterns/verbs.js'
import { parseCount } from '../patterns/numbers.js'

// why: a breakdown is announced within a few sentences of its total; further back is another topic
const LOOKBACK_SENTENCES = 4

function kindNamed(words: string): FigureKind | null {
  const ws = words.toLowerCase().split(/\s+/)
  if (ws.some((w) => VICTIM_NOUNS.has(w) || w in VICTIM_VERBS)) return 'victims'
  if (ws.some((w) => SUSPECT_NOUNS.has(w) || w in SUSPECT_VERBS)) return 'suspects'
  if (ws.some((w) => CASE_NOUNS.has(w))) return 'cases'
  return null
}

function isMain(c: FigureCandidate): boolean {
  return c.kind !== null && !c.dropped && c.cue !== 'comparison' && c.link?.type !== 'part'
}

function adopt(c: FigureCandidate, to: FigureCandidate, type: 'comparison' | 'part' | 'anaphor'): void {
  c.link = { type, to }
  if (c.kind === null) {
    c.kind = to.kind
    c.rule = `${to.kind}/${type}-of-${to.rule.split('/')[1] ?? 'figure'}`
  }
  // a comparison is the same metric at another time, so it takes its counterpart's action ("92 cases recorded" vs "159 cracked down")
  c.action = type === 'comparison' && !c.activeVerb ? (to.action ?? c.action) : (c.action ?? to.action)
  if (type !== 'part') c.qualifiers = { ...to.qualifiers, ...c.qualifiers }
}

/** Resolves what elliptical numbers count: comparisons, parts of totals, "the number" anaphora and bare breakdowns. */
export const linkFigures: Refiner = {
  id: 'link-figures',
  refine(draft: Draft) {
    const figs = draft.figures
    const mains: FigureCandidate[] = []
    // why: figures are in text order, so those of one sentence are a run [runStart, runEnd); scanning the run, and
    // the totals of one value, instead of every figure keeps a long page of figures linear, not O(figures²)
    const runStart: number[] = []
    const runEnd: number[] = []
    for (let i = 0; i < figs.length; i++) runStart[i] = i > 0 && figs[i - 1]!.sentence.index === figs[i]!.sentence.index ? runStart[i - 1]! : i
    for (let i = figs.length - 1; i >= 0; i--) runEnd[i] = i + 1 < figs.length && figs[i + 1]!.sentence.index === figs[i]!.sentence.index ? runEnd[i + 1]! : i + 1
    const mainsByValue = new Map<number, FigureCandidate[]>()
    const pushMain = (m: FigureCandidate): void => {
      mains.push(m)
      const list = mainsByValue.get(m.value)
      if (list) list.push(m)
      else mainsByValue.set(m.value, [m])
    }
    /** the latest total of this value from a sentence before `sentence` */
    const lastMainOfValue = (value: number | null, sentence: number): FigureCandidate | undefined => {
      const list = value === null ? undefined : mainsByValue.get(value)
      for (let k = (list?.length ?? 0) - 1; k >= 0; k--) if (list![k]!.sentence.index < sentence) return list![k]
      return undefined
    }
    const recentMain = (before: FigureCandidate, kind: FigureKind | null): FigureCandidate | undefined => {
      for (let i = mains.length - 1; i >= 0; i--) {
        const m = mains[i]!
        if (before.sentence.index - m.sentence.index > LOOKBACK_SENTENCES) return undefined
        if (m.sentence.index >= before.sentence.index && m.mention.start >= before.mention.start) continue
        if (kind === null || m.kind === kind) return m
      }
      return undefined
    }
    // the total a sentence's leading "Of the 109 cases," or "Of those rescued last year," points at
    const leadTarget = new Map<number, FigureCandidate | undefined>()
    const targetOfLead = (c: FigureCandidate): FigureCandidate | undefined => {
      if (leadTarget.has(c.sentence.index)) return leadTarget.get(c.sentence.index)
      const lead = c.partLead ?? ''
      const n = /(\d[\d,]*)/.exec(lead)
      let t: FigureCandidate | undefined
      if (n) {
        const value = parseCount(n[1]!)
        t = lastMainOfValue(value, c.sentence.index)
      }
      t = t ?? recentMain(c, kindNamed(lead))
      leadTarget.set(c.sentence.index, t)
      return t
    }

    // "The children, aged 9 to 17, included 52 girls": the sentence's subject names the total
    const subjectTarget = (c: FigureCandidate): FigureCandidate | undefined => {
      const subj = /^(?:the|these|those)\s+(?<noun>[a-z]+)\b/i.exec(c.sentence.text)?.groups?.noun?.toLowerCase()
      if (!subj) return undefined
      const kind = kindNamed(subj)
      for (let i = mains.length - 1; i >= 0; i--) {
        const m = mains[i]!
        if (c.sentence.index - m.sentence.index > LOOKBACK_SENTENCES) break
        if (m.sentence.index >= c.sentence.index) continue
        if ((kind && m.kind === kind) || m.qualifiers.group === subj) return m
      }
      return undefined
    }

    for (let i = 0; i < figs.length; i++) {
      const c = figs[i]!
      const run = figs.slice(runStart[i], runEnd[i])
      const sameSentence = figs.slice(runStart[i], i).filter((p) => p.sentence.index === c.sentence.index && !p.dropped && p.kind !== null)
      const prevInSentence = sameSentence[sameSentence.length - 1]
      switch (c.cue) {
        case 'restated': {
          const earlier = lastMainOfValue(c.value, c.sentence.index)
          if (earlier) {
            c.dropped = 'restates an earlier figure'
            leadTarget.set(c.sentence.index, earlier)
          } else if (c.kind !== null) {
            pushMain(c)
            leadTarget.set(c.sentence.index, c)
          } else c.dropped = 'restated total not found'
          break
        }
        case 'comparison': {
          const mainsBefore = sameSentence.filter((p) => p.cue !== 'comparison' && p.link?.type !== 'part' && (c.kind === null || p.kind === c.kind))
          // parallel lists: "78 prosecutions and 45 convictions, against 90 and 52 in 2019" pair in order
          const bare = run.filter((f) => f.sentence === c.sentence && f.cue === 'comparison' && f.kind === null)
          const parallel = c.kind === null && bare.length >= 2 && mainsBefore.length >= bare.length ? mainsBefore[mainsBefore.length - bare.length + bare.indexOf(c)] : undefined
          // "fell from 1,200 in 2019 to 950 in 2020": the figure it changed into comes after
          const after = figs.slice(i + 1, runEnd[i]).find((n) => n.sentence === c.sentence && n.cue !== 'comparison' && n.kind !== null && (c.kind === null || n.kind === c.kind))
          const startsWithAnaphor = /^(?:this|that|it|these|the\s+(?:total|figure|number|tally))\b/i.test(c.sentence.text)
          const target = parallel ?? mainsBefore[mainsBefore.length - 1] ?? after ?? (startsWithAnaphor || c.kind !== null ? recentMain(c, c.kind) : undefined)
          if (target) adopt(c, target, 'comparison')
          else if (c.kind === null) c.dropped = 'comparison with nothing to compare'
          break
        }
        case 'part': {
          // "69 out of 189 victims", "Nine of the 26 rescued workers": the total follows
          const outOf = /^\s*(?:out\s+of\b|of\s+(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b))/i.test(c.sentence.text.slice(c.mention.end - c.sentence.start))
          let target: FigureCandidate | undefined
          if (outOf) target = figs.slice(i + 1, runEnd[i]).find((n) => n.sentence.index === c.sentence.index)
          else if (prevInSentence && !(c.partLead && prevInSentence.link?.type !== 'part' && prevInSentence.cue === 'restated')) {
            // "204 of them children, of whom 161 were girls" → 204; "138 were under 15, 40 were aged…" → siblings share a total
            const direct = /\b(?:of\s+whom|of\s+them|of\s+which|among\s+them|including|included|comprising)\s+$/i.test(
              c.sentence.text.slice(0, c.mention.start - c.sentence.start),
            ) || /^\s*of\s+(?:them|whom|those)\b/i.test(c.sentence.text.slice(c.mention.end - c.sentence.start))
            target = !direct && prevInSentence.link?.type === 'part' ? prevInSentence.link.to : prevInSentence
          }
          target = target ?? (c.partLead !== null ? targetOfLead(c) : (subjectTarget(c) ?? recentMain(c, c.kind) ?? recentMain(c, null)))
          if (target && target !== c) {
            adopt(c, target, 'part')
            if (outOf) c.link = { type: 'part', to: target }
          } else if (c.kind === null) c.dropped = 'part of no total'
          break
        }
        case 'anaphor': {
          const target = prevInSentence ?? recentMain(c, c.kind)
          if (target) adopt(c, target, 'anaphor')
          else if (c.kind === null) c.dropped = 'anaphor with no antecedent'
          break
        }
        case 'bare':
          break
        default: {
          // "Police arrested 20 people; 13 were charged": a count with a verb and no noun of its own is a part of the total before it
          const total = [...sameSentence].reverse().find((p) => p.kind === c.kind && isMain(p) && p.value > c.value)
          if (total && c.rule.endsWith('/elliptical-verb') && (!c.time || c.time === total.time)) c.link = { type: 'part', to: total }
          break
        }
      }
      if (c.cue !== 'bare' && isMain(c)) pushMain(c)
    }

    // bare people counts: siblings of a part before them, or together the whole of a recent total ("19 women and eight men" = 27)
    const bySentence = new Map<number, FigureCandidate[]>()
    for (const c of figs) {
      if (c.dropped) continue
      const group = bySentence.get(c.sentence.index)
      if (group) group.push(c)
      else bySentence.set(c.sentence.index, [c])
    }
    // the first figure of a sentence at or after `index`, by binary search over the text order
    const firstFrom = (index: number): number => {
      let lo = 0
      let hi = figs.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (figs[mid]!.sentence.index < index) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    for (const group of bySentence.values()) {
      const bare = group.filter((c) => c.cue === 'bare' && c.kind === null)
      if (!bare.length) continue
      const firstBare = bare[0]!
      const before = group.filter((c) => c.mention.start < firstBare.mention.start && c.kind !== null)
      const sibling = before[before.length - 1]
      if (sibling?.link?.type === 'part') {
        for (const b of bare) adopt(b, sibling.link.to, 'part')
        continue
      }
      const sum = bare.reduce((a, b) => a + b.value, 0)
      const total =
        (sibling && sibling.value === sum ? sibling : undefined) ??
        figs
          .slice(firstFrom(firstBare.sentence.index - LOOKBACK_SENTENCES * 2), firstFrom(firstBare.sentence.index + 1))
          .find((m) => isMain(m) && m.value === sum && m.sentence.index <= firstBare.sentence.index && firstBare.sentence.index - m.sentence.index <= LOOKBACK_SENTENCES * 2)
      // "The victims — 14 women and six men — had been recruited": the subject says what they are
      const subject = /^(?:the|these|those)\s+(?<noun>[a-z]+)\s*[—–,(]/i.exec(firstBare.sentence.text)?.groups?.noun
      const subjectKind = subject ? kindNamed(subject) : null
      if (total && bare.length > 1) for (const b of bare) adopt(b, total, 'part')
      else if (subjectKind && bare.length > 1) {
        for (const b of bare) {
          b.kind = subjectKind
          b.rule = `${subjectKind}/apposition`
        }
      } else for (const b of bare) b.dropped = 'people with no verb and no total'
    }
    // the items of one breakdown list are parts of the total they add up to ("604 + 421 + … = 1,687 rescued")
    const lists = new Map<number, FigureCandidate[]>()
    for (const c of figs) if (c.listIntro !== undefined && !c.dropped) lists.set(c.listIntro, [...(lists.get(c.listIntro) ?? []), c])
    for (const items of lists.values()) {
      const sum = items.reduce((a, b) => a + b.value, 0)
      const first = items[0]!
      const total = [...mains].reverse().find((m) => m.value === sum && m.kind === first.kind && m.sentence.index < first.sentence.index)
      if (total) for (const it of items) it.link = { type: 'part', to: total }
    }
    for (const c of figs) if (!c.dropped && c.kind === null) c.dropped = 'no kind'
  },
}
