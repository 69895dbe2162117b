/**
 * Verbs that say what happened to the people or cases a number counts, by inflected form,
 * mapped to the canonical action written into `action`.
 */
import { wordTable } from './wordTable.js'
export type ActionTable = Record<string, string>

function forms(action: string, ...words: string[]): ActionTable {
  return Object.fromEntries(words.map((w) => [w, action]))
}

/** Verbs done to victims: "rescued 46 women", "28 Indonesians were repatriated". */
export const VICTIM_VERBS: ActionTable = wordTable({
  ...forms('rescued', 'rescued', 'rescue', 'rescues', 'rescuing', 'rescue of', 'recovery of', 'release of', 'freeing of', 'saved', 'saving', 'freed', 'freeing', 'liberated', 'evacuated', 'extracted', 'recovered', 'removed'),
  ...forms('repatriated', 'repatriated', 'repatriate', 'repatriating', 'repatriation of', 'return of', 'sent home', 'sent back home', 'flown home', 'brought home', 'brought back', 'bring home', 'helped bring home', 'helped home'),
  ...forms('returned', 'returned', 'returning', 'handed over', 'handing over', 'reunited', 'reintegrated'),
  ...forms('identified', 'identified', 'identify', 'identifying', 'identification of', 'detected', 'recognised', 'recognized', 'certified', 'confirmed as victims', 'registered', 'documented', 'screened as victims'),
  ...forms('trafficked', 'trafficked', 'trafficking', 'being trafficked', 'smuggled and trafficked', 'sold', 'selling', 'bought', 'buying', 'resold', 'taken abroad', 'moved across', 'transported'),
  ...forms('forced', 'forced', 'forcing', 'coerced', 'compelled', 'made to work', 'enslaved', 'held captive', 'held hostage', 'confined', 'locked up', 'locked in', 'trapped', 'kept'),
  ...forms('lured', 'lured', 'luring', 'deceived', 'duped', 'tricked', 'cheated', 'recruited'),
  ...forms('exploited', 'exploited', 'exploiting', 'abused', 'abusing', 'sexually exploited', 'sexually abused', 'raped', 'prostituted', 'married off'),
  ...forms('intercepted', 'intercepted', 'intercepting', 'stopped', 'prevented from leaving', 'offloaded'),
  ...forms('referred', 'referred', 'reported as victims'),
  ...forms('supported', 'supported', 'safeguarded', 'safeguarding', 'assisted', 'sheltered', 'helped', 'cared for', 'protected', 'served', 'counselled', 'counseled'),
  ...forms('found', 'found', 'discovered', 'located', 'traced'),
})

/** Verbs done to suspects: "arrested 212 suspected traffickers", "23 people had been charged". */
export const SUSPECT_VERBS: ActionTable = wordTable({
  ...forms('arrested', 'arrested', 'arrest', 'arresting', 'arrest of', 'apprehended', 'nabbed', 'caught', 'rounded up', 'picked up', 'taken into custody', 'booked', 'captured'),
  ...forms('detained', 'detained', 'detaining', 'held in custody', 'remanded', 'held'),
  ...forms('charged', 'charged', 'charging', 'face charges', 'faces charges', 'facing charges', 'faced charges', 'indicted', 'accused', 'referred to the public prosecution', 'referred to prosecutors', 'sent to court', 'brought to court', 'taken to court', 'arraigned', 'booked'),
  ...forms('prosecuted', 'prosecuted', 'prosecuting', 'tried', 'put on trial', 'brought to justice'),
  ...forms('convicted', 'convicted', 'convicting', 'conviction of', 'found guilty', 'pleaded guilty', 'pled guilty'),
  ...forms('sentenced', 'sentenced', 'sentencing', 'jailed', 'jailing', 'imprisoned', 'fined'),
  ...forms('deported', 'deported', 'deporting', 'deportation of', 'expelled', 'extradited'),
  ...forms('investigated', 'investigated', 'questioned', 'under investigation'),
  ...forms('involved', 'involved'),
})

/** Verbs done to cases: "foiled 109 cases", "opened 92 investigations". */
export const CASE_VERBS: ActionTable = wordTable({
  ...forms('foiled', 'foiled', 'thwarted', 'busted', 'uncovered', 'dismantled', 'broke up', 'smashed'),
  ...forms('cracked down', 'cracked down on', 'cracked down', 'crack down on', 'raided'),
  ...forms('recorded', 'recorded', 'logged', 'documented', 'counted', 'registered', 'reported', 'detected'),
  ...forms('handled', 'handled', 'dealt with', 'took on', 'taken on', 'accepted', 'received', 'processed', 'managed'),
  ...forms('investigated', 'investigated', 'investigating', 'probed', 'looked into'),
  ...forms('opened', 'opened', 'launched', 'initiated', 'filed', 'lodged', 'brought'),
  ...forms('prosecuted', 'prosecuted', 'taken to court', 'sent to court', 'referred to court', 'reached court', 'went to court', 'went to trial', 'go to trial', 'brought to trial', 'came to trial'),
  ...forms('solved', 'solved', 'resolved', 'closed', 'concluded', 'completed'),
})

/** Nouns of an action that count suspects or cases: "203 arrests", "44 convictions". */
export const SUSPECT_ACTION_NOUNS: ActionTable = wordTable({
  ...forms('arrested', 'arrests', 'arrest', 'apprehensions'),
  ...forms('convicted', 'convictions', 'conviction'),
  ...forms('prosecuted', 'prosecutions', 'prosecution'),
  ...forms('charged', 'indictments', 'indictment'),
  ...forms('deported', 'deportations'),
  ...forms('detained', 'detentions'),
})

/** Nouns of an action that count victims: "245 rescues", "1,100 repatriations". */
export const VICTIM_ACTION_NOUNS: ActionTable = wordTable({
  ...forms('rescued', 'rescues', 'rescue'),
  ...forms('repatriated', 'repatriations', 'returns'),
  ...forms('identified', 'identifications'),
  ...forms('intercepted', 'interceptions'),
})

/** Verbs that introduce reported speech. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'claimed', 'claims', 'stressed', 'stresses', 'warned', 'warns',
  'noted', 'notes', 'explained', 'explains', 'insisted', 'insists', 'argued', 'argues', 'asked', 'asks', 'replied',
  'replies', 'responded', 'responds', 'answered', 'stated', 'states', 'declared', 'announced', 'recalled', 'recalls',
  'continued', 'continues', 'concluded', 'wrote', 'writes', 'found', 'finds', 'reported', 'reports', 'observed',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'urged', 'urges', 'admitted', 'admits', 'acknowledged',
  'acknowledges', 'conceded', 'concedes', 'suggested', 'suggests', 'believes', 'believed', 'thinks', 'thought',
  'predicted', 'estimated', 'cautioned', 'pointed out', 'points out', 'remarked', 'commented', 'confirmed',
  'confirms', 'denied', 'denies', 'alleged', 'alleges', 'complained', 'complains', 'lamented', 'laments', 'agreed',
  'agrees', 'disagreed', 'disagrees', 'recounted', 'recounts', 'described', 'describes', 'called', 'calls', 'added that',
  'testified', 'testifies', 'pleaded', 'shouted', 'whispered', 'wondered', 'quipped', 'joked', 'vowed', 'vows',
  'promised', 'promises', 'pledged', 'pledges', 'maintained', 'maintains', 'contended', 'contends', 'hoped', 'hopes',
  'addressed', 'mentioned', 'revealed', 'reveals', 'highlighted', 'highlights', 'underlined', 'underlines', 'indicated',
  'indicates', 'showed', 'shows', 'points', 'pointed', 'cited', 'cites', 'quoted', 'saying', 'telling', 'adding',
  'noting', 'warning', 'arguing', 'explaining', 'stressing', 'claiming', 'insisting', 'asking',
]
