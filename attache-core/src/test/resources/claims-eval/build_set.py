# Writes articles.jsonl and gold.json of the claims evaluation set from the entries below.
# Every article was written for this project in our own words; the gold was written with them,
# before the claim reader was run on any of them. See README.md for the annotation rules.
import json

A = []

def art(id, published, text, claims=(), positions=(), relations=()):
    for c in claims:
        assert c[1] in text, (id, c[1])
    A.append(dict(id=id, published=published, text=text,
                  claims=[dict(side=c[0], content=c[1], assessment=c[2]) for c in claims],
                  positions=[dict(side=p[0], stance=p[1], issues=list(p[2])) for p in positions],
                  relations=[dict(relation=r[0], sides=sorted(r[1])) for r in relations]))

art("vienna-nuclear", "2021-12-18",
    "VIENNA, Dec 17 - Iran and the United States ended a week of indirect talks in Vienna on Friday with sharply different verdicts. "
    "Iran's chief negotiator Ali Bagheri Kani said the talks had been constructive and that a common text was within reach. "
    "A senior U.S. official told reporters that the round had produced no progress and that time was running out. "
    "Washington has demanded that Tehran return to full compliance with the nuclear limits of the 2015 accord.",
    claims=[("IRN", "the talks had been constructive", "positive"),
            ("USA", "the round had produced no progress", "negative")],
    positions=[("USA", "demand", ["nuclear-programme"])],
    relations=[("conflict", ["IRN", "USA"])])

art("belgrade-pristina", "2023-03-19",
    "BRUSSELS, March 18 - Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Ohrid on Saturday for talks hosted by the European Union. "
    "EU foreign policy chief Josep Borrell said the meeting was productive and called the outcome a step forward. "
    "Kurti described the talks as a failure, saying Belgrade had refused to sign the plan.",
    claims=[("EEC", "the meeting was productive", "positive"),
            ("XKX", "the talks as a failure", "negative")],
    relations=[("conflict", ["EEC", "XKX"])])

art("nile-dam", "2023-12-20",
    "CAIRO, Dec 19 - Egypt said on Tuesday that the latest round of negotiations with Ethiopia over the giant dam on the Blue Nile had failed. "
    "The Egyptian foreign ministry said in a statement that Addis Ababa had rejected every compromise offered. "
    "Sudan's water minister said the talks had collapsed and that Khartoum shared Cairo's concerns. "
    "Ethiopia has insisted that the dam is vital for its development and rejects any binding deal on water sharing.",
    claims=[("EGY", "the latest round of negotiations with Ethiopia", "negative"),
            ("EGY", "Addis Ababa had rejected every compromise offered", "negative"),
            ("SDN", "the talks had collapsed", "negative")],
    positions=[("ETH", "insist", ["energy"])],
    relations=[("agreement", ["EGY", "SDN"])])

art("istanbul-grain", "2022-07-23",
    "ISTANBUL, July 22 - Russia and Ukraine signed separate agreements with Turkey and the United Nations on Friday to reopen Black Sea ports for grain exports. "
    "U.N. Secretary-General Antonio Guterres hailed the deal as a beacon of hope for a hungry world. "
    "Turkish President Tayyip Erdogan said the agreement was historic and would help millions.",
    claims=[("UNO", "the deal as a beacon of hope", "positive"),
            ("TUR", "the agreement was historic", "positive")],
    relations=[("agreement", ["TUR", "UNO"])])

art("shoal-cannon", "2023-08-07",
    "MANILA, Aug 6 - A Chinese coast guard ship fired a water cannon at a Philippine supply boat near the Second Thomas Shoal on Saturday. "
    "The Philippine coast guard said the action was dangerous and illegal. "
    "China's coast guard said its ships had acted in a professional and legitimate way to stop an illegal intrusion. "
    "Beijing claims almost all of the South China Sea, and Manila rejects that claim.",
    claims=[("PHL", "the action was dangerous and illegal", "negative"),
            ("CHN", "its ships had acted in a professional and legitimate way", "positive")],
    relations=[("conflict", ["CHN", "PHL"])])

art("kashmir-ceasefire", "2021-02-26",
    "NEW DELHI, Feb 25 - India and Pakistan agreed on Thursday to strictly observe the ceasefire along the Line of Control in Kashmir. "
    "India's foreign ministry said the understanding was a welcome step. "
    "Pakistan's foreign minister said the agreement was a positive development and hoped it would hold.",
    claims=[("IND", "the understanding was a welcome step", "positive"),
            ("PAK", "the agreement was a positive development", "positive")],
    relations=[("agreement", ["IND", "PAK"])])

art("caucasus-washington", "2023-05-05",
    "WASHINGTON, May 4 - The foreign ministers of Armenia and Azerbaijan held four days of talks near Washington that ended on Thursday. "
    "U.S. Secretary of State Antony Blinken said the two sides had made tangible progress. "
    "Azerbaijan's foreign ministry described the talks as constructive. "
    "Armenia has long demanded security guarantees for the ethnic Armenians of the region.",
    claims=[("USA", "the two sides had made tangible progress", "positive"),
            ("AZE", "the talks as constructive", "positive")],
    positions=[("ARM", "demand", ["security-guarantees"])],
    relations=[("agreement", ["AZE", "USA"])])

art("aegean-waters", "2020-08-12",
    "ATHENS, Aug 11 - Greece said on Tuesday that a Turkish survey ship operating south of the island of Kastellorizo was a threat to peace in the region. "
    "Turkey's foreign ministry said the ship was working in waters that belong to Turkey's continental shelf. "
    "Athens insists that its islands have their own maritime zones, a view Ankara rejects.",
    claims=[("GRC", "a Turkish survey ship operating south of the island of Kastellorizo was a threat", "negative"),
            ("TUR", "the ship was working in waters", "neutral")],
    positions=[("GRC", "insist", ["territory"])])

art("caracas-vote", "2024-07-30",
    "CARACAS, July 29 - Venezuela's electoral council declared President Nicolas Maduro the winner of Sunday's presidential election. "
    "Opposition leader Maria Corina Machado said the result was a fraud. "
    "Maduro said the vote had been free and fair and accused his rivals of trying to stage a coup.",
    claims=[("VEN", "the result was a fraud", "negative"),
            ("VEN", "the vote had been free and fair", "positive")],
    relations=[("conflict", ["VEN", "VEN"])])

art("cairo-truce", "2024-05-09",
    "CAIRO, May 8 - Negotiators from Israel and Hamas ended two days of indirect talks in Cairo on Wednesday without a truce. "
    "Qatar's foreign ministry said the talks had been positive and that mediators would keep working. "
    "An Israeli official said Hamas had rejected the proposal and that the talks had broken down.",
    claims=[("QAT", "the talks had been positive", "positive"),
            ("ISR", "Hamas had rejected the proposal", "negative")],
    relations=[("conflict", ["ISR", "QAT"])])

art("missile-launch", "2023-04-14",
    "TOKYO, April 13 - North Korea fired a ballistic missile into the sea off its east coast on Thursday. "
    "Japan's Prime Minister Fumio Kishida condemned the launch as an outrageous provocation. "
    "South Korea's military said the launch was a grave provocation that threatened peace on the peninsula.",
    claims=[("JPN", "the launch as an outrageous provocation", "negative"),
            ("KOR", "the launch was a grave provocation", "negative")],
    relations=[("agreement", ["JPN", "KOR"])])

art("algiers-rabat", "2021-08-25",
    "ALGIERS, Aug 24 - Algeria cut diplomatic ties with Morocco on Tuesday, accusing its neighbour of hostile actions. "
    "Foreign Minister Ramtane Lamamra said Rabat had never stopped its hostile acts against Algeria. "
    "Morocco's foreign ministry said it regretted the decision and rejected the false pretexts behind it.",
    claims=[("DZA", "Rabat had never stopped its hostile acts against Algeria", "negative"),
            ("MAR", "it regretted the decision", "negative")])

art("darfur-access", "2024-03-09",
    "GENEVA, March 8 - The United Nations said on Friday that aid convoys had been blocked from entering Darfur for weeks. "
    "The U.N. Security Council has called for a ceasefire in Sudan during the month of Ramadan. "
    "The World Food Programme has urged both warring parties to allow humanitarian access across front lines.",
    claims=[("UNO", "aid convoys had been blocked from entering Darfur", "negative")],
    positions=[("UNO", "demand", ["ceasefire"]), ("WFP", "demand", ["humanitarian-access"])])

art("havana-eln", "2023-06-10",
    "HAVANA, June 9 - Colombia's government and the ELN rebel group agreed in Havana on Friday to a six-month ceasefire. "
    "Colombia's chief negotiator Otty Patino said the talks had been fruitful. "
    "ELN commander Antonio Garcia said the agreement was historic.",
    claims=[("COL", "the talks had been fruitful", "positive"),
            ("COL", "the agreement was historic", "positive")],
    relations=[("agreement", ["COL", "COL"])])

art("beijing-trade", "2023-08-30",
    "BEIJING, Aug 29 - U.S. Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday. "
    "China's commerce ministry said the talks were candid and constructive. "
    "Raimondo told reporters the meeting had been useful and productive. "
    "China opposes the U.S. export controls on advanced chips.",
    claims=[("CHN", "the talks were candid and constructive", "positive"),
            ("USA", "the meeting had been useful and productive", "positive")],
    positions=[("CHN", "oppose", ["trade"])],
    relations=[("agreement", ["CHN", "USA"])])

art("essequibo-vote", "2023-12-05",
    "GEORGETOWN, Dec 4 - Venezuela held a referendum on Sunday on its claim to the oil-rich Essequibo region administered by Guyana. "
    "Guyana's President Irfaan Ali said the vote was illegal and an existential threat. "
    "Venezuela's President Nicolas Maduro said the result was a historic victory. "
    "Caracas has long claimed the territory.",
    claims=[("GUY", "the vote was illegal", "negative"),
            ("VEN", "the result was a historic victory", "positive")],
    relations=[("conflict", ["GUY", "VEN"])])

art("iaea-cameras", "2022-06-10",
    "VIENNA, June 9 - Iran removed 27 surveillance cameras of the International Atomic Energy Agency from its nuclear sites on Thursday. "
    "IAEA chief Rafael Grossi said the removal was a serious challenge that could deal a fatal blow to the nuclear deal. "
    "Iran's atomic energy organisation said its cooperation with the agency had been good and that the cameras were beyond its obligations.",
    claims=[("IAE", "the removal was a serious challenge", "negative"),
            ("IRN", "its cooperation with the agency had been good", "positive")],
    relations=[("conflict", ["IAE", "IRN"])])

art("taiwan-arms", "2022-09-04",
    "BEIJING, Sept 3 - The United States approved a $1.1 billion arms sale to Taiwan on Friday. "
    "China's foreign ministry said the sale was a severe violation of its sovereignty. "
    "The State Department said the package was routine and supported peace in the Taiwan Strait. "
    "Beijing has repeatedly opposed any arms sales to the island.",
    claims=[("CHN", "the sale was a severe violation of its sovereignty", "negative"),
            ("USA", "the package was routine", "positive")],
    positions=[("CHN", "oppose", ["territory"])],
    relations=[("conflict", ["CHN", "USA"])])

art("libya-envoy", "2024-04-17",
    "NEW YORK, April 16 - The U.N. envoy for Libya, Abdoulaye Bathily, resigned on Tuesday. "
    "Bathily told the Security Council that Libya's rival leaders had blocked every effort to hold elections. "
    "He said the political process had stalled and that the leaders put their own interests first.",
    claims=[("UNO", "Libya's rival leaders had blocked every effort to hold elections", "negative"),
            ("UNO", "the political process had stalled", "negative")])

art("cyprus-informal", "2024-10-16",
    "NEW YORK, Oct 15 - The leaders of the two Cypriot communities met U.N. Secretary-General Antonio Guterres in New York on Tuesday. "
    "Guterres said the informal dinner had been frank and constructive. "
    "Turkish Cypriot leader Ersin Tatar said the meeting had produced nothing new and that there was no common ground.",
    claims=[("UNO", "the informal dinner had been frank and constructive", "positive"),
            ("CYP", "the meeting had produced nothing new", "negative")],
    relations=[("conflict", ["CYP", "UNO"])])

art("icj-maritime", "2021-10-13",
    "NAIROBI, Oct 12 - The International Court of Justice awarded most of a disputed area of the Indian Ocean to Somalia on Tuesday. "
    "Somalia's president said the ruling was a victory and a fair judgment. "
    "Kenya's government said it rejected the ruling in its entirety.",
    claims=[("SOM", "the ruling was a victory and a fair judgment", "positive"),
            ("KEN", "it rejected the ruling in its entirety", "negative")],
    relations=[("conflict", ["KEN", "SOM"])])

art("fukushima-water", "2023-08-25",
    "TOKYO, Aug 24 - Japan began releasing treated water from the Fukushima nuclear plant into the Pacific Ocean on Thursday. "
    "China's foreign ministry condemned the release as selfish and irresponsible. "
    "The International Atomic Energy Agency said the plan was consistent with international safety standards.",
    claims=[("CHN", "the release as selfish and irresponsible", "negative"),
            ("IAE", "the plan was consistent with international safety standards", "positive")],
    relations=[("conflict", ["CHN", "IAE"])])

art("burgenstock-summit", "2024-06-17",
    "LUCERNE, June 16 - Leaders from more than 90 countries met at a Swiss resort on Sunday for a summit on peace in Ukraine. "
    "Ukrainian President Volodymyr Zelenskiy said the summit was a success. "
    "The Kremlin dismissed the gathering as pointless.",
    claims=[("UKR", "the summit was a success", "positive"),
            ("RUS", "the gathering as pointless", "negative")],
    relations=[("conflict", ["RUS", "UKR"])])

art("brussels-support", "2024-02-02",
    "BRUSSELS, Feb 1 - European Union leaders said on Thursday that the bloc would stand by Ukraine for as long as it takes. "
    "German Chancellor Olaf Scholz said Europe must spend more on its own defence. "
    "The EU has demanded that Russia withdraw its troops from all of Ukraine's territory.",
    claims=[("EEC", "the bloc would stand by Ukraine for as long as it takes", "neutral"),
            ("DEU", "Europe must spend more on its own defence", "neutral")],
    positions=[("EEC", "demand", ["territory"])])

art("goma-accusation", "2024-02-18",
    "KINSHASA, Feb 17 - Congo said on Saturday that Rwandan troops had fought alongside M23 rebels near the town of Sake. "
    "Rwanda's government spokeswoman said the accusation was false and that Kigali had no troops in Congo. "
    "Kinshasa has repeatedly called for sanctions against Rwanda.",
    claims=[("COD", "Rwandan troops had fought alongside M23 rebels", "negative"),
            ("RWA", "the accusation was false", "negative")],
    positions=[("COD", "demand", ["sanctions"])],
    relations=[("conflict", ["COD", "RWA"])])

art("rafah-crossing", "2024-05-15",
    "CAIRO, May 14 - Egypt said the Rafah crossing remained open on its side and that Israel was blocking aid trucks. "
    "Israel's foreign minister said Egypt was keeping the crossing closed. "
    "The World Health Organization said the closure of the crossing had halted medical evacuations.",
    claims=[("EGY", "the Rafah crossing remained open on its side", "positive"),
            ("ISR", "Egypt was keeping the crossing closed", "negative"),
            ("WHO", "the closure of the crossing had halted medical evacuations", "negative")],
    relations=[("conflict", ["EGY", "ISR"])])

art("border-committee", "2023-11-22",
    "PHNOM PENH, Nov 21 - Thailand and Cambodia held a meeting of their joint border committee in Phnom Penh on Tuesday. "
    "Cambodia's defence minister said the meeting had been fruitful. "
    "Thailand's army chief said the talks were friendly and productive.",
    claims=[("KHM", "the meeting had been fruitful", "positive"),
            ("THA", "the talks were friendly and productive", "positive")],
    relations=[("agreement", ["KHM", "THA"])])

art("nato-door", "2022-05-19",
    "BRUSSELS, May 18 - Finland and Sweden formally applied to join NATO on Wednesday. "
    "NATO Secretary-General Jens Stoltenberg said the applications were a historic step. "
    "The Kremlin said the expansion was a threat to Russia. "
    "Russia has long opposed any enlargement of the alliance.",
    claims=[("NAT", "the applications were a historic step", "positive"),
            ("RUS", "the expansion was a threat to Russia", "negative")],
    positions=[("RUS", "oppose", [])],
    relations=[("conflict", ["NAT", "RUS"])])

art("migration-talks", "2023-04-21",
    "HAVANA, April 20 - Cuban and U.S. officials held a round of migration talks in Washington on Wednesday. "
    "Cuba's foreign ministry said the talks had been useful. "
    "The State Department said the discussions were productive.",
    claims=[("CUB", "the talks had been useful", "positive"),
            ("USA", "the discussions were productive", "positive")],
    relations=[("agreement", ["CUB", "USA"])])

art("riyadh-tehran", "2023-03-11",
    "BEIJING, March 10 - Saudi Arabia and Iran agreed on Friday to restore diplomatic relations in a deal brokered by China. "
    "Iran's security chief Ali Shamkhani said the talks had been clear, transparent and constructive. "
    "Saudi Foreign Minister Faisal bin Farhan said the deal was a welcome step.",
    claims=[("IRN", "the talks had been clear, transparent and constructive", "positive"),
            ("SAU", "the deal was a welcome step", "positive")],
    relations=[("agreement", ["IRN", "SAU"])])

art("nagorno-exodus", "2023-09-29",
    "YEREVAN, Sept 28 - More than 80,000 people have fled Nagorno-Karabakh for Armenia since Azerbaijan retook the region last week. "
    "Armenian Prime Minister Nikol Pashinyan said the exodus was an act of ethnic cleansing. "
    "Azerbaijan's foreign ministry said the residents were leaving of their own will. "
    "According to the Red Cross, thousands of people still need medical care.",
    claims=[("ARM", "the exodus was an act of ethnic cleansing", "negative"),
            ("AZE", "the residents were leaving of their own will", "neutral"),
            ("IRC", "thousands of people still need medical care", "neutral")])

art("kerch-blast", "2022-10-09",
    "KYIV, Oct 8 - A blast damaged the bridge linking Russia to the Crimean peninsula on Saturday. "
    "Russia's investigative committee said a truck bomb had caused the explosion. "
    "Ukraine's government did not claim responsibility.",
    claims=[("RUS", "a truck bomb had caused the explosion", "neutral")])

with open("articles.jsonl", "w", encoding="utf-8") as out:
    for a in A:
        out.write(json.dumps(dict(id=a["id"], published=a["published"], text=a["text"]), ensure_ascii=False) + "\n")
with open("gold.json", "w", encoding="utf-8") as out:
    json.dump([dict(id=a["id"], claims=a["claims"], positions=a["positions"], relations=a["relations"]) for a in A],
              out, indent=1, ensure_ascii=False)
    out.write("\n")
print(len(A), "articles,", sum(len(a["claims"]) for a in A), "claims,", sum(len(a["positions"]) for a in A),
      "positions,", sum(len(a["relations"]) for a in A), "relations")
