import { describe, expect, it } from 'vitest'
import { extractArticle, type Quote } from '../../src/index.js'

// Every sentence here is written for these tests; none comes from a fixture article.

const LEAD = 'Police in the northern province broke up a labour trafficking ring this week, officials confirmed.'

type Row = [label: string, paragraphs: string[], expected: [text: string, speaker: string][]]

function run(paragraphs: string[]): { text: string; quotes: Quote[] } {
  const text = [LEAD, ...paragraphs].join('\n\n')
  return { text, quotes: extractArticle(text).quotes }
}

/** Checks text and speaker of every quote, and that every span and the evidence are the article's own characters. */
function check(paragraphs: string[], expected: [string, string][]): void {
  const { text, quotes } = run(paragraphs)
  expect(quotes.map((q) => [q.text, q.speaker])).toEqual(expected)
  for (const q of quotes) {
    expect(q.spans.map((s) => s.text).join(' ')).toBe(q.text)
    for (const s of q.spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text)
      // each stretch starts right after an opening mark, or continues the previous stretch
      expect(/["“«„‘\s]/.test(text[s.start - 1] ?? '')).toBe(true)
    }
    expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text)
    expect(q.evidence.start).toBeLessThanOrEqual(q.spans[0]!.start)
    expect(q.evidence.end).toBeGreaterThanOrEqual(q.spans[q.spans.length - 1]!.end)
  }
}

describe('attribution in the quote’s own sentence', () => {
  it.each<Row>([
    ['“…,” said NAME, TITLE',
      ['“Nobody should have to pay a fee to get a job,” said Maria Santos, director of the Migrant Justice Centre.'],
      [['Nobody should have to pay a fee to get a job,', 'Maria Santos']]],
    ['“…,” NAME said',
      ['“The network moved people through three countries in a week,” Inspector Tomas Lindgren said.'],
      [['The network moved people through three countries in a week,', 'Tomas Lindgren']]],
    ['NAME said: “…”',
      ['Prosecutor Adaeze Nwosu said: “These men were bought and sold like cargo.”'],
      [['These men were bought and sold like cargo.', 'Adaeze Nwosu']]],
    ['NAME, TITLE, said “…” without a colon',
      ['Jonas Weber, a spokesman for the federal police, said "We expect more arrests in the coming weeks."'],
      [['We expect more arrests in the coming weeks.', 'Jonas Weber']]],
    ['“…,” NAME told reporters',
      ['“We are following the money now, not only the recruiters,” Chief Superintendent Rajesh Kumar told reporters on Monday.'],
      [['We are following the money now, not only the recruiters,', 'Rajesh Kumar']]],
    ['“…,” says NAME, in the present tense',
      ['“Every season the brokers come back with new promises,” says Lucia Moreno, who runs a helpline for farm workers.'],
      [['Every season the brokers come back with new promises,', 'Lucia Moreno']]],
    ['NAME says: “…”',
      ['Pastor Samuel Adeyemi says: “Families sell what they have to send one child abroad.”'],
      [['Families sell what they have to send one child abroad.', 'Samuel Adeyemi']]],
    ['“…,” NAME, TITLE, told the committee',
      ['“The shelters are full every night of the week,” Hannah Brooks, head of the Safe Passage charity, told the committee.'],
      [['The shelters are full every night of the week,', 'Hannah Brooks']]],
    ['“…?” TITLE NAME asked',
      ['“How many of these referrals ended in a conviction?” Councillor Dev Patel asked.'],
      [['How many of these referrals ended in a conviction?', 'Dev Patel']]],
    ['TITLE NAME replied: “…”',
      ['Minister Alejandro Ruiz replied: “The figures speak for themselves and they are getting better.”'],
      [['The figures speak for themselves and they are getting better.', 'Alejandro Ruiz']]],
    ['NAME told AFP: “…”',
      ['Border commander Nikolai Petrov told AFP: “The smugglers now use drones to watch our patrols.”'],
      [['The smugglers now use drones to watch our patrols.', 'Nikolai Petrov']]],
    ['In a statement, NAME said “…”',
      ['In a written statement, company chairman Viktor Hale said "We had no knowledge of any abuse on our farms."'],
      [['We had no knowledge of any abuse on our farms.', 'Viktor Hale']]],
    ['“…,” NAME wrote',
      ['“No contract I signed mentioned a debt,” Ana Lucia Ferraz wrote in a letter to the court.'],
      [['No contract I signed mentioned a debt,', 'Ana Lucia Ferraz']]],
    ['NAME called X “…”',
      ['Judge Miriam Okoro called the operation “a factory for human misery run for profit”.'],
      [['a factory for human misery run for profit', 'Miriam Okoro']]],
    ['NAME described X as “…”',
      ['Inspector Nadia Karimi described the conditions as “worse than any prison I have visited”.'],
      [['worse than any prison I have visited', 'Nadia Karimi']]],
    ['according to NAME, X “…”',
      ['According to Dr Lena Fischer, a migration researcher, the new visa rules “will push recruitment further underground”.'],
      [['will push recruitment further underground', 'Lena Fischer']]],
    ['“…,” according to NAME',
      ['“Most of the girls had been promised jobs in hotels,” according to Esther Wanjiru, a social worker in Nakuru.'],
      [['Most of the girls had been promised jobs in hotels,', 'Esther Wanjiru']]],
    ['a partial quote after "stressed that"',
      ['Interior Minister Farah Siddiqui spoke after the raids.', 'She stressed that the government “will not tolerate any official who protects traffickers”.'],
      [['will not tolerate any official who protects traffickers', 'Farah Siddiqui']]],
    ['a partial quote after "said the case showed that"',
      ['District Attorney Paul Brennan said the verdict showed that debt bondage “can happen in any town, behind any door.”'],
      [['can happen in any town, behind any door.', 'Paul Brennan']]],
    ['a predicate quoted after "said it had"',
      ['The labour ministry said it had “tightened licence checks” on agencies in the capital.'],
      [['tightened licence checks', 'labour ministry']]],
    ['"“A,” she said, “B.”": both halves of a quote cut by its attribution',
      ['“The law is clear,” Magistrate Ruth Adler said, “but the enforcement of it is not.”'],
      [['The law is clear,', 'Ruth Adler'], ['but the enforcement of it is not.', 'Ruth Adler']]],
    ['a name after a long title',
      ['“We will send labour attachés to every port city,” said Indonesia’s Deputy Minister of Manpower Brigadier General Budi Santoso.'],
      [['We will send labour attachés to every port city,', 'Budi Santoso']]],
    ['a Khmer name after a title and an organisation',
      ['“The brokers come to the village before the rice is harvested,” said Licadho investigator Nhek Sokunthea.'],
      [['The brokers come to the village before the rice is harvested,', 'Nhek Sokunthea']]],
    ['a hyphenated surname after a role',
      ['“He kept the keys to every room,” former caretaker Joaquim Da Silva-Pereira said.'],
      [['He kept the keys to every room,', 'Joaquim Da Silva-Pereira']]],
    ['an honorific is not part of the name',
      ['“Our daughters are not for sale at any price,” said Mrs Blessing Nwachukwu at the rally.'],
      [['Our daughters are not for sale at any price,', 'Blessing Nwachukwu']]],
    ['a body as speaker: “…,” Interpol said',
      ['“Criminal groups now advertise jobs on the same apps as legitimate employers,” Interpol said in a statement.'],
      [['Criminal groups now advertise jobs on the same apps as legitimate employers,', 'Interpol']]],
    ['a body as speaker: “…,” the ministry said',
      ['“All licences of the agency have been suspended pending the inquiry,” the foreign ministry said.'],
      [['All licences of the agency have been suspended pending the inquiry,', 'foreign ministry']]],
    ['a document: “…,” the report said',
      ['“Victims identified at sea are rarely offered any protection,” the report said.'],
      [['Victims identified at sea are rarely offered any protection,', 'report']]],
    ['an unnamed source: “…,” said a source close to the investigation',
      ['“The boss paid the local police every month,” said a source close to the investigation.'],
      [['The boss paid the local police every month,', 'source']]],
    ['an unnamed official with a relative clause',
      ['“We have names, but we do not have the budget to chase them,” said one customs officer who spoke on condition of anonymity.'],
      [['We have names, but we do not have the budget to chase them,', 'customs officer']]],
    ['guillemets',
      ['«Les enfants travaillaient douze heures par jour dans les champs», said Colonel Moussa Traoré.'],
      [['Les enfants travaillaient douze heures par jour dans les champs', 'Moussa Traoré']]],
    ['straight quotes',
      ['"They told us the visa would take two weeks," said Rosa Delgado, a returnee from Dubai.'],
      [['They told us the visa would take two weeks,', 'Rosa Delgado']]],
    ['an ellipsis inside the quote keeps it one quote',
      ['“We begged for help . . . and for months nobody came,” said survivor Thi Lan Nguyen.'],
      [['We begged for help . . . and for months nobody came,', 'Thi Lan Nguyen']]],
    ['a bracketed insertion keeps it one quote',
      ['“They [the brokers] keep every passport in a locked drawer,” Sergeant Omar Farouk said.'],
      [['They [the brokers] keep every passport in a locked drawer,', 'Omar Farouk']]],
    ['nested single quotes are part of the quote',
      ['“They call it ‘the ticket’, and the ticket never gets paid off,” said lawyer Ines Duarte.'],
      [['They call it ‘the ticket’, and the ticket never gets paid off,', 'Ines Duarte']]],
    ['“…,” said the woman, who gave only her first name, NAME',
      ['“They took everything we had, even our shoes,” said the woman, who gave only her first name, Leila.'],
      [['They took everything we had, even our shoes,', 'Leila']]],
    ['an unnamed speaker whose noun no list knows, right before the verb',
      ['“Nobody here has seen a contract in years,” one picker said.'],
      [['Nobody here has seen a contract in years,', 'picker']]],
    ['a note as the speaker: “…,” read a note',
      ['“Please help us, we are locked in,” read a note found in one of the containers.'],
      [['Please help us, we are locked in,', 'note']]],
    ['“…?” then the attribution as its own sentence',
      ['“Who signs off on these visas?” Senator Mbeki asked during the hearing.'],
      [['Who signs off on these visas?', 'Mbeki']]],
    ['an organisation’s statement with a colon',
      ['The statement from the prosecutor’s office said: “The defendants used the workers’ immigration status to keep them silent.”'],
      [['The defendants used the workers’ immigration status to keep them silent.', 'prosecutor’s office']]],
    ['"adding:" opens a second quote of the same speaker',
      ['“The fines are far too low,” union organiser Beatriz Souza told the hearing, adding: “Employers treat them as a business cost.”'],
      [['The fines are far too low,', 'Beatriz Souza'], ['Employers treat them as a business cost.', 'Beatriz Souza']]],
    ['a short whole-sentence quote after an attributed one',
      ['“We were never paid for the overtime,” said warehouse worker Emeka Obi. “Not once.”'],
      [['We were never paid for the overtime,', 'Emeka Obi'], ['Not once.', 'Emeka Obi']]],
    ['single quotation marks where an outlet quotes with them, apostrophes left alone',
      ['‘We were told the job was in a hotel,’ said Aoife Brennan, a caseworker in Limerick. ‘It was a farm, and the workers’ caravans had no heating.’'],
      [['We were told the job was in a hotel,', 'Aoife Brennan'], ['It was a farm, and the workers’ caravans had no heating.', 'Aoife Brennan']]],
    ['the verb nearest a colon introduces the quote',
      ['Police said the driver told them: “I did not know the girls were under age.”'],
      [['I did not know the girls were under age.', 'driver']]],
    ['a portfolio before the name is not part of it',
      ['“We will close every unlicensed agency by December,” said Minister of Manpower Dewanti Sari.'],
      [['We will close every unlicensed agency by December,', 'Dewanti Sari']]],
    ['a hard-wrapped line inside a quote goes on to the closing mark',
      ['Inspector Kofi Boateng described the vessels to the inquiry.', '“The crew were told the ship belonged to', 'Malaysia, but it was registered nowhere,” he said.'],
      [['The crew were told the ship belonged to Malaysia, but it was registered nowhere,', 'Kofi Boateng']]],
    ['a later clause with another speaker leaves the quote to the speaker before it',
      ['Judge Ruth Adler described the camp as “a place built to break people” and prosecutor Dan Levi told reporters the appeal would fail.'],
      [['a place built to break people', 'Ruth Adler']]],
    ['dashes inside the quote',
      ['“We were — all nineteen of us — locked in after dark,” said Mercy Achieng, a former cleaner.'],
      [['We were — all nineteen of us — locked in after dark,', 'Mercy Achieng']]],
  ])('%s', (_label, paragraphs, expected) => check(paragraphs, expected))
})

describe('pronouns and short names resolved as a reader would', () => {
  it.each<Row>([
    ['"he said" takes the subject of the sentence before',
      ['Karim Haddad runs a shelter for migrant women in the port city.', '“Most of them arrive with nothing but a phone,” he said.'],
      [['Most of them arrive with nothing but a phone,', 'Karim Haddad']]],
    ['"she said" skips a man named in between',
      ['Social worker Grace Mensah met the survivors at the border post. Her colleague Peter Asante drove them to the shelter.', '“Three of them had never seen a city before,” she said.'],
      [['Three of them had never seen a city before,', 'Grace Mensah']]],
    ['"she said" after "NAME said she"',
      ['Opposition senator Clara Voss said she would demand an inquiry.', '“This ministry has looked away for five years,” she said.'],
      [['This ministry has looked away for five years,', 'Clara Voss']]],
    ['"he said" after "according to NAME"',
      ['According to Tomasz Nowak, the farms hired workers through a chain of agencies.', '“Nobody could tell who the real employer was,” he said.'],
      [['Nobody could tell who the real employer was,', 'Tomasz Nowak']]],
    ['"it says" takes the document named before',
      ['The annual review by the labour inspectorate is blunt.', '“Inspections remain too rare to deter abusive employers,” it says.'],
      [['Inspections remain too rare to deter abusive employers,', 'review']]],
    ['"it found" takes the report through an earlier "it"',
      ['A study released by the university last month looked at 400 domestic workers. It counted wages, hours and days off.', '“Two in three had their documents taken on arrival,” it found.'],
      [['Two in three had their documents taken on arrival,', 'study']]],
    ['"the official said" points back at the unnamed official',
      ['A senior immigration official, who was not authorised to speak publicly, said the passports were forged.', '“They were good forgeries, made by professionals,” the official said.'],
      [['They were good forgeries, made by professionals,', 'senior immigration official']]],
    ['"the agency said" points back at the agency named by its apposition',
      ['The UN refugee agency UNHCR warned about the route last year. The agency said smugglers had raised their prices.', '“Desperate people pay whatever is asked,” it said.'],
      [['Desperate people pay whatever is asked,', 'UNHCR']]],
    ['"the department" resolves to the department named in full',
      ['The Department of Labor and Employment opened 40 cases. Later the department said the numbers were incomplete.', '“More complaints are arriving every day,” it said.'],
      [['More complaints are arriving every day,', 'Department of Labor and Employment']]],
    ['a surname alone resolves to the full name',
      ['Defence lawyer Kwame Boateng asked for a delay.', '“My client was himself a victim of this network,” Boateng said.'],
      [['My client was himself a victim of this network,', 'Kwame Boateng']]],
    ['a title and a surname resolve to the full name',
      ['Greens senator Ingrid Holm led the questioning.', '“Where did the money go?” Senator Holm asked.'],
      [['Where did the money go?', 'Ingrid Holm']]],
    ['an honorific and a surname resolve to the full name',
      ['Detective Inspector Sarah Whitfield gave evidence first.', '“We traced the payments to four bank accounts,” Ms Whitfield said.'],
      [['We traced the payments to four bank accounts,', 'Sarah Whitfield']]],
    ['the last part of a Khmer name resolves to the full name',
      ['Labour rights activist Sok Chanthy Vann visited the factory.', '“The workers sleep under the machines,” Chanthy Vann said.'],
      [['The workers sleep under the machines,', 'Sok Chanthy Vann']]],
    ['a full name introduced in a photo caption',
      ['Lawyer Tomasz Wisniewski speaks to reporters outside the district court in Gdansk. Photo: Jan Kowal', 'Wisniewski said the trial would take months. “The evidence fills forty boxes,” he said.'],
      [['The evidence fills forty boxes,', 'Tomasz Wisniewski']]],
    ['a lone name with an age is a person',
      ['Amara, 19, said she had been promised a job in a bakery.', '“I cleaned four houses a day and was never paid,” she said.'],
      [['I cleaned four houses a day and was never paid,', 'Amara']]],
    ['"One of the rescued girls" speaks as "rescued girl"',
      ['One of the rescued girls, a 15-year-old who asked not to be named, said she had worked in the bar for a year.', '“They said my mother owed them money,” she said.'],
      [['They said my mother owed them money,', 'rescued girl']]],
    ['an unnamed recruiter with a place and a relative clause',
      ['A recruiter in Sylhet who declined to give his name said the fees had doubled.', '“The families borrow from the same men who send the boys,” he said.'],
      [['The families borrow from the same men who send the boys,', 'recruiter']]],
    ['an unnamed caregiver identified by initials',
      ['One farm worker, identified in the indictment only by his initials, R.T., testified on Tuesday: “I worked sixteen hours a day for a bed and rice.”'],
      [['I worked sixteen hours a day for a bed and rice.', 'farm worker R.T.']]],
    ['a lone name in apposition to a role: "Her husband, Jorge,"',
      ['Lucia Mendez, 34, said she had been promised work in a hotel.', 'Her husband, Jorge, said he had searched for her for a year.', '“I went to every police station in the state,” he said.'],
      [['I went to every police station in the state,', 'Jorge']]],
    ['"identified only as NAME" names the unnamed speaker',
      ['One Bangladeshi welder, who asked to be identified only as Rafiq, said he had borrowed from three lenders.', '“I will be paying for this job until I am old,” he said.'],
      [['I will be paying for this job until I am old,', 'Rafiq']]],
    ['"In a statement it said" takes the body named in the sentence before, not the statement',
      ['The charity that runs the hotline, Harbour Watch, said calls had doubled. In a statement it said: “Most callers are afraid of losing their visas.”'],
      [['Most callers are afraid of losing their visas.', 'Harbour Watch']]],
    ['"he said" after a name in apposition to a role',
      ['The alliance’s director, Tom Adeyemi, said the group needed more beds. Asked why, he said: “We turn people away every week.”'],
      [['We turn people away every week.', 'Tom Adeyemi']]],
    ['a role word in a caption is not part of the full name',
      ['Counselor Maya Lindahl talks with a resident in the kitchen. (Photo by Ken Oda/Valley Times)', 'Lindahl said new arrivals rarely leave their rooms. “They expect to be deported,” she said.'],
      [['They expect to be deported,', 'Maya Lindahl']]],
    ['"they said" takes plural officials',
      ['Officials in the province said the boats had been seized.', '“All the crew were foreign and none had contracts,” they said.'],
      [['All the crew were foreign and none had contracts,', 'Officials']]],
  ])('%s', (_label, paragraphs, expected) => check(paragraphs, expected))
})

describe('quotes that continue a speaker', () => {
  it.each<Row>([
    ['a second quote in the same paragraph after an attributed one',
      ['“The boats leave at night,” said fisherman Arif Rahman. “Nobody checks who is on board.”'],
      [['The boats leave at night,', 'Arif Rahman'], ['Nobody checks who is on board.', 'Arif Rahman']]],
    ['a paragraph that is only a quote continues the last speaker',
      ['“The recruiters came to our school,” said teacher Miriam Tesfaye.', '“They promised the girls work in hotels in Beirut.”'],
      [['The recruiters came to our school,', 'Miriam Tesfaye'], ['They promised the girls work in hotels in Beirut.', 'Miriam Tesfaye']]],
    ['a quote before its attributed sentence-mate takes the same speaker',
      ['“The ledger showed every debt.” “We seized it on the first day,” said investigator Lars Eriksen.'],
      [['The ledger showed every debt.', 'Lars Eriksen'], ['We seized it on the first day,', 'Lars Eriksen']]],
    ['a long quote over two paragraphs is one quote',
      ['Father Miguel Alvarez said: “We opened the doors of the church because the state would not.', '“Some nights there are sixty people sleeping on the floor.”'],
      [['We opened the doors of the church because the state would not. Some nights there are sixty people sleeping on the floor.', 'Miguel Alvarez']]],
    ['a long quote over three paragraphs is one quote, attributed at its end',
      ['“The men were kept on the boat for two years.', '“When one of them got sick, the captain refused to call a doctor.', '“Three of them died at sea,” said investigator Dewi Lestari.'],
      [['The men were kept on the boat for two years. When one of them got sick, the captain refused to call a doctor. Three of them died at sea,', 'Dewi Lestari']]],
    ['a narrative sentence about the speaker keeps the speaker for a later quote',
      ['“Prosecutions take too long,” said Ahmed Karimov, a lawyer for the victims.', 'Karimov has represented more than 200 workers since 2019.', '“Most give up before the trial starts.”'],
      [['Prosecutions take too long,', 'Ahmed Karimov'], ['Most give up before the trial starts.', 'Ahmed Karimov']]],
    ['a new subject between two quotes takes over',
      ['“The brokers charge a year’s wages,” said union leader Ravi Menon.', 'Labour minister Sunita Rao disagreed with him at the hearing.', '“The fees are capped by law and the cap is enforced.”'],
      [['The brokers charge a year’s wages,', 'Ravi Menon'], ['The fees are capped by law and the cap is enforced.', 'Sunita Rao']]],
  ])('%s', (_label, paragraphs, expected) => check(paragraphs, expected))
})

describe('what is not a quote of a person', () => {
  it.each<[string, string[]]>([
    ['scare quotes of one to three words', ['Many of the boys were drawn into so-called “lover boy” schemes run by older men.']],
    ['a three-word scare quote after a verb that is not speech', ['The gang ran a “travel advice office” from a garage near the station.']],
    ['the title of a report', ['The 40-page report, titled “Invisible Hands Behind the Seafood Counter”, was published on Monday.']],
    ['a report named with "Entitled"', ['Entitled “Chains of Debt in the Brick Kilns of the South,” the study looked at 60 kilns.']],
    ['the title of a film', ['The documentary “Sold Across the Border” was screened for the students.']],
    ['a mid-sentence quote with no one saying it', ['The shipments were labelled as “frozen seafood for export to regional markets” on every form.']],
    ['a quote inside a related-stories block', ['The trial continues next week.', 'RELATED', '• “We were treated like furniture”: aides describe life inside the homes', '• Court fines agency over unpaid wages']],
    ['a headline quote', []],
    ['an unbalanced opening mark', ['The so-called “recruitment office was closed by police after the raid.']],
    ['a single-quoted scare quote in an outlet that quotes with single marks', ['The ‘lover boy’ gangs recruit girls as young as 13, police said.']],
    ['a predicate of two words after a speech verb', ['The ministry said it had “taken note” of the ruling.']],
    ['a quoted name of an operation', ['The raids, codenamed “Operation Safe Harbour Tide”, began at dawn.']],
    ['a title in quotes at the start of a sentence', ['“The Hidden Workers Of The Gulf” was published in May by the union.']],
    ['the writer’s own question', ['“Are you still afraid of them?” I asked the two women in the shelter kitchen.']],
    ['a quote inside a photo caption', ['Officers searched the farm on Monday.', '“We found them in the barn,” an officer said on the radio. Photo: Jan Kowal']],
  ])('%s yields nothing', (_label, paragraphs) => {
    expect(run(paragraphs).quotes).toEqual([])
  })

  it('does not take a headline in quotes', () => {
    const text = '“We were sold twice”: survivors speak out\n\nBy Jane Roe\n\nSurvivors of a trafficking ring spoke to the press on Monday about their ordeal.'
    expect(extractArticle(text).quotes).toEqual([])
  })

  it('does not take a pull quote that repeats the body', () => {
    const text = [LEAD,
      '“Nobody ever asked to see our contracts at the border crossing,” said driver Mateo Ruiz.',
      '"Nobody ever asked to see our contracts at the border crossing"',
      'The ring has since been dismantled by police.'].join('\n\n')
    const qs = extractArticle(text).quotes
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['Nobody ever asked to see our contracts at the border crossing,', 'Mateo Ruiz']])
  })

  it('an unbalanced mark does not break the paragraphs after it', () => {
    check(['The so-called “recruitment office was closed by police after the raid.', '“We will reopen it under a new name,” said the owner, Daniel Osei.'],
      [['We will reopen it under a new name,', 'Daniel Osei']])
  })
})
