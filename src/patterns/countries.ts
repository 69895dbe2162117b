import { memoByText } from './memo.js'
import { builtData } from './builtData.js'

/** A country as output: English short name and ISO 3166-1 alpha-2 code. */
export interface CountryEntry {
  name: string
  iso2: string
}

/** A country named in a text, by name ("Malaysia") or by demonym ("Vietnamese", "Britons"). */
export interface CountryHit {
  country: CountryEntry
  start: number
  end: number
  text: string
  form: 'name' | 'demonym' | 'demonym-plural'
}

interface WorldCountry {
  name: { common: string; official: string }
  cca2: string
  capital?: string[]
  altSpellings: string[]
  demonyms?: { eng?: { f: string; m: string } }
}

// why: the names news and the gold use where the data set's common name differs
const DISPLAY_NAMES: Record<string, string> = {
  CZ: 'Czech Republic', CI: "Côte d'Ivoire", VN: 'Vietnam', LA: 'Laos', MM: 'Myanmar', RU: 'Russia', KR: 'South Korea',
  KP: 'North Korea', US: 'United States', GB: 'United Kingdom', CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo', TL: 'East Timor', CV: 'Cape Verde', SZ: 'Eswatini', MK: 'North Macedonia', PS: 'Palestine',
  VA: 'Vatican City', FM: 'Micronesia', BN: 'Brunei', SY: 'Syria', IR: 'Iran', MD: 'Moldova', TZ: 'Tanzania',
  BO: 'Bolivia', VE: 'Venezuela', TW: 'Taiwan', MO: 'Macau', HK: 'Hong Kong',
}

// why: names and demonyms news writes that the data set lacks; aliases map to ISO codes
const EXTRA_NAMES: Record<string, string> = {
  'Viet Nam': 'VN', 'Lao PDR': 'LA', "Lao People's Democratic Republic": 'LA', Burma: 'MM', Britain: 'GB',
  'Great Britain': 'GB', UK: 'GB', 'U.K.': 'GB', 'United Kingdom': 'GB', England: 'GB', Scotland: 'GB', Wales: 'GB',
  US: 'US', 'U.S.': 'US', USA: 'US', 'U.S.A.': 'US', America: 'US', 'United States of America': 'US',
  'the United States': 'US', Czechia: 'CZ', 'Czech Republic': 'CZ', Holland: 'NL', 'the Netherlands': 'NL',
  'South Korea': 'KR', 'Republic of Korea': 'KR', 'North Korea': 'KP', 'Ivory Coast': 'CI', "Côte d'Ivoire": 'CI',
  "Cote d'Ivoire": 'CI', 'Côte d’Ivoire': 'CI', 'Cote d’Ivoire': 'CI', UAE: 'AE', 'the UAE': 'AE', 'the Emirates': 'AE',
  'the Philippines': 'PH', PRC: 'CN', 'mainland China': 'CN', 'Russian Federation': 'RU', 'Timor-Leste': 'TL',
  'East Timor': 'TL', DRC: 'CD', 'DR Congo': 'CD', 'Democratic Republic of Congo': 'CD', 'Congo-Brazzaville': 'CG',
  'Swaziland': 'SZ', 'Macedonia': 'MK', 'Kyrgyzstan': 'KG', 'Türkiye': 'TR', Turkey: 'TR', 'Cabo Verde': 'CV',
  'the Gambia': 'GM', 'Brunei Darussalam': 'BN', 'Myanmar (Burma)': 'MM', 'Saudi': 'SA', KSA: 'SA',
}

// why: demonyms and their plurals as news writes them ("two Britons", "a Filipina", "nine Ivorians")
const EXTRA_DEMONYMS: Record<string, string> = {
  Briton: 'GB', Britons: 'GB', Brit: 'GB', Brits: 'GB', British: 'GB', English: 'GB', Scottish: 'GB', Welsh: 'GB',
  American: 'US', Americans: 'US', Filipino: 'PH', Filipinos: 'PH', Filipina: 'PH', Filipinas: 'PH',
  Dutch: 'NL', Dutchman: 'NL', Dutchmen: 'NL', Burkinabe: 'BF', Burkinabè: 'BF', Burkinabé: 'BF', Ivorian: 'CI',
  Ivorians: 'CI', Nepali: 'NP', Nepalis: 'NP', Nepalese: 'NP', Bangladeshi: 'BD', Bangladeshis: 'BD', Lao: 'LA',
  Laotian: 'LA', Laotians: 'LA', Burmese: 'MM', Emirati: 'AE', Emiratis: 'AE', Kiwi: 'NZ',
  Kiwis: 'NZ', Czech: 'CZ', Czechs: 'CZ', Swiss: 'CH', Thai: 'TH', Thais: 'TH', Malaysian: 'MY', Malaysians: 'MY',
  Congolese: 'CD', Saudi: 'SA', Saudis: 'SA', Korean: 'KR', Koreans: 'KR', 'South Korean': 'KR', 'South Koreans': 'KR',
  'North Korean': 'KP', 'North Koreans': 'KP', Pakistani: 'PK', Pakistanis: 'PK', Afghan: 'AF', Afghans: 'AF',
  Kyrgyz: 'KG', Uzbek: 'UZ', Uzbeks: 'UZ', Tajik: 'TJ', Tajiks: 'TJ', Kazakh: 'KZ', Kazakhs: 'KZ', Turkmen: 'TM',
  Taiwanese: 'TW', Vietnamese: 'VN', Chinese: 'CN', Japanese: 'JP', Lebanese: 'LB', Sudanese: 'SD', Senegalese: 'SN',
  Togolese: 'TG', Beninese: 'BJ', Malian: 'ML', Malians: 'ML', Nigerien: 'NE', Nigeriens: 'NE', Nigerian: 'NG',
  Nigerians: 'NG', Ghanaian: 'GH', Ghanaians: 'GH', Guinean: 'GN', Guineans: 'GN', 'Sierra Leonean': 'SL',
  'Sierra Leoneans': 'SL', 'Sri Lankan': 'LK', 'Sri Lankans': 'LK', Eritrean: 'ER', Eritreans: 'ER', Somali: 'SO',
  Somalis: 'SO', Ethiopian: 'ET', Ethiopians: 'ET', Ugandan: 'UG', Ugandans: 'UG', Kenyan: 'KE', Kenyans: 'KE',
  Tanzanian: 'TZ', Tanzanians: 'TZ', Rwandan: 'RW', Rwandans: 'RW', Cameroonian: 'CM', Cameroonians: 'CM',
  Albanian: 'AL', Albanians: 'AL', Romanian: 'RO', Romanians: 'RO', Moldovan: 'MD', Moldovans: 'MD', Ukrainian: 'UA',
  Ukrainians: 'UA', Russian: 'RU', Russians: 'RU', Bulgarian: 'BG', Bulgarians: 'BG', Hungarian: 'HU',
  Hungarians: 'HU', Slovak: 'SK', Slovaks: 'SK', Polish: 'PL', Poles: 'PL', Lithuanian: 'LT', Lithuanians: 'LT',
  Latvian: 'LV', Latvians: 'LV', Estonian: 'EE', Estonians: 'EE', Spanish: 'ES', Spaniards: 'ES', Portuguese: 'PT',
  French: 'FR', Frenchman: 'FR', Frenchmen: 'FR', Frenchwoman: 'FR', Frenchwomen: 'FR', Irish: 'IE', Danish: 'DK',
  Danes: 'DK', Swedish: 'SE', Swedes: 'SE', Finnish: 'FI', Finns: 'FI', Norwegian: 'NO', Norwegians: 'NO',
  Icelandic: 'IS', Icelanders: 'IS', Greek: 'GR', Greeks: 'GR', Turkish: 'TR', Turks: 'TR', Iraqi: 'IQ', Iraqis: 'IQ',
  Iranian: 'IR', Iranians: 'IR', Syrian: 'SY', Syrians: 'SY', Yemeni: 'YE', Yemenis: 'YE', Omani: 'OM', Omanis: 'OM',
  Qatari: 'QA', Qataris: 'QA', Kuwaiti: 'KW', Kuwaitis: 'KW', Bahraini: 'BH', Bahrainis: 'BH', Jordanian: 'JO',
  Jordanians: 'JO', Israeli: 'IL', Israelis: 'IL', Palestinian: 'PS', Palestinians: 'PS', Egyptian: 'EG',
  Egyptians: 'EG', Libyan: 'LY', Libyans: 'LY', Tunisian: 'TN', Tunisians: 'TN', Algerian: 'DZ', Algerians: 'DZ',
  Moroccan: 'MA', Moroccans: 'MA', Indian: 'IN', Indians: 'IN', Indonesian: 'ID', Indonesians: 'ID', Cambodian: 'KH',
  Cambodians: 'KH', Khmer: 'KH', Singaporean: 'SG', Singaporeans: 'SG', Bruneian: 'BN', Mongolian: 'MN',
  Mongolians: 'MN', Bhutanese: 'BT', Maldivian: 'MV', Maldivians: 'MV', Australian: 'AU', Australians: 'AU',
  Canadian: 'CA', Canadians: 'CA', Mexican: 'MX', Mexicans: 'MX', Guatemalan: 'GT', Guatemalans: 'GT', Honduran: 'HN',
  Hondurans: 'HN', Salvadoran: 'SV', Salvadorans: 'SV', Nicaraguan: 'NI', Nicaraguans: 'NI', 'Costa Rican': 'CR',
  Panamanian: 'PA', Colombian: 'CO', Colombians: 'CO', Venezuelan: 'VE', Venezuelans: 'VE', Peruvian: 'PE',
  Peruvians: 'PE', Bolivian: 'BO', Bolivians: 'BO', Ecuadorian: 'EC', Ecuadorians: 'EC', Brazilian: 'BR',
  Brazilians: 'BR', Argentine: 'AR', Argentinian: 'AR', Argentines: 'AR', Chilean: 'CL', Chileans: 'CL',
  Paraguayan: 'PY', Uruguayan: 'UY', Cuban: 'CU', Cubans: 'CU', Haitian: 'HT', Haitians: 'HT', Dominican: 'DO',
  Dominicans: 'DO', Jamaican: 'JM', Jamaicans: 'JM', German: 'DE', Germans: 'DE', Italian: 'IT', Italians: 'IT',
  Belgian: 'BE', Belgians: 'BE', Austrian: 'AT', Austrians: 'AT', Serbian: 'RS', Serbs: 'RS', Croatian: 'HR',
  Croats: 'HR', Bosnian: 'BA', Bosnians: 'BA', Kosovar: 'XK', Kosovars: 'XK', Macedonian: 'MK', Montenegrin: 'ME',
  Georgian: 'GE', Georgians: 'GE', Armenian: 'AM', Armenians: 'AM', Azerbaijani: 'AZ', Azerbaijanis: 'AZ',
  Belarusian: 'BY', Belarusians: 'BY', 'New Zealander': 'NZ', 'New Zealanders': 'NZ', Fijian: 'FJ', Fijians: 'FJ',
  'Papua New Guinean': 'PG', 'Solomon Islander': 'SB', Samoan: 'WS', Tongan: 'TO', 'ni-Vanuatu': 'VU',
  Zimbabwean: 'ZW', Zimbabweans: 'ZW', Zambian: 'ZM', Zambians: 'ZM', Malawian: 'MW', Malawians: 'MW',
  Mozambican: 'MZ', Mozambicans: 'MZ', 'South African': 'ZA', 'South Africans': 'ZA', Namibian: 'NA',
  Botswanan: 'BW', Angolan: 'AO', Angolans: 'AO', Gabonese: 'GA', Chadian: 'TD', Chadians: 'TD', Gambian: 'GM',
  Gambians: 'GM', Liberian: 'LR', Liberians: 'LR', Mauritanian: 'MR', Burundian: 'BI', Burundians: 'BI',
  Malagasy: 'MG', Mauritian: 'MU', Comorian: 'KM', Djiboutian: 'DJ', 'South Sudanese': 'SS', Cape: 'CV',
}

// why: datelines name big cities that are not capitals ("ABIDJAN —", "DUBAI —", "GENEVA, …")
const EXTRA_CITIES: Record<string, string> = {
  Abidjan: 'CI', Lagos: 'NG', Dubai: 'AE', Geneva: 'CH', 'New York': 'US', 'Los Angeles': 'US', Chicago: 'US',
  Houston: 'US', Miami: 'US', Sydney: 'AU', Melbourne: 'AU', 'Ho Chi Minh City': 'VN', Yangon: 'MM', Istanbul: 'TR',
  Johannesburg: 'ZA', 'Cape Town': 'ZA', Mumbai: 'IN', Kolkata: 'IN', Karachi: 'PK', Lahore: 'PK', 'Sao Paulo': 'BR',
  'São Paulo': 'BR', 'Rio de Janeiro': 'BR', Toronto: 'CA', Vancouver: 'CA', Almaty: 'KZ', Casablanca: 'MA',
  Mombasa: 'KE', Cebu: 'PH', 'Chiang Mai': 'TH', Sihanoukville: 'KH', 'Siem Reap': 'KH', Medan: 'ID', Surabaya: 'ID',
  Penang: 'MY', 'Johor Bahru': 'MY', Auckland: 'NZ', Milan: 'IT', Barcelona: 'ES', 'The Hague': 'NL', Frankfurt: 'DE',
  Manchester: 'GB', Glasgow: 'GB', Dhaka: 'BD', Chittagong: 'BD', Guangzhou: 'CN', Shanghai: 'CN', 'Hong Kong': 'HK',
}
/** The country tables, as compileGazetteer makes them and the build stores them (dist/patterns/gazetteer.json). */
export interface Gazetteer {
  /** every ISO code with the name it is output under, in the data set's order */
  countries: [iso2: string, name: string][]
  /** capital and dateline city names, lower case, with their ISO codes */
  cities: [city: string, iso2: string][]
  /** every written form (name, alias, demonym) with its ISO code and kind, in the order found */
  forms: [form: string, iso2: string, kind: CountryHit['form']][]
  /**
   * every form under its leading run of word characters ("Sierra" for "Sierra Leone", "U" for "U.S.", "Côte" for
   * "Côte d'Ivoire"), longest form first, where a match in a text can start
   */
  byRun: [run: string, forms: string[]][]
}

// e.g. "Sierra", "U", "Côte": the characters a form's first run is made of, and which may not touch a form's ends
const RUN_CHAR = /[\w\u00C0-\u024F]/
const LEADING_RUN = new RegExp(`^${RUN_CHAR.source}+`)

/** Returns the country tables made from the world-countries records and this module's own names and demonyms. */
export function compileGazetteer(data: WorldCountry[]): Gazetteer {
  const byIso = new Map<string, string>()
  const byCity = new Map<string, string>()
  const forms = new Map<string, { iso2: string; form: CountryHit['form'] }>()
  for (const c of data) {
    const iso2 = c.cca2
    byIso.set(iso2, DISPLAY_NAMES[iso2] ?? c.name.common)
    for (const cap of c.capital ?? []) if (!byCity.has(cap.toLowerCase())) byCity.set(cap.toLowerCase(), iso2)
    const latin = (s: string): boolean => /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'’()-]*$/.test(s)
    for (const n of [c.name.common, ...c.altSpellings.filter((a) => a.length > 3 && latin(a) && !/\bof\b.*\bof\b/.test(a))]) {
      if (latin(n) && !forms.has(n)) forms.set(n, { iso2, form: 'name' })
    }
    const d = c.demonyms?.eng
    for (const dem of d ? [d.m, d.f] : []) {
      if (!dem || !latin(dem) || forms.has(dem)) continue
      forms.set(dem, { iso2, form: 'demonym' })
      const plural = /(?:ese|ish|ch|ss|i|Swiss)$/.test(dem) ? null : `${dem}s`
      if (plural && !forms.has(plural)) forms.set(plural, { iso2, form: 'demonym-plural' })
    }
  }
  for (const [n, iso2] of Object.entries(EXTRA_NAMES)) forms.set(n, { iso2, form: 'name' })
  for (const [n, iso2] of Object.entries(EXTRA_CITIES)) byCity.set(n.toLowerCase(), iso2)
  for (const [n, iso2] of Object.entries(EXTRA_DEMONYMS)) {
    const plural = /s$/.test(n) && !/(?:ese|ss)$/.test(n)
    forms.set(n, { iso2, form: plural ? 'demonym-plural' : 'demonym' })
  }
  // why: "Georgia", "Jordan", "Chad" and "Niger" are also names of people, states and rivers; context decides later
  if (!byIso.has('XK')) byIso.set('XK', 'Kosovo')
  const byRun = new Map<string, string[]>()
  // why: longest first (a stable sort keeps the order found among equals), so "Sierra Leonean" wins over "Sierra Leone"
  for (const f of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    const run = LEADING_RUN.exec(f)?.[0]
    if (!run || /^\s|\s$|\s\s/.test(f)) throw new Error(`the gazetteer form ${JSON.stringify(f)} must start with a letter and have single inner spaces`)
    byRun.set(run, [...(byRun.get(run) ?? []), f])
  }
  return {
    countries: [...byIso],
    cities: [...byCity],
    forms: [...forms].map(([f, v]) => [f, v.iso2, v.form]),
    byRun: [...byRun],
  }
}

// why: the tables take ~15 ms to compile from the data set, at the start of every run and every worker; the build
// stores them compiled. Without that file (tests run from src/), they are compiled here from the package.
const GAZETTEER = builtData(import.meta.url, './gazetteer.json', (require) => compileGazetteer(require('world-countries') as WorldCountry[]))

/** Capital (and dateline city) names to ISO codes. */
const BY_CITY = new Map(GAZETTEER.cities)
/** The ISO codes of every country the gazetteer knows, with the name it is output under. */
const BY_ISO = new Map<string, CountryEntry>(GAZETTEER.countries.map(([iso2, name]) => [iso2, { name, iso2 }]))
/** Every written form (name, alias, demonym) to its ISO code and form. */
const FORMS = new Map(GAZETTEER.forms.map(([f, iso2, form]) => [f, { iso2, form }]))

/** Every form under its leading run of word characters, longest first. */
const BY_RUN = new Map(GAZETTEER.byRun)

// e.g. "Malaysia", "Sierra Leone", "Côte d'Ivoire": the runs of word characters of a text, where a form can start
const RUN = new RegExp(`${RUN_CHAR.source}+`, 'g')

// e.g. the "'" of "o'Malley", the "-" of "non-Malaysian": a form does not start right after these
const WORD_JOINER = /['\u2019-]/
const SPACE = /\s/
// e.g. the "x" of "Nigeria'x" (the word goes on), not the "s" of "Nigeria's" (a possessive may follow a form)
const WORD_AFTER_APOSTROPHE = /['\u2019](?!s)\w/y

/**
 * Returns where the form, read at `at` in s, ends, or -1. The form's characters match as written and its spaces match
 * any run of white space; the form must end a word: no word character after it, nor an apostrophe and a letter other
 * than the possessive s ("Nigeria's" yes, "Nigeria'x" no).
 */
function formEndAt(s: string, at: number, form: string): number {
  let i = at
  const words = form.split(' ')
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      if (!SPACE.test(s.charAt(i))) return -1
      while (SPACE.test(s.charAt(i))) i++
    }
    if (!s.startsWith(words[k]!, i)) return -1
    i += words[k]!.length
  }
  if (RUN_CHAR.test(s.charAt(i))) return -1
  WORD_AFTER_APOSTROPHE.lastIndex = i
  return WORD_AFTER_APOSTROPHE.test(s) ? -1 : i
}

/** Returns the country a written form names ("Viet Nam", "Britons", "Czechia"), or null. */
export function lookupCountry(form: string): CountryEntry | null {
  const f = FORMS.get(form.trim()) ?? FORMS.get(form.trim().replace(/^the\s+/i, ''))
  return f ? (BY_ISO.get(f.iso2) ?? null) : null
}

/** Returns the country of an ISO 3166-1 alpha-2 code, or null. */
export function countryByIso(iso2: string): CountryEntry | null {
  return BY_ISO.get(iso2.toUpperCase()) ?? null
}

/** Returns every country named in s, by name or demonym, with offsets relative to s; callers must not change them. */
// why: figures, country counts and the home-country tally all read the countries of the same sentences
export const findCountries: (s: string) => CountryHit[] = memoByText(scanCountries)

// why: a lookup per run of word characters, not one regex of all ~1,200 forms: that regex cost ~6 ms to compile in
// every thread, and a search through each sentence that names a country
function scanCountries(s: string): CountryHit[] {
  const out: CountryHit[] = []
  RUN.lastIndex = 0
  for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
    const forms = BY_RUN.get(m[0])
    if (!forms) continue
    // a form does not continue a word: none starts right after an apostrophe or a hyphen ("non-Malaysian", "o'Malley")
    if (WORD_JOINER.test(s.charAt(m.index - 1))) continue
    for (const form of forms) {
      const end = formEndAt(s, m.index, form)
      if (end < 0) continue
      const f = FORMS.get(form)
      const country = f ? BY_ISO.get(f.iso2) : undefined
      if (f && country) out.push({ country, start: m.index, end, text: s.slice(m.index, end), form: f.form })
      RUN.lastIndex = end
      break
    }
  }
  return out
}

/** Returns the country whose capital (or a big dateline city) this is ("KUWAIT CITY" → Kuwait), or null. */
export function countryOfCity(city: string): CountryEntry | null {
  const iso2 = BY_CITY.get(city.trim().toLowerCase().replace(/\s+/g, ' '))
  return iso2 ? (BY_ISO.get(iso2) ?? null) : null
}
