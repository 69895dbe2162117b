import type { Qualifiers } from '../schema.js'
import { wordTable } from './wordTable.js'

/** Nouns that count trafficking cases: "109 cases", "92 trafficking investigations". */
export const CASE_NOUNS = new Set([
  'cases', 'case', 'investigations', 'investigation', 'probes', 'incidents', 'crimes', 'offences', 'offenses',
  'referrals', 'matters', 'files', 'dockets', 'lawsuits', 'firs', 'first information reports',
])

/** Nouns that name suspects: "158 suspects", "389 suspected traffickers". */
export const SUSPECT_NOUNS = new Set([
  'suspects', 'suspect', 'traffickers', 'trafficker', 'offenders', 'offender', 'perpetrators', 'perpetrator',
  'defendants', 'defendant', 'accused', 'culprits', 'criminals', 'brokers', 'pimps', 'recruiters', 'smugglers',
  'arrestees', 'gangsters', 'syndicate members', 'gang members', 'ringleaders', 'kingpins', 'abusers', 'exploiters',
  'middlemen', 'convicts', 'madams', 'mamasans', 'handlers', 'captors', 'kidnappers', 'abductors', 'traffickers-in-chief',
])

/** Nouns that name victims outright: "189 victims", "356 survivors". */
export const VICTIM_NOUNS = new Set(['victims', 'victim', 'survivors', 'survivor', 'victim-survivors', 'casualties'])

/** People nouns, with what they say about the group counted. */
export const PEOPLE_NOUNS: Record<string, Qualifiers> = wordTable({
  people: {}, persons: {}, person: {}, individuals: {}, individual: {},
  women: { sex: 'female' }, woman: { sex: 'female' }, girls: { sex: 'female', age: 'under 18' }, girl: { sex: 'female', age: 'under 18' },
  men: { sex: 'male' }, man: { sex: 'male' }, boys: { sex: 'male', age: 'under 18' }, boy: { sex: 'male', age: 'under 18' },
  children: { age: 'under 18' }, child: { age: 'under 18' }, kids: { age: 'under 18' }, minors: { age: 'under 18' },
  minor: { age: 'under 18' }, juveniles: { age: 'under 18' }, juvenile: { age: 'under 18' }, teenagers: { age: 'under 18' },
  teenage: { age: 'under 18' }, teens: { age: 'under 18' }, infants: { age: 'infant' }, babies: { age: 'infant' },
  youths: {}, adolescents: { age: 'under 18' }, adults: { age: 'adult' }, females: { sex: 'female' }, males: { sex: 'male' },
  foreigners: { nationality: 'foreign' }, nationals: {}, citizens: {}, migrants: {}, 'migrant workers': {}, workers: {},
  labourers: {}, laborers: {}, fishermen: { sex: 'male' }, crewmen: { sex: 'male' }, 'crew members': {}, seafarers: {},
  sailors: {}, caregivers: {}, maids: {}, housemaids: {}, 'domestic workers': {}, 'domestic helpers': {}, passengers: {},
  students: {}, clients: {}, residents: {}, refugees: {}, 'asylum seekers': {}, 'job seekers': {}, jobseekers: {},
  villagers: {}, brides: { sex: 'female' }, wives: { sex: 'female' }, 'sex workers': {}, employees: {}, farmers: {},
  miners: {}, beggars: {}, orphans: { age: 'under 18' }, applicants: {}, recruits: {}, travellers: {}, travelers: {},
  // roles that become suspects or victims only through a verb: "arrested the two owners"
  owners: {}, managers: {}, operators: {}, drivers: {}, organisers: {}, organizers: {}, leaders: {}, accomplices: {},
  associates: {}, relatives: {}, couples: {}, mothers: { sex: 'female' }, fathers: { sex: 'male' }, husbands: { sex: 'male' },
  landlords: {}, bosses: {}, guardians: {}, foremen: { sex: 'male' }, cooks: {}, waitresses: { sex: 'female' },
  dancers: {}, hostesses: { sex: 'female' }, nannies: {}, au: {}, cleaners: {}, 'farm workers': {}, 'factory workers': {},
  'construction workers': {}, 'garment workers': {}, 'gang members': {},
})

/** Heads that are never counts of people or cases: "17 police institutions", "eight nationalities", "32-page". */
export const NON_COUNT_NOUNS = new Set([
  // time
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'decade',
  'decades', 'night', 'nights', 'times', 'time', 'am', 'pm', 'a.m', 'p.m', 'o’clock', "o'clock", 'centuries', 'century',
  // measures
  'percent', 'per', 'pc', 'percentage', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'kg', 'kilograms',
  'tonnes', 'tons', 'hectares', 'acres', 'litres', 'liters', 'pages', 'page', 'floors', 'floor', 'storey', 'storeys',
  // money
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'rupees', 'rupiah', 'soles', 'francs', 'dinars', 'dinar', 'baht',
  'riel', 'riels', 'yuan', 'renminbi', 'ringgit', 'pesos', 'shillings', 'naira', 'rand', 'won', 'yen', 'dong', 'kyat',
  'taka', 'lira', 'dirhams', 'riyals', 'cedis', 'usd', 'cents',
  // places and bodies
  'provinces', 'province', 'countries', 'country', 'nations', 'nation', 'nationalities', 'states', 'regions', 'districts',
  'counties', 'cities', 'towns', 'villages', 'municipalities', 'departments', 'institutions', 'agencies', 'ministries',
  'organisations', 'organizations', 'ngos', 'companies', 'firms', 'businesses', 'offices', 'premises', 'locations',
  'sites', 'bars', 'brothels', 'karaoke', 'massage', 'parlours', 'homes', 'houses', 'properties', 'villas', 'buildings',
  'shelters', 'centres', 'centers', 'beds', 'ports', 'seaports', 'airports', 'crossings', 'checkpoints', 'borders',
  'committees', 'courts', 'units', 'teams', 'task', 'branches', 'stations', 'camps', 'farms', 'factories', 'plantations',
  'vessels', 'boats', 'ships', 'trawlers', 'containers', 'trailers', 'lorries', 'buses', 'computers', 'papers', 'letters', 'numbers', 'orders', 'vehicles', 'cars', 'trucks', 'passports', 'phones', 'computers', 'documents',
  // activities and texts
  'operations', 'operation', 'raids', 'raid', 'inspections', 'checks', 'patrols', 'meetings', 'workshops', 'trainings',
  'sessions', 'calls', 'complaints', 'reports', 'tips', 'recommendations', 'articles', 'stories', 'comments', 'laws',
  'counts', 'count', 'charges', 'sections', 'clauses', 'articles', 'tiers', 'steps', 'points', 'languages', 'words',
  'deaths', 'seats', 'votes', 'shares', 'posts', 'accounts', 'websites', 'apps', 'messages', 'licences', 'licenses',
  'permits', 'visas', 'contracts', 'loans', 'projects', 'programmes', 'programs', 'initiatives', 'plans', 'bills',
  'recruitment', 'categories', 'types', 'forms', 'sectors', 'industries', 'routes', 'bodies',
])

/** People who are counted only when they are suspects: "Seven police officers … were charged", never "350 police officers". */
export const OTHER_PEOPLE_NOUNS = new Set([
  'police officers', 'police officials', 'police personnel', 'police chiefs', 'immigration officers', 'immigration officials',
  'border guards', 'security guards', 'government officials', 'local officials', 'army officers', 'military officers',
  'officers', 'officials', 'police', 'policemen', 'policewomen', 'gendarmes', 'soldiers', 'troops', 'agents-in-charge',
  'inspectors', 'prosecutors', 'judges', 'lawyers', 'staff', 'caseworkers', 'volunteers', 'delegates', 'representatives',
  'ministers', 'experts', 'journalists', 'reporters', 'investigators', 'researchers', 'participants', 'attendees',
  'trainees', 'teachers', 'doctors', 'nurses', 'social', 'guards', 'personnel', 'responders', 'lawmakers', 'senators',
  'mps', 'donors', 'investors', 'tourists', 'visitors', 'employers', 'households', 'families', 'parents',
])

/** Words that turn a people count into a suspect count wherever they stand in the clause. */
export const OFFENCE_WORDS = /\b(?:for\s+(?:allegedly\s+)?(?:running|operating|trafficking|smuggling|selling|exploiting|recruiting|luring|forcing|abusing|their\s+(?:role|involvement|part))|on\s+(?:charges?|suspicion)\s+of|suspected\s+of|accused\s+of|charged\s+with|in\s+connection\s+with)\b/i

/** Words that say people are victims wherever they stand in the clause: "believed to be victims", "in forced labour". */
export const VICTIM_WORDS = /\b(?:(?:believed|thought|suspected|presumed|identified|confirmed|found|feared|said)\s+to\s+(?:be|have\s+been)\s+(?:(?:potential|possible|likely|suspected)\s+)?victims|(?:identified|recognised|recognized|confirmed|certified)\s+as\s+(?:(?:potential|possible|likely|suspected)\s+)?victims|victims\s+of\s+(?:human\s+)?(?:trafficking|forced|sexual|labour|labor|exploitation|slavery)|(?:live|living|lived|work|working|worked|held|kept|trapped|are|were|is|was|remain|remained)\s+in\s+(?:conditions\s+of\s+)?(?:forced\s+(?:labour|labor|marriage|prostitution)|slavery|servitude|debt\s+bondage|sexual\s+exploitation|modern\s+slavery|bondage)|(?:they\s+)?believed\s+(?:were|was)\s+being\s+trafficked|suspected\s+(?:victims|of\s+being\s+trafficked)|fell\s+victim)\b/i
