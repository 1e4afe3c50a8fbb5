"""Adversarial sentences: war-and-peace news in which refusal, demand and condition words occur but no side demands
or refuses a condition for talks, a ceasefire or peace -- accusations and denials, events, refusals of other things,
calls that are no conditions, history, analysts, hypotheticals, negated facts, headlines -- across conflicts none of
the tuned articles hold. Each group has true counterparts in similar words, so that a fix cannot silence a
construction. All sentences are our own."""
import pytest

NO_TERMS = {
    # accusations and denials: a side disputes a fact, it sets no term
    'denial': [
        'The RSF rejected accusations that it had violated the truce in El Fasher.',
        'Israel denied breaking the ceasefire, saying its troops had fired at militants approaching the line.',
        'Hezbollah dismissed reports of a withdrawal of its fighters from south Lebanon as Israeli propaganda.',
        'The Houthis denied that they had agreed to a truce with Riyadh.',
        'Kigali has repeatedly denied backing the M23 rebels and rejected a UN report saying its troops were in Congo.',
        "Ethiopia's government rejected allegations that federal troops had not withdrawn from Tigray.",
        'The junta dismissed claims that it had violated the ceasefire in Shan state.',
        "Baku rejected Yerevan's accusation that Azerbaijani troops had crossed the border in violation of the truce.",
        'Moscow denied that its forces had withdrawn from the village, calling the reports fake.',
        'Pakistan rejected Indian claims that its army had breached the ceasefire along the Line of Control.',
        'The ELN denied responsibility for the attack and rejected claims that it had broken the ceasefire.',
        'Hamas denied reports that it had rejected the ceasefire proposal.',
        'Serbia rejected accusations that it was massing troops on the border with Kosovo.',
        'The Libyan National Army denied that its units had pulled back from Sirte.',
        "Niger's junta dismissed as lies reports that French troops would stay.",
    ],
    # events: a truce that collapsed, held or was extended, troops that left, sanctions lifted years ago
    'event': [
        'The ceasefire collapsed within hours as shelling resumed in Khartoum.',
        'Despite the truce, Israeli strikes killed 12 people in southern Lebanon on Sunday.',
        'Violations of the ceasefire were reported in Nagorno-Karabakh overnight.',
        'Ugandan troops withdrew from the town last year after clashes with the ADF.',
        'The sanctions on Sudan were lifted in 2017 and reimposed after the coup.',
        'The truce between the army and the RSF broke down on Tuesday.',
        'Eritrean troops pulled out of parts of Tigray in January, witnesses said.',
        'The ceasefire in Gaza has largely held since January.',
        'Both sides accused each other of breaching the ceasefire in Kashmir.',
        'The UN said the withdrawal of peacekeepers from Mali was completed in December.',
        'A week-long humanitarian truce expired on Friday and fighting resumed.',
        'Fighting continued in the Donbas despite the ceasefire agreed in Minsk.',
        'The M23 withdrew from Kibumba in a handover to regional forces last December.',
        'Troops of the Myanmar army retreated from the town after a three-day battle.',
        'The ceasefire was extended by another 60 days, the mediators announced.',
        'The lifting of US sanctions on Syria in 2025 opened the way for investment.',
        'Turkish Cypriot police arrested two men near the buffer zone.',
        'Russian forces withdrew from Kherson city in November 2022.',
        "The elections in Kosovo's north were boycotted by Serbs in April.",
        "Colombia's government and the ELN agreed a ceasefire in 2023 that lapsed in August 2024.",
    ],
    # refusals of other things: comments, results, visas, budgets, entry
    'other_refusal': [
        'The army spokesman refused to comment on the casualty figures.',
        'The opposition rejected the election results and called supporters onto the streets.',
        'Israeli authorities refused entry to the journalists at the Erez crossing.',
        'Parliament opposed the budget, which would have raised military spending.',
        'The court rejected the appeal of the former rebel commander.',
        'The Kosovo government refused to register the Serbian-run schools.',
        'The ministry declined to say how many troops had been deployed to the border.',
        'Azerbaijan refused visas to the French delegation.',
        'The Ethiopian parliament rejected the bill on the status of the federal police.',
        'Residents of Goma refused to leave their homes despite the shelling.',
        'The Cypriot president turned down an invitation to the dinner in New York.',
        "Sudan's army chief refused to meet the envoy in Port Sudan last month.",
        "Myanmar's junta rejected the UN human rights report as biased.",
        'The Libyan parliament refused to approve the new cabinet.',
        'Hospitals in Gaza are refusing new patients because they have no fuel.',
        'The Pakistani cricket board refused to send its team to India.',
    ],
    # calls that are no conditions: calm, restraint, inquiries, releases, resignations
    'call': [
        'The UN secretary-general called for calm after clashes in Tripoli.',
        'The EU urged restraint on both sides of the Line of Control.',
        'Human rights groups demanded an investigation into the killings in Darfur.',
        'The union demanded the release of the journalist detained in Baku.',
        'Amnesty International called for an independent inquiry into the strike on the school.',
        'The pope urged the faithful to pray for the victims in Sudan.',
        'Protesters in Belgrade demanded the resignation of the prime minister.',
        'Doctors called for more fuel to be delivered to hospitals in Gaza.',
        'Aid agencies urged donors to fund the appeal for Ethiopia.',
        'The opposition called on voters to boycott the referendum.',
        'Relatives of the missing demanded answers from the army.',
        'The council urged all parties to respect international humanitarian law.',
        'The African Union called for dialogue between the parties in Sudan.',
        'Farmers in Punjab demanded compensation for crops destroyed by floods.',
        'Families of the soldiers demanded that the bodies be returned.',
    ],
    # history told as background
    'history': [
        "Kyiv rejected the Minsk deal's sequencing in 2015, a dispute that doomed the accord.",
        'In 2004, Greek Cypriots rejected the Annan plan in a referendum.',
        'The FARC laid down its weapons in 2017 under the peace accord signed a year earlier.',
        'Eritrea and Ethiopia ended their border war in 2000 with the Algiers agreement.',
        'Serbia lost control of Kosovo in 1999 after NATO bombing forced the withdrawal of its troops.',
        'In 1994 Armenia and Azerbaijan signed a ceasefire that froze the conflict for decades.',
        'Under the 2020 Juba agreement, armed groups were to be integrated into the army.',
        'Sanctions imposed on Libya in 1992 were eased after Tripoli handed over two suspects.',
    ],
    # third parties, analysts and reports weighing terms
    'analyst': [
        'Analysts say a ceasefire is unlikely before the rainy season.',
        'Experts believe the withdrawal of Rwandan troops would weaken the M23.',
        'A think tank report argued that sanctions relief could strengthen the junta.',
        'Diplomats said the talks could collapse over the question of security guarantees.',
        'Critics say the deal rewards the annexation of territory by force.',
        'According to the study, elections in Libya have been postponed four times.',
        'Observers noted that neither side has shown willingness to withdraw.',
        'Some historians argue that the 1974 invasion could have been prevented.',
    ],
    # hypotheticals and consequences
    'hypo': [
        'If the ceasefire holds, aid convoys could reach El Fasher next week.',
        'Should the truce collapse, thousands more could flee into Chad.',
        'A withdrawal of troops would leave the region exposed to jihadist attacks, officials warned.',
        'If sanctions are lifted, oil exports could double within a year.',
        'Were elections held today, the ruling party would lose its majority.',
        'Any ceasefire would need to be monitored, the report said.',
    ],
    # negated facts: nothing agreed, nothing withdrawn, nothing lifted
    'negated': [
        'No ceasefire has been agreed so far in Sudan.',
        'The army has not withdrawn from the town, residents said.',
        'There is no sign of a withdrawal of Israeli troops from the five hilltops.',
        'Sanctions have not been lifted despite the pledge.',
        'No elections have been held in Libya since 2014.',
        'Rwanda has never recognised that its troops are in Congo.',
        'The ceasefire has not stopped the drone strikes on Port Sudan.',
        'There has been no withdrawal of foreign fighters from Libya.',
        'The government did not compensate the families of the victims.',
        'Neither side has disarmed since the peace deal.',
        'Kosovo police have not pulled out of the northern municipalities.',
        'No security guarantees have been given to the monitors.',
    ],
    # headlines and captions
    'headline': [
        'Ceasefire collapses in Sudan as fighting resumes',
        'PHOTO: Displaced families return after troops withdraw from Bunia',
        'Gaza truce: what we know so far',
        'Explainer: Why the sanctions on Myanmar have not worked',
        'Armenia, Azerbaijan accuse each other of ceasefire violations',
        'Live: Israel strikes Lebanon despite truce',
    ],
    # refusals of claims, rulings and reports in a war's news
    'mixed': [
        'Ukraine rejected the Russian claim that the attack on the market was staged.',
        'Israel rejected the UN report on the killing of aid workers.',
        'The RSF refused to allow aid trucks into the city, the UN said.',
        'The Houthis rejected the accusation that they had targeted civilian ships.',
        "Sudan's army rejected the RSF's announcement of a parallel government.",
        "Colombia's president rejected criticism of the peace talks.",
        "Pakistan's foreign office rejected India's statement as baseless.",
        'The Kosovo prime minister dismissed the criticism from Brussels.',
        "Addis Ababa rejected the TPLF's claim to have won the regional election.",
        "Myanmar's military government refused to let the envoy meet Aung San Suu Kyi.",
        'The Tripoli government rejected the central bank appointment made by the eastern parliament.',
        "Mali's junta denied that Wagner fighters had withdrawn from Kidal.",
        'Burkina Faso rejected the ECOWAS sanctions as illegal.',
        'Israel rejected the ICJ ruling on the occupation.',
    ],
    # past acts of third parties
    'past_other': [
        "Lebanon's army deployed south of the Litani after Israeli troops withdrew, as the ceasefire required.",
        'The Security Council extended the arms embargo on Libya for another year.',
        'Washington imposed sanctions on two RSF commanders on Monday.',
    ],
    # a condition word in another sense (ambassadors withdrawn, a race left, funding withdrawn)
    'other_sense': [
        'Several European countries withdrew their ambassadors from Kigali in protest.',
        'Mali, Burkina Faso and Niger withdrew from ECOWAS in January.',
        'Pakistan refused to withdraw its complaint to the UN Security Council.',
        'The Colombian senator withdrew from the presidential race on Friday.',
        'The US withdrew its funding for UNRWA after the allegations.',
        "Niger's junta demanded that France withdraw its ambassador within 48 hours.",
        'The RSF refused to guarantee safe passage for the aid convoy, the UN said.',
        'The government refused to compensate the farmers whose land was flooded.',
        'The ruling party rejected opposition demands to postpone the local elections.',
        'The junta postponed the elections it had promised for 2024.',
    ],
    # sanctions imposed or refused outside any talks
    'sanctions_event': [
        'The EU extended its sanctions against Russia for another six months on Monday.',
        'The Treasury rejected a licence request from the Venezuelan oil company.',
    ],
    # recognition of results, governments and states that are no annexation
    'recognition': [
        'The EU refused to recognise the results of the Belarusian election.',
        "Sudan's army does not recognise the parallel government announced by the RSF in Nyala.",
        'Turkey remains the only country to recognise the breakaway state in northern Cyprus.',
    ],
    # refusals told as past events
    'reported_event': [
        "Zelensky said Russian troops had refused to withdraw from the nuclear plant's grounds in 2022, leaving mines behind.",
        'Residents said the militia refused to leave the school until the army arrived.',
        'Officials said Hamas fighters rejected the surrender call and fought on in the tunnels.',
        'Witnesses said the convoy refused to stop at the checkpoint.',
    ],
    # refusals with reasons that name a truce
    'reason_other': [
        'Azerbaijan rejected the French statement, saying Paris had armed Armenia during the ceasefire.',
        'Israel rejected the UN report, saying Hamas had used the truce to regroup.',
        "Kinshasa rejected the report because it ignored Rwanda's role in the fighting.",
    ],
    # questions and uncertainty
    'question': [
        'It is unclear whether the ceasefire will hold through the weekend.',
        'Will the withdrawal of US troops from Syria embolden the Islamic State?',
        'Nobody knows whether the sanctions on Iran will be lifted.',
        'Asked whether Russia would withdraw from Zaporizhzhia, the spokesman declined to comment.',
    ],
    # chronicle: conditions of life, talks that ended, drafts shelved
    'chronicle': [
        'The talks in Jeddah ended without agreement on Saturday.',
        'The mediators presented a draft that has since been shelved.',
        'The conditions in the displacement camps have worsened since the truce collapsed.',
        'Humanitarian conditions in Gaza remain dire despite the ceasefire.',
        'The demand for fuel has soared in Khartoum since the truce.',
        'Security conditions in the Sahel have deteriorated since the French withdrawal.',
    ],
    # a negated verb of carrying out a term in a past or perfect tense: a fact (negation.denies_event, done_verbs.txt)
    'negated_fact': [
        'Russia has not withdrawn its troops from Kherson.',
        'Israel did not withdraw from the five hilltops.',
        'Israel has not pulled its troops out of southern Lebanon.',
        'The RSF never withdrew from the homes it occupied in Omdurman.',
        'The EU has not lifted its sanctions on Belarus.',
        'Kosovo police have not pulled out of the northern municipalities.',
    ],
    # a deal broken or kept (facts.broken_deal, breaking_verbs.txt)
    'broken_deal': [
        '"We have not violated the ceasefire," the army said.',
        'Hezbollah said it had never breached the truce.',
        'The militia said it would not violate the truce.',
        'The junta dismissed claims that it had violated the ceasefire in Shan state.',
        'Pakistan rejected Indian claims that its army had breached the ceasefire along the Line of Control.',
        'The ELN denied responsibility for the attack and rejected claims that it had broken the ceasefire.',
    ],
    # a stance in a past clause a denying verb takes (facts.denied_clause)
    'denied_clause': [
        'The army denied that it had agreed to a ceasefire with the RSF.',
        'Hamas denied that it had accepted the disarmament of its fighters.',
        'The Houthis denied that they had agreed to a truce with Riyadh.',
    ],
    # a deal's terms read through a relative clause (holders.relative_pact)
    'pact_terms': [
        'In 2015, Kyiv and Moscow signed the Minsk agreements, which required the withdrawal of heavy weapons.',
        'The 2022 Pretoria agreement, which called for the disarmament of TPLF fighters, ended the war.',
    ],
    # the terms of a plan a side refuses, through a relative clause (facts.rejected_text)
    'rejected_plan': [
        "Kyiv dismissed the plan, which calls for a ceasefire, security guarantees and a cap on Ukraine's army.",
        'Hamas rejected the proposal, which would require it to disarm and release all hostages.',
        'The RSF rejected the Quad roadmap, which calls for a three-month humanitarian truce followed by a permanent ceasefire.',
    ],
    # a negated verb of commenting: silence, no refusal (comment_verbs.txt)
    'silence': [
        'The Kremlin has not commented on the proposal for a ceasefire.',
    ],
    # an 'if' clause a verb of asking takes (facts.asked_if, question_verbs.txt)
    # a plan not received, a refusal only forecast, a statement refused for what it says happened
    'received_forecast_statement': [
        'The plan calls for Ukraine to cap its army. The Kremlin said it had not received the plan officially.',
        'Hamas said it had not seen the proposal, which calls for its disarmament.',
        'Analysts said Moscow was likely to reject any deployment of European troops in Ukraine.',
        'Diplomats said Baku was expected to refuse any withdrawal from the border heights.',
    ],
    # war news headlines and narration of what was or was not done
    'headline_narration': [
        'Ukraine rejects Russian claim of capturing Pokrovsk',
        'Kremlin denies Putin agreed to European peacekeepers',
        'Israel denies blocking aid as truce talks stall',
        'The Houthis said they had not targeted any ships since the ceasefire took effect.',
        'Serbia denied it had withdrawn its ambassador from Pristina.',
        'The RSF has not disarmed and has not left the capital, residents say.',
        'The UN said neither side had withdrawn its forces from the disputed Abyei area.',
    ],
    'indirect_question': [
        'Asked if Israel would withdraw from the buffer zone, Netanyahu declined to answer.',
    ],
}

# (text, type, stance, party): the same words where a side does demand or refuse
# a text refused for what it says happened: the demand before it stands, and nobody refuses it
NO_REJECTION = [
    'The ELN demanded a bilateral ceasefire. Petro rejected the group\'s statement that it had freed all hostages.',
    'Sudan\'s army called for an RSF withdrawal. The RSF dismissed the army\'s statement that its fighters had fled.',
]

# (text, refuser): who refuses a plan the story names with no owner does not own it, nor demand its terms
REFUSED_PLANS = [
    ('The plan calls for Ukraine to cap its army. The Kremlin rejected the plan.', 'RUS'),
    ('The draft calls for the RSF to withdraw from El Fasher. The RSF dismissed the draft on Sunday.', 'RSF'),
    ('The plan calls for Hamas to disarm. Hamas rejected the plan.', 'HAMAS'),
]

TERMS = [
    # a deal a side is asked to keep, or to stop breaking, is asked for
    ("Angola's president asked the M23 to observe a ceasefire before the meeting.", 'ceasefire', 'demand', 'AGO'),
    ('Lebanon demanded that Israel stop violating the truce.', 'ceasefire', 'demand', 'LBN'),
    ('Egypt urged Israel to respect the ceasefire in Gaza.', 'ceasefire', 'demand', 'EGY'),
    ('Trump\'s plan calls for Ukraine to cap its army. Kyiv rejected the plan.', 'demilitarization', 'reject', 'UKR'),
    ('Egypt presented a proposal, which calls for an end to the war in Gaza.', 'ceasefire', 'demand', 'EGY'),
    ('Moscow will reject any deployment of European troops in Ukraine, Lavrov said.', 'security_guarantees', 'reject',
     'RUS'),
    ('The ELN demanded a bilateral ceasefire. Petro rejected the group\'s demands.', 'ceasefire', 'reject', 'COL'),
    ("The RSF rejected the army's demand that its fighters withdraw from El Fasher.", 'withdrawal', 'reject', 'RSF'),
    ('Hezbollah refused to withdraw its fighters from south Lebanon.', 'withdrawal', 'reject', 'HEZBOLLAH'),  # denial
    ('Kigali rejected demands that it withdraw its troops from eastern Congo.', 'withdrawal', 'reject', 'RWA'),
    ('Moscow ruled out withdrawing its forces from the occupied regions.', 'withdrawal', 'reject', 'RUS'),  # denial
    ("Sudan's army said there would be no talks until the RSF withdrew from Khartoum.", 'withdrawal', 'demand', 'SDN'),
    ('Lebanon demanded that Israeli troops withdraw from the five hilltops.', 'withdrawal', 'demand', 'LBN'),  # event
    ('Damascus demanded the lifting of US sanctions as a condition for talks.', 'sanctions_relief', 'demand', 'SYR'),
    ('The M23 said it would withdraw from Goma only if Kinshasa agreed to direct talks.', 'negotiation_format', 'demand', 'M23'),
    # (no side named: "the opposition" is a side of its own, coded by the guide's rule; collectives.py)
    ('The opposition rejected the ceasefire proposal, saying it froze the front line.', 'ceasefire', 'reject',
     'OPPOSITION'),
    ('The army refused to agree to a ceasefire with the RSF.', 'ceasefire', 'reject', None),  # other_refusal
    ('Kosovo refused to recognise the annexation of the northern municipalities by Serbia.', 'territorial_recognition', 'reject', 'XKX'),
    ('The African Union called for an immediate ceasefire in Sudan.', 'ceasefire', 'demand', 'AU'),  # call
    ('Egypt urged Israel to withdraw its troops from the Philadelphi corridor.', 'withdrawal', 'demand', 'EGY'),  # call
    ('Iran demanded the lifting of all sanctions before any talks.', 'sanctions_relief', 'demand', 'IRN'),  # call
    ('Armenia demanded security guarantees for the Lachin corridor.', 'security_guarantees', 'demand', 'ARM'),  # call
    ('Kyiv rejects any deal that would recognise the annexation of Crimea, Zelensky said on Monday.', 'territorial_recognition', 'reject', 'UKR'),
    ("Sudan's army said it would accept a ceasefire if the RSF withdrew from civilian areas.", 'withdrawal', 'demand', 'SDN'),
    ('Hamas said no ceasefire could be agreed unless Israeli troops withdrew from Gaza.', 'withdrawal', 'demand', 'HAMAS'),
    ('Ukraine will not give up Donbas, Zelensky said.', 'territorial_recognition', 'reject', 'UKR'),  # negated
    ('Burkina Faso rejected the ECOWAS demand that it hold elections within a year.', 'elections', 'reject', 'BFA'),
    ('Israel rejected the UN call for a ceasefire in Gaza.', 'ceasefire', 'reject', 'ISR'),  # mixed
    ('Israel insisted that Hezbollah disarm before it withdraws from Lebanon.', 'demilitarization', 'demand', 'ISR'),
    ("Mali's junta demanded the withdrawal of French troops from its territory.", 'withdrawal', 'demand', 'MLI'),
    ('Russia demanded the lifting of EU sanctions before any agreement on grain.', 'sanctions_relief', 'demand', 'RUS'),
    ('Washington refused to ease the sanctions until Caracas holds free elections.', 'elections', 'demand', 'USA'),
    ("Serbia will never recognise Kosovo's independence, Vucic said.", 'territorial_recognition', 'reject', 'SRB'),
    ('Ukraine demanded that Russia compensate it for the damage done by the war.', 'reparations', 'demand', 'UKR'),
    ('Zelensky said Russian troops must withdraw from the nuclear plant before any talks.', 'withdrawal', 'demand', 'UKR'),
    ('Moscow said it would not withdraw from the occupied regions.', 'withdrawal', 'reject', 'RUS'),  # negated_fact
    ('Israel will not pull its troops out of southern Lebanon, Netanyahu said.', 'withdrawal', 'reject', 'ISR'),
    ("Serbia has never recognised Kosovo's independence and never will, Vucic said.", 'territorial_recognition', 'reject', 'SRB'),
    ('Israel rejected the ceasefire, saying Hamas had violated the previous truce.', 'ceasefire', 'reject', 'ISR'),
    ('Trump unveiled a plan, which calls for Hamas to disarm.', 'demilitarization', 'demand', 'USA'),  # rejected_plan
    ("The junta rejected ASEAN's five-point consensus, which calls for an end to violence.", 'ceasefire', 'demand', 'ASEAN'),
    ('The Kremlin rejected the proposal for a ceasefire.', 'ceasefire', 'reject', 'RUS'),  # silence
    ('Netanyahu said Israel would withdraw from the buffer zone only if Syria disarmed the south.', 'demilitarization', 'demand', 'ISR'),
]


@pytest.fixture(scope="module")
def records(extractor):
    """Every sentence through the pipeline at once: one batch is far quicker than one run a sentence."""
    from peacecond import Article

    texts = [t for ts in NO_TERMS.values() for t in ts] + NO_REJECTION + [t for t, _ in REFUSED_PLANS] + \
        [t for t, *_ in TERMS]
    recs = extractor.records([Article(text=t, path=f"adv{i}.txt") for i, t in enumerate(texts)])
    return {t: r for t, r in zip(texts, recs)}


@pytest.mark.parametrize("group", sorted(NO_TERMS))
def test_no_side_sets_or_refuses_a_term(records, group):
    fired = {t: [(c["type"], c["stance"]) for c in records[t]["conditions"]] for t in NO_TERMS[group]}
    assert {t: cs for t, cs in fired.items() if cs} == {}


@pytest.mark.parametrize("text", NO_REJECTION)
def test_a_fact_disputed_is_no_refusal(records, text):
    cs = [(c["type"], c["stance"]) for c in records[text]["conditions"]]
    assert cs and all(stance == "demand" for _, stance in cs), cs


@pytest.mark.parametrize("text, refuser", REFUSED_PLANS)
def test_a_refuser_owns_no_plan(records, text, refuser):
    cs = [(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in records[text]["conditions"]]
    assert not [c for c in cs if c[1] == "demand" and c[2] == refuser], cs


@pytest.mark.parametrize("text, type_, stance, party", TERMS)
def test_the_true_counterpart_stays(records, text, type_, stance, party):
    cs = [(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in records[text]["conditions"]]
    assert (type_, stance, party) in cs, cs


def test_a_record_per_sentence(records):
    # the batch kept its order: each record is its own sentence's
    assert all(r["text"] == t for t, r in records.items())
