/**
 * Vocabularies of reported speech, as data: the verbs that introduce a quote, the words of titles and
 * organisations that are not part of a person's name, the nouns of anonymous speakers and of bodies that speak.
 */
import { wordTable } from './wordTable.js'

function set(...words: string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()))
}

/** Verbs whose subject says the quote, in any inflection news uses ("said", "adds", "told reporters"). */
export const SAY_VERBS = set(
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'claimed', 'claims', 'stressed', 'stresses', 'warned', 'warns',
  'noted', 'notes', 'explained', 'explains', 'insisted', 'insists', 'argued', 'argues', 'asked', 'asks', 'replied',
  'replies', 'responded', 'responds', 'answered', 'answers', 'stated', 'states', 'declared', 'declares', 'announced',
  'announces', 'recalled', 'recalls', 'continued', 'continues', 'concluded', 'concludes', 'wrote', 'writes', 'observed',
  'observes', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'urged', 'urges', 'admitted', 'admits',
  'acknowledged', 'acknowledges', 'conceded', 'concedes', 'suggested', 'suggests', 'cautioned', 'cautions', 'remarked',
  'remarks', 'commented', 'comments', 'confirmed', 'confirms', 'denied', 'denies', 'alleged', 'alleges', 'complained',
  'complains', 'lamented', 'laments', 'recounted', 'recounts', 'testified', 'testifies', 'pleaded', 'shouted',
  'whispered', 'quipped', 'joked', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'maintained',
  'maintains', 'contended', 'contends', 'mentioned', 'revealed', 'reveals', 'highlighted', 'highlights', 'underlined',
  'underlines', 'predicted', 'predicts', 'reported', 'reports', 'tweeted', 'posted', 'addressed', 'agreed', 'agrees',
  'disagreed', 'disagrees', 'assured', 'assures', 'asserted', 'asserts', 'affirmed', 'affirms', 'reiterated',
  'reiterates', 'repeated', 'retorted', 'protested', 'objected', 'demanded', 'boasted', 'summarised', 'summarized',
  'wondered', 'mused', 'conceded', 'cited', 'cites', 'read', 'reads', 'pointed', 'points', 'described', 'describes',
  'called', 'calls', 'dubbed', 'labelled', 'labeled', 'branded', 'termed', 'characterised', 'characterized',
  'estimated', 'estimates', 'recommended', 'recommends', 'found', 'finds', 'showed', 'shows', 'documented', 'documents',
)

/** Verbs that introduce a quote only when a document or body is their subject: "the report found", never "police found". */
export const DOCUMENT_ONLY_VERBS = set(
  'found', 'finds', 'showed', 'shows', 'documented', 'documents', 'read', 'reads', 'estimated', 'estimates', 'recommended',
  'recommends', 'cited', 'cites', 'reported', 'reports', 'pointed', 'points',
)

/** Verbs that take an object before the quote: "Okoro called the operation “…”", "described the answer as “…”". */
export const NAMING_VERBS = set(
  'called', 'calls', 'described', 'describes', 'dubbed', 'labelled', 'labeled', 'branded', 'termed', 'characterised',
  'characterized',
)

/** Verbs that may stand before their subject after a quote: "“…,” said Maria Santos". */
export const INVERTED_SAY_VERBS = set(
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'explained', 'explains', 'continued', 'continues', 'recalled',
  'recalls', 'replied', 'replies', 'wrote', 'writes', 'warned', 'warns', 'noted', 'notes', 'insisted', 'insists',
  'argued', 'argues', 'concluded', 'stressed', 'admitted', 'observed', 'remarked', 'suggested', 'declared', 'cautioned',
  'commented', 'answered', 'responded', 'recounted', 'confirmed', 'reported', 'reports', 'urged', 'urges', 'countered',
  'read', 'reads', 'wrote', 'tweeted', 'posted', 'stated', 'states',
  'agreed', 'lamented', 'quipped', 'joked',
)

/** Participles that take the subject of their main clause: "disagreed, saying “…”". */
export const SAY_PARTICIPLES = set(
  'saying', 'adding', 'telling', 'noting', 'warning', 'arguing', 'explaining', 'stressing', 'claiming', 'insisting',
  'asking', 'describing', 'calling', 'urging', 'declaring', 'writing', 'recalling', 'pointing', 'emphasising',
  'emphasizing', 'acknowledging', 'admitting', 'vowing', 'promising', 'pledging', 'suggesting',
)

/** Words that put a quoted name or title right after them: "Entitled “…”", "a report called “…”". */
export const TITLE_LEADS = set('entitled', 'titled', 'headlined', 'named', 'called', 'dubbed', 'captioned', 'subtitled', 'labelled', 'labeled', 'marked', 'tagged', 'branded', 'codenamed', 'code-named', 'nicknamed')

/** Honorifics and titles with the sex they tell, when they tell one. */
export const HONORIFIC_GENDER: Record<string, 'male' | 'female'> = wordTable({
  mr: 'male', sir: 'male', father: 'male', fr: 'male', brother: 'male', lord: 'male', king: 'male', prince: 'male',
  sheikh: 'male', imam: 'male', monsignor: 'male', msgr: 'male', 'mr.': 'male',
  ms: 'female', mrs: 'female', miss: 'female', madam: 'female', madame: 'female', dame: 'female', lady: 'female',
  sister: 'female', queen: 'female', princess: 'female', datin: 'female', 'ms.': 'female', 'mrs.': 'female',
})

/** Capitalised words of titles, ranks and offices that stand before a name and are never part of it. */
export const TITLE_WORDS = set(
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame', 'father',
  'fr', 'sister', 'brother', 'rev', 'reverend', 'pastor', 'bishop', 'archbishop', 'cardinal', 'imam', 'rabbi', 'sheikh',
  'datuk', 'dato', 'datin', 'monsignor', 'msgr', 'pol', 'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj',
  'major', 'capt', 'captain', 'cpt', 'sgt', 'sergeant', 'cpl', 'corporal', 'adm', 'admiral', 'cmdr', 'commander',
  'commandant', 'brig', 'brigadier', 'marshal', 'insp', 'inspector', 'supt', 'superintendent', 'constable',
  'detective', 'det', 'officer', 'agent', 'special', 'chief', 'deputy', 'assistant', 'acting', 'vice', 'senior',
  'junior', 'associate', 'executive', 'principal', 'first', 'second', 'third', 'permanent', 'interim', 'former',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'mayor', 'governor', 'gov', 'president',
  'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general', 'undersecretary',
  'under-secretary', 'director', 'director-general', 'commissioner', 'administrator', 'attorney', 'attorney-general',
  'solicitor', 'solicitor-general', 'prosecutor', 'judge', 'justice', 'magistrate', 'ambassador', 'consul', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'chair', 'vice-chair',
  'co-chair', 'head', 'manager', 'coordinator', 'co-ordinator', 'adviser', 'advisor', 'counsel', 'lawyer', 'advocate',
  'mp', 'mep', 'mla', 'ceo', 'founder', 'co-founder', 'auditor', 'ombudsman', 'speaker', 'queen', 'king', 'prince',
  'princess', 'sultan', 'emir', 'excellency', 'hon', 'honourable', 'honorable', 'charge', 'programme', 'program',
  'project', 'regional', 'national', 'country', 'field', 'district', 'provincial', 'county', 'state', 'federal', 'city',
  'municipal', 'public', 'police', 'army', 'navy', 'military', 'attaché', 'registrar', 'clerk', 'treasurer', 'dean',
  'rector', 'principal', 'headmaster', 'headmistress', 'sheriff', 'marshal', 'warden', 'coroner', 'investigator',
  'officer-in-charge', 'analyst', 'researcher', 'economist', 'activist', 'campaigner', 'professor', 'lecturer',
)

/** Capitalised words of bodies, places and portfolios: they end or fill an organisation's name, never a person's. */
export const ORG_WORDS = set(
  'department', 'ministry', 'office', 'committee', 'commission', 'council', 'agency', 'bureau', 'unit', 'centre',
  'center', 'network', 'trust', 'foundation', 'institute', 'institution', 'university', 'college', 'school', 'court',
  'tribunal', 'association', 'union', 'coalition', 'organization', 'organisation', 'group', 'service', 'services',
  'force', 'authority', 'fund', 'bank', 'party', 'embassy', 'consulate', 'government', 'division', 'directorate',
  'secretariat', 'board', 'initiative', 'times', 'post', 'news', 'herald', 'tribune', 'gazette', 'journal', 'daily',
  'press', 'company', 'corporation', 'corp', 'inc', 'ltd', 'limited', 'holdings', 'international', 'alliance',
  'federation', 'league', 'society', 'watch', 'mission', 'assembly', 'parliament', 'senate', 'congress', 'house',
  'hospital', 'clinic', 'shelter', 'church', 'mosque', 'temple', 'prison', 'airport', 'port', 'station', 'province',
  'region', 'republic', 'kingdom', 'island', 'islands', 'river', 'street', 'road', 'avenue', 'square', 'park', 'hotel',
  'camp', 'market', 'village', 'town', 'valley', 'bay', 'coast', 'sea', 'ocean', 'lake', 'mountains', 'hills', 'north',
  'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'affairs', 'information', 'interior',
  'health', 'labour', 'labor', 'foreign', 'home', 'defence', 'defense', 'security', 'finance', 'education', 'social',
  'welfare', 'immigration', 'tourism', 'commerce', 'trade', 'industry', 'agriculture', 'fisheries', 'transport',
  'environment', 'planning', 'development', 'rights', 'human', 'economic', 'cooperation', 'co-operation', "women's",
  'women’s', 'women', "children's", 'children’s', 'children', 'youth', 'family', 'internal', 'external',
  'communications', 'culture', 'religious', 'veterans', 'energy', 'mines', 'works', 'land', 'housing', 'water',
  'investigation', 'investigations', 'criminal', 'crime', 'crimes', 'trafficking', 'counter', 'anti-trafficking',
  'migration', 'migrants', 'workers', 'employment', 'relations', 'statistics', 'protection', 'prevention',
  'enforcement', 'prosecution', 'prosecutions', 'border', 'borders', 'customs', 'guard', 'intelligence', 'narcotics',
  'drugs', 'drug', 'corruption', 'anti-corruption', 'persons', 'people', 'legal', 'aid', 'justice', 'nations', 'united',
  'global', 'world', 'european', 'africa', 'asia', 'america', 'europe', 'pacific', 'atlantic', 'gulf', 'desk', 'media',
  'network', 'lab', 'laboratory', 'programme', 'program', 'project', 'plan', 'act', 'law', 'bill', 'report', 'index',
  'list', 'tier', 'watch', 'day', 'week', 'festival', 'summit', 'conference', 'forum', 'meeting', 'declaration',
  'convention', 'protocol', 'treaty', 'operation', 'op', 'task', 'team', 'squad', 'brigade', 'battalion', 'army', 'navy',
  'marines', 'gendarmerie', 'police', 'military',
)

/** Capitalised words that open sentences or clauses and are never names. */
export const STOP_CAPS = set(
  'the', 'a', 'an', 'and', 'or', 'but', 'yet', 'so', 'nor', 'however', 'meanwhile', 'also', 'still', 'then', 'now',
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'without', 'of', 'as', 'after', 'before', 'during', 'since',
  'until', 'while', 'when', 'where', 'if', 'although', 'though', 'because', 'despite', 'according', 'speaking',
  'asked', 'responding', 'referring', 'last', 'next', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'some',
  'many', 'most', 'more', 'other', 'others', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'such', 'what', 'who', 'whom', 'which', 'whose',
  'how', 'why', 'yes', 'please', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday',
  'tomorrow', 'earlier', 'later', 'under', 'over', 'about', 'between', 'among', 'against', 'into', 'through', 'across',
  'near', 'outside', 'inside', 'following', 'including', 'like', 'unlike', 'instead', 'even', 'just', 'only', 'once',
  'nearly', 'almost', 'around', 'again', 'further', 'separately', 'similarly', 'likewise', 'nonetheless',
  'nevertheless', 'moreover', 'furthermore', 'indeed', 'overall', 'typically', 'officials', 'authorities',
  'prosecutors', 'investigators', 'experts', 'activists', 'critics', 'residents', 'victims', 'survivors', 'families',
  'people', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'do',
  'does', 'did', 'not', 'photo', 'photograph', 'picture', 'image', 'file', 'reporting', 'editing', 'read', 'related',
  'share', 'email', 'facebook', 'twitter', 'whatsapp', 'instagram', 'youtube', 'tiktok', 'ends', 'entitled', 'titled',
  'meanwhile', 'thus', 'hence', 'otherwise', 'anyone', 'everyone', 'someone', 'nobody', 'nothing', 'everything',
  'something', 'anything', 'whoever', 'whatever', 'tier', 'covid-19', 'covid', 'op', 'sir',
)

/** Lower-case particles inside names: "Ahmad bin Ismail", "Ana de Souza", "Tran The Vinh". */
export const NAME_PARTICLES = set('bin', 'binti', 'bint', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'le', 'la', 'al', 'el', 'ter', 'ten', 'y', 'the', 'dela', 'san', 'st', 'st.')

/** Nouns of people who speak without a name: "one farm owner", "a customs officer who asked not to be named". */
export const PERSON_NOUNS = set(
  'official', 'officer', 'investor', 'agent', 'worker', 'woman', 'man', 'girl', 'boy', 'victim', 'survivor', 'caregiver',
  'resident', 'source', 'diplomat', 'employee', 'spokesperson', 'spokesman', 'spokeswoman', 'lawyer', 'attorney',
  'activist', 'villager', 'mother', 'father', 'wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'relative',
  'witness', 'researcher', 'analyst', 'expert', 'teacher', 'student', 'doctor', 'nurse', 'driver', 'fisherman',
  'farmer', 'migrant', 'trafficker', 'broker', 'recruiter', 'employer', 'owner', 'manager', 'director', 'judge',
  'prosecutor', 'detective', 'inspector', 'priest', 'nun', 'monk', 'volunteer', 'campaigner', 'advocate', 'lawmaker',
  'legislator', 'senator', 'minister', 'guard', 'soldier', 'policeman', 'policewoman', 'maid', 'labourer', 'laborer',
  'crewman', 'fisher', 'teenager', 'defendant', 'suspect', 'aide', 'adviser', 'advisor', 'insider', 'executive',
  'businessman', 'businesswoman', 'entrepreneur', 'contractor', 'landlord', 'neighbour', 'neighbor', 'parent',
  'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'friend', 'colleague', 'survivor',
  'caseworker', 'counsellor', 'counselor', 'social worker', 'coordinator', 'staffer', 'interpreter', 'translator',
  'journalist', 'reporter', 'observer', 'commander', 'chief', 'head', 'spokesperson', 'representative', 'delegate',
  'trader', 'vendor', 'shopkeeper', 'cook', 'waitress', 'waiter', 'cleaner', 'nanny', 'housemaid', 'seafarer',
  'sailor', 'deckhand', 'captain', 'miner', 'labor', 'returnee', 'defector', 'whistleblower', 'applicant', 'recruit',
  'passenger', 'traveller', 'traveler', 'refugee', 'person', 'individual', 'academic', 'professor', 'scholar',
  'economist', 'consultant', 'engineer', 'accountant', 'banker', 'clerk', 'mechanic', 'child', 'teen', 'youth',
  'rapporteur', 'correspondent', 'lecturer', 'scientist', 'sociologist', 'anthropologist', 'criminologist', 'historian',
  'psychologist', 'author', 'writer', 'editor', 'photographer', 'filmmaker', 'organiser', 'organizer', 'founder',
  'operator', 'chairman', 'chairwoman', 'chairperson', 'mayor', 'governor', 'commissioner', 'superintendent',
  'psychiatrist', 'surgeon', 'paediatrician', 'pediatrician', 'midwife', 'pharmacist', 'dentist', 'psychotherapist',
  'pastor', 'imam', 'nun', 'physician', 'paramedic', 'firefighter', 'ranger', 'patrolman', 'inspector', 'gendarme',
  'constable', 'sergeant', 'translator', 'bystander', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'sheriff', 'warden',
  'coroner', 'magistrate', 'garda', 'trooper', 'lieutenant', 'colonel', 'major', 'corporal', 'barrister', 'solicitor', 'counsel', 'fixer', 'welder', 'mason', 'carpenter', 'electrician', 'plumber',
  'porter', 'loader', 'packer', 'picker', 'harvester', 'labourer', 'builder', 'bricklayer', 'housekeeper', 'gardener',
  'deckhand', 'crew member', 'mate', 'skipper', 'foreman', 'supervisor', 'dancer', 'hostess', 'beautician', 'therapist', 'passer-by', 'onlooker', 'customer', 'client', 'tenant', 'guest',
)

/** Plural people nouns that speak as a group: "officials said", "the researchers wrote". */
export const PERSON_PLURALS = set(
  'officials', 'officers', 'investors', 'agents', 'workers', 'women', 'men', 'victims', 'survivors', 'residents',
  'sources', 'diplomats', 'employees', 'lawyers', 'activists', 'villagers', 'witnesses', 'researchers', 'analysts',
  'experts', 'teachers', 'students', 'doctors', 'farmers', 'migrants', 'prosecutors', 'investigators', 'inspectors',
  'volunteers', 'campaigners', 'advocates', 'lawmakers', 'legislators', 'senators', 'ministers', 'guards', 'soldiers',
  'families', 'parents', 'relatives', 'authorities', 'police', 'detectives', 'delegates', 'critics', 'organisers',
  'organizers', 'caseworkers', 'staff', 'leaders', 'rescuers', 'returnees', 'fishermen', 'crewmen', 'gardaí', 'gardai',
)

/** Nouns of bodies and documents that speak: "the report said", "the agency said in a statement". */
export const BODY_NOUNS = set(
  'report', 'study', 'survey', 'statement', 'agency', 'ministry', 'department', 'office', 'council', 'committee',
  'commission', 'government', 'embassy', 'court', 'charity', 'trust', 'organisation', 'organization', 'group',
  'coalition', 'network', 'bureau', 'unit', 'ngo', 'foundation', 'institute', 'centre', 'center', 'association', 'union',
  'company', 'firm', 'board', 'authority', 'secretariat', 'directorate', 'division', 'administration', 'regulator',
  'prosecutor’s office', 'federation', 'alliance', 'review', 'audit', 'assessment', 'analysis', 'document', 'paper',
  'release', 'communique', 'communiqué', 'bulletin', 'letter', 'filing', 'complaint', 'indictment', 'judgment',
  'judgement', 'ruling', 'verdict', 'declaration', 'plan', 'strategy', 'newspaper', 'daily', 'outlet', 'website',
  'broadcaster', 'station', 'channel', 'force', 'service', 'campaign', 'project', 'programme', 'program', 'taskforce',
  'task force', 'body', 'watchdog', 'panel', 'tribunal', 'parliament', 'senate', 'congress', 'assembly', 'cabinet',
  'presidency', 'palace', 'mission', 'consulate', 'police', 'gendarmerie', 'military', 'army', 'navy', 'shelter',
  'hotline', 'index', 'data', 'figures', 'statistics', 'records', 'minutes', 'transcript', 'text', 'summary', 'brief',
  'submission', 'response', 'answer', 'notice',
)

/** Body nouns that are documents: they "find", "show" and "read" as well as "say". */
export const DOCUMENT_NOUNS = set(
  'report', 'study', 'survey', 'statement', 'review', 'audit', 'assessment', 'analysis', 'document', 'paper', 'release',
  'communique', 'communiqué', 'bulletin', 'letter', 'filing', 'complaint', 'indictment', 'judgment', 'judgement',
  'ruling', 'verdict', 'declaration', 'plan', 'strategy', 'data', 'figures', 'statistics', 'records', 'minutes',
  'transcript', 'text', 'summary', 'brief', 'submission', 'response', 'answer', 'notice', 'index', 'research',
  'investigation', 'inquiry', 'probe', 'evaluation', 'note', 'sign', 'message', 'banner', 'placard', 'notice', 'post',
  'caption', 'leaflet', 'advert', 'advertisement', 'email', 'memo', 'article', 'editorial', 'law', 'act', 'clause', 'contract',
)

/** Nouns that tell a person's sex: "his wife, Rina", "a 19-year-old woman". */
export const GENDER_NOUNS: Record<string, 'male' | 'female'> = wordTable({
  woman: 'female', women: 'female', girl: 'female', mother: 'female', wife: 'female', daughter: 'female',
  sister: 'female', aunt: 'female', grandmother: 'female', widow: 'female', lady: 'female', spokeswoman: 'female',
  chairwoman: 'female', congresswoman: 'female', businesswoman: 'female', policewoman: 'female', actress: 'female',
  waitress: 'female', nun: 'female', queen: 'female', princess: 'female', niece: 'female', girlfriend: 'female',
  bride: 'female', housewife: 'female', councilwoman: 'female', assemblywoman: 'female', headmistress: 'female',
  man: 'male', men: 'male', boy: 'male', father: 'male', husband: 'male', son: 'male', brother: 'male', uncle: 'male',
  grandfather: 'male', widower: 'male', spokesman: 'male', chairman: 'male', congressman: 'male', businessman: 'male',
  policeman: 'male', fisherman: 'male', priest: 'male', monk: 'male', king: 'male', prince: 'male', nephew: 'male',
  boyfriend: 'male', groom: 'male', councilman: 'male', assemblyman: 'male', headmaster: 'male', crewman: 'male',
  patrolman: 'male', imam: 'male',
})

/** Determiners that open a noun phrase of an unnamed speaker or a body. */
export const DETERMINERS = set('a', 'an', 'one', 'another', 'the', 'its', 'their', 'this', 'that', 'his', 'her', 'our')

/** Words that cannot sit inside a speaker's noun phrase: auxiliaries, conjunctions, subordinators, prepositions of clauses. */
export const CLAUSE_WORDS = set(
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'not', "n't", 'that', 'which', 'who', 'whom', 'whose', 'when',
  'where', 'while', 'because', 'if', 'although', 'though', 'but', 'or', 'nor', 'so', 'than', 'as', 'also', 'to', 'and',
  'with', 'without', 'from', 'into', 'onto', 'by', 'about', 'after', 'before', 'since', 'until', 'during', 'through',
  'at', 'on', 'in', 'for', 'over', 'under', 'between', 'among', 'against', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'there', 'then', 'now', 'still', 'just', 'only', 'even', 'never', 'always', 'often', 'already', 'yet', 'however',
  'reportedly', 'allegedly', 'how', 'why', 'what', 'whether',
)

/** Verbs news uses in the past tense without "-ed", and auxiliaries: what can follow a subject. */
export const FINITE_VERBS = set(
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should',
  'does', 'did', 'took', 'gave', 'went', 'came', 'made', 'saw', 'found', 'kept', 'led', 'ran', 'began', 'left', 'met',
  'put', 'set', 'sent', 'spent', 'won', 'wrote', 'spoke', 'fled', 'paid', 'held', 'got', 'became', 'brought', 'built',
  'caught', 'chose', 'drove', 'fell', 'felt', 'fought', 'flew', 'grew', 'heard', 'hid', 'knew', 'lost', 'meant', 'rode',
  'rose', 'sat', 'slept', 'sold', 'stood', 'stole', 'struck', 'swore', 'taught', 'thought', 'threw', 'understood',
  'woke', 'wore', 'told', 'said', 'sought', 'bought', 'shut', 'cut', 'hit', 'let', 'quit', 'read', 'beat', 'bore',
  'broke', 'dealt', 'drew', 'fed', 'forgot', 'forgave', 'gone', 'lay', 'lent', 'oversaw', 'overtook', 'ruled', 'rang',
  'shook', 'shot', 'sang', 'sank', 'spun', 'stuck', 'stung', 'swam', 'swept', 'tore', 'undertook', 'upheld', 'withdrew',
  'wound', 'also', 'never', 'now', 'then', 'later', 'once', 'still', 'recently', 'previously',
)
