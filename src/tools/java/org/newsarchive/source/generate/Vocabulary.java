package org.newsarchive.source.generate;

/**
 * The words synthetic articles are made of. Templates name their slots in braces
 * ({@link Template.Slot}); people are invented, places are real so that searches for
 * them find something. Order matters: the generator draws by index, so changing a list
 * changes every archive made from a given seed.
 */
final class Vocabulary {

	static final String[] FIRST_NAMES = { "Anna", "Tomas", "Mira", "Jonas", "Elena", "Pavel", "Sofia", "Rafael",
			"Inés", "Viktor", "Amara", "Kenji", "Leila", "Oskar", "Nadia", "Mateo", "Hana", "Idris", "Freya", "Lucas",
			"Priya", "Emil", "Zara", "Dmitri", "Clara", "Arjun", "Maren", "Tariq", "Yara", "Felix", "Ada", "Bruno",
			"Celia", "Dario", "Eszter", "Farid", "Greta", "Hugo", "Ilse", "José", "Katya", "Lior", "Malik", "Noor",
			"Otto", "Paula", "Quentin", "Rosa", "Stefan", "Talia", "Umar", "Vera", "Wen", "Xavier", "Yusuf", "Zofia",
			"Alma", "Benedikt", "Chiara", "Renée" };

	/** Surnames are onset + middle + ending: invented, and common enough to repeat now and then. */
	static final String[] SURNAME_ONSETS = { "Bar", "Bel", "Cor", "Dra", "Fen", "Gal", "Har", "Kel", "Kov", "Lan",
			"Mar", "Nor", "Ost", "Pel", "Quin", "Ros", "Sal", "Tor", "Val", "Vor", "Wes", "Zel", "Ark", "Brun", "Dal",
			"Eck", "Fal", "Grim", "Hol", "Jar" };

	static final String[] SURNAME_MIDDLES = { "a", "e", "i", "o", "u", "an", "en", "or" };

	static final String[] SURNAME_ENDINGS = { "nko", "vic", "ski", "ter", "lind", "rud", "mann", "dez", "ssen",
			"ley", "ton", "berg" };

	static final String[] ROLES = { "Finance minister of {country}", "Foreign minister of {country}",
			"Prime minister of {country}", "President of {country}", "Central bank governor of {country}",
			"Opposition leader in {country}", "Defence minister of {country}", "Trade negotiator for {country}",
			"Ambassador of {country} to the United Nations", "Health minister of {country}",
			"Chief executive of {org}", "Chief economist at {org}", "Spokesperson for {org}", "Mayor of {city}",
			"Professor of political science at the University of {city}", "Union leader in {city}" };

	/** City and country pairs, so that a caption never puts a city in the wrong country. */
	static final String[][] PLACES = { { "Brasília", "Brazil" }, { "Nairobi", "Kenya" }, { "Jakarta", "Indonesia" },
			{ "Lima", "Peru" }, { "Oslo", "Norway" }, { "Lagos", "Nigeria" }, { "Warsaw", "Poland" },
			{ "Hanoi", "Vietnam" }, { "Quito", "Ecuador" }, { "Dakar", "Senegal" }, { "Lisbon", "Portugal" },
			{ "Tunis", "Tunisia" }, { "Riga", "Latvia" }, { "Bogotá", "Colombia" }, { "Montreal", "Canada" },
			{ "Osaka", "Japan" }, { "Istanbul", "Turkey" }, { "Vienna", "Austria" }, { "Santiago", "Chile" },
			{ "Helsinki", "Finland" }, { "Tbilisi", "Georgia" }, { "Accra", "Ghana" }, { "Dhaka", "Bangladesh" },
			{ "Doha", "Qatar" }, { "Auckland", "New Zealand" }, { "Monterrey", "Mexico" },
			{ "Casablanca", "Morocco" }, { "Pune", "India" }, { "Hamburg", "Germany" }, { "Valencia", "Spain" } };

	static final String[] TOPICS = { "pension reform", "the fuel subsidy", "a new trade agreement", "grain exports",
			"the fishing quota", "interest rates", "the budget deficit", "a border dispute", "the rail strike",
			"water rationing", "the minimum wage", "a port expansion", "coal mine closures", "the election timetable",
			"vaccine supplies", "a tax on sugary drinks", "housing costs", "the central bank's independence",
			"offshore wind licences", "a ceasefire proposal", "drought relief", "the copper royalty",
			"airport privatisation", "a digital services tax", "teacher pay", "refugee quotas", "the national debt",
			"river pollution", "a nuclear power plan", "lithium mining rights", "internet shutdowns", "police reform",
			"the census results", "a new constitution", "fishing rights", "steel tariffs", "the wheat harvest",
			"cross-border electricity", "a satellite launch", "public broadcasting funds", "forest protection",
			"the postal service", "hospital waiting lists", "the sovereign wealth fund", "a high-speed rail line",
			"data privacy rules", "farm subsidies", "the currency peg", "mobile roaming charges", "flood defences" };

	static final String[] ORGANISATIONS = { "Northwind Energy", "Halden Motors", "Corvex Pharmaceuticals",
			"the Meridian Fund", "Atlas Shipping", "Brightwater Telecom", "Kestrel Airlines", "Silverline Rail",
			"the Oriel Institute", "Granite Bank", "Solace Health", "Harrow Steel", "Lumen Foods",
			"the Coastal Ports Authority", "Tessera Mining", "Vantage Media", "the Open Grain Council",
			"Pinecrest Insurance", "Beacon Logistics", "Ardent Software" };

	static final String[] GROUPS = { "union leaders", "farmers", "business groups", "opposition lawmakers",
			"environmental campaigners", "economists", "diplomats", "local officials", "student groups", "investors" };

	static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

	static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	/** Headlines: {@code {short}} names the article's first, then its second person. */
	static final String[] HEADLINES = { "{short} defends {topic} as protests spread in {city}",
			"{short} rejects criticism of {topic} as talks stall", "{short} backs {topic} as markets slide",
			"{short} questions {topic} as {country} deadline nears", "{short} unveils plan on {topic}",
			"{short} warns over {topic} as costs climb in {country}", "{short} pushes for changes to {topic}",
			"{short} signals shift on {topic} after talks in {city}", "{short} faces pressure over {topic}",
			"{short} calls for talks on {topic} with {country}", "{short} promises action on {topic} in {city}",
			"{short} drops opposition to {topic} as allies waver", "{country} delays vote on {topic}",
			"{country} tightens rules on {topic} after a court ruling", "{country} reopens talks on {topic}",
			"{country} scraps plan for {topic} after weeks of protests",
			"{country} approves {topic} after a night of talks",
			"{country} suspends {topic} after a leaked report", "{org} cuts jobs over {topic}",
			"{org} bets on {topic} in {country}", "{org} pulls out of {topic} amid rising costs",
			"{org} lobbies against {topic} in {city}", "{org} warns investors about {topic}",
			"{short} and {short} clash over {topic} in {city}", "{short} and {short} meet in {city} to discuss {topic}",
			"{short} and {short} agree on {topic}", "What {topic} means for {country}",
			"Inside the row over {topic} in {city}", "The fight over {topic} in {country}" };

	static final String[] KEY_POINTS = { "{subject} said {topic} would be settled before {month}.",
			"{org} warned that {topic} could cost {country} {number} million dollars.",
			"Protests over {topic} spread to {city} on {day}.", "{subject} and {person} are due to meet in {city}.",
			"The plan still needs the approval of parliament in {country}.",
			"Critics say the government has mishandled {topic}.",
			"{subject} has come under pressure from {group} over {topic}.",
			"Shares in {org} fell {percent} after the announcement.",
			"A decision on {topic} is not expected before {month}.",
			"{group} in {city} say they were not consulted." };

	/** Sentences of running text; {@code {subject}} may bring the person's role on first mention. */
	static final String[] SENTENCES = { "{subject} said on {day} that {topic} would be settled before {month}.",
			"The dispute over {topic} has divided {group} in {country} for months.",
			"{subject} met {person} in {city} on {day} to discuss {topic}.",
			"Officials in {city} said about {number} people had been affected by {topic}.",
			"{org} said it expected {topic} to cost it roughly {number} million dollars this year.",
			"Critics say {topic} has done little for ordinary households.",
			"{group} in {city} welcomed the decision, while {group} warned of delays.",
			"{subject} has made {topic} a central part of the government's agenda.",
			"Polls published on {day} suggested {percent} of voters in {country} support the plan.",
			"The proposal still needs the approval of parliament, which returns in {month}.",
			"{subject} declined to say whether {topic} would be raised at the next summit.",
			"In {city}, hundreds of people gathered outside the ministry on {day}.",
			"The talks in {city} ended late on {day} without a joint statement.",
			"Shares in {org} fell {percent} after the announcement.",
			"Analysts said the outcome would shape {topic} for years.",
			"{subject} is expected to travel to {city} in {month}.",
			"A report by {org} found that {topic} had cost {country} more than {number} million dollars.",
			"The government in {country} has so far refused to comment on {topic}.",
			"{subject} told a news conference in {city} that the country would not back down.",
			"Governments across the region have followed the debate closely.",
			"Earlier this year, {person} called {topic} a matter of national importance.",
			"{group} have threatened further action if {topic} is not revisited.",
			"The latest figures show unemployment in {country} at {percent}.",
			"It was not immediately clear how {org} would respond.",
			"Both sides have accused each other of bad faith since the talks began in {month}.",
			"{subject} and {person} spoke by phone on {day}, according to a statement.",
			"The measure would take effect in {month} if approved.",
			"Local media in {city} reported that the plan had been delayed again.",
			"About {number} delegates are expected in {city} for the conference.",
			"{subject} has faced growing criticism over {topic}." };

	/** What someone is reported to have said, for {@code Claim, Surname said. "Quote."}. */
	static final String[] CLAIMS = { "the government would present its plan in {month}",
			"talks with {country} would continue next week", "{topic} remained the main obstacle",
			"about {number} jobs were at risk", "{org} had been consulted", "the vote had been postponed",
			"there was no alternative to {topic}", "the figures from {city} were encouraging" };

	/** Direct quotes, without their final punctuation. */
	static final String[] QUOTES = { "We will not accept a deal that leaves our workers behind",
			"This is about {topic}, and we intend to get it right",
			"Nobody in {city} wants another year of uncertainty", "The numbers speak for themselves",
			"We have made our position very clear to our partners in {country}",
			"There is still time to reach an agreement, but not much",
			"I think the public understands what is at stake", "We are ready to talk at any time",
			"It would be a mistake to rush this", "Our priority is the people who are paying the price",
			"This was never going to be easy", "We expect a decision before {month}", "The door remains open",
			"Frankly, {topic} has been handled badly from the start", "We will look at every option",
			"Nobody should be surprised by this outcome", "The government has listened, and it will act",
			"We need a serious conversation about {topic}", "Markets do not like surprises",
			"I have said it before and I will say it again: we are not going anywhere" };

	/** Subheadings: short, and never ending like a sentence. */
	static final String[] SUBHEADINGS = { "What happens next", "A divided parliament", "Markets react",
			"The view from {city}", "Pressure from {country}", "Questions over {topic}", "An uncertain {month}",
			"The cost of {topic}", "Allies weigh in", "A long road ahead", "Voices from {city}", "Behind the numbers" };

	static final String[] CAPTION_ACTIONS = { "speaks to reporters", "arrives for a meeting",
			"attends a news conference", "addresses supporters", "leaves a cabinet meeting",
			"listens during a debate", "waves to photographers", "gives a speech" };

	static final String[] CAPTION_ACTIONS_OF_TWO = { "shake hands", "hold a joint news conference",
			"meet before talks", "walk to a meeting" };

	static final String[] PHOTOGRAPHERS = { "Lena Vashti", "Marco Ferreol", "Yuki Tanabe", "Ahn Seo-yeon",
			"Carlos Ibarren", "Fatou Ndiaye", "Piotr Waleska", "Grace Omondi", "Henrik Salo", "Amit Deshmane",
			"Lucía Ortega", "Nils Aberg", "Olu Adeyemi", "Sara Lindqvist", "Tom Hadley", "Rui Matos",
			"Ewa Krol", "Jamal Haddad", "Mei Lin", "Pablo Serrat", "Ingrid Halvorsen", "Kofi Mensah",
			"Daria Petrenko", "Hiro Sato", "Marta Vidal", "Ben Okafor", "Nina Torvald", "Ivan Ristic",
			"Aylin Demir", "Jean-Luc Morand" };

	static final String[] HANDOUT_SOURCES = { "Ministry of Defence", "Presidential Press Service",
			"State Media Office", "Royal Palace", "Navy Press Office" };

	static final String[] PUBLISHERS = { "The Morning Ledger", "Harbour City Herald", "Northern Courier",
			"Daily Meridian", "Evening Dispatch", "The Civic Record", "Atlas Wire", "Coastal Gazette" };

	static final String[] SECTIONS = { "World", "Politics", "Business", "Economy", "Technology", "Science",
			"Health", "Environment", "Culture", "Opinion" };

	/** Tags by rank: the generator draws them Zipf-like, so the first few dominate. */
	static final String[] TAGS = { "Politics", "Economy", "Diplomacy", "Elections", "Trade", "Energy",
			"Climate change", "Labour", "Public health", "Markets", "Education", "Transport", "Agriculture",
			"Human rights", "Technology", "Defence", "Housing", "Taxation", "Migration", "Central banks",
			"Infrastructure", "Protests", "Courts", "Mining", "Fisheries", "Water", "Corruption", "Media",
			"Privacy", "Telecommunications", "Aviation", "Shipping", "Pensions", "Inflation", "Budget",
			"Sanctions", "Nuclear power", "Renewable energy", "Oil and gas", "Forests", "Floods", "Drought",
			"Urban planning", "Tourism", "Banking", "Insurance", "Pharmaceuticals", "Vaccines", "Hospitals",
			"Schools", "Universities", "Science policy", "Space", "Rail", "Ports", "Steel", "Food prices",
			"Wages", "Unions", "Parliament", "Constitution", "Census", "Police", "Prisons", "Refugees",
			"Borders", "Ceasefires", "United Nations", "Regional security", "Cybersecurity", "Startups",
			"Digital services", "Broadcasting", "Postal services", "Public debt", "Currency", "Sovereign funds",
			"Local government", "Cities", "Rural affairs" };

	private Vocabulary() {
	}

}
