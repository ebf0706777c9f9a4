/* The demo newsroom: a Thursday afternoon on a metro daily's desks, as
 * data. Stories, people and places are invented for the demo except the
 * centerpiece, hootsuite-ice, which paraphrases a public business story;
 * no quotation in it is anyone's real words. */
#include "config.h"

#include "demo_data.h"

#define N(a) (sizeof (a) / sizeof (a)[0])

const struct demo_story demo_stories[] = {
	/* The centerpiece: a breaking business story mid-reporting. */
	{ "hootsuite-ice", "business", "urgent", "dmartin", "+3h", NULL, 700,
	  "Hootsuite cancels $508,832 ICE contract after employee's post",
	  "The social-media software maker says it will end a three-year "
	  "license sold to the immigration agency through a reseller",
	  "Hootsuite is cancelling a three-year, $508,832 software license "
	  "with U.S. Immigration and Customs Enforcement, a day after an "
	  "employee publicly posted about the deal. Procurement records show "
	  "the license was sold through reseller Carahsoft.",
	  "Screenshot of the employee's post (cleared by legal); file photo "
	  "of Hootsuite's Vancouver office",
	  WALK_REPORTING, NULL, NULL },

	/* metro */
	{ "water-main-break", "metro", "urgent", "tkeiser", "-5h", NULL, 550,
	  "Water main break floods Eastgate, closes three blocks of Fulton Ave.",
	  "Crews expect repairs to take through the weekend",
	  "A 24-inch main ruptured before dawn, flooding basements and "
	  "cutting service to about 600 homes. Utility now says the pipe "
	  "was flagged for replacement in 2023.",
	  "Photo: crews at Fulton and 9th (staff, 6:40 a.m.)",
	  WALK_PUBLISHED, NULL,
	  "https://example.com/metro/water-main-break" },
	{ "transit-fare-hike", "metro", "routine", "tkeiser", "+5h", NULL, 900,
	  "Transit board weighs first fare increase in a decade",
	  "A 25-cent rise would close half of next year's gap",
	  "The transit authority's board votes Tuesday on raising the base "
	  "fare to $2.75. Riders' groups say the hike lands hardest on night "
	  "shift workers.",
	  "Photo: riders at Central Station; fare chart (graphics)",
	  WALK_FILED, NULL, NULL },
	{ "thanksgiving-food-bank", "metro", "routine", "apatel", "+4h", NULL,
	  600,
	  "Food bank hands out record 4,100 turkeys as demand climbs",
	  "Volunteers worked three shifts; lines formed before sunrise",
	  "Harvest Table says holiday demand is up a third from last year, "
	  "driven by families new to food assistance.",
	  "Photo gallery: distribution day (freelance, 8 frames)",
	  WALK_READY, NULL, NULL },
	{ "bridge-inspection-report", "metro", "urgent", "tkeiser", "-20m",
	  NULL, 1100,
	  "State report rates Harbor Street bridge in poor condition",
	  "Inspectors found section loss on two main girders",
	  "The bridge carries 31,000 vehicles a day and was downgraded for "
	  "the second inspection in a row. The city has not scheduled "
	  "repairs.",
	  "Photo: underside of the span; inspection excerpts as graphic",
	  WALK_EDITING, NULL, NULL },
	{ "school-bus-shortage", "metro", "routine", "apatel", "-1d", NULL, 800,
	  "District short 40 bus drivers as routes double up",
	  NULL,
	  "Parents report children arriving an hour late. District says "
	  "recruiting bonuses have not closed the gap.",
	  NULL, WALK_REPORTING " spiked",
	  "Two TV stations had it first; no fresh angle by deadline", NULL },
	{ "police-overtime-audit", "metro", "urgent", "jroe", "tomorrow 12:00",
	  NULL, 1400,
	  "Audit: police overtime ran $9 million over budget",
	  "A handful of officers more than doubled their base pay",
	  "A city auditor's draft finds overtime approvals were rarely "
	  "reviewed. We have the draft; the department has not seen our "
	  "questions yet.",
	  "Chart: overtime by precinct, 2019-2026",
	  WALK_EDITING " held",
	  "Holding for the department's response to our questions", NULL },
	{ "library-hours-cut", "metro", "deferred", "apatel", "tomorrow 17:00",
	  NULL, 500,
	  "Branch libraries to close Sundays under budget plan",
	  NULL,
	  "Six branches would lose Sunday hours starting in January. "
	  "Library board meets next week.",
	  NULL, WALK_ASSIGNED, NULL, NULL },

	/* business */
	{ "port-strike-talks", "business", "urgent", "tkeiser", "-1h", NULL,
	  850,
	  "Port talks stall as dockworkers' contract deadline nears",
	  "Automation remains the sticking point",
	  "Negotiators broke off after 14 hours without a deal; the contract "
	  "expires Sunday at midnight. Shippers are already rerouting "
	  "holiday freight.",
	  "Photo: container cranes at Terminal 4",
	  WALK_REPORTING, NULL, NULL },
	{ "fed-rate-preview", "business", "routine", "tkeiser",
	  "tomorrow 9am", NULL, 700,
	  "What next month's rate decision means for local borrowers",
	  NULL,
	  "Explainer on how a quarter-point move would hit mortgages, car "
	  "loans and credit-card balances, with three local households.",
	  "Chart: 30-year mortgage rate since 2020",
	  WALK_EDITING, NULL, NULL },
	{ "startup-fraud-charges", "business", "routine", "dmartin", "-1d",
	  NULL, 750,
	  "Founder of payments startup Ledgerly charged with wire fraud",
	  "Prosecutors say investors were shown invented revenue",
	  "The indictment says Ledgerly's founder inflated revenue tenfold "
	  "while raising $40 million. His lawyer says he will plead not "
	  "guilty.",
	  "Courthouse photo; indictment excerpts",
	  WALK_CORRECTED, "Correction appended: count of charges",
	  "https://example.com/business/ledgerly-charges" },
	{ "grocer-earnings", "business", "routine", "dmartin", "-3h", NULL, 450,
	  "Regional grocer's profit slips as shoppers trade down",
	  NULL,
	  "Fresh Basket's quarterly profit fell 8 percent; store-brand sales "
	  "rose. Shares down 4 percent in early trading.",
	  NULL, WALK_PUBLISHED, NULL,
	  "https://example.com/business/fresh-basket-earnings" },
	{ "hotel-conversion", "business", "deferred", "dmartin", NULL, NULL,
	  600,
	  "Downtown hotel owners eye conversion to apartments",
	  NULL,
	  "Two owners have filed pre-applications. Pitch: what conversions "
	  "cost and who they would house.",
	  NULL, NULL, NULL, NULL },

	/* politics */
	{ "council-budget-vote", "politics", "urgent", "jroe", "+2h", NULL,
	  1000,
	  "Council passes $4.2 billion budget after overnight session",
	  "Police funding flat; libraries and parks gain",
	  "The council voted 7-2 at 3 a.m. The mayor has 10 days to sign "
	  "or veto; her office says she will sign.",
	  "Photo: council chamber at the vote (staff)",
	  WALK_EDITING, NULL, NULL },
	{ "mayor-ethics-probe", "politics", "urgent", "jroe", "+1d", NULL, 1300,
	  "Ethics board opens inquiry into mayor's travel",
	  "Trips were paid by a developer with business before the city",
	  "Documents show three trips paid for by a firm seeking a zoning "
	  "change. We have one source; need a second before we go.",
	  NULL, WALK_REPORTING " held",
	  "Legal is reviewing the leaked memo", NULL },
	{ "election-recount", "politics", "urgent", "jroe", "-2h", NULL, 650,
	  "Recount confirms 212-vote win in District 4",
	  NULL,
	  "The county's hand recount moved the margin by three votes. "
	  "The challenger conceded in a statement.",
	  "Photo: election workers at the recount",
	  WALK_PUBLISHED, NULL,
	  "https://example.com/politics/district-4-recount" },
	{ "redistricting-map", "politics", "routine", "jroe", "+6h", NULL, 1200,
	  "Draft statehouse map would split three city neighborhoods",
	  NULL,
	  "The commission's draft divides Eastgate, Millbrook and the "
	  "Flats. Public hearings start Monday.",
	  "Interactive: old vs. draft districts (graphics, in progress)",
	  WALK_FILED, NULL, NULL },
	{ "senate-filing", "politics", "routine", "jroe", NULL, NULL, 300,
	  "Former prosecutor files to run for state Senate",
	  NULL,
	  "Brief on the filing.",
	  NULL, "spiked", "Wire covered it; not worth a staff brief", NULL },
	{ "short-term-rental-rules", "politics", "routine", "apatel",
	  "tomorrow 15:00", NULL, 800,
	  "City moves to cap short-term rentals in residential zones",
	  NULL,
	  "Draft ordinance would allow one listing per host and require "
	  "registration. Hosts' group plans to sue.",
	  NULL, WALK_ASSIGNED, NULL, NULL },

	/* tech */
	{ "chipmaker-layoffs", "tech", "urgent", "apatel", "+1h", NULL, 650,
	  "Chipmaker to cut 900 jobs at suburban fab",
	  "State notice lists layoffs starting in February",
	  "A WARN notice filed Wednesday shows cuts at the Riverbend plant, "
	  "about a fifth of its staff. Company blames weak demand.",
	  "File photo: Riverbend fab exterior",
	  WALK_COPYDESK, NULL, NULL },
	{ "hospital-ransomware", "tech", "flash", "dmartin", "-30m", NULL, 900,
	  "Ransomware attack diverts ambulances from St. Brendan's",
	  "The hospital is running on paper records",
	  "Systems went down overnight; ambulances are being sent to two "
	  "other hospitals. Updating with the state health department's "
	  "briefing.",
	  "Photo: ER entrance with diversion sign",
	  WALK_UPDATING, "Writethru for the 2 p.m. briefing",
	  "https://example.com/tech/st-brendans-ransomware" },
	{ "ev-charger-grants", "tech", "routine", "apatel", NULL, NULL, 700,
	  "Where the state's EV charger money actually went",
	  NULL,
	  "Pitch: map every funded charger and check how many work.",
	  "Map (data desk)", NULL, NULL, NULL },
	{ "ai-hiring-audit", "tech", "routine", "apatel", "tomorrow 17:00",
	  NULL, 1500,
	  "City's AI hiring screen rejected older applicants, audit finds",
	  NULL,
	  "An outside audit found the screening tool scored applicants over "
	  "50 lower. The city paused it in October.",
	  "Illustration (art desk)", WALK_REPORTING, NULL, NULL },

	/* sports */
	{ "stadium-lease", "sports", "routine", "jroe", "tomorrow 12:00", NULL,
	  900,
	  "Team seeks 30-year stadium lease with city-paid upgrades",
	  NULL,
	  "Draft terms show the city would cover $180 million in upgrades. "
	  "Council committee takes it up next week.",
	  NULL, WALK_ASSIGNED, NULL, NULL },
	{ "playoff-preview", "sports", "routine", "lnguyen", "tomorrow 5am",
	  "tomorrow 6am", 1000,
	  "Playoff preview: how the Harbor City Hawks match up",
	  NULL,
	  "Position-by-position breakdown ahead of Saturday's wild-card game.",
	  "Photo: quarterback at practice", WALK_SCHEDULED, NULL, NULL },
	{ "coach-contract", "sports", "routine", "lnguyen", "+1h", NULL, 500,
	  "University extends basketball coach through 2031",
	  NULL,
	  "Extension adds $1.2 million a year. Athletic director calls it a "
	  "commitment to stability.",
	  "File photo", WALK_READY, NULL, NULL },
	{ "marathon-route", "sports", "deferred", "lnguyen", NULL, NULL, 400,
	  "Marathon organizers weigh new waterfront route",
	  NULL, "Pitch for spring.", NULL, NULL, NULL, NULL },
	{ "esports-arena", "sports", "routine", "lnguyen", "+1d", NULL, 700,
	  "Esports arena plan gets a second look at old mall site",
	  NULL,
	  "Developer revived the plan with a smaller venue. Neighbors "
	  "worry about parking.",
	  NULL, WALK_REPORTING, NULL, NULL },

	/* culture */
	{ "symphony-strike", "culture", "routine", "bokafor", "+2h30m", NULL,
	  700,
	  "Symphony musicians vote to strike if talks fail",
	  NULL,
	  "Ninety-two percent voted to authorize a strike; the holiday "
	  "concerts are at risk.",
	  "Photo: rehearsal (staff)", WALK_COPYDESK, NULL, NULL },
	{ "museum-repatriation", "culture", "deferred", "bokafor", NULL, NULL,
	  1400,
	  "Museum to return 14 artifacts to their nation of origin",
	  NULL,
	  "Pitch: provenance research behind the return.",
	  NULL, NULL, NULL, NULL },
	{ "film-festival-lineup", "culture", "deferred", "bokafor",
	  "tomorrow 10am", NULL, 600,
	  "Film festival opens with documentary on the shipyard closure",
	  NULL,
	  "Lineup announced; 64 films, a third by local directors.",
	  NULL, WALK_ASSIGNED, NULL, NULL },
	{ "restaurant-sale", "culture", "routine", "bokafor", "-2d", NULL, 450,
	  "Landmark diner sold to national chain",
	  NULL,
	  "Brief based on a county filing.",
	  NULL, WALK_KILLED,
	  "Withdrawn: the filing was amended; the sale never closed",
	  "https://example.com/culture/landmark-diner" },
};
const size_t demo_nstories = N(demo_stories);

const struct demo_entry demo_entries[] = {
	/* hootsuite-ice, in the order the desk learned things. */
	{ "hootsuite-ice", "-22h", "event",
	  "A Hootsuite employee publicly posts objections to the company's "
	  "software license with ICE; the post is widely shared by other "
	  "tech workers.",
	  "employee's public post", NULL, NULL, NULL, 0 },
	{ "hootsuite-ice", "-20h", "document",
	  "Federal procurement data lists a three-year, $508,832 award for "
	  "Hootsuite licenses for ICE, placed through reseller Carahsoft.",
	  "federal procurement data (FPDS)", "https://www.usaspending.gov/",
	  NULL, NULL, 0 },
	{ "hootsuite-ice", "-3h", "statement",
	  "Hootsuite says in a statement that it is cancelling the ICE "
	  "contract and is working with the reseller to end the license.",
	  "Hootsuite", NULL, "company", NULL, 0 },
	{ "hootsuite-ice", "-1h20m", "statement",
	  "Hootsuite's CEO, in a message to staff later posted publicly, "
	  "says the company heard employees' concerns and confirms the "
	  "cancellation, 1 hour 40 minutes after the company's statement.",
	  "Hootsuite CEO", NULL, "ceo", NULL, 0 },
	{ "hootsuite-ice", "-30m", "note",
	  "Dylan Martin has two current employees confirming the post "
	  "circulated internally before the cancellation. Need the contract "
	  "start date from the award record.",
	  NULL, NULL, NULL, NULL, 0 },

	{ "water-main-break", "-9h", "event",
	  "Main ruptures at Fulton Ave. and 9th St.; fire department pumps "
	  "out basements on the 900 block.",
	  "fire department scanner; dispatcher confirmed", NULL, NULL, NULL,
	  0 },
	{ "water-main-break", "-7h", "statement",
	  "Utility says about 600 homes are without water and a boil "
	  "notice is in effect.",
	  "City Water Utility", NULL, NULL, NULL, 0 },
	{ "water-main-break", "-6h", "document",
	  "2023 capital plan lists the Fulton Ave. main for replacement in "
	  "fiscal 2025; the project was deferred.",
	  "utility capital plan, p. 47", NULL, NULL, NULL, 0 },

	{ "council-budget-vote", "-11h", "event",
	  "Council votes 7-2 to adopt the budget at 3:02 a.m.",
	  "council livestream", NULL, NULL, NULL, 0 },
	{ "council-budget-vote", "-8h", "statement",
	  "Mayor's office says she will sign the budget as passed.",
	  "mayor's press secretary", NULL, NULL, NULL, 0 },
	{ "council-budget-vote", "-2h", "note",
	  "Check the parks figure against the final amendment sheet; the "
	  "livestream number differs by $2 million.",
	  NULL, NULL, NULL, NULL, 0 },

	{ "hospital-ransomware", "-14h", "event",
	  "St. Brendan's goes on ambulance diversion; staff told to switch "
	  "to paper charting.",
	  "two nurses, confirmed by county EMS", NULL, NULL, NULL, 0 },
	{ "hospital-ransomware", "-10h", "statement",
	  "Hospital confirms a \"network security incident\" and says "
	  "patient care continues.",
	  "St. Brendan's Hospital", NULL, NULL, NULL, 0 },
	{ "hospital-ransomware", "-6h", "event",
	  "FBI field office says it is aware and assisting.",
	  "FBI spokesperson", NULL, NULL, NULL, 0 },
	{ "hospital-ransomware", "-1h", "note",
	  "State health department briefing at 2 p.m.; writethru after.",
	  NULL, NULL, NULL, NULL, 1 },

	{ "startup-fraud-charges", "-1d2h", "document",
	  "Indictment unsealed: founder charged with four counts of wire "
	  "fraud.",
	  "U.S. District Court indictment", NULL, "counts", NULL, 0 },
	{ "startup-fraud-charges", "-1d", "statement",
	  "Defense lawyer says his client will plead not guilty.",
	  "defense attorney", NULL, NULL, NULL, 0 },
	{ "startup-fraud-charges", "-2h", "correction",
	  "Correction: the founder is charged with three counts of wire "
	  "fraud, not four; the fourth count in the indictment names a "
	  "co-defendant.",
	  "U.S. District Court indictment, p. 12", NULL, NULL, "counts", 1 },

	{ "port-strike-talks", "-15h", "event",
	  "Negotiators break off talks after 14 hours.",
	  "union spokesperson; employers' association", NULL, NULL, NULL, 0 },
	{ "port-strike-talks", "-4h", "document",
	  "Freight forwarders' notice advises rerouting through southern "
	  "ports.",
	  "forwarders' association bulletin", NULL, NULL, NULL, 0 },

	{ "restaurant-sale", "-2d", "document",
	  "County filing shows the diner's parcel transferred to a chain's "
	  "holding company.",
	  "county recorder", NULL, NULL, NULL, 0 },
	{ "restaurant-sale", "-1d", "event",
	  "Filing amended: the transfer was recorded in error, the owner's "
	  "lawyer says; sale never closed.",
	  "owner's attorney; county recorder", NULL, NULL, NULL, 1 },

	{ "election-recount", "-5h", "event",
	  "Hand recount finishes; margin 212 votes, down from 215.",
	  "county elections office", NULL, NULL, NULL, 0 },
	{ "election-recount", "-3h", "statement",
	  "Challenger concedes, thanks election workers.",
	  "challenger's campaign", NULL, NULL, NULL, 0 },
};
const size_t demo_nentries = N(demo_entries);

const struct demo_rfc demo_rfcs[] = {
	/* The centerpiece: one of each outcome. */
	{ "hootsuite-ice", "Hootsuite", "organization", "email", "-4h", "-2h",
	  NULL, "answered",
	  "Spokesperson pointed to the company's statement: the contract "
	  "with ICE is being cancelled.", NULL, 0 },
	{ "hootsuite-ice", "Carahsoft", "organization", "email", "-3h30m",
	  "+2h", "Left a message with the press line too.", "open", NULL,
	  NULL, 0 },
	{ "hootsuite-ice", "the employee", "source", "social", "-5h", NULL,
	  NULL, "declined", "Said the post speaks for itself.", NULL, 0 },
	{ "hootsuite-ice", "ICE", "organization", "email", "-3h", "cob",
	  NULL, "promised", "Press office is checking with the contracting "
	  "office.", "cob thu", 0 },

	/* Lapsed at publication; the answer came after: needs update. */
	{ "water-main-break", "City Water Utility", "organization", "phone",
	  "-6h", "-5h", NULL, "answered",
	  "The Fulton Ave. main was deferred when the 2025 bid came in over "
	  "budget; replacement is now scheduled for spring.", NULL, 1 },

	{ "council-budget-vote", "Council Member Ruiz", "source", "phone",
	  "-5h", "+1h", NULL, "answered",
	  "Voted no because the budget leaves the police overtime problem "
	  "unsolved.", NULL, 0 },
	{ "police-overtime-audit", "Police Department", "organization",
	  "email", "-1d", "tomorrow 12:00",
	  "Called the public information officer; left voicemail.", "open",
	  NULL, NULL, 0 },
	{ "port-strike-talks", "Pacific Employers Association",
	  "organization", "email", "-6h", "-1h", NULL, "declined",
	  "Not commenting while talks are ongoing.", NULL, 0 },
	{ "chipmaker-layoffs", "Riverbend Semiconductor Inc", "organization", "email",
	  "-20h", "-2h", NULL, "open", NULL, NULL, 0 },
	{ "mayor-ethics-probe", "Office of the Mayor", "organization", "email",
	  "-2h", "cob fri", NULL, "promised", NULL, "cob fri", 0 },
	{ "bridge-inspection-report", "Department of Transportation",
	  "organization",
	  "phone", "-1d", "-1h", NULL, "answered",
	  "Repairs are designed and will be bid next spring.", NULL, 0 },
	{ "hospital-ransomware", "St. Brendan's Hospital", "organization",
	  "phone", "-9h", NULL, NULL, "open", NULL, NULL, 0 },
	{ "election-recount", "County Elections Office", "organization",
	  "email", "-6h", "-4h", NULL, "answered",
	  "Certified results will be posted Monday.", NULL, 0 },
};
const size_t demo_nrfcs = N(demo_rfcs);

const struct demo_credit demo_credits[] = {
	{ "hootsuite-ice", "Dylan Martin", "contributor" },
	{ "water-main-break", "Rosa Delgado", "photo" },
	{ "council-budget-vote", "Sam Whitfield", "contributor" },
	{ "council-budget-vote", "Nia Brooks", "contributor" },
	{ "hospital-ransomware", "Priya Raman", "research" },
	{ "startup-fraud-charges", "Marcus Hale", "byline" },
	{ "police-overtime-audit", "Sam Whitfield", "byline" },
	{ "police-overtime-audit", "Lena Cho", "research" },
};
const size_t demo_ncredits = N(demo_credits);

/* Every editor login above, so the assign prompt completes them and
 * knows them (no "no staff login here" for the demo's own editors). */
const struct demo_staff demo_staff[] = {
	{ "dmartin", "Dylan Martin" },
	{ "tkeiser", "Tom Keiser" },
	{ "apatel", "Anita Patel" },
	{ "jroe", "Jordan Roe" },
	{ "lnguyen", "Linh Nguyen" },
	{ "bokafor", "Bisi Okafor" },
};
const size_t demo_nstaff = N(demo_staff);
